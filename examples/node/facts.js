#!/usr/bin/env node
// facts.js -- Node.js loads the `commit` extension with better-sqlite3 and
// prints a few facts of one report.
//
//   npm install better-sqlite3@12          (in your project)
//   node examples/node/facts.js dist/commit examples/report.txt
//
// better-sqlite3 12 runs on Node.js 20 and bundles its own SQLite, built
// with extension loading on; db.loadExtension() takes the path with or
// without ".so".  (Version 13 needs Node.js 22.)  In this repository
// `make test-hosts` installs it into build/node and runs this script with
// NODE_PATH=build/node/node_modules.
//
// The facts come back as one JSON text (the schema is in README.md,
// "commit_parse"), which JSON.parse turns into objects and arrays.
'use strict';
const fs = require('fs');
const Database = require('better-sqlite3');

function main(argv) {
  if (argv.length !== 4) {
    console.error(`usage: ${argv[1]} EXTENSION REPORT  (e.g. dist/commit report.txt)`);
    return 2;
  }
  const [extension, report] = argv.slice(2);
  const db = new Database(':memory:');
  db.loadExtension(extension);

  const text = fs.readFileSync(report, 'utf8');
  const facts = JSON.parse(db.prepare('SELECT commit_parse(?) AS j').get(text).j);
  const known = (value) => (value === null ? '?' : value);

  for (const m of facts.meetings) {
    console.log(`${known(m.code)} in ${known(m.city)} (${known(m.country)}) ` +
                `from ${known(m.start)} to ${known(m.end)}`);
  }
  for (const a of facts.actions) {
    let line = `${a.action} ${facts.documents[a.document].title}`;
    if (a.parties.length) line += ': ' + a.parties.join(' ');
    console.log(line);
  }
  for (const p of facts.people) {
    console.log('person ' + [p.name, p.title].filter(Boolean).join(', '));
  }
  db.close();
  return 0;
}

process.exitCode = main(process.argv);

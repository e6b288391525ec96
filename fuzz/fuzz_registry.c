/*
** fuzz_registry.c -- libFuzzer target for the commit_registry virtual
** table and commit_signatories.
**
** Input: the first line is the "published" column (an empty first line,
** or no '\n' at all, binds NULL).  The rest holds two report bodies, A and
** B, split at the first form feed ('\f'); without one, at the middle (moved
** forward to a UTF-8 character boundary).
**
** One registry "r" lives for the whole process (CREATE VIRTUAL TABLE r
** USING commit_registry, once).  Every input runs, from an empty registry:
**
**   1. BEGIN; INSERT A; ROLLBACK                  -> registry empty again
**   2. INSERT A (rowid 1)                         -> failed: still empty
**   3. INSERT B; DELETE B                         -> facts equal those
**      after 2 (failed INSERT B: unchanged); INSERT B again
**   4. UPDATE rowid 1 SET body=B                  -> failed: unchanged
**   5. UPDATE rowid 1 SET rowid=3, published=NULL, body=A
**   6. INSERT INTO r(r) VALUES('rebuild')        -> nothing changes
**   7. DELETE rowid 3
**   8. DELETE FROM r                              -> every r_* table empty
**
** After every write that succeeded: the registry's own 'integrity-check'
** passes (its tallies, fields, sources and conflicts are what a
** recomputation from the evidence gives), PRAGMA integrity_check is 'ok',
** PRAGMA foreign_key_check is empty, every fact row has evidence and its
** "sources" is the number of reports behind that evidence, every evidence
** and conflict row points to an existing fact, every evidence span lies
** inside its report's body and its surface is those bytes, and
** commit_signatories runs without error for every meeting (by id and by
** code; after INSERT and UPDATE) and returns one row per signatory of the
** meeting.  Errors must be
** SQLITE_ERROR "commit_registry: ..." (or SQLITE_TOOBIG).  Any broken
** contract abort()s.
*/
#include "fuzz_common.h"

/* ORDER TABLE: the registry's real tables (suffixes of "r_"). */
static const char *const azTab[] = {
  "content", "meetings", "documents", "actions", "signatories", "people",
  "evidence", "conflicts", "tallies",
};
#define N_TAB 9
#define FIRST_FACT 1   /* meetings .. people are fact tables */
#define LAST_FACT 5

/* Checks over the whole registry: each returns a count that must be 0.
** %s is a fact table suffix in the per-fact checks. */
static const char *const azFactCheck[] = {
  "SELECT count(*) FROM r_%s f WHERE NOT EXISTS(SELECT 1 FROM r_evidence e"
  " WHERE e.fact='%s' AND e.fact_id=f.id)",
  "SELECT count(*) FROM r_evidence e WHERE e.fact='%s'"
  " AND NOT EXISTS(SELECT 1 FROM r_%s f WHERE f.id=e.fact_id)",
  "SELECT count(*) FROM r_%s f WHERE f.sources IS NOT (SELECT"
  " count(DISTINCT report_id) FROM r_evidence e WHERE e.fact='%s'"
  " AND e.fact_id=f.id)",
  "SELECT count(*) FROM r_conflicts c WHERE c.fact='%s'"
  " AND NOT EXISTS(SELECT 1 FROM r_%s f WHERE f.id=c.fact_id)",
};
static const char *const azFactCheckWhy[] = {
  "fact rows without evidence",
  "evidence rows of a fact that does not exist",
  "fact rows whose sources is not the number of reports behind them",
  "conflict rows of a fact that does not exist",
};
#define N_FACT_CHECK 4

static const char *const azCheck[] = {
  "SELECT count(*) FROM r_evidence WHERE fact NOT IN ('meetings',"
  " 'documents', 'actions', 'signatories', 'people')",
  "SELECT count(*) FROM r_conflicts WHERE fact NOT IN ('meetings',"
  " 'documents', 'actions', 'signatories', 'people')",
  "SELECT count(*) FROM r_evidence e LEFT JOIN r_content c"
  " ON c.id=e.report_id WHERE c.id IS NULL OR (e.start IS NOT NULL AND ("
  "  e.start<0 OR e.\"end\"<e.start"
  "  OR e.\"end\">length(CAST(c.body AS BLOB))"
  "  OR CAST(e.surface AS BLOB) IS NOT"
  "     substr(CAST(c.body AS BLOB), e.start+1, e.\"end\"-e.start)))",
  "SELECT count(*) FROM r_conflicts c WHERE NOT EXISTS(SELECT 1 FROM"
  " r_content WHERE id=c.report_id)",
};
static const char *const azCheckWhy[] = {
  "evidence rows with an unknown fact",
  "conflict rows with an unknown fact",
  "evidence rows with no report, or a span/surface that is not the"
  " report's bytes",
  "conflict rows of a report that does not exist",
};
#define N_CHECK 4

/* Prepared statements. */
static sqlite3_stmt *apFactCheck[N_FACT_CHECK][LAST_FACT+1];
static sqlite3_stmt *apCheck[N_CHECK];
static sqlite3_stmt *apCount[N_TAB];      /* SELECT count(*) FROM r_<t> */
static sqlite3_stmt *apDump[N_TAB];       /* every row of r_<t>, ordered */
static sqlite3_stmt *pIntegrity, *pFkCheck;
static sqlite3_stmt *pInsert, *pUpdateBody, *pUpdateMove, *pDelete;
static sqlite3_stmt *pDeleteAll, *pMeetings, *pCodes;
static sqlite3_stmt *pSigId, *pSigCode, *pSigCountId, *pSigCountCode;
static sqlite3_stmt *pCheck, *pRebuild;

static void prepareAll(void) {
  int i, k;
  char zSql[600];
  if( pInsert ) return;
  fuzzExec("CREATE VIRTUAL TABLE r USING commit_registry");
  for(k=0; k<N_FACT_CHECK; k++){
    for(i=FIRST_FACT; i<=LAST_FACT; i++){
      const char *zA = azTab[i];
      snprintf(zSql, sizeof(zSql), azFactCheck[k], zA, zA);
      apFactCheck[k][i] = fuzzPrepare(zSql);
    }
  }
  for(k=0; k<N_CHECK; k++) apCheck[k] = fuzzPrepare(azCheck[k]);
  for(i=0; i<N_TAB; i++){
    snprintf(zSql, sizeof(zSql), "SELECT count(*) FROM r_%s", azTab[i]);
    apCount[i] = fuzzPrepare(zSql);
    if( strcmp(azTab[i], "conflicts")==0 ){
      /* Conflicts are rewritten on every recompute: compare without id. */
      snprintf(zSql, sizeof(zSql), "SELECT fact, fact_id, field, value,"
               " report_id FROM r_conflicts ORDER BY 1, 2, 3, 4, 5");
    }else if( strcmp(azTab[i], "tallies")==0 ){
      snprintf(zSql, sizeof(zSql), "SELECT * FROM r_tallies"
               " ORDER BY fact, fact_id, field, key");
    }else{
      snprintf(zSql, sizeof(zSql), "SELECT * FROM r_%s ORDER BY id", azTab[i]);
    }
    apDump[i] = fuzzPrepare(zSql);
  }
  pIntegrity = fuzzPrepare("PRAGMA integrity_check");
  pCheck = fuzzPrepare("INSERT INTO r(r) VALUES('integrity-check')");
  pRebuild = fuzzPrepare("INSERT INTO r(r) VALUES('rebuild')");
  pFkCheck = fuzzPrepare("PRAGMA foreign_key_check");
  pInsert = fuzzPrepare("INSERT INTO r(rowid, source, url, published, body)"
                        " VALUES(?1, ?2, NULL, ?3, ?4)");
  pUpdateBody = fuzzPrepare("UPDATE r SET body=?2 WHERE rowid=?1");
  pUpdateMove = fuzzPrepare("UPDATE r SET rowid=?2, published=NULL, body=?3"
                            " WHERE rowid=?1");
  pDelete = fuzzPrepare("DELETE FROM r WHERE rowid=?1");
  pDeleteAll = fuzzPrepare("DELETE FROM r");
  pMeetings = fuzzPrepare("SELECT id FROM r_meetings ORDER BY id");
  pCodes = fuzzPrepare("SELECT DISTINCT code FROM r_meetings"
                       " WHERE code IS NOT NULL ORDER BY code");
  pSigId = fuzzPrepare("SELECT * FROM commit_signatories(?1)");
  pSigCode = fuzzPrepare("SELECT * FROM commit_signatories(?1, 'r')");
  pSigCountId = fuzzPrepare("SELECT count(*) FROM r_signatories s"
                            " JOIN r_documents d ON d.id=s.document_id"
                            " WHERE s.meeting_id=?1");
  pSigCountCode = fuzzPrepare("SELECT count(*) FROM r_signatories s"
                              " JOIN r_documents d ON d.id=s.document_id"
                              " WHERE s.meeting_id=(SELECT id FROM r_meetings"
                              " WHERE code=?1 ORDER BY id LIMIT 1)");
}

/* Every row of every table (conflicts without their ids), as text. */
static char *dumpAll(void) {
  sqlite3_str *pOut = sqlite3_str_new(0);
  int i, j, rc;
  for(i=0; i<N_TAB; i++){
    sqlite3_stmt *p = apDump[i];
    sqlite3_str_appendf(pOut, "-- r_%s\n", azTab[i]);
    while( (rc = sqlite3_step(p))==SQLITE_ROW ){
      for(j=0; j<sqlite3_column_count(p); j++){
        int e = sqlite3_column_type(p, j);
        if( e==SQLITE_NULL ){
          sqlite3_str_appendall(pOut, j ? "|NULL" : "NULL");
        }else{
          const char *z = (const char *)sqlite3_column_text(p, j);
          sqlite3_str_appendf(pOut, "%s%c:%.*s", j ? "|" : "",
                              "?iftb"[e<=4 ? e : 0],
                              sqlite3_column_bytes(p, j), z);
        }
      }
      sqlite3_str_appendchar(pOut, 1, '\n');
    }
    if( rc!=SQLITE_DONE ) fuzzFail("dump r_%s: %s", azTab[i],
                                   sqlite3_errmsg(fuzzDb()));
    sqlite3_reset(p);
  }
  if( sqlite3_str_errcode(pOut) ) fuzzFail("dump: out of memory");
  return sqlite3_str_finish(pOut);
}

/* Abort, showing both dumps, if the registry no longer equals zBefore. */
static void checkUnchanged(const char *zBefore, const char *zWhen) {
  char *zNow = dumpAll();
  if( strcmp(zBefore, zNow)!=0 ){
    fuzzFail("%s: registry changed.\n---- expected:\n%.6000s\n---- found:\n"
             "%.6000s", zWhen, zBefore, zNow);
  }
  sqlite3_free(zNow);
}

/* Abort unless every table of the registry is empty. */
static void checkEmpty(const char *zWhen) {
  int i;
  for(i=0; i<N_TAB; i++){
    sqlite3_int64 n = fuzzInt(apCount[i], "count");
    if( n!=0 ){
      char *z = dumpAll();
      fuzzFail("%s: r_%s has %lld rows, expected none.\n%.6000s", zWhen,
               azTab[i], n, z);
    }
  }
}

/* Abort unless PRAGMA integrity_check says 'ok' and no foreign key breaks. */
static void checkIntegrity(const char *zWhen) {
  int rc = sqlite3_step(pIntegrity);
  const char *z = rc==SQLITE_ROW ? (const char *)sqlite3_column_text(pIntegrity, 0) : 0;
  if( z==0 || strcmp(z, "ok")!=0 ){
    fuzzFail("%s: PRAGMA integrity_check: %s", zWhen,
             z ? z : sqlite3_errmsg(fuzzDb()));
  }
  sqlite3_reset(pIntegrity);
  rc = sqlite3_step(pFkCheck);
  if( rc==SQLITE_ROW ){
    fuzzFail("%s: PRAGMA foreign_key_check: table %s rowid %lld -> %s",
             zWhen, sqlite3_column_text(pFkCheck, 0),
             sqlite3_column_int64(pFkCheck, 1),
             sqlite3_column_text(pFkCheck, 2));
  }
  if( rc!=SQLITE_DONE ){
    fuzzFail("%s: PRAGMA foreign_key_check: %s", zWhen,
             sqlite3_errmsg(fuzzDb()));
  }
  sqlite3_reset(pFkCheck);
}

/* Run a commit_signatories query (bound); returns its row count. */
static sqlite3_int64 runSignatories(sqlite3_stmt *p, const char *zWhen,
                                    const char *zArg) {
  sqlite3_int64 n = 0;
  int rc;
  while( (rc = sqlite3_step(p))==SQLITE_ROW ){
    int j;
    for(j=0; j<sqlite3_column_count(p); j++) (void)sqlite3_column_text(p, j);
    n++;
  }
  if( rc!=SQLITE_DONE ){
    fuzzFail("%s: commit_signatories(%s): %s", zWhen, zArg,
             sqlite3_errmsg(fuzzDb()));
  }
  sqlite3_reset(p);
  return n;
}

/* commit_signatories for every meeting, by id and by code. */
static void checkSignatories(const char *zWhen) {
  int rc;
  char zArg[64];
  while( (rc = sqlite3_step(pMeetings))==SQLITE_ROW ){
    sqlite3_int64 iId = sqlite3_column_int64(pMeetings, 0), nSig, nWant;
    snprintf(zArg, sizeof(zArg), "%lld", iId);
    sqlite3_bind_int64(pSigId, 1, iId);
    nSig = runSignatories(pSigId, zWhen, zArg);
    sqlite3_bind_int64(pSigCountId, 1, iId);
    nWant = fuzzInt(pSigCountId, "signatory count");
    if( nSig!=nWant ){
      fuzzFail("%s: commit_signatories(%lld) gave %lld rows, r_signatories"
               " has %lld", zWhen, iId, nSig, nWant);
    }
  }
  if( rc!=SQLITE_DONE ) fuzzFail("%s: meetings: %s", zWhen,
                                 sqlite3_errmsg(fuzzDb()));
  sqlite3_reset(pMeetings);
  while( (rc = sqlite3_step(pCodes))==SQLITE_ROW ){
    const char *zCode = (const char *)sqlite3_column_text(pCodes, 0);
    sqlite3_int64 nSig, nWant;
    snprintf(zArg, sizeof(zArg), "'%.40s', 'r'", zCode);
    sqlite3_bind_text(pSigCode, 1, zCode, -1, SQLITE_TRANSIENT);
    nSig = runSignatories(pSigCode, zWhen, zArg);
    sqlite3_bind_text(pSigCountCode, 1, zCode, -1, SQLITE_TRANSIENT);
    nWant = fuzzInt(pSigCountCode, "signatory count");
    if( nSig!=nWant ){
      fuzzFail("%s: commit_signatories(%s) gave %lld rows, r_signatories"
               " has %lld", zWhen, zArg, nSig, nWant);
    }
  }
  if( rc!=SQLITE_DONE ) fuzzFail("%s: codes: %s", zWhen,
                                 sqlite3_errmsg(fuzzDb()));
  sqlite3_reset(pCodes);
}

/* Abort unless the registry's 'integrity-check' passes: what it stores
** is what a recomputation from its evidence gives. */
static void checkMerge(const char *zWhen) {
  if( sqlite3_step(pCheck)!=SQLITE_DONE ){
    fuzzFail("%s: integrity-check: %s", zWhen, sqlite3_errmsg(fuzzDb()));
  }
  sqlite3_reset(pCheck);
}

/* Every check on a registry after a successful write; commit_signatories
** too if bSig (it is slow: skipped after DELETEs). */
static void checkAll(const char *zWhen, int bSig) {
  int i, k;
  checkIntegrity(zWhen);
  checkMerge(zWhen);
  for(k=0; k<N_FACT_CHECK; k++){
    for(i=FIRST_FACT; i<=LAST_FACT; i++){
      sqlite3_int64 n = fuzzInt(apFactCheck[k][i], azFactCheckWhy[k]);
      if( n ){
        char *z = dumpAll();
        fuzzFail("%s: r_%s: %lld %s\n%.6000s", zWhen, azTab[i], n,
                 azFactCheckWhy[k], z);
      }
    }
  }
  for(k=0; k<N_CHECK; k++){
    sqlite3_int64 n = fuzzInt(apCheck[k], azCheckWhy[k]);
    if( n ){
      char *z = dumpAll();
      fuzzFail("%s: %lld %s\n%.6000s", zWhen, n, azCheckWhy[k], z);
    }
  }
  if( bSig ) checkSignatories(zWhen);
}

/* Step a bound write statement; returns 1 if it succeeded, 0 if it
** failed with an acceptable error.  The registry is checked either way. */
static int runWrite(sqlite3_stmt *p, const char *zWhen, const char *zBefore,
                    int bSig) {
  int rc = sqlite3_step(p);
  if( rc==SQLITE_ROW ) fuzzFail("%s: write statement returned a row", zWhen);
  if( rc!=SQLITE_DONE ){
    rc = sqlite3_reset(p);
    sqlite3_clear_bindings(p);
    fuzzCheckError(rc, zWhen, "commit_registry: ");
    if( zBefore ) checkUnchanged(zBefore, zWhen);
    checkIntegrity(zWhen);
    return 0;
  }
  sqlite3_reset(p);
  sqlite3_clear_bindings(p);
  checkAll(zWhen, bSig);
  return 1;
}

/* Bind and run INSERT INTO r(rowid, source, published, body). */
static int doInsert(sqlite3_int64 iRowid, const char *zSource,
                    const uint8_t *zPub, size_t nPub,
                    const uint8_t *zBody, size_t nBody,
                    const char *zWhen, const char *zBefore) {
  if( iRowid ) sqlite3_bind_int64(pInsert, 1, iRowid);
  sqlite3_bind_text(pInsert, 2, zSource, -1, SQLITE_STATIC);
  fuzzBindText(pInsert, 3, zPub, nPub);
  fuzzBindText(pInsert, 4, zBody, nBody);
  /* commit_signatories is checked outside the BEGIN ... ROLLBACK only. */
  return runWrite(pInsert, zWhen, zBefore, sqlite3_get_autocommit(fuzzDb()));
}

/* Split the bodies: at the first '\f', else in the middle. */
static void splitBodies(const uint8_t *z, size_t n, const uint8_t **pzA,
                        size_t *pnA, const uint8_t **pzB, size_t *pnB) {
  const uint8_t *p = n ? memchr(z, '\f', n) : 0;
  size_t iSplit;
  if( p ){
    *pzA = z;
    *pnA = (size_t)(p - z);
    *pzB = p + 1;
    *pnB = n - *pnA - 1;
    return;
  }
  iSplit = n/2;
  while( iSplit<n && (z[iSplit] & 0xc0)==0x80 ) iSplit++;
  *pzA = z;
  *pnA = iSplit;
  *pzB = z + iSplit;
  *pnB = n - iSplit;
}

int LLVMFuzzerTestOneInput(const uint8_t *aData, size_t nData) {
  static const uint8_t aEmpty[1] = {0};
  const uint8_t *zPub, *zRest, *zA, *zB;
  size_t nPub, nRest, nA, nB;
  char *zEmpty, *zAfterA = 0, *zBefore;
  int bA, bB;
  sqlite3_int64 iB;

  prepareAll();
  checkEmpty("start of input");
  if( !fuzzSplitLine(aData, nData, &zPub, &nPub, &zRest, &nRest) || nPub==0 ){
    zPub = 0;
  }
  if( nRest==0 ) zRest = aEmpty;
  splitBodies(zRest, nRest, &zA, &nA, &zB, &nB);
  zEmpty = dumpAll();

  /* 1. An ingest inside a transaction that is rolled back. */
  fuzzExec("BEGIN");
  doInsert(1, "a", zPub, nPub, zA, nA, "INSERT A in BEGIN", zEmpty);
  fuzzExec("ROLLBACK");
  checkEmpty("after BEGIN; INSERT A; ROLLBACK");
  checkIntegrity("after ROLLBACK");

  /* 2. Report A. */
  bA = doInsert(1, "a", zPub, nPub, zA, nA, "INSERT A", zEmpty);
  zAfterA = dumpAll();

  /* 3. Report B, taken out again: A's facts must be as they were. */
  bB = doInsert(0, "b", zPub, nPub, zB, nB, "INSERT B", zAfterA);
  if( bB ){
    iB = sqlite3_last_insert_rowid(fuzzDb());
    sqlite3_bind_int64(pDelete, 1, iB);
    if( !runWrite(pDelete, "DELETE B", 0, 0) ) fuzzFail("DELETE B failed");
    checkUnchanged(zAfterA, "INSERT B then DELETE B");
    if( !doInsert(0, "b", zPub, nPub, zB, nB, "INSERT B again", zAfterA) ){
      fuzzFail("INSERT B failed the second time");
    }
  }

  /* 4, 5. UPDATE report A: to body B, then to a new rowid, no anchor. */
  if( bA ){
    zBefore = dumpAll();
    sqlite3_bind_int64(pUpdateBody, 1, 1);
    fuzzBindText(pUpdateBody, 2, zB, nB);
    if( runWrite(pUpdateBody, "UPDATE A SET body=B", zBefore, 1)!=bB ){
      fuzzFail("UPDATE A SET body=B %s though INSERT B %s",
               bB ? "failed" : "worked", bB ? "worked" : "failed");
    }
    sqlite3_free(zBefore);
    zBefore = dumpAll();
    sqlite3_bind_int64(pUpdateMove, 1, 1);
    sqlite3_bind_int64(pUpdateMove, 2, 3);
    fuzzBindText(pUpdateMove, 3, zA, nA);
    if( !runWrite(pUpdateMove, "UPDATE A SET rowid=3, published=NULL, body=A",
                  zBefore, 1) ){
      fuzzFail("UPDATE to rowid 3 with body A failed though INSERT A worked");
    }
    sqlite3_free(zBefore);

    /* 6. 'rebuild' recomputes from the evidence: nothing changes. */
    zBefore = dumpAll();
    if( sqlite3_step(pRebuild)!=SQLITE_DONE ){
      fuzzFail("rebuild: %s", sqlite3_errmsg(fuzzDb()));
    }
    sqlite3_reset(pRebuild);
    checkUnchanged(zBefore, "rebuild");
    sqlite3_free(zBefore);

    /* 7. Take report A (now rowid 3) out. */
    sqlite3_bind_int64(pDelete, 1, 3);
    if( !runWrite(pDelete, "DELETE A", 0, 0) ) fuzzFail("DELETE A failed");
  }

  /* 8. Everything out: nothing may be left. */
  if( !runWrite(pDeleteAll, "DELETE FROM r", 0, 0) ){
    fuzzFail("DELETE FROM r failed");
  }
  checkEmpty("after DELETE of all rows");
  checkIntegrity("after DELETE of all rows");

  sqlite3_free(zEmpty);
  sqlite3_free(zAfterA);
  return 0;
}

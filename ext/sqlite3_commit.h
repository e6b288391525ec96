/*
** 2026-12-08
**
** sqlite3_commit.h -- the public header for linking `commit` statically.
**
** A program that links the extension into itself (the archive libcommit.a,
** whose objects are compiled with -DSQLITE_CORE) includes this header and
** registers the entry point once, before it opens connections:
**
**   #include "sqlite3_commit.h"
**   sqlite3_auto_extension((void (*)(void))sqlite3_commit_init);
**   sqlite3_open(":memory:", &db);      -- commit_* functions are there
**
** or calls sqlite3_commit_init(db, &zErr, 0) on one connection.  Build with
**
**   cc app.c $(pkg-config --cflags --libs commit)
**
** (after `make install`), or in the source tree with
** `cc -Iext app.c build/libcommit.a -lsqlite3`.  See examples/c_static/.
**
** A program that loads dist/commit.so at run time does not need this
** header: sqlite3_load_extension() finds the entry point by its name.
**
** sqlite3_commit_init() returns SQLITE_OK, or the error code of the first
** registration that failed and sets *pzErrMsg (when pzErrMsg is not NULL)
** to "commit: cannot register <name>: <reason>", which the caller frees
** with sqlite3_free().  It must be declared exactly as in ext/commit.h;
** tests/hosts.sh compiles both together to check that.
*/
#ifndef SQLITE3_COMMIT_H
#define SQLITE3_COMMIT_H

#include <sqlite3.h>

#ifdef __cplusplus
extern "C" {
#endif

int sqlite3_commit_init(sqlite3 *db, char **pzErrMsg,
                        const sqlite3_api_routines *pApi);

#ifdef __cplusplus
}
#endif

#endif /* SQLITE3_COMMIT_H */

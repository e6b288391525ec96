/*
** 2026-12-08
**
** bench.c -- `make bench`: how fast commit parses, indexes and merges an
** archive, side by side with SQLite's own work on the same reports.
**
**   build/bench/bench [options] build/bench/corpus-10MB-seed1.txt
**
** Linked with build/libcommit.a (-DSQLITE_CORE) and the system SQLite,
** which has FTS5.  One process, one run.  It loads the corpus written by
** bench/gen into a table of an in-memory database, then measures:
**
**   (a) SELECT sum(length(commit_parse(body, opts))) FROM corpus
**   (b) INSERT INTO fts(rowid, body) SELECT id, body FROM corpus  (FTS5)
**   (c) SELECT sum(length(body)) FROM corpus  (the floor: reading it)
**
** in several rounds, the order rotated each round, and prints medians of
** CPU time (the machine is shared: CPU time is what our code costs; wall
** time is printed next to it).  Then:
**
**   (d) registry ingest: INSERT INTO reg(source, url, published, body),
**       one transaction, up to 1,000, 10,000 and 50,000 reports (reports
**       repeat from the corpus), each step capped at a time budget;
**   scaling: one report made of concatenated reports, 1, 10 and 100 MB,
**       timed in rounds, and its peak RSS measured in a fresh child
**       process (this program run with --rss-child);
**   commit_signatories on a registry of 100,000 meetings, built with
**       INSERTs into its shadow tables: the plans of the statements it
**       runs (captured with sqlite3_trace_v2) and its time per query.
**
** Last, each target of issue 10 is printed as "met" or "NOT met" with its
** figure.  --selftest checks the helpers (median, plan classification,
** corpus reader) on fixed inputs.  See bench/README.md.
*/
#include "sqlite3_commit.h"
#include <sqlite3.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define BENCH_MB 1000000.0            /* sizes are in 10^6 bytes */
#define BENCH_MAX_SCALE 8             /* sizes in the scaling table */
#define BENCH_MAX_STEPS 8             /* ingest checkpoints */
#define BENCH_MAX_PLAN 64             /* statements captured per query */
#define BENCH_SIG_QUERIES 2000        /* timed commit_signatories calls */
#define BENCH_SIG_CODED 99            /* meetings per series that have codes
                                      ** commit_meeting_code reads (1..99) */

/* ==== Options ========================================================== */

typedef struct BenchOpt BenchOpt;
struct BenchOpt {
  const char *zCorpus;          /* corpus file from bench/gen */
  int nRound;                   /* rounds of (a)-(c) */
  int nScaleRound;              /* rounds of the scaling table */
  double rScaleBudget;          /* seconds: a longer run is not repeated */
  double aScale[BENCH_MAX_SCALE];  /* scaling sizes, MB */
  int nScale;
  int aStep[BENCH_MAX_STEPS];   /* ingest checkpoints, reports */
  int nStep;
  double rBudget;               /* seconds per ingest step */
  int nSigMeeting;              /* meetings in the signatories registry */
};

/* ==== Small helpers ==================================================== */

static double benchWall(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec/1e9;
}

static double benchCpu(void) {
  struct timespec t;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return (double)t.tv_sec + (double)t.tv_nsec/1e9;
}

static int benchCmpDouble(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x<y ? -1 : x>y ? 1 : 0;
}

/* The median of a[0..n-1] (the mean of the middle two when n is even);
** sorts a. */
static double benchMedian(double *a, int n) {
  if( n<=0 ) return 0.0;
  qsort(a, (size_t)n, sizeof(double), benchCmpDouble);
  return (n & 1) ? a[n/2] : (a[n/2-1] + a[n/2])/2.0;
}

/* The peak resident set size of this process, or of its waited-for
** children, in MB (ru_maxrss is in KiB on Linux). */
static double benchPeakRss(int who) {
  struct rusage ru;
  getrusage(who, &ru);
  return (double)ru.ru_maxrss*1024.0/BENCH_MB;
}

/* n with thousands separators, in a static ring of buffers. */
static const char *benchNum(long long n) {
  static char aBuf[8][32];
  static int iBuf = 0;
  char zTmp[32], *z = aBuf[iBuf++ & 7];
  int nDigit, i, j = 0;
  snprintf(zTmp, sizeof(zTmp), "%lld", n<0 ? -n : n);
  nDigit = (int)strlen(zTmp);
  if( n<0 ) z[j++] = '-';
  for(i=0; i<nDigit; i++){
    if( i>0 && (nDigit-i)%3==0 ) z[j++] = ',';
    z[j++] = zTmp[i];
  }
  z[j] = 0;
  return z;
}

static void benchDie(const char *zWhat, sqlite3 *db) {
  fprintf(stderr, "bench: %s: %s\n", zWhat, db ? sqlite3_errmsg(db) : strerror(errno));
  exit(1);
}

static void benchExec(sqlite3 *db, const char *zSql) {
  char *zErr = 0;
  if( sqlite3_exec(db, zSql, 0, 0, &zErr)!=SQLITE_OK ){
    fprintf(stderr, "bench: %s: %s\n", zSql, zErr);
    exit(1);
  }
}

static sqlite3 *benchOpen(void) {
  sqlite3 *db = 0;
  char *zErr = 0;
  if( sqlite3_open(":memory:", &db)!=SQLITE_OK ) benchDie("open", db);
  if( sqlite3_commit_init(db, &zErr, 0)!=SQLITE_OK ){
    fprintf(stderr, "bench: %s\n", zErr);
    exit(1);
  }
  return db;
}

/* ==== The corpus ======================================================= */

/* One report: the header fields of bench/gen and the body. */
typedef struct BenchReport BenchReport;
struct BenchReport {
  char *zBody;        /* NUL-terminated body */
  long nBody;         /* its bytes */
  char zPublished[11];  /* YYYY-MM-DD, or "" when the header gives "-" */
  char *zSource;
  char *zUrl;
};

typedef struct BenchCorpus BenchCorpus;
struct BenchCorpus {
  BenchReport *a;
  int n;
  long long nByte;    /* bytes of all bodies */
};

/*
** Read one record of bench/gen's format from pIn:
**   "@@report\t<n>\t<bytes>\t<published or ->\t<source>\t<url>\n"
**   <bytes> bytes of body, "\n"
** Returns 1 with *p filled (the caller frees zBody, zSource, zUrl), 0 at
** the end of the input, or -1 with *pzErr set for a malformed record.
*/
static int benchReadRecord(FILE *pIn, BenchReport *p, const char **pzErr) {
  char zHead[4096], zPub[64], zSrc[1024], zUrl[2048];
  long nBody = -1, iRec = 0;
  memset(p, 0, sizeof(*p));
  if( fgets(zHead, sizeof(zHead), pIn)==0 ) return 0;
  if( sscanf(zHead, "@@report\t%ld\t%ld\t%63[^\t]\t%1023[^\t]\t%2047[^\n]",
             &iRec, &nBody, zPub, zSrc, zUrl)!=5 || nBody<0 ){
    *pzErr = "malformed header line";
    return -1;
  }
  if( strcmp(zPub, "-")!=0 ){
    if( strlen(zPub)!=10 ){ *pzErr = "malformed published date"; return -1; }
    memcpy(p->zPublished, zPub, 11);
  }
  p->zBody = malloc((size_t)nBody + 1);
  p->zSource = strdup(zSrc);
  p->zUrl = strdup(zUrl);
  if( p->zBody==0 || p->zSource==0 || p->zUrl==0 ){
    *pzErr = "out of memory";
    return -1;
  }
  if( fread(p->zBody, 1, (size_t)nBody, pIn)!=(size_t)nBody || fgetc(pIn)!='\n' ){
    *pzErr = "truncated body";
    return -1;
  }
  p->zBody[nBody] = 0;
  p->nBody = nBody;
  return 1;
}

static void benchReportFree(BenchReport *p) {
  free(p->zBody);
  free(p->zSource);
  free(p->zUrl);
}

/* Load every record of zPath.  Returns 0, or -1 with *pzErr set. */
static int benchCorpusLoad(const char *zPath, BenchCorpus *pC, const char **pzErr) {
  FILE *pIn = fopen(zPath, "rb");
  int nAlloc = 0, rc;
  BenchReport r;
  memset(pC, 0, sizeof(*pC));
  if( pIn==0 ){ *pzErr = strerror(errno); return -1; }
  while( (rc = benchReadRecord(pIn, &r, pzErr))==1 ){
    if( pC->n==nAlloc ){
      nAlloc = nAlloc ? nAlloc*2 : 1024;
      pC->a = realloc(pC->a, sizeof(BenchReport)*(size_t)nAlloc);
      if( pC->a==0 ){ *pzErr = "out of memory"; fclose(pIn); return -1; }
    }
    pC->a[pC->n++] = r;
    pC->nByte += r.nBody;
  }
  if( rc<0 ) benchReportFree(&r);
  fclose(pIn);
  if( rc==0 && pC->n==0 ){ *pzErr = "no reports"; return -1; }
  return rc<0 ? -1 : 0;
}

/* Append body zBody (nBody bytes) to the report *pz of *pn bytes, with a
** blank line between reports, as benchConcat() does. */
static void benchAppend(char **pz, long long *pn, long long *pnAlloc,
                        const char *zBody, long nBody) {
  if( *pn + nBody + 3 > *pnAlloc ){
    *pnAlloc = (*pn + nBody + 3)*3/2;
    *pz = realloc(*pz, (size_t)*pnAlloc);
    if( *pz==0 ) benchDie("out of memory", 0);
  }
  if( *pn>0 ){ (*pz)[(*pn)++] = '\n'; (*pz)[(*pn)++] = '\n'; }
  memcpy(*pz + *pn, zBody, (size_t)nBody);
  *pn += nBody;
  (*pz)[*pn] = 0;
}

/*
** One report of at least nWant bytes: corpus bodies in order (from the
** start again when they run out) joined by blank lines, ending at a report
** boundary.  Returns a malloc'd NUL-terminated text; *pn gets its bytes.
*/
static char *benchConcat(const BenchCorpus *pC, long long nWant, long long *pn) {
  long long n = 0, nAlloc = nWant + 1000000;
  char *z = malloc((size_t)nAlloc);
  int i = 0;
  if( z==0 ) return 0;
  z[0] = 0;
  while( n<nWant ){
    const BenchReport *r = &pC->a[i++ % pC->n];
    benchAppend(&z, &n, &nAlloc, r->zBody, r->nBody);
  }
  *pn = n;
  return z;
}

/* The corpus as table corpus(id, source, url, published, opts, body). */
static void benchCorpusTable(sqlite3 *db, const BenchCorpus *pC) {
  sqlite3_stmt *pIns = 0;
  int i;
  benchExec(db, "CREATE TABLE corpus(id INTEGER PRIMARY KEY, source TEXT,"
                " url TEXT, published TEXT, opts TEXT, body TEXT NOT NULL)");
  if( sqlite3_prepare_v2(db, "INSERT INTO corpus(id, source, url, published, opts, body)"
      " VALUES(?1, ?2, ?3, nullif(?4, ''), CASE WHEN ?4<>'' THEN"
      " json_object('published', ?4) END, ?5)", -1, &pIns, 0)!=SQLITE_OK ){
    benchDie("prepare corpus insert", db);
  }
  benchExec(db, "BEGIN");
  for(i=0; i<pC->n; i++){
    const BenchReport *r = &pC->a[i];
    sqlite3_bind_int(pIns, 1, i + 1);
    sqlite3_bind_text(pIns, 2, r->zSource, -1, SQLITE_STATIC);
    sqlite3_bind_text(pIns, 3, r->zUrl, -1, SQLITE_STATIC);
    sqlite3_bind_text(pIns, 4, r->zPublished, -1, SQLITE_STATIC);
    sqlite3_bind_text(pIns, 5, r->zBody, (int)r->nBody, SQLITE_STATIC);
    if( sqlite3_step(pIns)!=SQLITE_DONE ) benchDie("insert corpus", db);
    sqlite3_reset(pIns);
  }
  benchExec(db, "COMMIT");
  sqlite3_finalize(pIns);
}

/* ==== (a)-(c): parse, FTS5, scan over the same table ==================== */

#define BENCH_PARSE 0
#define BENCH_FTS5 1
#define BENCH_SCAN 2
#define BENCH_N_STEP 3

/* Run one SELECT that returns one integer; return it. */
static long long benchQueryInt(sqlite3 *db, const char *zSql) {
  sqlite3_stmt *p = 0;
  long long v = 0;
  if( sqlite3_prepare_v2(db, zSql, -1, &p, 0)!=SQLITE_OK ) benchDie(zSql, db);
  if( sqlite3_step(p)==SQLITE_ROW ) v = sqlite3_column_int64(p, 0);
  if( sqlite3_finalize(p)!=SQLITE_OK ) benchDie(zSql, db);
  return v;
}

/* One timed step; *pCheck gets a figure that must repeat every round. */
static void benchStep(sqlite3 *db, int eStep, double *pCpu, double *pWall,
                      long long *pCheck) {
  double c0, w0;
  if( eStep==BENCH_FTS5 ){
    benchExec(db, "DROP TABLE IF EXISTS fts;"
                  "CREATE VIRTUAL TABLE fts USING fts5(body)");
  }
  c0 = benchCpu();
  w0 = benchWall();
  if( eStep==BENCH_PARSE ){
    *pCheck = benchQueryInt(db,
        "SELECT sum(length(commit_parse(body, opts))) FROM corpus");
  }else if( eStep==BENCH_FTS5 ){
    benchExec(db, "BEGIN; INSERT INTO fts(rowid, body) SELECT id, body FROM corpus;"
                  " COMMIT");
    *pCheck = 0;
  }else{
    *pCheck = benchQueryInt(db, "SELECT sum(length(body)) FROM corpus");
  }
  *pCpu = benchCpu() - c0;
  *pWall = benchWall() - w0;
  if( eStep==BENCH_FTS5 ){
    *pCheck = benchQueryInt(db, "SELECT count(*) FROM fts WHERE fts MATCH 'trafficking'");
  }
}

typedef struct BenchCore BenchCore;
struct BenchCore {
  double aCpu[BENCH_N_STEP];    /* median CPU seconds */
  double aWall[BENCH_N_STEP];   /* median wall seconds */
};

static void benchCore(sqlite3 *db, const BenchOpt *pOpt, const BenchCorpus *pC,
                      BenchCore *pRes) {
  static const char *azName[] = {
    "(a) commit_parse(body, opts)", "(b) FTS5 INSERT of the bodies",
    "(c) scan: sum(length(body))",
  };
  double *aCpu = calloc((size_t)pOpt->nRound*BENCH_N_STEP, sizeof(double));
  double *aWall = calloc((size_t)pOpt->nRound*BENCH_N_STEP, sizeof(double));
  long long aCheck[BENCH_N_STEP];
  int r, k, e;
  if( aCpu==0 || aWall==0 ) benchDie("out of memory", 0);
  for(r=0; r<pOpt->nRound; r++){
    for(k=0; k<BENCH_N_STEP; k++){
      long long v;
      e = (k + r) % BENCH_N_STEP;    /* rotate the order each round */
      benchStep(db, e, &aCpu[e*pOpt->nRound + r], &aWall[e*pOpt->nRound + r], &v);
      if( r>0 && v!=aCheck[e] ){
        fprintf(stderr, "bench: %s gave %lld, then %lld\n", azName[e], aCheck[e], v);
        exit(1);
      }
      aCheck[e] = v;
    }
  }
  printf("(a)-(c) the corpus in one table, median of %d rounds (order rotated)\n",
         pOpt->nRound);
  printf("  %-32s %9s %9s %9s\n", "step", "CPU s", "wall s", "MB/s");
  for(e=0; e<BENCH_N_STEP; e++){
    pRes->aCpu[e] = benchMedian(&aCpu[e*pOpt->nRound], pOpt->nRound);
    pRes->aWall[e] = benchMedian(&aWall[e*pOpt->nRound], pOpt->nRound);
    printf("  %-32s %9.3f %9.3f %9.1f\n", azName[e], pRes->aCpu[e], pRes->aWall[e],
           (double)pC->nByte/BENCH_MB/pRes->aCpu[e]);
  }
  printf("  commit_parse output: %s characters of JSON;"
         " FTS5: %s reports match 'trafficking'\n",
         benchNum(aCheck[BENCH_PARSE]), benchNum(aCheck[BENCH_FTS5]));
  printf("  parse/FTS5 time ratio: %.2f    parse/scan time ratio: %.1f\n\n",
         pRes->aCpu[BENCH_PARSE]/pRes->aCpu[BENCH_FTS5],
         pRes->aCpu[BENCH_PARSE]/pRes->aCpu[BENCH_SCAN]);
  free(aCpu);
  free(aWall);
}

/* ==== (d) registry ingest ============================================== */

typedef struct BenchIngest BenchIngest;
struct BenchIngest {
  int nDone;                        /* reports ingested */
  double aTotal[BENCH_MAX_STEPS];   /* CPU seconds to reach each step */
  double aCost[BENCH_MAX_STEPS];    /* median ms per report, last 10% */
  int bReached[BENCH_MAX_STEPS];
  double rStopAt;                   /* CPU seconds when stopped */
};

/* The median cost in ms of reports (n - n/10, n] (at least the last 1). */
static double benchMarginal(const double *aT, int n) {
  int nWin = n/10 > 0 ? n/10 : 1, i;
  double *a = malloc(sizeof(double)*(size_t)nWin), m;
  if( a==0 ) benchDie("out of memory", 0);
  for(i=0; i<nWin; i++) a[i] = aT[n - nWin + i]*1000.0;
  m = benchMedian(a, nWin);
  free(a);
  return m;
}

static void benchIngest(const BenchOpt *pOpt, const BenchCorpus *pC, BenchIngest *pRes) {
  sqlite3 *db = benchOpen();
  sqlite3_stmt *pIns = 0;
  int nMax = pOpt->aStep[pOpt->nStep-1], iStep = 0, i;
  double *aT = calloc((size_t)nMax, sizeof(double)), c0, wStep;
  memset(pRes, 0, sizeof(*pRes));
  if( aT==0 ) benchDie("out of memory", 0);
  benchExec(db, "CREATE VIRTUAL TABLE reg USING commit_registry");
  if( sqlite3_prepare_v2(db, "INSERT INTO reg(source, url, published, body)"
                         " VALUES(?1, ?2, nullif(?3, ''), ?4)", -1, &pIns, 0) ){
    benchDie("prepare ingest", db);
  }
  benchExec(db, "BEGIN");
  c0 = benchCpu();
  wStep = benchWall();
  for(i=0; i<nMax; i++){
    const BenchReport *r = &pC->a[i % pC->n];
    double t = benchCpu();
    sqlite3_bind_text(pIns, 1, r->zSource, -1, SQLITE_STATIC);
    sqlite3_bind_text(pIns, 2, r->zUrl, -1, SQLITE_STATIC);
    sqlite3_bind_text(pIns, 3, r->zPublished, -1, SQLITE_STATIC);
    sqlite3_bind_text(pIns, 4, r->zBody, (int)r->nBody, SQLITE_STATIC);
    if( sqlite3_step(pIns)!=SQLITE_DONE ) benchDie("ingest", db);
    sqlite3_reset(pIns);
    aT[i] = benchCpu() - t;
    pRes->nDone = i + 1;
    if( i + 1==pOpt->aStep[iStep] ){
      pRes->bReached[iStep] = 1;
      pRes->aTotal[iStep] = benchCpu() - c0;
      pRes->aCost[iStep] = benchMarginal(aT, i + 1);
      iStep++;
      wStep = benchWall();
    }else if( benchWall() - wStep > pOpt->rBudget ){
      pRes->aCost[iStep] = benchMarginal(aT, i + 1);
      break;
    }
  }
  pRes->rStopAt = benchCpu() - c0;
  benchExec(db, "COMMIT");
  if( benchQueryInt(db, "SELECT count(*) FROM reg")!=pRes->nDone ){
    fprintf(stderr, "bench: the registry does not hold the reports ingested\n");
    exit(1);
  }
  sqlite3_finalize(pIns);
  sqlite3_close(db);
  free(aT);
}

static void benchIngestPrint(const BenchOpt *pOpt, const BenchIngest *p) {
  int k;
  printf("(d) registry ingest: INSERT INTO reg(source, url, published, body), one"
         " transaction,\n    in-memory database, reports repeat from the corpus,"
         " each step stops after %g s (wall)\n", pOpt->rBudget);
  printf("  %-8s %10s %11s %12s %22s\n", "reports", "total s", "reports/s",
         "mean ms/rep", "ms/report (last 10%)");
  for(k=0; k<pOpt->nStep; k++){
    if( p->bReached[k] ){
      printf("  %-8s %10.2f %11.1f %12.2f %22.2f\n", benchNum(pOpt->aStep[k]),
             p->aTotal[k], pOpt->aStep[k]/p->aTotal[k],
             p->aTotal[k]*1000.0/pOpt->aStep[k], p->aCost[k]);
    }else{
      printf("  %-8s not reached in %g s: stopped at %s reports after %.1f s,"
             " %.2f ms/report over the last 10%%\n", benchNum(pOpt->aStep[k]),
             pOpt->rBudget, benchNum(p->nDone), p->rStopAt, p->aCost[k]);
      break;
    }
  }
  printf("  registry holds %s reports\n\n", benchNum(p->nDone));
}

/* ==== Scaling: one report of 1, 10, 100 MB ============================== */

typedef struct BenchScale BenchScale;
struct BenchScale {
  long long anByte[BENCH_MAX_SCALE];   /* the report's bytes */
  long long anOut[BENCH_MAX_SCALE];    /* characters of JSON it gives */
  double aCpu[BENCH_MAX_SCALE];        /* median CPU seconds */
  int anRun[BENCH_MAX_SCALE];          /* runs behind the median */
  double aRss[BENCH_MAX_SCALE];        /* child's peak RSS, MB (0: failed) */
  double aBase[BENCH_MAX_SCALE];       /* child's RSS before parsing, MB */
};

/* Parse z once; return the length of the JSON. */
static long long benchParseOne(sqlite3 *db, sqlite3_stmt *p, const char *z) {
  long long n = -1;
  sqlite3_bind_text(p, 1, z, -1, SQLITE_STATIC);
  if( sqlite3_step(p)==SQLITE_ROW ) n = sqlite3_column_int64(p, 0);
  if( sqlite3_reset(p)!=SQLITE_OK ) benchDie("parse one report", db);
  return n;
}

/*
** --rss-child MB CORPUS: build the report of MB that benchConcat() builds,
** reading the corpus record by record (it is never all in memory), parse
** it once, and print
**   "rss <bytes> <MB before parsing> <peak MB> <CPU s> <JSON characters>"
*/
static int benchRssChild(double rMb, const char *zPath) {
  long long nWant = (long long)(rMb*BENCH_MB), n = 0, nAlloc = nWant + 1000000, nOut;
  char *z = malloc((size_t)nAlloc);
  FILE *pIn = fopen(zPath, "rb");
  sqlite3 *db;
  sqlite3_stmt *p = 0;
  const char *zErr = 0;
  double rBase, c0;
  BenchReport r;
  if( z==0 || pIn==0 ) benchDie("rss child", 0);
  while( n<nWant ){
    int rc = benchReadRecord(pIn, &r, &zErr);
    if( rc==0 ){ rewind(pIn); continue; }
    if( rc<0 ){ fprintf(stderr, "bench: %s: %s\n", zPath, zErr); return 1; }
    benchAppend(&z, &n, &nAlloc, r.zBody, r.nBody);
    benchReportFree(&r);
  }
  fclose(pIn);
  db = benchOpen();
  if( sqlite3_prepare_v2(db, "SELECT length(commit_parse(?1))", -1, &p, 0) ){
    benchDie("prepare", db);
  }
  rBase = benchPeakRss(RUSAGE_SELF);
  c0 = benchCpu();
  nOut = benchParseOne(db, p, z);
  if( nOut<0 ) benchDie("parse", db);
  printf("rss %lld %.1f %.1f %.6f %lld\n", n, rBase, benchPeakRss(RUSAGE_SELF),
         benchCpu() - c0, nOut);
  sqlite3_finalize(p);
  sqlite3_close(db);
  free(z);
  return 0;
}

/* Run this program with --rss-child for size i: its peak RSS, and its run
** as the first sample of aT (with its output length) when it parsed the
** same bytes. */
static void benchRssSpawn(const BenchOpt *pOpt, int i, BenchScale *pRes, double *aT) {
  char zCmd[4096];
  FILE *pPipe;
  long long n = 0, nOut = 0;
  double rCpu = 0.0;
  snprintf(zCmd, sizeof(zCmd), "/proc/%d/exe --rss-child %g '%s'", (int)getpid(),
           pOpt->aScale[i], pOpt->zCorpus);
  fflush(stdout);
  pPipe = popen(zCmd, "r");
  if( pPipe==0 ) return;
  if( fscanf(pPipe, "rss %lld %lf %lf %lf %lld", &n, &pRes->aBase[i], &pRes->aRss[i],
             &rCpu, &nOut)!=5 ){
    pRes->aBase[i] = pRes->aRss[i] = 0.0;
    fprintf(stderr, "bench: the --rss-child run of %g MB failed\n", pOpt->aScale[i]);
  }else if( n==pRes->anByte[i] ){
    aT[pRes->anRun[i]++] = rCpu;
    pRes->anOut[i] = nOut;
  }else{
    fprintf(stderr, "bench: the child built %lld bytes, not %lld\n", n, pRes->anByte[i]);
  }
  pclose(pPipe);
}

/* The in-process rounds, sizes in rotated order.  A size whose run (in
** the child or here) took longer than the budget is not run again. */
static void benchScaleRounds(const BenchOpt *pOpt, char **az, BenchScale *pRes,
                             double *aT) {
  sqlite3 *db = benchOpen();
  sqlite3_stmt *p = 0;
  int r, i, nSlot = pOpt->nScaleRound + 1;
  if( sqlite3_prepare_v2(db, "SELECT length(commit_parse(?1))", -1, &p, 0) ){
    benchDie("prepare", db);
  }
  for(r=0; r<pOpt->nScaleRound; r++){
    for(i=0; i<pOpt->nScale; i++){
      int k = (i + r) % pOpt->nScale;
      double c0;
      long long nOut;
      if( pRes->anRun[k]>0 && aT[k*nSlot]>pOpt->rScaleBudget ) continue;
      c0 = benchCpu();
      nOut = benchParseOne(db, p, az[k]);
      aT[k*nSlot + pRes->anRun[k]++] = benchCpu() - c0;
      if( pRes->anOut[k] && nOut!=pRes->anOut[k] ){
        fprintf(stderr, "bench: %g MB gave %lld characters of JSON, then %lld\n",
                pOpt->aScale[k], pRes->anOut[k], nOut);
        exit(1);
      }
      pRes->anOut[k] = nOut;
    }
  }
  sqlite3_finalize(p);
  sqlite3_close(db);
}

static void benchScale(const BenchOpt *pOpt, const BenchCorpus *pC, BenchScale *pRes) {
  char *az[BENCH_MAX_SCALE];
  int nSlot = pOpt->nScaleRound + 1, i;
  double *aT = calloc((size_t)nSlot*BENCH_MAX_SCALE, sizeof(double));
  memset(pRes, 0, sizeof(*pRes));
  if( aT==0 ) benchDie("out of memory", 0);
  for(i=0; i<pOpt->nScale; i++){
    az[i] = benchConcat(pC, (long long)(pOpt->aScale[i]*BENCH_MB), &pRes->anByte[i]);
    if( az[i]==0 ) benchDie("out of memory", 0);
    benchRssSpawn(pOpt, i, pRes, &aT[i*nSlot]);
  }
  benchScaleRounds(pOpt, az, pRes, aT);
  for(i=0; i<pOpt->nScale; i++) free(az[i]);
  printf("scaling: one report of concatenated reports; median CPU of one run in a fresh"
         " process\n    (bench --rss-child, which also gives the peak RSS of building"
         " the report and\n    parsing it) and of %d round%s here (none when a run"
         " takes over %g s)\n", pOpt->nScaleRound, pOpt->nScaleRound==1 ? "" : "s",
         pOpt->rScaleBudget);
  printf("  %-8s %13s %5s %9s %8s %12s %14s %12s\n", "size MB", "bytes", "runs",
         "CPU s", "MB/s", "time ratio", "RSS before MB", "peak RSS MB");
  for(i=0; i<pOpt->nScale; i++){
    char zRatio[32] = "";
    pRes->aCpu[i] = benchMedian(&aT[i*nSlot], pRes->anRun[i]);
    if( i>0 ){
      snprintf(zRatio, sizeof(zRatio), "%.2fx/%.0fx", pRes->aCpu[i]/pRes->aCpu[i-1],
               (double)pRes->anByte[i]/(double)pRes->anByte[i-1]);
    }
    printf("  %-8g %13s %5d %9.3f %8.2f %12s %14.1f %12.1f\n", pOpt->aScale[i],
           benchNum(pRes->anByte[i]), pRes->anRun[i], pRes->aCpu[i],
           (double)pRes->anByte[i]/BENCH_MB/pRes->aCpu[i], zRatio,
           pRes->aBase[i], pRes->aRss[i]);
  }
  printf("  commit_parse output:");
  for(i=0; i<pOpt->nScale; i++) printf(" %s", benchNum(pRes->anOut[i]));
  printf(" characters of JSON\n\n");
  free(aT);
}

/* ==== commit_signatories on a large registry ============================= */

/* Plan classes of one EXPLAIN QUERY PLAN detail line. */
#define BENCH_PLAN_OK 0          /* SEARCH, a constant row, a temp b-tree */
#define BENCH_PLAN_SCAN_DATA 1   /* a full scan of a table or index of data */
#define BENCH_PLAN_SCAN_SCHEMA 2 /* a full scan of sqlite_schema */

static int benchPlanClass(const char *zDetail) {
  const char *zTab = zDetail + 5, *zDot, *zSpace;
  if( strncmp(zDetail, "SCAN ", 5)!=0 ) return BENCH_PLAN_OK;
  if( strcmp(zDetail, "SCAN CONSTANT ROW")==0 ) return BENCH_PLAN_OK;
  zDot = strchr(zTab, '.');          /* "SCAN main.sqlite_schema" */
  zSpace = strchr(zTab, ' ');
  if( zDot && (zSpace==0 || zDot<zSpace) ) zTab = zDot + 1;
  if( strncmp(zTab, "sqlite_schema", 13)==0 || strncmp(zTab, "sqlite_master", 13)==0 ){
    return BENCH_PLAN_SCAN_SCHEMA;
  }
  return BENCH_PLAN_SCAN_DATA;
}

typedef struct BenchTrace BenchTrace;
struct BenchTrace {
  sqlite3_stmt *pOuter;          /* the query itself: not captured */
  char *azSql[BENCH_MAX_PLAN];   /* SQL of the statements it ran */
  int nSql;
};

static int benchTraceCb(unsigned eType, void *pCtx, void *pP, void *pX) {
  BenchTrace *t = (BenchTrace *)pCtx;
  const char *zSql = (const char *)pX;
  int i;
  if( eType!=SQLITE_TRACE_STMT || pP==t->pOuter || zSql==0 ) return 0;
  /* A statement run inside another comes as "-- <sql>", a trigger as
  ** "-- TRIGGER <name>". */
  if( strncmp(zSql, "-- ", 3)==0 ) zSql += 3;
  if( strncmp(zSql, "TRIGGER ", 8)==0 ) return 0;
  for(i=0; i<t->nSql; i++) if( strcmp(t->azSql[i], zSql)==0 ) return 0;
  if( t->nSql<BENCH_MAX_PLAN ) t->azSql[t->nSql++] = strdup(zSql);
  return 0;
}

/* A registry "reg" of nMeeting meetings, written into its shadow tables:
** codes IMM1..99 and SOM1..99 on the first 198, none on the rest; one
** document per 50 meetings; six signatories on every third meeting. */
static void benchSigRegistry(sqlite3 *db, int nMeeting) {
  char zSql[1024];
  benchExec(db, "CREATE VIRTUAL TABLE reg USING commit_registry");
  benchExec(db, "BEGIN");
  snprintf(zSql, sizeof(zSql),
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n WHERE i<%d)"
    " INSERT INTO reg_meetings(id, code, series, number, start, \"end\", city,"
    " country, sources)"
    " SELECT i, CASE WHEN i<=%d THEN 'IMM'||i WHEN i<=%d THEN 'SOM'||(i-%d) END,"
    " CASE WHEN i<=%d THEN 'IMM' ELSE 'SOM' END,"
    " CASE WHEN i<=%d THEN i WHEN i<=%d THEN i-%d END,"
    " date('2004-01-01', '+'||(i%%7000)||' days'), date('2004-01-02', '+'||(i%%7000)||' days'),"
    " 'Hanoi', 'VN', 1 FROM n",
    nMeeting, BENCH_SIG_CODED, 2*BENCH_SIG_CODED, BENCH_SIG_CODED, BENCH_SIG_CODED,
    BENCH_SIG_CODED, 2*BENCH_SIG_CODED, BENCH_SIG_CODED);
  benchExec(db, zSql);
  snprintf(zSql, sizeof(zSql),
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n WHERE i<%d)"
    " INSERT INTO reg_documents(id, kind, ordinal, title, sources)"
    " SELECT i, 'joint_declaration', NULL, 'Joint Declaration '||i, 1 FROM n",
    nMeeting/50 + 1);
  benchExec(db, zSql);
  snprintf(zSql, sizeof(zSql),
    "WITH RECURSIVE n(i) AS (SELECT 3 UNION ALL SELECT i+3 FROM n WHERE i+3<=%d),"
    " c(cc) AS (VALUES('KH'),('CN'),('LA'),('MM'),('TH'),('VN'))"
    " INSERT INTO reg_signatories(meeting_id, document_id, country, title, sources)"
    " SELECT i, i/50 + 1, cc, 'Minister', 1 FROM n, c", nMeeting);
  benchExec(db, zSql);
  benchExec(db, "COMMIT");
}

typedef struct BenchSig BenchSig;
struct BenchSig {
  int nStmt;          /* statements captured */
  int nScanData;      /* full scans of data among their plans */
  int nScanSchema;    /* full scans of sqlite_schema */
  double rCode;       /* median ms per query by code */
  double rId;         /* median ms per query by id */
  int nRow;           /* rows of the first query (IMM3) */
};

/* Print the plan of every captured statement; count the full scans. */
static void benchSigPlans(sqlite3 *db, BenchTrace *t, BenchSig *pRes) {
  int i;
  for(i=0; i<t->nSql; i++){
    char *zEqp = sqlite3_mprintf("EXPLAIN QUERY PLAN %s", t->azSql[i]);
    sqlite3_stmt *p = 0;
    printf("  statement %d: %.100s%s\n", i + 1, t->azSql[i],
           strlen(t->azSql[i])>100 ? "..." : "");
    if( zEqp==0 || sqlite3_prepare_v2(db, zEqp, -1, &p, 0)!=SQLITE_OK ){
      printf("    (no plan: %s)\n", sqlite3_errmsg(db));
    }
    while( p && sqlite3_step(p)==SQLITE_ROW ){
      const char *zDetail = (const char *)sqlite3_column_text(p, 3);
      int e = benchPlanClass(zDetail);
      printf("    %s%s\n", zDetail, e==BENCH_PLAN_SCAN_DATA ? "   <-- full scan"
             : e==BENCH_PLAN_SCAN_SCHEMA ? "   (the schema, not the registry)" : "");
      if( e==BENCH_PLAN_SCAN_DATA ) pRes->nScanData++;
      if( e==BENCH_PLAN_SCAN_SCHEMA ) pRes->nScanSchema++;
    }
    sqlite3_finalize(p);
    sqlite3_free(zEqp);
  }
  pRes->nStmt = t->nSql;
}

/* Median ms of BENCH_SIG_QUERIES runs of p, bound to codes or ids. */
static double benchSigTime(sqlite3 *db, sqlite3_stmt *p, int bById, int nMeeting,
                           int *pnRow) {
  double a[BENCH_SIG_QUERIES];
  int q;
  for(q=0; q<BENCH_SIG_QUERIES; q++){
    char zCode[16];
    int nRow = 0;
    double t0 = benchCpu();
    if( bById ){
      sqlite3_bind_int(p, 1, 1 + (int)(((long long)q*7919) % nMeeting));
    }else{
      snprintf(zCode, sizeof(zCode), "%s%d", (q & 1) ? "SOM" : "IMM",
               1 + (q/2*37) % BENCH_SIG_CODED);
      sqlite3_bind_text(p, 1, zCode, -1, SQLITE_TRANSIENT);
    }
    while( sqlite3_step(p)==SQLITE_ROW ) nRow++;
    if( sqlite3_reset(p)!=SQLITE_OK ) benchDie("commit_signatories", db);
    a[q] = (benchCpu() - t0)*1000.0;
    if( pnRow ) pnRow[q] = nRow;
  }
  return benchMedian(a, BENCH_SIG_QUERIES);
}

static void benchSig(const BenchOpt *pOpt, BenchSig *pRes) {
  sqlite3 *db = benchOpen();
  sqlite3_stmt *p = 0;
  BenchTrace t;
  double w0 = benchWall();
  int i, *anRow = calloc(BENCH_SIG_QUERIES, sizeof(int)), nRow = 0;
  memset(pRes, 0, sizeof(*pRes));
  memset(&t, 0, sizeof(t));
  if( anRow==0 ) benchDie("out of memory", 0);
  benchSigRegistry(db, pOpt->nSigMeeting);
  printf("commit_signatories on a registry of %s meetings (%s signatories),"
         " written with INSERTs\n    into its shadow tables in %.1f s wall, not by"
         " ingest (see bench/README.md)\n", benchNum(pOpt->nSigMeeting),
         benchNum(benchQueryInt(db, "SELECT count(*) FROM reg_signatories")),
         benchWall() - w0);
  if( sqlite3_prepare_v2(db, "SELECT * FROM commit_signatories(?1)", -1, &p, 0) ){
    benchDie("prepare commit_signatories", db);
  }
  t.pOuter = p;
  sqlite3_trace_v2(db, SQLITE_TRACE_STMT, benchTraceCb, &t);
  sqlite3_bind_text(p, 1, "IMM3", -1, SQLITE_STATIC);
  while( sqlite3_step(p)==SQLITE_ROW ) pRes->nRow++;
  sqlite3_reset(p);
  sqlite3_bind_int(p, 1, pOpt->nSigMeeting/2);
  while( sqlite3_step(p)==SQLITE_ROW ){}
  sqlite3_reset(p);
  sqlite3_trace_v2(db, 0, 0, 0);
  printf("  SELECT * FROM commit_signatories('IMM3'): %d rows; the statements it"
         " runs (sqlite3_trace_v2)\n  and their plans:\n", pRes->nRow);
  benchSigPlans(db, &t, pRes);
  pRes->rCode = benchSigTime(db, p, 0, pOpt->nSigMeeting, anRow);
  for(i=0; i<BENCH_SIG_QUERIES; i++) nRow += anRow[i];
  pRes->rId = benchSigTime(db, p, 1, pOpt->nSigMeeting, 0);
  printf("  median of %d queries: %.3f ms by code (IMM1..%d, SOM1..%d; %s rows),"
         " %.3f ms by id\n\n", BENCH_SIG_QUERIES, pRes->rCode, BENCH_SIG_CODED,
         BENCH_SIG_CODED, benchNum(nRow), pRes->rId);
  for(i=0; i<t.nSql; i++) free(t.azSql[i]);
  free(anRow);
  sqlite3_finalize(p);
  sqlite3_close(db);
}

/* ==== Targets (issue 10, item 3) ======================================== */

/* The index of size rMb in the scaling table, or -1. */
static int benchScaleIndex(const BenchOpt *pOpt, double rMb) {
  int i;
  for(i=0; i<pOpt->nScale; i++) if( pOpt->aScale[i]==rMb ) return i;
  return -1;
}

static void benchTarget(int bMet, const char *zWhat, const char *zFigure) {
  printf("  %-7s %-60s %s\n", bMet ? "met" : "NOT met", zWhat, zFigure);
}

static void benchTargets(const BenchOpt *pOpt, const BenchCore *pCore,
                         const BenchIngest *pIng, const BenchScale *pSc,
                         const BenchSig *pSig) {
  char z[256];
  double rRatio = pCore->aCpu[BENCH_PARSE]/pCore->aCpu[BENCH_FTS5], rWorst = 0.0;
  int i, i100 = benchScaleIndex(pOpt, 100.0), k1 = -1, kLast = -1;
  printf("targets (issue 10, item 3)\n");
  snprintf(z, sizeof(z), "%.2f", rRatio);
  benchTarget(rRatio<=1.0, "parse/FTS5 time ratio <= 1.0", z);

  z[0] = 0;
  for(i=1; i<pOpt->nScale; i++){
    /* time ratio per 10x of input: scaled to the step's real size ratio */
    double rIn = (double)pSc->anByte[i]/(double)pSc->anByte[i-1];
    double rPer10 = pSc->aCpu[i]/pSc->aCpu[i-1]*10.0/rIn;
    if( rPer10>rWorst ) rWorst = rPer10;
    snprintf(z + strlen(z), sizeof(z) - strlen(z), "%s%gMB->%gMB %.2fx", i>1 ? ", " : "",
             pOpt->aScale[i-1], pOpt->aScale[i], pSc->aCpu[i]/pSc->aCpu[i-1]);
  }
  benchTarget(pOpt->nScale>1 && rWorst<=11.0, "10x the input costs <= 11x the time",
              pOpt->nScale>1 ? z : "no scaling sizes");

  if( i100<0 ){
    benchTarget(0, "peak RSS parsing a 100 MB report <= 2x report + 16 MB",
                "not measured: no 100 MB size in the scaling table");
  }else{
    double rLimit = 2.0*(double)pSc->anByte[i100]/BENCH_MB + 16.0;
    snprintf(z, sizeof(z), "%.1f MB (limit %.1f MB)", pSc->aRss[i100], rLimit);
    benchTarget(pSc->aRss[i100]>0.0 && pSc->aRss[i100]<=rLimit,
                "peak RSS parsing a 100 MB report <= 2x report + 16 MB",
                pSc->aRss[i100]>0.0 ? z : "the child process failed");
  }

  for(i=0; i<pOpt->nStep; i++){
    if( pOpt->aStep[i]==1000 ) k1 = i;
    if( pIng->bReached[i] ) kLast = i;
  }
  if( k1<0 || pOpt->aStep[pOpt->nStep-1]<50000 ){
    benchTarget(0, "ingest >= 2,000 reports/s, cost at 50,000 <= 1.5x at 1,000",
                "not measured: the steps do not include 1,000 and 50,000");
  }else if( kLast==pOpt->nStep-1 ){
    double rRate = pOpt->aStep[kLast]/pIng->aTotal[kLast];
    double rGrow = pIng->aCost[kLast]/pIng->aCost[k1];
    snprintf(z, sizeof(z), "%.0f reports/s; cost at %s %.2fx the cost at 1,000",
             rRate, benchNum(pOpt->aStep[kLast]), rGrow);
    benchTarget(rRate>=2000.0 && rGrow<=1.5,
                "ingest >= 2,000 reports/s, cost at 50,000 <= 1.5x at 1,000", z);
  }else{
    snprintf(z, sizeof(z), "%s reports in %.0f s (%.1f/s); %s not reached",
             benchNum(pIng->nDone), pIng->rStopAt, pIng->nDone/pIng->rStopAt,
             benchNum(pOpt->aStep[kLast + 1]));
    benchTarget(0, "ingest >= 2,000 reports/s, cost at 50,000 <= 1.5x at 1,000", z);
  }

  snprintf(z, sizeof(z), "%d full scan(s) of registry data (%d of sqlite_schema);"
           " %.3f ms by code, %.3f ms by id", pSig->nScanData, pSig->nScanSchema,
           pSig->rCode, pSig->rId);
  benchTarget(pSig->nStmt>0 && pSig->nScanData==0 && pSig->rCode<1.0 && pSig->rId<1.0
              && pOpt->nSigMeeting>=100000,
              "commit_signatories, 100,000 meetings: an index, < 1 ms",
              pSig->nStmt>0 ? z : "no statement captured");
}

/* ==== Self test ======================================================== */

static int nSelfFail = 0;
static int nSelfPass = 0;

static void benchCheck(int bOk, const char *zWhat) {
  if( bOk ){
    nSelfPass++;
  }else{
    nSelfFail++;
    printf("selftest: FAILED: %s\n", zWhat);
  }
}

/* Read the records of zText (written to a temporary file). */
static int benchSelfRead(const char *zText, int *pnRec, long *pnByte, const char **pzErr) {
  FILE *p = tmpfile();
  BenchReport r;
  int rc;
  *pnRec = 0;
  *pnByte = 0;
  *pzErr = 0;
  fputs(zText, p);
  rewind(p);
  while( (rc = benchReadRecord(p, &r, pzErr))==1 ){
    (*pnRec)++;
    *pnByte += r.nBody;
    benchReportFree(&r);
  }
  if( rc<0 ) benchReportFree(&r);
  fclose(p);
  return rc;
}

static int benchSelftest(void) {
  double a1[] = {3.0}, a2[] = {4.0, 1.0}, a5[] = {9.0, 1.0, 5.0, 3.0, 7.0};
  int nRec;
  long nByte;
  const char *zErr;
  benchCheck(benchMedian(a1, 1)==3.0, "median of one");
  benchCheck(benchMedian(a2, 2)==2.5, "median of two is their mean");
  benchCheck(benchMedian(a5, 5)==5.0, "median of five, unsorted");
  benchCheck(strcmp(benchNum(1234567), "1,234,567")==0, "thousands separators");
  benchCheck(strcmp(benchNum(999), "999")==0, "no separator under 1,000");
  benchCheck(benchPlanClass("SCAN s")==BENCH_PLAN_SCAN_DATA, "SCAN of a table");
  benchCheck(benchPlanClass("SCAN m USING INDEX reg_meetings_code")==BENCH_PLAN_SCAN_DATA,
             "SCAN of an index is a full scan");
  benchCheck(benchPlanClass("SCAN CONSTANT ROW")==BENCH_PLAN_OK, "a constant row");
  benchCheck(benchPlanClass("SCAN sqlite_schema")==BENCH_PLAN_SCAN_SCHEMA, "the schema");
  benchCheck(benchPlanClass("SCAN main.sqlite_schema")==BENCH_PLAN_SCAN_SCHEMA,
             "the schema, with its database name");
  benchCheck(benchPlanClass("SCAN main.reg_meetings")==BENCH_PLAN_SCAN_DATA,
             "a table, with its database name");
  benchCheck(benchPlanClass("SEARCH m USING INTEGER PRIMARY KEY (rowid=?)")==BENCH_PLAN_OK,
             "SEARCH by rowid");
  benchCheck(benchPlanClass("SEARCH s USING INDEX reg_signatories_meeting (meeting_id=?)")
             ==BENCH_PLAN_OK, "SEARCH by index");
  benchCheck(benchPlanClass("USE TEMP B-TREE FOR ORDER BY")==BENCH_PLAN_OK, "a sort");
  benchCheck(benchSelfRead("@@report\t1\t5\t2012-02-16\tVNA\thttps://a.example/1\nhello\n"
                           "@@report\t2\t3\t-\tblog\thttps://b.example/2\na\nb\n",
                           &nRec, &nByte, &zErr)==0 && nRec==2 && nByte==8,
             "two records, one body with a newline");
  benchCheck(benchSelfRead("@@report\t1\t9\t-\tx\ty\nshort\n", &nRec, &nByte, &zErr)<0
             && strcmp(zErr, "truncated body")==0, "a truncated body is an error");
  benchCheck(benchSelfRead("@@report\t1\t2\t2012\tx\ty\nab\n", &nRec, &nByte, &zErr)<0
             && strcmp(zErr, "malformed published date")==0, "a short date is an error");
  benchCheck(benchSelfRead("report 1 2\nab\n", &nRec, &nByte, &zErr)<0
             && strcmp(zErr, "malformed header line")==0, "a bad header is an error");
  printf("bench-selftest: %d passed, %d failed\n", nSelfPass, nSelfFail);
  return nSelfFail>0;
}

/* ==== main ============================================================= */

/* Parse "1,10,100" into a[]; returns the count. */
static int benchListD(const char *z, double *a, int nMax) {
  int n = 0;
  char *zEnd;
  while( *z && n<nMax ){
    a[n++] = strtod(z, &zEnd);
    if( zEnd==z ) return 0;
    z = zEnd;
    if( *z==',' ) z++;
  }
  return n;
}

static void benchUsage(void) {
  fprintf(stderr,
    "usage: bench [--rounds N] [--scale-rounds N] [--scale-budget S] [--scale MB,MB,...]\n"
    "             [--ingest N,N,...] [--ingest-budget S] [--sig-meetings N] CORPUS\n"
    "       bench --rss-child MB CORPUS\n"
    "       bench --count CORPUS\n"
    "       bench --parse-once CORPUS     (for callgrind)\n"
    "       bench --selftest\n");
  exit(2);
}

static void benchParseOnce(sqlite3 *db) {
  printf("parse-once: %lld characters of JSON\n", benchQueryInt(db,
         "SELECT sum(length(commit_parse(body, opts))) FROM corpus"));
}

int main(int argc, char **argv) {
  BenchOpt o = { 0, 5, 3, 30.0, {1, 10, 100}, 3, {1000, 10000, 50000}, 3, 60.0, 100000 };
  BenchCorpus c;
  const char *zErr = 0, *zMode = 0;
  double aStep[BENCH_MAX_STEPS], w0 = benchWall();
  int i;
  for(i=1; i<argc; i++){
    const char *z = argv[i], *zNext = i + 1<argc ? argv[i+1] : 0;
    if( strcmp(z, "--selftest")==0 ) return benchSelftest();
    if( strcmp(z, "--rss-child")==0 && i + 2<argc ) return benchRssChild(atof(argv[i+1]), argv[i+2]);
    if( strcmp(z, "--count")==0 || strcmp(z, "--parse-once")==0 ){ zMode = z; continue; }
    if( zNext==0 ){ o.zCorpus = z; continue; }
    if( strcmp(z, "--rounds")==0 ) o.nRound = atoi(zNext);
    else if( strcmp(z, "--scale-rounds")==0 ) o.nScaleRound = atoi(zNext);
    else if( strcmp(z, "--scale-budget")==0 ) o.rScaleBudget = atof(zNext);
    else if( strcmp(z, "--scale")==0 ) o.nScale = benchListD(zNext, o.aScale, BENCH_MAX_SCALE);
    else if( strcmp(z, "--ingest-budget")==0 ) o.rBudget = atof(zNext);
    else if( strcmp(z, "--sig-meetings")==0 ) o.nSigMeeting = atoi(zNext);
    else if( strcmp(z, "--ingest")==0 ){
      int k;
      o.nStep = benchListD(zNext, aStep, BENCH_MAX_STEPS);
      for(k=0; k<o.nStep; k++) o.aStep[k] = (int)aStep[k];
    }else benchUsage();
    i++;
  }
  if( o.zCorpus==0 || o.nRound<1 || o.nScaleRound<1 || o.nStep<1 || o.nSigMeeting<1 ){
    benchUsage();
  }
  if( benchCorpusLoad(o.zCorpus, &c, &zErr) ){
    fprintf(stderr, "bench: %s: %s\n", o.zCorpus, zErr);
    return 1;
  }
  if( zMode && strcmp(zMode, "--count")==0 ){
    printf("%d reports, %lld bytes of text\n", c.n, c.nByte);
    return 0;
  }
  {
    sqlite3 *db = benchOpen();
    BenchCore core;
    BenchIngest ing;
    BenchScale sc;
    BenchSig sig;
    benchCorpusTable(db, &c);
    if( zMode ){
      benchParseOnce(db);
      return 0;
    }
    printf("commit bench: %s: %s reports, %.2f MB of text (mean %s bytes)\n"
           "SQLite %s; commit %s; 1 MB = 10^6 bytes; times are CPU seconds"
           " unless marked wall\n\n", o.zCorpus, benchNum(c.n), (double)c.nByte/BENCH_MB,
           benchNum(c.nByte/c.n), sqlite3_libversion(), COMMIT_VERSION);
    fflush(stdout);
    benchCore(db, &o, &c, &core);
    sqlite3_close(db);
    fflush(stdout);
    benchScale(&o, &c, &sc);
    fflush(stdout);
    benchIngest(&o, &c, &ing);
    benchIngestPrint(&o, &ing);
    fflush(stdout);
    benchSig(&o, &sig);
    printf("peak RSS of this process: %.1f MB; whole run %.0f s wall\n\n",
           benchPeakRss(RUSAGE_SELF), benchWall() - w0);
    benchTargets(&o, &core, &ing, &sc, &sig);
  }
  for(i=0; i<c.n; i++) benchReportFree(&c.a[i]);
  free(c.a);
  return 0;
}

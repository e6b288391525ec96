/*
** 2026-11-29
**
** normalize.c -- the calendar behind every date the extension writes.
**
** Dates are CommitDay values at a grain: a year (2004), a month (2004-10)
** or a day (2004-10-29); unknown parts are 0.  This file validates them
** (February 29 only in leap years), converts them to and from Julian day
** numbers for day arithmetic (durations, weekdays, "yesterday"), compares
** them, formats them as ISO 8601 at their grain, and parses the ISO dates
** users give as anchors ('2012-02-16').
**
** The SQL normalisers that use it (commit_date, commit_country,
** commit_meeting_code) are in parse.c, with the pipeline they run; the
** token-level date grammar is in rules.c.
**
** Calendar: proleptic Gregorian, years 1..9999.
*/
#include "commit.h"
#include <string.h>
#include <stdio.h>

/* ==== Calendar ========================================================= */

/* Days in month m of year y. */
static int normDaysInMonth(int y, int m) {
  static const int aDays[] = { 31,28,31,30,31,30,31,31,30,31,30,31 };
  if( m==2 && ((y%4==0 && y%100!=0) || y%400==0) ) return 29;
  return aDays[m-1];
}

/* True if p is a valid date at its grain (year, month or day). */
int commitDayValid(const CommitDay *p) {
  if( p->y<1 || p->y>9999 ) return 0;
  if( p->m==0 ) return p->d==0;
  if( p->m<1 || p->m>12 ) return 0;
  if( p->d==0 ) return 1;
  return p->d>=1 && p->d<=normDaysInMonth(p->y, p->m);
}

/* Julian day number of a valid y-m-d. */
int commitDayToJdn(int y, int m, int d) {
  int a = (14 - m)/12;
  int yy = y + 4800 - a;
  int mm = m + 12*a - 3;
  return d + (153*mm + 2)/5 + 365*yy + yy/4 - yy/100 + yy/400 - 32045;
}

/* The y-m-d of a Julian day number. */
void commitJdnToDay(int jdn, CommitDay *p) {
  int a = jdn + 32044;
  int b = (4*a + 3)/146097;
  int c = a - 146097*b/4;
  int d = (4*c + 3)/1461;
  int e = c - 1461*d/4;
  int m = (5*e + 2)/153;
  p->d = e - (153*m + 2)/5 + 1;
  p->m = m + 3 - 12*(m/10);
  p->y = 100*b + d - 4800 + m/10;
}

/* Add nDay days to a full date.  Returns 0 if p has no day. */
int commitDayAddDays(CommitDay *p, int nDay) {
  if( p->d==0 ) return 0;
  commitJdnToDay(commitDayToJdn(p->y, p->m, p->d) + nDay, p);
  return 1;
}

/* Compare two days field by field (unknown fields compare as 0). */
int commitDayCmp(const CommitDay *a, const CommitDay *b) {
  if( a->y!=b->y ) return a->y<b->y ? -1 : 1;
  if( a->m!=b->m ) return a->m<b->m ? -1 : 1;
  if( a->d!=b->d ) return a->d<b->d ? -1 : 1;
  return 0;
}

/*
** Write p as ISO 8601 at its grain into zBuf (nBuf >= 11).  Returns the
** length written, or 0 if p has no year.
*/
int commitDayFormat(const CommitDay *p, char *zBuf, int nBuf) {
  if( p->y==0 || nBuf<11 ) return 0;
  if( p->m==0 ) return snprintf(zBuf, nBuf, "%04d", p->y);
  if( p->d==0 ) return snprintf(zBuf, nBuf, "%04d-%02d", p->y, p->m);
  return snprintf(zBuf, nBuf, "%04d-%02d-%02d", p->y, p->m, p->d);
}

/*
** Parse an ISO date 'YYYY-MM-DD' (also 'YYYY-MM' or 'YYYY') from z[0..n).
** Returns 1 and fills *p if valid, else 0.
*/
int commitDayParseIso(const char *z, int n, CommitDay *p) {
  int i, v[3] = {0, 0, 0}, nPart = 0, nDig = 0;
  memset(p, 0, sizeof(*p));
  for(i=0; i<=n; i++){
    if( i<n && z[i]>='0' && z[i]<='9' ){
      if( ++nDig>4 ) return 0;
      v[nPart] = v[nPart]*10 + (z[i]-'0');
    }else if( i==n || (z[i]=='-' && nPart<2) ){
      if( (nPart==0 && nDig!=4) || (nPart>0 && nDig!=2) ) return 0;
      nPart++;
      nDig = 0;
    }else{
      return 0;
    }
  }
  if( (nPart>1 && v[1]==0) || (nPart>2 && v[2]==0) ) return 0;
  p->y = v[0];
  p->m = nPart>1 ? v[1] : 0;
  p->d = nPart>2 ? v[2] : 0;
  return commitDayValid(p);
}

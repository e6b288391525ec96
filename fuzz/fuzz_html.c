/*
** fuzz_html.c -- libFuzzer target for html.c: reading a page's text.
**
** Input: the page (any bytes; inputs that are not valid UTF-8 or hold a
** NUL are skipped, as commitCheckText() rejects them before any parse).
**
** Checked for every page, read as HTML (and commitHtmlDetect() called):
**   commitSourceOpen() succeeds; the text is valid UTF-8 with no NUL and
**   is never longer than the page plus a newline per byte; the map is
**   monotonic: for 0 <= i < j <= n, start(i) <= start(j), end(i) <= end(j),
**   start(i) < end(i+1) or the byte's source is empty, and every mapped
**   offset lies in [0, bytes(page)]; a verbatim byte equals the page byte
**   it maps to.
*/
#include "fuzz_common.h"
#include "commit.h"

int LLVMFuzzerTestOneInput(const uint8_t *aData, size_t nData) {
  const char *z = (const char *)aData;
  int n = (int)nData, i, k = 0, iPrevS = 0, iPrevE = 0;
  CommitSource src;
  if( nData>0x100000 || !commitUtf8Check(z, n) || memchr(z, 0, nData) ) return 0;
  (void)commitHtmlDetect(z, n);
  if( commitSourceOpen(&src, z, n, COMMIT_FORMAT_HTML)!=SQLITE_OK ){
    fuzzFail("commitSourceOpen failed on %d bytes", n);
  }
  if( !src.bHtml || src.aSeg==0 ) fuzzFail("a page read as HTML has no map");
  if( !commitUtf8Check(src.z, src.n) || (src.n && memchr(src.z, 0, src.n)) ){
    fuzzFail("the page's text is not valid UTF-8 or holds a NUL");
  }
  for(i=0; i<=src.n; i++){
    int s = commitSourceStart(&src, i), e = commitSourceEnd(&src, i);
    if( s<0 || s>n || e<0 || e>n ){
      fuzzFail("offset %d maps to [%d, %d), outside [0, %d]", i, s, e, n);
    }
    if( s<iPrevS || e<iPrevE ){
      fuzzFail("offset %d maps back: start %d < %d or end %d < %d", i, s,
               iPrevS, e, iPrevE);
    }
    if( i<src.n ){
      int e1 = commitSourceEnd(&src, i+1);
      while( k+1<src.nSeg && src.aSeg[k+1].iText<=i ) k++;
      if( src.aSeg[k].bVerb && (s>=n || z[s]!=src.z[i]) ){
        fuzzFail("text byte %d is not the page byte %d it maps to", i, s);
      }
      if( e1<=s && src.aSeg[k].nSrc>0 ){
        fuzzFail("text byte %d maps to an empty span [%d, %d)", i, s, e1);
      }
    }
    iPrevS = s;
    iPrevE = e;
  }
  commitSourceClose(&src);
  return 0;
}

#!/bin/sh
# fuzz/mkcorpus.sh [OUTDIR] -- write the seed corpora of the fuzz targets
# from fixtures/*.txt (and their .opts) into OUTDIR/<target>/ (default
# build/fuzz-corpus).  Seeds are named seed-*; inputs libFuzzer added to a
# corpus are left alone.  Nothing here is committed.
#
#   fuzz_parse      "<options line>\n<report>" (empty line: no options),
#                   the same with {"published":...} for reports without,
#                   and a few short hand-written reports; a few fixtures
#                   as HTML pages and hand-made broken markup
#   fuzz_normalize  short date, country and meeting phrases, alone and with
#                   an anchor line, and the lines of the fixtures that
#                   carry a date or a meeting (at most 400 bytes)
#   fuzz_registry   "<published>\n<report A>\f<report B>" for each fixture
#                   with the next one, and for fixtures about the same
#                   meeting (file names sharing imm<N>/som<N>)
#   fuzz_html       the HTML pages of fuzz_parse, without options
#   every target    the inputs saved in fuzz/regress/ (past findings)
set -eu
cd "$(dirname "$0")/.."
OUT=${1:-build/fuzz-corpus}
FIX=fixtures

mkdir -p "$OUT/fuzz_parse" "$OUT/fuzz_normalize" "$OUT/fuzz_registry" \
         "$OUT/fuzz_html"
rm -f "$OUT"/fuzz_parse/seed-* "$OUT"/fuzz_normalize/seed-* \
      "$OUT"/fuzz_registry/seed-* "$OUT"/fuzz_html/seed-*

# published date of a fixture (from its .opts), or empty
published() {
  if [ -f "$FIX/$1.opts" ]; then
    sed -n 's/.*"published" *: *"\([0-9-]*\)".*/\1/p' "$FIX/$1.opts"
  fi
}

names=$(for f in "$FIX"/*.txt; do basename "$f" .txt; done)

# ---- fuzz_parse --------------------------------------------------------
for n in $names; do
  d=$OUT/fuzz_parse
  if [ -f "$FIX/$n.opts" ]; then
    { tr -d '\n' < "$FIX/$n.opts"; printf '\n'; cat "$FIX/$n.txt"; } \
      > "$d/seed-$n"
  else
    { printf '\n'; cat "$FIX/$n.txt"; } > "$d/seed-$n"
    { printf '{"published":"2012-02-16","source":"seed"}\n'
      cat "$FIX/$n.txt"; } > "$d/seed-$n-anchored"
  fi
done
i=0
while IFS= read -r line; do
  i=$((i+1))
  printf '%b' "$line" > "$OUT/fuzz_parse/seed-hand-$i"
done <<'EOF'
{"published":"2012-02-16"}\nIMM3 opened in Hanoi on Tuesday. Nearly 200 delegates attended.
\nHANOI, Feb. 16 (VNA) -- The third Inter-Ministerial Meeting (IMM3) of COMMIT was held here yesterday, hosted by the Ministry of Public Security.
{"published":"2007-12-15"}\nBEIJING, Dec. 14 (Xinhua) -- Ministers of the six countries signed the Joint Declaration at IMM2/SOM5, which adopted SPA II 2008-2010.
\nThe MOU was signed in Rangoon on 29 October 2004 by Cambodia, China, Lao PDR, Burma, Thailand and Viet Nam respectively.
{"source":"seed"}\nH.E. Mr. Meng Jianzhu, Minister of Public Security of China, and Police Major General Khieu Sopheak spoke.
IMM-2 opened in Rangoon on Dec. 12, 2007.
{"published":"2012-02-16"}\nOfficials met in Bangkok on Tuesday. The two-day meeting, hosted by the Ministry of Social Development and Human Security, was also held online.
EOF

# HTML pages (html.c): a few fixtures as pages, and hand-made broken markup
for n in $(printf '%s\n' $names | head -n 6); do
  { printf '{"format":"html"}\n<!DOCTYPE html><html><head><title>Page</title>'
    printf '<meta property="article:published_time" content="2012-02-16T08:00">'
    printf '<script>var s = "<p>IMM9</p>";</script><style>p{}</style></head><body><p>'
    sed -e 's/&/\&amp;/g' -e 's/</\&lt;/g' -e 's/$/<br>/' "$FIX/$n.txt"
    printf '</p><table><tr><td>IMM2</td><td>Beijing</td></tr></table></body></html>'
  } > "$OUT/fuzz_parse/seed-html-$n"
done
i=0
while IFS= read -r line; do
  i=$((i+1))
  printf '%b' "$line" > "$OUT/fuzz_parse/seed-htmlhand-$i"
done <<'EOF'
\n<html><body><p>IMM3 opened in Ha<b>noi</b> on 14<sup>th</sup> Feb&#x2e; 2012 &amp the <i>Joint Declaration</p>
{"format":"html"}\n<p>Viet&nbsp;Nam&rsquo;s minister<br/>signed &#8220;the MOU&#8221; &#146;04 <a href="x>IMM2</a> in Beijing
\n<!doctype html><title>IMM2 &ndash; Beijing</title><script>IMM9<!-- </script><pre>  SOM3      Hanoi   2007</pre><!-- unclosed
{"format":"html"}\n<table><tr><th>Meeting<th>City<tr><td>IMM1<td>Yangon<td>29.10.2004</table><meta name=date content=20041029>
{"format":"auto"}\n<html><head><style>p{content:"IMM5"}</style></head><body><div>&#0;&#xD800;&#1114112;&#x10FFFF;&#;&#x;&notit;&not;</div></body></html>
EOF

# ---- fuzz_html: the pages above, without their options line ------------
for f in "$OUT"/fuzz_parse/seed-html*; do
  sed '1d' "$f" > "$OUT/fuzz_html/$(basename "$f")"
done

# ---- fuzz_normalize ----------------------------------------------------
i=0
while IFS= read -r line; do
  i=$((i+1))
  printf '%b' "$line" > "$OUT/fuzz_normalize/seed-hand-$i"
done <<'EOF'
Dec.14th, 2007
December 12-14
2012-02-16\nDecember 12-14
14 December 2007
12-14 December 2007
2012-02-16\non Tuesday
2012-02-16\nyesterday
2012-02-16\nthis morning
2012-02-16\nwill meet on Friday
2008-2010
October 2004
2004
Burma
Lao PDR
Viet Nam
Burmese
kh
KHM
the second Inter-Ministerial Meeting
SOM-8
IMM2/SOM5
the third IMM
Senior Officials' Meeting 10
EOF
for n in $names; do
  grep -E 'IMM|SOM|Inter-Ministerial|Senior Official|January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.' \
    "$FIX/$n.txt" | awk 'length($0) <= 400' | head -n 6 |
  { k=0; while IFS= read -r line; do
      k=$((k+1))
      printf '%s' "$line" > "$OUT/fuzz_normalize/seed-$n-$k"
    done; }
done

# ---- fuzz_registry -----------------------------------------------------
pair() {   # pair A B: published of A, then A \f B
  { published "$1"; printf '\n'; cat "$FIX/$1.txt"; printf '\f'
    cat "$FIX/$2.txt"; } > "$OUT/fuzz_registry/seed-$1--$2"
}
prev=
for n in $names; do
  [ -n "$prev" ] && pair "$prev" "$n"
  prev=$n
done
for code in $(printf '%s\n' $names | grep -oE '(imm|som)[0-9]+' | sort -u); do
  set -- $(printf '%s\n' $names | grep -E "_${code}(_|$)" || true)
  while [ $# -ge 2 ]; do
    pair "$1" "$2"
    shift
  done
done
printf '2012-02-16\nIMM3 opened in Hanoi on Tuesday.\fThe third IMM closed on Thursday in Hanoi; ministers signed the Joint Declaration.' \
  > "$OUT/fuzz_registry/seed-hand-1"
printf '2012-02-16\nOfficials met in Bangkok on Tuesday; nearly 80 delegates attended.\fThe meeting in Bangkok was hosted by UNIAP.' \
  > "$OUT/fuzz_registry/seed-hand-2"

# ---- every target: the saved findings of fuzz/regress/ -------------------
for f in fuzz/regress/*; do
  [ -f "$f" ] || continue
  for t in fuzz_parse fuzz_normalize fuzz_registry fuzz_html; do
    cp "$f" "$OUT/$t/seed-regress-$(basename "$f")"
  done
done

for t in fuzz_parse fuzz_normalize fuzz_registry fuzz_html; do
  printf 'mkcorpus: %s %d seeds\n' "$t" "$(ls "$OUT/$t" | grep -c '^seed-')"
done

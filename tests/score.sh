#!/usr/bin/env bash
# `corpus score` against the shared scorer: on the seeds and the dev set, the whole report
# (with --verbose: every miss and false alarm) is the scorer's, line for line; a gold file
# that cannot be used gives a clear message and no report.
#   tests/score.sh [CORPUS]
set -uo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-build/native/corpus}
shared=../shared
scorer=$shared/tools/score_events.py
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
ok() { echo "ok - $1"; pass=$((pass + 1)); }
not_ok() { echo "not ok - $1"; shift; for line in "$@"; do echo "#   $line"; done; fail=$((fail + 1)); }

# compare NAME GOLD DOCS [MANIFEST]
compare() {
  local name=$1 gold=$2 docs=$3 manifest=${4:-}
  local margs=()
  [ -n "$manifest" ] && margs=(--manifest "$manifest")
  "$corpus" extract --json "${margs[@]}" "$docs" > "$tmp/$name.json" 2> /dev/null
  python3 "$scorer" --gold "$gold" --docs "$docs" --system "$tmp/$name.json" --verbose > "$tmp/$name.expected"
  "$corpus" score --gold "$gold" --verbose "${margs[@]}" "$docs" > "$tmp/$name.got" 2> "$tmp/$name.err"
  local expected_last got_last
  expected_last=$(tail -n 1 "$tmp/$name.expected")
  got_last=$(tail -n 1 "$tmp/$name.got")
  if [ -n "$expected_last" ] && [ "$expected_last" = "$got_last" ]; then
    ok "$name: the last line is the scorer's: $got_last"
  else
    not_ok "$name: the last line is the scorer's" "expected: $expected_last" "got:      $got_last"
  fi
  if diff "$tmp/$name.expected" "$tmp/$name.got" > "$tmp/$name.diff"; then
    ok "$name: every line is the scorer's ($(wc -l < "$tmp/$name.got") lines, misses and false alarms included)"
  else
    not_ok "$name: every line is the scorer's" "$(head -5 "$tmp/$name.diff")"
  fi
}
compare seeds tests/data/seeds.gold.json seeds
compare dev-news "$shared/corpora/dev-news/gold.json" "$shared/corpora/dev-news/docs" "$shared/corpora/dev-news/manifest.json"

# expect_error NAME EXIT PATTERN GOLD-TEXT
expect_error() {
  local name=$1 want=$2 pattern=$3
  printf '%s' "$4" > "$tmp/bad.gold.json"
  "$corpus" score --gold "$tmp/bad.gold.json" seeds > "$tmp/bad.out" 2> "$tmp/bad.err"
  local status=$?
  if [ "$status" -eq "$want" ] && grep -q "bad.gold.json: .*$pattern" "$tmp/bad.err" && [ ! -s "$tmp/bad.out" ]; then
    ok "$name: exit $status, $(head -1 "$tmp/bad.err")"
  else
    not_ok "$name" "exit $status (want $want), stderr: $(head -1 "$tmp/bad.err")"
  fi
}
expect_error "a gold file cut short" 2 "not valid JSON" '{"schema": "events-gold/1", "documents": [{"doc": "000_db9'
expect_error "a file of another schema" 2 "not a gold file" '{"schema": "something/2", "documents": []}'
expect_error "an event without evidence" 2 'documents\[0\].events\[0\]: no evidence' \
  '{"schema": "events-gold/1", "documents": [{"doc": "x", "events": [{"type": "missile_launch"}]}]}'
expect_error "a date too large to read" 2 "too large" '{"schema": "events-gold/1", "documents": [{"doc": "x", "published": 1e500}]}'
expect_error "a document not in the corpus" 1 "no document 'not-here'" \
  '{"schema": "events-gold/1", "documents": [{"doc": "not-here", "events": []}]}'
first=$(ls seeds/*.txt | head -1)
doc=$(basename "$first" .txt)
expect_error "evidence not in its document" 1 "gold evidence not found in $doc" \
  "{\"schema\": \"events-gold/1\", \"documents\": [{\"doc\": \"$doc\", \"events\": [{\"type\": \"missile_launch\", \"evidence\": [\"words no article holds\"]}]}]}"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]

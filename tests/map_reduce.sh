#!/usr/bin/env bash
# corpus map -> GNU parallel -> corpus reduce gives the bundle `corpus extract --bundle` gives,
# byte for byte, on the seeds and on the BBC set; bad lines and damaged bundles are reported
# with their reasons.
#   tests/map_reduce.sh [build/native/corpus]
set -uo pipefail
cd "$(dirname "$0")/.."
corpus=$(realpath "${1:-build/native/corpus}")
shared=../shared
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0 failed=0
check() {  # description, then a command that must succeed
  local what=$1; shift
  if "$@"; then echo "ok - $what"; passed=$((passed + 1)); else echo "not ok - $what"; failed=$((failed + 1)); fi
}
# expect_err DESCRIPTION FILE EXPECTED: FILE (stderr of a run) is exactly EXPECTED.
expect_err() {
  if [ "$(cat "$2")" = "$3" ]; then echo "ok - $1"; passed=$((passed + 1))
  else echo "not ok - $1"; echo "  expected: $3" | sed 's/^/# /'; echo "  got:      $(cat "$2")" | sed 's/^/# /'; failed=$((failed + 1)); fi
}

# [SECTION] the same bundle however it ran
# shards NAME JSONL: 8 shards split at line boundaries, one map per shard under GNU parallel
# -j 2, reduced in reverse order; compared with extract --bundle over the whole file.
shards() {
  local name=$1 jsonl=$2 dir=$tmp/$1
  mkdir -p "$dir"
  "$corpus" extract --bundle "$dir/whole.bundle" "$jsonl" 2> "$dir/extract.err"
  split -n l/8 -d "$jsonl" "$dir/part-"
  check "$name: 8 shards" [ "$(ls "$dir"/part-* | wc -l)" -eq 8 ]
  parallel --will-cite -j 2 "'$corpus' map < {} > {}.mapped" ::: "$dir"/part-??
  # shellcheck disable=SC2046
  "$corpus" reduce -o "$dir/reduced.bundle" $(ls -r "$dir"/part-*.mapped) 2> "$dir/reduce.err"
  check "$name: map over 8 shards (parallel -j 2) then reduce = extract --bundle, byte for byte" \
    cmp "$dir/whole.bundle" "$dir/reduced.bundle"
  check "$name: reduce reported nothing" [ ! -s "$dir/reduce.err" ]
}

# The seeds as JSONL, with the date the corpus infers for one of them taken out again, so
# the reduce has an undated document to date from the others.
"$corpus" extract --jsonl seeds | python3 -c '
import json, sys
for line in sys.stdin:
    a = json.loads(line)
    if a.get("published_basis") == "inferred": a["published"] = None
    print(json.dumps(a, ensure_ascii=False))' > "$tmp/seeds.jsonl"
shards seeds "$tmp/seeds.jsonl"
check "seeds: the reduce dated a document from the corpus" \
  grep -q 'inferred 1,' <("$corpus" stats "$tmp/seeds/reduced.bundle")
check "seeds: the bundle holds every event" \
  [ "$("$corpus" stats "$tmp/seeds/reduced.bundle" | grep '^events')" = "$("$corpus" stats seeds | grep '^events')" ]

if [ -d "$shared/corpora/bbc-news" ]; then
  "$corpus" extract --jsonl "$shared/corpora/bbc-news" > "$tmp/bbc.jsonl" 2> /dev/null
  shards bbc-news "$tmp/bbc.jsonl"
  # parallel --pipe cuts stdin into blocks at line ends: the same bundle again.
  size=$(stat -c %s "$tmp/bbc.jsonl")
  parallel --will-cite --pipe -j 2 --block $((size / 8 + 1)) "'$corpus' map" < "$tmp/bbc.jsonl" > "$tmp/bbc.piped"
  "$corpus" reduce -o "$tmp/bbc.piped.bundle" < "$tmp/bbc.piped"
  check "bbc-news: parallel --pipe map then reduce from stdin = extract --bundle" \
    cmp "$tmp/bbc-news/whole.bundle" "$tmp/bbc.piped.bundle"
else
  echo "not ok - bbc-news: $shared/corpora/bbc-news not found"; failed=$((failed + 1))
fi

# [SECTION] bad input
mapped=$tmp/seeds/whole.mapped
"$corpus" map < "$tmp/seeds.jsonl" > "$mapped"
{
  head -n 1 "$tmp/seeds.jsonl"
  printf '%s\n' '{"id":"x","text":"broken' '{"id":"y"}' '[1,2]' ''
  tail -n +2 "$tmp/seeds.jsonl"
} > "$tmp/bad.jsonl"
"$corpus" map < "$tmp/bad.jsonl" > "$tmp/bad.mapped" 2> "$tmp/bad.err"
check "map: exit status 1 after bad lines" [ $? -eq 1 ]
expect_err "map: one line on stderr per bad line, naming it" "$tmp/bad.err" \
"corpus map: line 2: not valid JSON (at column 25: syntax error while parsing value - invalid string: missing closing quote; last read: '\"broken'), skipped
corpus map: line 3: empty text, skipped
corpus map: line 4: expected a JSON object, skipped"
check "map: the good lines around the bad ones are all mapped" cmp "$tmp/bad.mapped" "$mapped"

{ echo '{"v":1,"id":"cut'; sed -n 2p "$mapped"; echo '{"v":2}'; } > "$tmp/bad-lines.mapped"
echo '[{"name": "Halvik Island", "kind": "place"}]' > "$tmp/other-lexicon.json"
"$corpus" map --lexicon "$tmp/other-lexicon.json" < <(head -n 1 "$tmp/seeds.jsonl") >> "$tmp/bad-lines.mapped"
head -n 1 "$mapped" | sed 's/"sentences":\[\[[0-9]*,/"sentences":[[4294967296,/' >> "$tmp/bad-lines.mapped"
"$corpus" reduce -o "$tmp/partial.bundle" "$tmp/bad-lines.mapped" 2> "$tmp/reduce.err"
check "reduce: exit status 1 after bad lines" [ $? -eq 1 ]
expect_err "reduce: one line on stderr per bad line, naming file and line" "$tmp/reduce.err" \
"corpus reduce: $tmp/bad-lines.mapped: line 1: not valid JSON (at column 17: syntax error while parsing value - invalid string: missing closing quote; last read: '\"cut'), skipped
corpus reduce: $tmp/bad-lines.mapped: line 3: mapper line version 2 is not supported (this build reads version 1), skipped
corpus reduce: $tmp/bad-lines.mapped: line 4: mapped with another lexicon (give reduce the same --lexicon as map), skipped
corpus reduce: $tmp/bad-lines.mapped: line 5: bad value of sentence begin, skipped"
check "reduce: the good line still makes a bundle of one document" \
  grep -q '^documents   1 ' <("$corpus" stats "$tmp/partial.bundle")

bundle=$tmp/seeds/whole.bundle
size=$(stat -c %s "$bundle")
head -c 1000 "$bundle" > "$tmp/truncated.bundle"
"$corpus" stats "$tmp/truncated.bundle" > "$tmp/stats.out" 2> "$tmp/stats.err"
check "a truncated bundle: exit status 1, nothing on stdout" [ $? -eq 1 ] && [ ! -s "$tmp/stats.out" ]
expect_err "a truncated bundle: the reason" "$tmp/stats.err" \
  "corpus: $tmp/truncated.bundle: truncated: the payload has 972 of its $((size - 28)) bytes"
head -c 20 "$bundle" > "$tmp/header.bundle"
"$corpus" stats "$tmp/header.bundle" > /dev/null 2> "$tmp/stats.err"
expect_err "a bundle cut inside its header" "$tmp/stats.err" \
  "corpus: $tmp/header.bundle: truncated: 20 bytes, shorter than the 28-byte header"
cp "$bundle" "$tmp/tampered.bundle"
printf 'X' | dd of="$tmp/tampered.bundle" bs=1 seek=$((size / 2)) conv=notrunc 2> /dev/null
"$corpus" stats "$tmp/tampered.bundle" > /dev/null 2> "$tmp/stats.err"
expect_err "a tampered bundle" "$tmp/stats.err" \
  "corpus: $tmp/tampered.bundle: checksum mismatch: the bundle is damaged or was altered"
cp "$bundle" "$tmp/v2.bundle"
printf '\002' | dd of="$tmp/v2.bundle" bs=1 seek=8 conv=notrunc 2> /dev/null
"$corpus" stats "$tmp/v2.bundle" > /dev/null 2> "$tmp/stats.err"
expect_err "a bundle of another version" "$tmp/stats.err" \
  "corpus: $tmp/v2.bundle: bundle version 2 is not supported (this build reads version 1)"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]

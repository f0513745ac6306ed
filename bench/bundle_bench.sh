#!/usr/bin/env bash
# The million-event bundle: the synthetic corpus (bench/synthetic_corpus.cpp) as JSONL, mapped by
# `corpus map` under GNU parallel (-j 2) and reduced by `corpus reduce`; then opened in the page.
# Prints the JSONL and bundle sizes, map and reduce wall times with MB/s of JSONL, the reduce's
# peak memory, and (bench/bundle_page_bench.mjs) load time, frame times and memory in the page.
#   bench/bundle_bench.sh [EVENTS=1000000]      (called by `./dev bench`)
set -euo pipefail
cd "$(dirname "$0")/.."
events=${1:-1000000}
corpus=build/native/corpus
for tool in "$corpus" build/native/frame_bench; do
  [ -x "$tool" ] || { echo "bundle bench: $tool is not built (./dev build)" >&2; exit 1; }
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

build/native/frame_bench "$events" --csv "$tmp/synthetic.csv" > /dev/null
python3 - "$tmp/synthetic.csv" > "$tmp/synthetic.jsonl" <<'PY'
import csv, json, sys
csv.field_size_limit(1 << 24)
with open(sys.argv[1], newline='', encoding='utf-8') as f:
    for row in csv.DictReader(f):
        print(json.dumps({"id": row["id"], "title": row["title"], "published": row["date"], "text": row["text"]}))
PY
rm "$tmp/synthetic.csv"
bytes=$(stat -c %s "$tmp/synthetic.jsonl")
articles=$(wc -l < "$tmp/synthetic.jsonl")

now() { date +%s%N; }
t0=$(now)
parallel --will-cite --pipepart -a "$tmp/synthetic.jsonl" --block -4 -j 2 "$corpus map" > "$tmp/mapped.jsonl"
t1=$(now)
# The reduce's peak resident memory, from the kernel's account of the child (KB).
python3 -c 'import resource, subprocess, sys
subprocess.run(sys.argv[2:], check=True)
open(sys.argv[1], "w").write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))' \
  "$tmp/reduce.kb" "$corpus" reduce -o "$tmp/events.bundle" "$tmp/mapped.jsonl"
t2=$(now)
bundle=$(stat -c %s "$tmp/events.bundle")
awk -v b="$bytes" -v a="$articles" -v m="$(stat -c %s "$tmp/mapped.jsonl")" -v t0="$t0" -v t1="$t1" -v t2="$t2" \
    -v z="$bundle" -v kb="$(cat "$tmp/reduce.kb")" -v cmd="$corpus" 'BEGIN {
  map = (t1 - t0) / 1e9; reduce = (t2 - t1) / 1e9
  printf "bundle of the synthetic corpus: %d articles, %.1f MB JSONL -> %.1f MB mapped -> %.1f MB bundle\n", a, b / 1e6, m / 1e6, z / 1e6
  printf "  map    %6.1f s  %6.2f MB/s  parallel --pipepart --block -4 -j 2 %s map\n", map, b / 1e6 / map, cmd
  printf "  reduce %6.1f s  %6.2f MB/s  %s reduce -o events.bundle (peak memory %.0f MB)\n", reduce, b / 1e6 / reduce, cmd, kb / 1024
  printf "  build  %6.1f s  %6.2f MB/s  map + reduce\n", map + reduce, b / 1e6 / (map + reduce)
}'
"$corpus" stats "$tmp/events.bundle" | head -4 | sed 's/^/  /'
if [ -f build/web/index.html ] && [ -d node_modules/playwright-core ]; then
  echo "node bench/bundle_page_bench.mjs events.bundle"
  node bench/bundle_page_bench.mjs "$tmp/events.bundle"
fi

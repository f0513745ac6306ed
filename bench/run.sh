#!/usr/bin/env bash
# Throughput of the corpus CLI over the BBC news set, over that set repeated 10 times, and over
# one long line of one clause repeated (extraction must stay linear).
# Usage (from the repository root, called by `./dev bench`):
#   bench/run.sh [CORPUS_BINARY] [BBC_FOLDER]     defaults: build/native/corpus, ../shared/corpora/bbc-news
# Prints MB/s (input bytes / wall time) of `corpus extract --json` and `corpus stats`, best of
# 5 runs, with the command. Output goes to /dev/null: this measures reading, extracting and
# writing JSON, not the terminal. The 10x copy lives in a temporary folder removed at exit.
set -euo pipefail
corpus=${1:-build/native/corpus}
bbc=${2:-../shared/corpora/bbc-news}
[ -x "$corpus" ] || { echo "bench: $corpus is not built (./dev build)" >&2; exit 1; }
RUNS=${RUNS:-5}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for i in $(seq 1 10); do
  for f in "$bbc"/*.csv; do cp "$f" "$tmp/$(basename "$f" .csv)-$i.csv"; done
done

# best_seconds CMD...: the shortest wall time of RUNS runs, in seconds.
best_seconds() {
  local best="" t0 t1 s
  for _ in $(seq 1 "$RUNS"); do
    t0=$(date +%s%N)
    "$@" > /dev/null 2>&1 || [ $? -eq 1 ]   # exit 1: some input was reported, still timed
    t1=$(date +%s%N)
    s=$(( t1 - t0 ))
    if [ -z "$best" ] || [ "$s" -lt "$best" ]; then best=$s; fi
  done
  echo "$best"
}

# measure LABEL FOLDER ARGS...: prints MB/s over the CSV files of FOLDER.
measure() {
  local label=$1 folder=$2; shift 2
  local files=("$folder"/*.csv)
  local bytes ns
  bytes=$(cat "${files[@]}" | wc -c)
  ns=$(best_seconds "$corpus" "$@" "${files[@]}")
  awk -v b="$bytes" -v ns="$ns" -v label="$label" -v cmd="$corpus $* $folder/*.csv" \
    'BEGIN { printf "%-16s %7.1f MB/s  %6.3f s  %6.2f MB  best of '"$RUNS"': %s\n", label, b / 1e6 / (ns / 1e9), ns / 1e9, b / 1e6, cmd }'
}

echo "corpus CLI throughput ($(nproc) cores; $RUNS runs each, best kept)"
measure "extract --json" "$bbc" extract --json
measure "stats" "$bbc" stats
measure "extract --json" "$tmp" extract --json
measure "stats" "$tmp" stats
echo "(the last two: the BBC set repeated 10x)"

# Extraction must stay linear in a document's length however it is written: one line of the
# same clause repeated (a transcript or a broken CSV pasted whole), at 128 KB, 1 MB and 8 MB.
echo
echo "one line of 'X fired a missile near Japan on Monday, officials said;' repeated (best of $RUNS)"
python3 - "$tmp" <<'PY'
import sys
clause = "X fired a missile near Japan on Monday, officials said; "
for name, n in (("128k", 128 * 1024), ("1m", 2**20), ("8m", 8 * 2**20)):
    open(f"{sys.argv[1]}/line-{name}.txt", "w").write((clause * (n // len(clause) + 1))[: n - 2] + ".\n")
PY
for size in 128k 1m 8m; do
  ns=$(best_seconds "$corpus" extract --json "$tmp/line-$size.txt")
  awk -v ns="$ns" -v size="$size" -v cmd="$corpus extract --json line-$size.txt" \
    'BEGIN { printf "%-16s %6.3f s  %s\n", size, ns / 1e9, cmd }'
done

# The explorer's frame time with 100,000 synthetic events (CPU side of the frame, no GPU).
frame_bench=$(dirname "$corpus")/frame_bench
if [ -x "$frame_bench" ]; then
  echo
  echo "$frame_bench 100000"
  "$frame_bench" 100000
fi

# The same in the web page (Chromium, WebAssembly), through the page's own import.
if [ -f build/web/index.html ] && [ -d node_modules/playwright-core ]; then
  echo
  echo "node bench/browser_frame_bench.mjs 100000"
  node bench/browser_frame_bench.mjs 100000
fi

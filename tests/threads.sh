#!/usr/bin/env bash
# corpus extract gives the same bytes on one thread and on many: the files are read and the
# articles extracted in parallel, and neither the output nor the order of the problems on
# stderr may depend on it. Run on the seeds x40 in folders with a file that cannot be read and
# a file named twice, on the BBC set, and on the dev set with its manifest. The WebAssembly CLI
# (node, no threads) takes -j and works on one thread, with the same output. And the CLI's
# restart to put its heap on huge pages keeps its arguments and its output.
#   tests/threads.sh [build/native/corpus] [build/web/corpus.js]
set -uo pipefail
cd "$(dirname "$0")/.."
corpus=$(realpath "${1:-build/native/corpus}")
wasm_cli=${2:-}
shared=../shared
tmp=$(mktemp -d)
trap 'chmod -R u+rw "$tmp" 2> /dev/null; rm -rf "$tmp"' EXIT
passed=0 failed=0

# same NAME ARGS...: -j 1, -j 2 and -j 8 give the same stdout and the same stderr.
same() {
  local name=$1; shift
  local j ok=1
  for j in 1 2 8; do
    "$corpus" extract --json -j "$j" "$@" > "$tmp/out.$j" 2> "$tmp/err.$j"
    echo $? > "$tmp/status.$j"
  done
  for j in 2 8; do
    cmp -s "$tmp/out.1" "$tmp/out.$j" && cmp -s "$tmp/err.1" "$tmp/err.$j" && cmp -s "$tmp/status.1" "$tmp/status.$j" || ok=0
  done
  if [ $ok -eq 1 ] && [ -s "$tmp/out.1" ]; then
    echo "ok - $name: -j 1 = -j 2 = -j 8 ($(wc -c < "$tmp/out.1") bytes of JSON, $(wc -l < "$tmp/err.1") problem lines, exit $(cat "$tmp/status.1"))"
    passed=$((passed + 1))
  else
    echo "not ok - $name: the output or the problems depend on the number of threads"
    failed=$((failed + 1))
  fi
}

# The seeds x40 in two folders, each with a file that cannot be read, and one file named again
# on its own.
for part in a b; do
  mkdir -p "$tmp/seeds-$part"
  for i in $(seq -w 1 20); do
    for f in seeds/*.txt; do cp "$f" "$tmp/seeds-$part/$(basename "$f" .txt)-$part$i.txt"; done
  done
  echo "unreadable" > "$tmp/seeds-$part/unreadable-$part.txt"
  chmod 000 "$tmp/seeds-$part/unreadable-$part.txt"
done
if [ "$(id -u)" -eq 0 ]; then  # root reads anything: a dangling link stands in for the unreadable file
  for part in a b; do rm -f "$tmp/seeds-$part/unreadable-$part.txt"; ln -s "$tmp/gone" "$tmp/seeds-$part/unreadable-$part.txt"; done
fi
same "seeds x40 in two folders, with unreadable entries and a file named twice" \
  "$tmp/seeds-a" "$tmp/missing.txt" "$tmp/seeds-b" "$tmp/seeds-a/$(ls "$tmp/seeds-a" | grep -m1 '\.txt$')"
grep -q "missing.txt" "$tmp/err.1" && grep -q "unreadable-a.txt" "$tmp/err.1" && grep -q "unreadable-b.txt" "$tmp/err.1" ||
  { echo "not ok - the problems are not all named: $(cat "$tmp/err.1")"; failed=$((failed + 1)); }
[ -d "$shared/corpora/bbc-news" ] && same "BBC set" "$shared/corpora/bbc-news"
[ -d "$shared/corpora/dev-news" ] && same "dev set with its manifest" "$shared/corpora/dev-news/docs" \
  --manifest "$shared/corpora/dev-news/manifest.json"

# The heap on huge pages (native/huge_pages.h): where the kernel gives them only to memory that
# asks, the CLI starts itself again with glibc's tunable set, same arguments, same output; a
# tunable the user set is kept. `corpus map` is watched while it waits for its input.
environ_of() { tr '\0' '\n' < "/proc/$1/environ" 2> /dev/null | grep '^GLIBC_TUNABLES=' || true; }
# watch_map OUT [VAR=VALUE...]: `corpus map` with its input four seconds late; once it has started,
# and had a moment to start again, $seen is its GLIBC_TUNABLES and $cmdline its command line.
watch_map() {
  local out=$1; shift
  { sleep 4; cat "$tmp/article.jsonl"; } | env "$@" "$corpus" map > "$out" &
  local pid=$!
  seen="" cmdline=""
  for _ in $(seq 30); do
    cmdline=$(tr '\0' ' ' < "/proc/$pid/cmdline" 2> /dev/null)
    [ "$cmdline" = "$corpus map " ] && { sleep 0.5; seen=$(environ_of "$pid"); break; }
    sleep 0.1
  done
  wait "$pid"
}
if grep -q '\[madvise\]' /sys/kernel/mm/transparent_hugepage/enabled 2> /dev/null; then
  python3 -c 'import json, sys; print(json.dumps({"id": "seed", "text": open(sys.argv[1]).read()}))' \
    seeds/000_db913202f0489d90.txt > "$tmp/article.jsonl"
  GLIBC_TUNABLES=glibc.malloc.hugetlb=0 "$corpus" map < "$tmp/article.jsonl" > "$tmp/small-pages.out"
  watch_map "$tmp/huge.out"
  if [ "$seen" = "GLIBC_TUNABLES=glibc.malloc.hugetlb=1" ] && [ "$cmdline" = "$corpus map " ] &&
     [ -s "$tmp/huge.out" ] && cmp -s "$tmp/huge.out" "$tmp/small-pages.out"; then
    echo "ok - the CLI restarts itself with huge pages asked for, its arguments, input and output unchanged"; passed=$((passed + 1))
  else
    echo "not ok - restart with huge pages: environment '$seen', command line '$cmdline', output $(cmp "$tmp/huge.out" "$tmp/small-pages.out" 2>&1)"
    failed=$((failed + 1))
  fi
  watch_map "$tmp/kept.out" GLIBC_TUNABLES=glibc.malloc.hugetlb=0
  if [ "$seen" = "GLIBC_TUNABLES=glibc.malloc.hugetlb=0" ] && cmp -s "$tmp/kept.out" "$tmp/small-pages.out"; then
    echo "ok - a GLIBC_TUNABLES that names the tunable is the user's choice: no restart"; passed=$((passed + 1))
  else
    echo "not ok - the user's GLIBC_TUNABLES became '$seen'"; failed=$((failed + 1))
  fi
fi

if [ -n "$wasm_cli" ]; then
  node "$wasm_cli" extract --json -j 2 seeds > "$tmp/wasm.json" 2> "$tmp/wasm.err"
  "$corpus" extract --json -j 2 seeds > "$tmp/native.json"
  if cmp -s "$tmp/wasm.json" "$tmp/native.json"; then echo "ok - WebAssembly CLI with -j 2: the native output, on one thread"; passed=$((passed + 1))
  else echo "not ok - WebAssembly CLI with -j 2: $(head -c 300 "$tmp/wasm.err")"; failed=$((failed + 1)); fi
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]

#!/usr/bin/env bash
# The bad-input matrix: `corpus extract` on hostile inputs, each next to a good article.
# Every row must end with the expected exit status and message, within the time and memory
# bounds, with the good article loaded (the lexicon rows excepted: a lexicon that cannot be
# used stops the run by design). Prints one table: input, exit, message, seconds, peak MB, good.
# Usage (from the repository root): tests/bad_input.sh build/native/corpus
set -uo pipefail
corpus=$(realpath "${1:?usage: tests/bad_input.sh PATH/TO/corpus}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

# [SECTION] the inputs, made here (no corpus text in the repository is needed)
printf 'Good article\nSeoul and Tokyo held talks on Tuesday about the launch.\n' > good.txt
printf 'It fired on 12345678901234567890 Monday, officials said.\n' > long-number.txt
python3 - <<'PY'
clause = "X fired a missile near Japan on Monday, officials said; "
open("one-sentence-1mb.txt", "w").write((clause * (2**20 // len(clause) + 1))[: 2**20 - 2] + ".\n")
prose = "Plain words about the weather and the market, said nobody in particular. "
open("long-20mb.txt", "w").write(prose * (20 * 2**20 // len(prose)))
open("utf16-le-bom.txt", "wb").write("\ufeffNorth Korea fired a missile on Monday.\n".encode("utf-16-le"))
open("utf16-le-nobom.txt", "wb").write("Japan protested on Tuesday.\n".encode("utf-16-le"))
open("utf16-be-bom.txt", "wb").write("\ufeffSeoul answered on Wednesday.\n".encode("utf-16-be"))
open("deep.json", "w").write("[" * 200000 + "]" * 200000)
open("many-1e500.json", "w").write("[" + ",".join('{"text": "t", "date": 1e500}' for _ in range(40)) + "]")
open("invalid-utf8.txt", "wb").write(b"Caf\xe9 in Seoul \xff\xfe on Monday.\n")
open("png.txt", "wb").write(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))
PY
printf '[{"name": "Acme", "kind": "organization", "aliases": [1e500]}]' > lexicon-1e500.json
printf '[{"name": "Acme", "kind": "organization"' > lexicon-broken.json
mkdir -p manifest-1e500 manifest-missing folder-loop
printf '{"documents": [{"file": "good.txt", "published": 1e500}]}' > manifest-1e500/manifest.json
printf '{"documents": [{"file": "good.txt", "published": "2024-01-02"}, {"file": "../../etc/passwd"}, {"file": "gone.txt"}]}' \
  > manifest-missing/manifest.json
printf '[{"text": "a", "date": 1e500}, {"text": "b"}]' > json-1e500.json
printf '{"text": "a"}\n{"text": "b", "published": 9e999}\n' > jsonl-1e500.jsonl
printf 'id,text\nr1,\nr2,"Kept row."\n' > csv-empty-row.csv
printf '\xef\xbb\xbf' > bom-only.txt
: > empty.txt
ln -s self-loop.txt self-loop.txt
ln -s nowhere.txt dangling.txt
ln -s . folder-loop/again
cp good.txt folder-loop/inside.txt
mkfifo fifo.txt
truncate -s 300M sparse-300mb.csv

# [SECTION] the rows: name | expected exit statuses | expected message | arguments (good.txt is added)
rows=(
  "long-number.txt|0|-|long-number.txt"
  "one-sentence-1mb.txt|0|-|one-sentence-1mb.txt"
  "long-20mb.txt|1|article is 20.0 MB, over the 8 MB limit: truncated to 8 MB|long-20mb.txt"
  "/dev/zero|1|not a regular file (a character device): skipped|/dev/zero"
  "fifo.txt|1|not a regular file (a named pipe): skipped|fifo.txt"
  "sparse-300mb.csv|1|file is 300.0 MB, over the 256 MB limit: skipped|sparse-300mb.csv"
  "self-loop.txt|1|symbolic link loop: skipped|self-loop.txt"
  "dangling.txt|1|broken symbolic link (to nowhere.txt): skipped|dangling.txt"
  "folder-loop/|0|-|folder-loop"
  "missing-path|1|no such file or folder|missing-path"
  "utf16-le-bom.txt|0|UTF-16 little-endian with a byte order mark: converted to UTF-8|utf16-le-bom.txt"
  "utf16-le-nobom.txt|0|UTF-16 little-endian (no byte order mark): converted to UTF-8|utf16-le-nobom.txt"
  "utf16-be-bom.txt|0|UTF-16 big-endian with a byte order mark: converted to UTF-8|utf16-be-bom.txt"
  "bom-only.txt|1|empty file, skipped|bom-only.txt"
  "empty.txt|1|empty file, skipped|empty.txt"
  "png.txt|1|binary file (contains NUL bytes), skipped|png.txt"
  "invalid-utf8.txt|1|not valid UTF-8: 3 invalid sequence(s) replaced, first at byte 3|invalid-utf8.txt"
  "deep.json|1|row 1: expected an object, skipped|deep.json"
  "json-1e500.json|1|row 1: date: the number 1e500 is too large to read, ignored|json-1e500.json"
  "many-1e500.json|1|not valid JSON: more than 16 numbers too large to read|many-1e500.json"
  "jsonl-1e500.jsonl|1|line 2: published: the number 9e999 is too large to read, ignored|jsonl-1e500.jsonl"
  "csv-empty-row.csv|1|csv-empty-row.csv: row 1: empty text, skipped|csv-empty-row.csv"
  "manifest 1e500|1|manifest not used: documents[0].published: the number 1e500 is too large to read|manifest-1e500/manifest.json"
  "manifest naming missing files|1|names 2 files not in the corpus (../../etc/passwd, gone.txt): their entries are not used|manifest-missing/manifest.json"
  "--lexicon 1e500|2|entities[0].aliases[0]: the number 1e500 is too large to read|--lexicon lexicon-1e500.json"
  "--lexicon broken JSON|2|lexicon: not valid JSON|--lexicon lexicon-broken.json"
  "--lexicon fifo|2|cannot read the lexicon: not a regular file (a named pipe)|--lexicon fifo.txt"
)

failed=0 passed=0
printf '%-30s %4s  %-66s %7s %8s  %s\n' input exit message seconds "peak MB" "good loaded"
for row in "${rows[@]}"; do
  IFS='|' read -r name want_exit want_message args <<< "$row"
  # shellcheck disable=SC2086  # the arguments are words
  timeout 120 /usr/bin/time -f '%e %M' -o time.txt "$corpus" extract --json $args good.txt > out.json 2> err.txt
  status=$?
  read -r seconds kilobytes < <(tail -1 time.txt)
  message=$(grep -v '^Command exited' err.txt | head -1 | sed 's/^corpus: //')
  good=no
  grep -q '"id": "good"' out.json && good=yes
  problems=()
  [[ ",$want_exit," == *",$status,"* ]] || problems+=("exit $status, expected $want_exit")
  if [ "$want_message" = "-" ]; then
    [ -s err.txt ] && problems+=("unexpected message")
  else
    grep -qF -- "$want_message" err.txt || problems+=("no message '$want_message'")
  fi
  grep -qE 'Sanitizer|terminate called|Aborted|Segmentation' err.txt && problems+=("crashed")
  [[ $args == --lexicon* ]] && good="n/a (lexicon refused)" || { [ $good = yes ] || problems+=("good.txt not loaded"); }
  [ "${kilobytes:-0}" -lt 1048576 ] || problems+=("over 1 GB of memory")
  [ ${#message} -gt 66 ] && message="${message:0:63}..."
  printf '%-30s %4s  %-66s %7s %8s  %s\n' "$name" "$status" "${message:--}" "$seconds" "$((${kilobytes:-0} / 1024))" "$good"
  if [ ${#problems[@]} -gt 0 ]; then
    printf '  FAILED: %s\n' "${problems[*]}"
    failed=$((failed + 1))
  else
    passed=$((passed + 1))
  fi
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]

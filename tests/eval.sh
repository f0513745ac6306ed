#!/usr/bin/env bash
# Extraction quality on every annotated set, as one table (called by `./dev eval`).
#   tests/eval.sh [--corpus PATH] [--verbose SET] [--check]
# Sets: seeds (the embedded corpus and its gold), dev-news (../shared/corpora/dev-news: 30
# articles, 221 events), bbc-news (2,225 BBC articles with no military news: every
# missile/drill/nuclear/satellite event found there is a false alarm).
# --verbose SET  lists the misses and false alarms of that set after the table.
# --check        exits 1 unless the thresholds hold: seeds F1 >= 0.95 with every date right;
#                dev-news F1 >= 0.92, >= 90 % of dated gold events with the right date,
#                actors F1 >= 0.85; bbc-news <= 5 military-type events.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=build/native/corpus
verbose=""
check=0
while [ $# -gt 0 ]; do
  case "$1" in
    --corpus) corpus=$2; shift 2 ;;
    --verbose) verbose=$2; shift 2 ;;
    --check) check=1; shift ;;
    *) echo "usage: tests/eval.sh [--corpus PATH] [--verbose SET] [--check]" >&2; exit 2 ;;
  esac
done
shared=../shared
scorer=$shared/tools/score_events.py
[ -x "$corpus" ] || { echo "eval: $corpus is not built (./dev build)" >&2; exit 1; }
[ -f "$scorer" ] || { echo "eval: $scorer not found (../shared must sit beside the checkout)" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# extract SET DOCS [MANIFEST]: the CLI's JSON for one set; exit 1 (inputs reported) is fine.
extract() {
  local name=$1 docs=$2 manifest=${3:-}
  local args=(extract --json)
  [ -n "$manifest" ] && args+=(--manifest "$manifest")
  "$corpus" "${args[@]}" "$docs" > "$tmp/$name.json" 2> "$tmp/$name.err" || [ $? -eq 1 ]
}
extract seeds seeds
extract dev-news "$shared/corpora/dev-news/docs" "$shared/corpora/dev-news/manifest.json"
"$corpus" extract --json "$shared"/corpora/bbc-news/*.csv > "$tmp/bbc-news.json" 2> "$tmp/bbc-news.err" || [ $? -eq 1 ]

python3 "$scorer" --gold tests/data/seeds.gold.json --docs seeds --system "$tmp/seeds.json" --json > "$tmp/seeds.score"
python3 "$scorer" --gold "$shared/corpora/dev-news/gold.json" --docs "$shared/corpora/dev-news/docs" \
  --system "$tmp/dev-news.json" --json > "$tmp/dev-news.score"

status=0
python3 - "$tmp" "$check" <<'PY' || status=$?
import json, sys
tmp, check = sys.argv[1], sys.argv[2] == "1"
military = ("missile_launch", "military_drill", "nuclear_test", "satellite_launch")
print(f"{'set':10} {'docs':>5} {'gold':>5} {'sys':>5} {'P':>6} {'R':>6} {'F1':>6} {'dated right':>14} {'actors F1':>10}  military false alarms")
ok = True
for name in ("seeds", "dev-news"):
    s = json.load(open(f"{tmp}/{name}.score"))
    docs = len(json.load(open(f"{tmp}/{name}.json"))["documents"])
    dated = f"{s['dated_right']}/{s['dated_gold']} {100 * s['dated_right'] / max(1, s['dated_gold']):3.0f}%"
    print(f"{name:10} {docs:5} {s['gold_events']:5} {s['system_events']:5} {s['precision']:6.3f} {s['recall']:6.3f} "
          f"{s['f1']:6.3f} {dated:>14} {s['actor_f1']:10.3f}  -")
    if name == "seeds":
        ok &= s["f1"] >= 0.95 and s["dated_right"] == s["dated_gold"]
    else:
        ok &= s["f1"] >= 0.92 and s["dated_right"] >= 0.90 * s["dated_gold"] and s["actor_f1"] >= 0.85
bbc = json.load(open(f"{tmp}/bbc-news.json"))
found = [e for e in bbc["events"] if e["type"] in military]
print(f"{'bbc-news':10} {len(bbc['documents']):5} {'-':>5} {len(bbc['events']):5} {'':6} {'':6} {'':6} {'':>14} {'':>10}  {len(found)}")
ok &= len(found) <= 5
if check:
    print("eval: thresholds " + ("hold" if ok else "NOT met"))
    sys.exit(0 if ok else 1)
PY

case "$verbose" in
  "") ;;
  seeds) python3 "$scorer" --gold tests/data/seeds.gold.json --docs seeds --system "$tmp/seeds.json" --verbose | grep -E '^(MISS|FALSE)' || true ;;
  dev-news) python3 "$scorer" --gold "$shared/corpora/dev-news/gold.json" --docs "$shared/corpora/dev-news/docs" \
              --system "$tmp/dev-news.json" --verbose | grep -E '^(MISS|FALSE)' || true ;;
  bbc-news) python3 - "$tmp/bbc-news.json" <<'PY'
import json, sys
for e in json.load(open(sys.argv[1]))["events"]:
    if e["type"] in ("missile_launch", "military_drill", "nuclear_test", "satellite_launch"):
        print("FALSE", e["doc"], e["type"], e["sentence"][:140])
PY
  ;;
  *) echo "eval: unknown set '$verbose' (seeds, dev-news, bbc-news)" >&2; exit 2 ;;
esac
exit $status

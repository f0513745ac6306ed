#!/bin/sh
# Scores `corpus extract --json seeds` against the hand-annotated gold with the shared scorer.
# Usage (from the repository root): tests/golden.sh build/core-extract/corpus
# Fails unless events F1 >= 0.95 and every gold date is right.
set -eu
corpus=${1:?usage: tests/golden.sh PATH/TO/corpus}
cd "$(dirname "$0")/.."
scorer=${SCORER:-../shared/tools/score_events.py}
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$corpus" extract --json seeds > "$out"
python3 "$scorer" --gold tests/data/seeds.gold.json --docs seeds --system "$out" --verbose --min-f1 0.95 --min-date-acc 1.0

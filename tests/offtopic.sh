#!/bin/sh
# Off-topic check: runs `corpus extract` over the BBC news set (business, sport, tech,
# politics, entertainment) and lists every missile_launch, military_drill, nuclear_test
# and satellite_launch event found. Fails if one is obviously a product launch, a cricket
# Test, a fire drill or the like.
# Usage (from the repository root): tests/offtopic.sh build/core-extract/corpus [BBC_FOLDER]
set -eu
corpus=${1:?usage: tests/offtopic.sh PATH/TO/corpus [BBC_FOLDER]}
bbc=${2:-../shared/corpora/bbc-news}
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$corpus" extract --json "$bbc"/*.csv > "$out" || [ $? -eq 1 ]
python3 - "$out" <<'PY'
import json, re, sys
events = json.load(open(sys.argv[1], encoding="utf-8"))["events"]
military = ("missile_launch", "military_drill", "nuclear_test", "satellite_launch")
# Words that give away a non-military sense of the trigger.
obvious = re.compile(r"product launch|launch(ed|es)? (a|an|its|the|their) (new )?(product|phone|console|service|website|site|album|film|brand|campaign|range|handset|game|model|bid|appeal|inquiry|investigation|review)|"
                     r"\bTest (match|series|side|cricket)|cricket|fire drill|drill down|satellite (tv|television|radio|channel|service)", re.I)
found = [e for e in events if e["type"] in military]
bad = 0
for e in found:
    flag = "OBVIOUS " if obvious.search(e["sentence"]) else ""
    bad += bool(flag)
    print(f"{flag}{e['doc']}\t{e['type']}\t{e['sentence'][:160]}")
print(f"offtopic: {len(found)} military/space events in {len(events)} events, {bad} obvious false alarms")
sys.exit(1 if bad else 0)
PY

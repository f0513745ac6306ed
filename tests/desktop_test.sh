#!/usr/bin/env bash
# Desktop test: the native explorer draws real frames under Xvfb and saves a PNG that is not blank.
#   tests/desktop_test.sh build/native/corpus-explorer build/test-artifacts
set -euo pipefail
app=${1:?usage: desktop_test.sh APP ARTIFACT_DIR}
out=${2:?usage: desktop_test.sh APP ARTIFACT_DIR}
mkdir -p "$out"
here=$(cd "$(dirname "$0")" && pwd)
passed=0 failed=0

check_png() {  # name, file: passes when the PNG has many distinct colours
  local name=$1 file=$2 colours
  colours=$(node -e '
    const { distinctColours } = require(process.argv[2]);
    console.log(distinctColours(require("fs").readFileSync(process.argv[1])));' "$file" "$here/png_colours.cjs" 2>/dev/null || echo 0)
  if [ "$colours" -gt 200 ]; then
    echo "ok - $name ($colours distinct colours in $file)"; passed=$((passed + 1))
  else
    echo "not ok - $name ($colours distinct colours in $file)"; failed=$((failed + 1))
  fi
}

rm -f "$out/desktop.png"
if xvfb-run -a -s "-screen 0 1280x800x24" "$app" --frames 30 --screenshot "$out/desktop.png"; then
  check_png "desktop explorer on the embedded seeds" "$out/desktop.png"
else
  echo "not ok - desktop explorer exited with an error"; failed=$((failed + 1))
fi

# Every view, drawn by the desktop app on the embedded seeds.
for view in overview timeline comentions documents search; do
  if xvfb-run -a -s "-screen 0 1400x900x24" "$app" --frames 20 --size 1400x900 --view "$view" --screenshot "$out/desktop-$view.png"; then
    check_png "desktop $view view" "$out/desktop-$view.png"
  else
    echo "not ok - desktop $view view exited with an error"; failed=$((failed + 1))
  fi
done

# Files given on the command line replace the embedded corpus; a bad file is reported, not fatal.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf 'A headline\n\nBody text of a short article.\n' > "$tmp/one.txt"
: > "$tmp/empty.txt"
if xvfb-run -a -s "-screen 0 1280x800x24" "$app" --frames 5 --screenshot "$out/desktop-files.png" "$tmp" 2> "$tmp/stderr"; then
  if grep -q "empty.txt: empty file" "$tmp/stderr"; then
    echo "ok - desktop explorer on a folder reports the empty file and shows the rest"; passed=$((passed + 1))
  else
    echo "not ok - no message for empty.txt: $(cat "$tmp/stderr")"; failed=$((failed + 1))
  fi
else
  echo "not ok - desktop explorer failed on a folder"; failed=$((failed + 1))
fi

# corpus-explorer.curation.json in the folder: its steps and lexicon additions apply at start
# (a rejected event leaves the events export); a bad one is named with its reason, the rest loads.
mkdir -p "$tmp/kept" "$tmp/run"
app_path=$(cd "$(dirname "$app")" && pwd)/$(basename "$app")  # the exports go to the current folder
cp "$here/../seeds/"*.txt "$here/../seeds/manifest.json" "$tmp/kept/"
(cd "$tmp/run" && "$app_path" --export events.csv "$tmp/kept" > /dev/null)
all=$(wc -l < "$tmp/run/events.csv")
node -e '
  const fs = require("fs");
  const [doc, type] = fs.readFileSync(process.argv[1], "utf8").split("\n")[1].split(",");
  const begin = Number(fs.readFileSync(process.argv[1], "utf8").split("\n")[1].match(/,(\d+),(\d+)$/)[1]);
  fs.writeFileSync(process.argv[2], JSON.stringify({ format: "corpus-explorer-curation/1",
    curation: { schema: "curation/1", steps: [{ op: "reject", event: { doc, type, begin } }] },
    lexicon: [JSON.stringify([{ name: "Acme Corp", kind: "organization", aliases: ["Acme"] }])] }));
' "$tmp/run/events.csv" "$tmp/kept/corpus-explorer.curation.json"
(cd "$tmp/run" && "$app_path" --export events.csv --export lexicon.json "$tmp/kept" > /dev/null 2> "$tmp/stderr")
if [ "$(wc -l < "$tmp/run/events.csv")" -eq $((all - 1)) ] && grep -q '"Acme Corp"' "$tmp/run/lexicon.json" && [ ! -s "$tmp/stderr" ]; then
  echo "ok - the curation file beside the corpus: one event rejected, the lexicon extended"; passed=$((passed + 1))
else
  echo "not ok - the curation file was not applied ($all events before, $(wc -l < "$tmp/run/events.csv") after): $(cat "$tmp/stderr")"
  failed=$((failed + 1))
fi
printf '{"format": "corpus-explorer-curation/1", "lexicon": [3]}' > "$tmp/kept/corpus-explorer.curation.json"
(cd "$tmp/run" && "$app_path" --export events.csv "$tmp/kept" > /dev/null 2> "$tmp/stderr")
if [ "$(wc -l < "$tmp/run/events.csv")" -eq "$all" ] && grep -q "corpus-explorer.curation.json: curation not loaded: .*not a lexicon addition" "$tmp/stderr"; then
  echo "ok - a bad curation file is named with its reason; the corpus loads as it is"; passed=$((passed + 1))
else
  echo "not ok - bad curation file: $(cat "$tmp/stderr")"; failed=$((failed + 1))
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]

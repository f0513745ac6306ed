#!/usr/bin/env bash
# The core must behave the same natively and in WebAssembly: the corpus JSON of the seeds
# and of a synthetic corpus, from the same program built both ways, must be identical.
#   tests/native_vs_wasm.sh build/native build/web
set -euo pipefail
native=${1:?usage: native_vs_wasm.sh NATIVE_BUILD WEB_BUILD}
web=${2:?usage: native_vs_wasm.sh NATIVE_BUILD WEB_BUILD}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$native/corpus_json_dump" > "$tmp/native.json"
node "$web/corpus_json_dump.js" > "$tmp/wasm.json"
if cmp -s "$tmp/native.json" "$tmp/wasm.json"; then
  echo "ok - native and WebAssembly corpus JSON identical ($(wc -c < "$tmp/native.json") bytes, $(sha256sum < "$tmp/native.json" | cut -c1-16))"
  echo "1 passed, 0 failed"
else
  echo "not ok - native and WebAssembly corpus JSON differ:"
  cmp "$tmp/native.json" "$tmp/wasm.json" || true
  diff <(tr ',' '\n' < "$tmp/native.json") <(tr ',' '\n' < "$tmp/wasm.json") | head -20
  echo "0 passed, 1 failed"
  exit 1
fi

#!/usr/bin/env python3
"""Writes a JSON file again without the indentation people read it with.

    python3 cmake/minify_json.py core/lexicon.json build/generated/lexicon.json

The embedded copy is parsed at every start and ships inside the page: the spaces of the
source's layout are a fifth of its bytes. Values and key order are kept as they are.
"""
import json
import sys


def main() -> int:
    source, output = sys.argv[1], sys.argv[2]
    with open(source, encoding="utf-8") as f:
        value = json.load(f)
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    with open(output, "w", encoding="utf-8") as f:
        f.write(text + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Writes the Content-Security-Policy of a built page into its <meta> placeholder.

    python3 cmake/page_csp.py build/web/index.html

The policy allows exactly what the page needs: its own inline scripts and styles (by their
SHA-256, so nothing injected can run), scripts it loads from its own origin (index.js),
WebAssembly compilation ('wasm-unsafe-eval': without it Chromium refuses to compile the
program) and connections to its own origin (index.wasm; data files fetched later). Everything
else is refused, and `base-uri` and `form-action` (which default-src does not cover) are
closed. No img-src: the PNG export is a download of a data: URL, which img-src does not govern.
"""
import base64
import hashlib
import re
import sys

PLACEHOLDER = "@CONTENT_SECURITY_POLICY@"


def digest(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def policy(page: str) -> str:
    scripts, external = [], False
    for match in re.finditer(r"<script\b([^>]*)>(.*?)</script>", page, re.S | re.I):
        if re.search(r"\bsrc\s*=", match.group(1), re.I):
            external = True
        else:
            scripts.append(digest(match.group(2)))
    styles = [digest(m.group(1)) for m in re.finditer(r"<style\b[^>]*>(.*?)</style>", page, re.S | re.I)]
    script_src = (["'self'"] if external else []) + scripts + ["'wasm-unsafe-eval'"]
    return "; ".join([
        "default-src 'none'",
        "script-src " + " ".join(script_src),
        "style-src " + (" ".join(styles) if styles else "'none'"),
        "connect-src 'self'",
        "base-uri 'none'",
        "form-action 'none'",
    ])


def main() -> int:
    path = sys.argv[1]
    with open(path, encoding="utf-8") as f:
        page = f.read()
    if page.count(PLACEHOLDER) != 1:
        print(f"page_csp.py: {path} has no single {PLACEHOLDER} (web/shell.html's CSP <meta>)", file=sys.stderr)
        return 1
    markup = re.sub(r"<script\b[^>]*>.*?</script>", "", page, flags=re.S | re.I)
    if re.search(r"<[^>]+\son[a-z]+\s*=", markup, re.I):
        print(f"page_csp.py: {path} has an inline event handler, which the policy refuses", file=sys.stderr)
        return 1
    # The policy must not count its own <meta>, so it is computed with the placeholder in place.
    page = page.replace(PLACEHOLDER, policy(page))
    with open(path, "w", encoding="utf-8") as f:
        f.write(page)
    return 0


if __name__ == "__main__":
    sys.exit(main())

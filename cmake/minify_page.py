#!/usr/bin/env python3
"""Minifies the JavaScript of a linked page: index.js beside it and the page's inline scripts.

    python3 cmake/minify_page.py build/web/index.html /usr/bin/terser

Emscripten minifies its runtime's whitespace at -O2 but renames nothing without Google's
Closure Compiler (which Debian's cannot run on it), and the shell's own script is copied as
written. Debian's terser compresses and renames local names: a tenth of the gzipped page.
Global names stay, so the shell, the runtime and the post-js still find each other. Run
before cmake/page_csp.py, which hashes the inline scripts as they are shipped.
"""
import os
import re
import subprocess
import sys

INLINE_SCRIPT = re.compile(r"(<script\b(?![^>]*\bsrc\s*=)[^>]*>)(.*?)(</script>)", re.S | re.I)


def terser(program: str, source: str, what: str) -> str:
    # Debian's terser finds its modules through NODE_PATH when node is not Debian's own.
    env = dict(os.environ)
    env["NODE_PATH"] = os.pathsep.join(p for p in (env.get("NODE_PATH"), "/usr/share/nodejs") if p)
    done = subprocess.run([program, "--compress", "--mangle"], input=source, capture_output=True,
                          text=True, env=env)
    if done.returncode != 0 or not done.stdout.strip():
        raise RuntimeError(f"terser could not minify {what}: {done.stderr.strip()[:500]}")
    return done.stdout.rstrip("\n")


def main() -> int:
    page_path, program = sys.argv[1], sys.argv[2]
    script_path = os.path.join(os.path.dirname(page_path), "index.js")
    try:
        with open(script_path, encoding="utf-8") as f:
            script = terser(program, f.read(), script_path)
        with open(page_path, encoding="utf-8") as f:
            page = f.read()
        page = INLINE_SCRIPT.sub(
            lambda m: m.group(1) + (terser(program, m.group(2), page_path + " (inline script)") if m.group(2).strip() else m.group(2)) + m.group(3),
            page)
    except (OSError, RuntimeError) as e:
        print(f"minify_page.py: {e}", file=sys.stderr)
        return 1
    with open(script_path, "w", encoding="utf-8") as f:
        f.write(script + "\n")
    with open(page_path, "w", encoding="utf-8") as f:
        f.write(page)
    return 0


if __name__ == "__main__":
    sys.exit(main())

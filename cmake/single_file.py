#!/usr/bin/env python3
"""Makes the self-contained page from the served one: index.html with index.js inline and
index.wasm gzipped and base64-encoded inside it, unpacked in the browser by DecompressionStream.

    python3 cmake/single_file.py build/web/index.html build/web/corpus-explorer.html

Emscripten's own SINGLE_FILE embeds the program as plain base64, four thirds of its size;
gzipped first, the file is about half as large. The program is handed to Emscripten's loader
through Module.instantiateWasm, so nothing is fetched: the page opens from file:// and its
policy (cmake/page_csp.py, computed again here for the inline scripts) allows no request.
"""
import base64
import gzip
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import page_csp  # noqa: E402

LOADER_TAG = '<script async type="text/javascript" src="index.js"></script>'

# Takes the place of the served page's early-compile script, first in <head>: the program is
# unpacked and compiled (a stream, on the browser's other threads) while the rest of the page and
# Emscripten's loader are read, and web/shell.html hands explorerProgram to the loader through
# Module.instantiateWasm, as it does the served page's. Uint8Array.fromBase64 decodes in one
# call where the browser has it (Chrome 140, Firefox 133, Safari 18.2).
UNPACK = """<script>
  var explorerProgram = null;
  if (typeof DecompressionStream === 'function' && typeof WebAssembly === 'object' &&
      typeof WebAssembly.compileStreaming === 'function') {
    var packed = '%s', bytes;
    if (typeof Uint8Array.fromBase64 === 'function') {
      bytes = Uint8Array.fromBase64(packed);
    } else {
      var text = atob(packed);
      bytes = new Uint8Array(text.length);
      for (var i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
    }
    // One chunk in a stream of its own: a Blob's stream hands the bytes over in small reads, and
    // the program was compiled about 40 ms later (median of 7 loads in headless Chromium).
    var wasm = new ReadableStream({
      start: function (controller) { controller.enqueue(bytes); controller.close(); }
    }).pipeThrough(new DecompressionStream('gzip'));
    explorerProgram = WebAssembly.compileStreaming(new Response(wasm, { headers: { 'Content-Type': 'application/wasm' } }));
    explorerProgram.catch(function () {});  // said when the loader asks for it
  }
</script>
"""

# Runs after web/shell.html's script (which defines Module and cannotRun), before Emscripten's
# loader: without a program to hand over, the loader would fetch index.wasm, which is not there.
NO_PROGRAM = """if (!explorerProgram) Module.instantiateWasm = function () {
  cannotRun('this browser cannot unpack the program (DecompressionStream: Chrome 80, Firefox 113, Safari 16.4 and later have it).');
  return {};
};
"""

# The served page's script that fetches index.wasm early; the single file, which has nothing to
# fetch, puts UNPACK in its place.
EARLY_COMPILE = re.compile(r'<script id="early-compile">.*?</script>\n?', re.S)


def main() -> int:
    page_path, out_path = sys.argv[1], sys.argv[2]
    folder = os.path.dirname(page_path)
    with open(page_path, encoding="utf-8") as f:
        page = f.read()
    with open(os.path.join(folder, "index.js"), encoding="utf-8") as f:
        script = f.read()
    with open(os.path.join(folder, "index.wasm"), "rb") as f:
        wasm = f.read()
    if page.count(LOADER_TAG) != 1:
        print(f"single_file.py: {page_path} has no single {LOADER_TAG}", file=sys.stderr)
        return 1
    if "</script" in script.lower():
        print("single_file.py: index.js holds '</script', which would end its inline <script>", file=sys.stderr)
        return 1
    packed = base64.b64encode(gzip.compress(wasm, 9, mtime=0)).decode("ascii")
    page, found = EARLY_COMPILE.subn(lambda _: UNPACK % packed, page)
    if found != 1:
        print(f"single_file.py: {page_path} has no single <script id=\"early-compile\">", file=sys.stderr)
        return 1
    # The served page's policy allows index.js from its origin; this one has only inline scripts.
    page, found = re.subn(r'(http-equiv="Content-Security-Policy" content=")[^"]*(")',
                          r"\g<1>" + page_csp.PLACEHOLDER + r"\g<2>", page)
    if found != 1:
        print(f"single_file.py: {page_path} has no single Content-Security-Policy <meta>", file=sys.stderr)
        return 1
    inline = "<script>\n" + NO_PROGRAM + "</script>\n<script>\n" + script + "\n</script>"
    page = page.replace(LOADER_TAG, inline)
    page = page.replace(page_csp.PLACEHOLDER, page_csp.policy(page))
    with open(out_path, "w", encoding="utf-8") as f:
        f.write(page)
    return 0


if __name__ == "__main__":
    sys.exit(main())

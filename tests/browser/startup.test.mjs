// Start-up in a browser that lacks what the page needs: the page says what is missing instead of
// staying blank. The lack is made in the page before its scripts run.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import fs from 'node:fs';
import { launchBrowser, serveWeb, openExplorer, state, WEB } from './browser.mjs';

let browser, server;
before(async () => { browser = await launchBrowser(); server = await serveWeb(); });
after(async () => { await browser?.close(); await server?.close(); });

async function startWithout(lack, url = server.url) {
  const context = await browser.newContext();
  await context.addInitScript(lack);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => {
    const box = document.getElementById('status');
    return box && !box.hidden && box.className === 'error';
  }, null, { timeout: 30000 });
  const text = await page.evaluate(() => document.getElementById('status').textContent);
  await page.waitForTimeout(1500);  // time enough for the program to start, if it were to
  assert.equal(await page.evaluate(() => document.getElementById('status').textContent), text, 'the message stays');
  const ready = await page.evaluate(() => Boolean(window.explorer && window.explorer.ready));
  await context.close();
  return { text, ready };
}

test('a browser without WebAssembly exception handling is told so', async () => {
  const { text, ready } = await startWithout(() => {
    const validate = WebAssembly.validate;
    // The page's probe holds a try block (opcode 6); every other module validates as before.
    WebAssembly.validate = (bytes) => (bytes.length < 64 && bytes.includes(6) ? false : validate(bytes));
  });
  assert.match(text, /^Corpus Explorer could not start: this browser cannot run WebAssembly with exception handling/);
  assert.equal(ready, false);
});

test('a browser that cannot make a WebGL2 context is told so', async () => {
  const { text, ready } = await startWithout(() => {
    const getContext = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (kind, ...rest) {
      return kind === 'webgl2' ? null : getContext.call(this, kind, ...rest);
    };
  });
  assert.match(text, /^Corpus Explorer could not start: this browser could not make a WebGL2 drawing surface/);
  assert.equal(ready, false);
});

test('the single-file page, in a browser that cannot unpack it, says so', async () => {
  const single = pathToFileURL(path.join(WEB, 'corpus-explorer.html')).href;
  const { text, ready } = await startWithout(() => { delete window.DecompressionStream; }, single);
  assert.match(text, /^Corpus Explorer could not start: this browser cannot unpack the program/);
  assert.equal(ready, false);
});

test('the served page whose program cannot be fetched says so', async () => {
  const failing = await serveWeb({ '/index.wasm': (req, res) => { res.writeHead(404); res.end('not found'); } });
  try {
    const { text, ready } = await startWithout(() => {}, failing.url);
    assert.match(text, /^Corpus Explorer could not start: the program could not be loaded: .*index\.wasm could not be fetched \(HTTP 404\)/);
    assert.equal(ready, false);
  } finally {
    await failing.close();
  }
});

test('the first frame comes before the corpus opens: the tabs show and say the corpus is opening', async () => {
  const context = await browser.newContext();
  // A returning visitor (a corpus was kept), and the look for it never answers: the page stays
  // at its first frame.
  await context.addInitScript(() => {
    localStorage.setItem('corpus-explorer.kept', '1');
    indexedDB.open = () => ({});
  });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => window.explorerFirstFrameMs > 0, null, { timeout: 30000 });
  await page.waitForFunction(() => document.querySelector('#a11y-mirror h1'), null, { timeout: 10000 });
  const shown = await page.evaluate(() => ({
    overlay: !document.getElementById('status').hidden,
    ready: Boolean(window.explorer && window.explorer.ready),
    views: [...document.querySelectorAll('#a11y-mirror nav button')].map((b) => b.textContent),
    summary: document.querySelector('#a11y-mirror section p').textContent,
    surface: document.getElementById('canvas').getContext('webgl2').getContextAttributes(),
  }));
  await context.close();
  assert.equal(shown.overlay, false, 'the loading overlay is gone: the first frame is what shows');
  // ImGui uses neither buffer; asked for, they made the context slower to create.
  assert.equal(shown.surface.depth, false, 'no depth buffer');
  assert.equal(shown.surface.stencil, false, 'no stencil buffer');
  assert.equal(shown.ready, false, 'no corpus yet');
  assert.deepEqual(shown.views.slice(0, 3), ['Overview', 'Timeline', 'Co-mentions']);
  assert.equal(shown.summary, 'Opening the corpus...');
});

test('a first visit (nothing kept) opens the example corpus without waiting for IndexedDB', async () => {
  const context = await browser.newContext();
  await context.addInitScript(() => { indexedDB.open = () => ({}); });  // it never answers
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => window.explorerReadyMs > 0, null, { timeout: 30000 });
  await page.waitForFunction(() => /^5 articles/.test(document.querySelector('#a11y-mirror section p')?.textContent || ''),
    null, { timeout: 10000 });
  const looking = await page.evaluate(() => !(window.explorer && window.explorer.ready));
  assert.ok(looking, 'the example is on screen while IndexedDB has not answered');
  // A file dropped on that example is taken, though the look for a kept corpus goes on.
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(['Seoul\n\nNorth Korea fired a ballistic missile on Monday, officials said.\n'], 'dropped.txt', { type: 'text/plain' }));
    document.getElementById('canvas').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  });
  // window.explorer comes with ready: the program's own state, asked directly.
  await page.waitForFunction(() => JSON.parse(Module.ccall('explorer_state_json', 'string', [], [])).documents === 1,
    null, { timeout: 10000 });
  await context.close();
});

test('a server that does not say application/wasm still gives a working page', async () => {
  const plain = await serveWeb({ '/index.wasm': (req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
    res.end(fs.readFileSync(path.join(WEB, 'index.wasm')));
  } });
  const context = await browser.newContext();
  try {
    const page = await openExplorer(context, plain.url);
    assert.equal((await state(page)).documents, 5, 'the example corpus');
    assert.deepEqual(page.explorerErrors, []);
  } finally {
    await context.close();
    await plain.close();
  }
});

test('the single-file page starts where the browser decodes base64 only through atob', async () => {
  const context = await browser.newContext();
  await context.addInitScript(() => { delete Uint8Array.fromBase64; });
  try {
    const page = await openExplorer(context, pathToFileURL(path.join(WEB, 'corpus-explorer.html')).href);
    assert.equal(await page.evaluate(() => typeof Uint8Array.fromBase64), 'undefined');
    assert.equal((await state(page)).documents, 5, 'the example corpus');
    assert.deepEqual(page.explorerErrors, []);
  } finally {
    await context.close();
  }
});

// Start-up in a browser that lacks what the page needs: the page says what is missing instead of
// staying blank. The lack is made in the page before its scripts run.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchBrowser, serveWeb, WEB } from './browser.mjs';

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

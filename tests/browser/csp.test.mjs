// The Content-Security-Policy of both pages: each runs under it (start, views, a file drop,
// the PNG export) with no request outside its own files and no violation, and the policy
// is really enforced (an injected script is refused).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchBrowser, serveWeb, state, waitForState, clickItem, openView, WEB } from './browser.mjs';

let browser, server;
before(async () => {
  browser = await launchBrowser();
  server = await serveWeb();
});
after(async () => { await browser?.close(); await server?.close(); });

// Opens a page with every request, every CSP violation event and every console line about
// the policy recorded from the first byte on.
async function openWatched(url) {
  const context = await browser.newContext({ acceptDownloads: true });
  await context.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation',
      (e) => window.cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'}`));
  });
  const requests = [], consoleCsp = [];
  context.on('request', (r) => requests.push(r.url()));
  const page = await context.newPage();
  page.on('console', (m) => { if (/Content.Security.Policy/i.test(m.text())) consoleCsp.push(m.text()); });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  await page.waitForFunction(() => window.explorer && window.explorer.ready, null, { timeout: 60000 });
  return { context, page, requests, consoleCsp, errors };
}

// What a user does in a first minute: two views, a dropped file, a PNG saved.
async function useThePage(page) {
  await openView(page, 'timeline');
  await openView(page, 'comentions');
  const before = await state(page);
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(['Dropped\n\nNorth Korea fired a cruise missile on Monday, Seoul said.\n'], 'dropped.txt'));
    document.getElementById('canvas').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  });
  await waitForState(page, (x) => x.import.finished > before.import.finished && !x.import.running, 'the dropped file');
  await openView(page, 'timeline');
  const [download] = await Promise.all([page.waitForEvent('download'), clickItem(page, 'save-png')]);
  assert.equal(download.suggestedFilename(), 'corpus-explorer-timeline.png');
  assert.ok((await state(page)).titles.includes('Dropped'), 'the dropped file loaded');
}

async function checkPolicy(url, ownFiles) {
  const w = await openWatched(url);
  const policy = await w.page.evaluate(() =>
    document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') || '');
  console.log(`${path.basename(new URL(url).pathname) || 'index.html'} policy: ${policy.replace(/'sha256-[^']+'/g, "'sha256-…'")}`);
  assert.match(policy, /^default-src 'none'; script-src /);
  assert.doesNotMatch(policy, /'unsafe-inline'|'unsafe-eval'|\*/);
  await useThePage(w.page);
  const outside = w.requests.filter((u) => !ownFiles.some((f) => u === f));
  assert.deepEqual(outside, [], 'no request outside the page\'s own files');
  assert.deepEqual(await w.page.evaluate(() => window.cspViolations), [], 'no CSP violation event');
  assert.deepEqual(w.consoleCsp, [], 'no CSP message on the console');
  assert.deepEqual(w.errors, []);
  // The policy is enforced: a script injected into the page does not run.
  const ran = await w.page.evaluate(async () => {
    const s = document.createElement('script');
    s.textContent = 'window.injected = true;';
    document.body.appendChild(s);
    await new Promise((r) => setTimeout(r, 100));
    return window.injected === true;
  });
  assert.equal(ran, false, 'an injected inline script was refused');
  assert.ok((await w.page.evaluate(() => window.cspViolations)).some((v) => /script-src/.test(v)),
    'the refusal was reported as a violation');
  await w.context.close();
}

test('the served page runs under its policy: only index.html, index.js and index.wasm are fetched', async () => {
  await checkPolicy(server.url, [server.url, server.url + 'index.js', server.url + 'index.wasm']);
});

test('the single-file page runs under its policy from file:// with no request but itself', async () => {
  const url = pathToFileURL(path.join(WEB, 'corpus-explorer.html')).href;
  await checkPolicy(url, [url]);
});

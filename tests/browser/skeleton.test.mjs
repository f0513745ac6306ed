// The page opens from file:// and over HTTP, shows the five seed articles, and the
// reader follows a real mouse click in the document list.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import fs from 'node:fs';
import { launchBrowser, serveWeb, openExplorer, state, waitForState, clickItem, distinctColours, WEB, ARTIFACTS } from './browser.mjs';

const SEED_TITLES = [
  'US, South Korea Conduct Interception Drills Following Multiple Missile Tests by North Korea',
  'North Korea fires ballistic missiles after threatening ‘harder’ response to US, allies',
  'South Korea and US launch missiles to prove ‘readiness to strike’ after North Korea firings',
];

let browser, server;
before(async () => { browser = await launchBrowser(); server = await serveWeb(); });
after(async () => { await browser?.close(); await server?.close(); });

async function checkSeedsAndClick(page, label) {
  const s = await state(page);
  assert.equal(s.documents, 5, 'five seed documents');
  assert.equal(s.titles.length, 5);
  for (const t of SEED_TITLES) assert.ok(s.titles.includes(t), `title shown: ${t}`);
  assert.equal(s.selected, 0, 'the first document is open at start');

  await clickItem(page, 'tab:documents');
  await waitForState(page, (x) => x.view === 'documents' && x.items['doc:3'], 'the documents view');
  await clickItem(page, 'doc:3');
  const after = await waitForState(page, (x) => x.selected === 3, 'the reader to open document 3');
  assert.equal(after.selected_id, '003_a7394a0b0f0a5d36');

  const shot = path.join(ARTIFACTS, `skeleton-${label}.png`);
  await page.screenshot({ path: shot });
  const colours = distinctColours(fs.readFileSync(shot));
  assert.ok(colours > 200, `screenshot has ${colours} distinct colours (a blank page has a few)`);
  assert.deepEqual(page.explorerErrors, []);
}

test('single-file page from file:// shows the seeds and follows a click', async () => {
  const page = await openExplorer(browser.context, 'file://' + path.join(WEB, 'corpus-explorer.html'));
  await checkSeedsAndClick(page, 'file');
  await page.close();
});

test('index.html over HTTP shows the seeds and follows a click', async () => {
  const page = await openExplorer(browser.context, server.url);
  await checkSeedsAndClick(page, 'http');
  await page.close();
});

test('high-DPI: backing store = CSS size x devicePixelRatio, follows resizes, clicks land', async () => {
  const context = await browser.newContext({ deviceScaleFactor: 2, viewport: { width: 900, height: 600 } });
  const page = await openExplorer(context, server.url);
  const canvasSize = () => page.evaluate(() => {
    const c = document.getElementById('canvas');
    return { w: c.width, h: c.height, cssW: c.clientWidth, cssH: c.clientHeight };
  });
  let s = await state(page);
  assert.equal(s.pixel_scale, 2);
  let c = await canvasSize();
  assert.deepEqual(c, { w: 1800, h: 1200, cssW: 900, cssH: 600 });

  await page.setViewportSize({ width: 1100, height: 700 });
  await waitForState(page, () => true, 'a frame');
  await page.waitForFunction(() => document.getElementById('canvas').width === 2200, null, { timeout: 5000 });
  c = await canvasSize();
  assert.deepEqual(c, { w: 2200, h: 1400, cssW: 1100, cssH: 700 });

  // Item rectangles are in CSS pixels, so a real click at 2x lands on the right row.
  await clickItem(page, 'tab:documents');
  await waitForState(page, (x) => x.items['doc:4'], 'the documents view');
  await clickItem(page, 'doc:4');
  s = await waitForState(page, (x) => x.selected === 4, 'the reader to open document 4');
  assert.equal(s.selected_id, '004_02aad14fe67825c3');
  await page.screenshot({ path: path.join(ARTIFACTS, 'skeleton-hidpi.png') });
  assert.deepEqual(page.explorerErrors, []);
  await context.close();
});

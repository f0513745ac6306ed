// Shared helpers for the browser tests: Debian's Chromium driven by playwright-core,
// a static server for build/web on a free loopback port, and screenshot checks.
import { chromium } from 'playwright-core';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const WEB = path.join(ROOT, 'build/web');
export const ARTIFACTS = path.join(ROOT, 'build/test-artifacts');
fs.mkdirSync(ARTIFACTS, { recursive: true });

// Chromium's toolbar is a web page of its own in recent versions: a headless browser never
// shows it, yet each new context loads its omnibox popup in a renderer that keeps a core busy
// for a second or two, taken from the page under test on a two-core machine (median first
// frame 480-600 ms with it, 280-290 ms without). Chromium applies only the last
// --disable-features, so this one repeats the features playwright-core (1.65) disables.
const PLAYWRIGHT_DISABLED_FEATURES = ['AvoidUnnecessaryBeforeUnloadCheckSync', 'DestroyProfileOnBrowserClose',
  'HttpsUpgrades', 'HttpsFirstBalancedModeAutoEnable', 'LensOverlay', 'MediaRouter', 'PaintHolding',
  'ThirdPartyStoragePartitioning', 'AvoidCorsURLLoaderRestartOnRedirect', 'TcpPortRandomizationWin',
  'OptimizationHints', 'NetworkTimeServiceQuerying', 'AimEnabled', 'PreconnectToSearch'];
const TOOLBAR_PAGE_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxFullPopup', 'WebUIOmniboxAimPopup', 'PreloadTopChromeWebUI'];
const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
  '--disable-features=' + [...PLAYWRIGHT_DISABLED_FEATURES, ...TOOLBAR_PAGE_FEATURES].join(',')];

// Playwright gives each launch a fresh, empty profile directory.
export async function launchBrowser() {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_FLAGS });
  const newContext = (options = {}) => browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, ...options });
  const context = await newContext();
  return { browser, context, newContext, close: () => browser.close() };
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.png': 'image/png' };

// routes: { '/name': (req, res) => ... } answered by the test instead of a file.
export function serveWeb(routes = {}) {
  const server = http.createServer((req, res) => {
    const name = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (routes[name]) { routes[name](req, res); return; }
    const file = path.join(WEB, name === '/' ? 'index.html' : name);
    if (!file.startsWith(WEB) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404); res.end('not found'); return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream',
      'Content-Length': fs.statSync(file).size });
    fs.createReadStream(file, { highWaterMark: 1 << 20 }).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({
    url: `http://127.0.0.1:${server.address().port}/`,
    close: () => new Promise((r) => server.close(r)),
  })));
}

// Opens the page and waits for the program's first frame; page errors fail the test.
export async function openExplorer(context, url) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  await page.waitForFunction(() => window.explorer && window.explorer.ready, null, { timeout: 60000 });
  page.explorerErrors = errors;
  return page;
}

export const state = (page) => page.evaluate(() => window.explorer.state());

// Waits until the state satisfies `predicate` (frames are asynchronous to input).
export async function waitForState(page, predicate, what, timeout = 10000) {
  const start = Date.now();
  let last;
  while (Date.now() - start < timeout) {
    last = await state(page);
    if (predicate(last)) return last;
    await page.waitForTimeout(50);
  }
  throw new Error(`timed out waiting for ${what}; last state: ${JSON.stringify(last).slice(0, 400)}`);
}

// Clicks the centre of a named item (its rectangle comes from the state hook, in CSS pixels).
export async function clickItem(page, name) {
  const s = await state(page);
  const r = s.items[name];
  if (!r) throw new Error(`no item '${name}' on screen; items: ${Object.keys(s.items).join(', ')}`);
  await page.mouse.move(r[0] + r[2] / 2, r[1] + r[3] / 2);
  await page.mouse.down();
  await page.waitForTimeout(60);
  await page.mouse.up();
}

export { distinctColours } from '../png_colours.cjs';

// Moves the mouse to the centre of a named item (a hover), returning the point.
export async function hoverItem(page, name) {
  const s = await state(page);
  const r = s.items[name];
  if (!r) throw new Error(`no item '${name}' on screen; items: ${Object.keys(s.items).join(', ')}`);
  const x = r[0] + r[2] / 2, y = r[1] + r[3] / 2;
  await page.mouse.move(x - 3, y);
  await page.mouse.move(x, y);
  return { x, y };
}

// Opens a view by clicking its tab, and waits until the view has drawn.
export async function openView(page, view) {
  await clickItem(page, `tab:${view}`);
  return waitForState(page, (x) => x.view === view, `the ${view} view`);
}

// Clicks a text box and waits until it has the keyboard (the click lands on the next frame).
export async function focusText(page, item) {
  await clickItem(page, item);
  await waitForState(page, (x) => x.typing, `${item} to take the keyboard`);
}

// A key held across a frame, with optional modifiers held around it: ImGui 1.86 reads key
// state once per frame and misses a press and release that both fall between two frames.
export async function pressKey(page, key, modifiers = []) {
  for (const m of modifiers) await page.keyboard.down(m);
  await page.keyboard.down(key);
  await page.waitForTimeout(80);
  await page.keyboard.up(key);
  for (const m of modifiers.reverse()) await page.keyboard.up(m);
}

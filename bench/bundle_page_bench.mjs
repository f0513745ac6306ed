// The page with a big event bundle: opened by #bundle=NAME from beside the page (the bundle is
// copied into build/web for the run), then the timeline zoomed and panned with the mouse, a
// co-mention cell clicked and a search run, every requestAnimationFrame callback timed.
//   node bench/bundle_page_bench.mjs FILE.bundle
import fs from 'node:fs';
import path from 'node:path';
import { launchBrowser, serveWeb, openExplorer, state, waitForState, openView, clickItem, focusText, pressKey,
  WEB } from '../tests/browser/browser.mjs';

const source = process.argv[2];
const served = path.join(WEB, 'bench-events.bundle');
fs.copyFileSync(source, served);
const size = fs.statSync(source).size;

const browser = await launchBrowser();
const server = await serveWeb();
const context = await browser.newContext({ viewport: { width: 1600, height: 900 } });
await context.addInitScript(() => {
  window.frameTimes = [];
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (cb) => raf((t) => {
    const start = performance.now();
    cb(t);
    window.frameTimes.push(performance.now() - start);
  });
});
try {
  const page = await openExplorer(context, `${server.url}#bundle=bench-events.bundle`);
  // Waits on the accessible mirror's import report, not on state(): state() builds JSON of every
  // document and event, and polling it would slow the load being measured. Times are the page's
  // clock (zero at navigation): the download starts with the page, before the first frame.
  const done = await (await page.waitForFunction(
    () => /from the bundle|could not|not loaded/.test(document.getElementById('a11y-mirror').textContent) && performance.now(),
    null, { polling: 50, timeout: 300000 })).jsonValue();
  const firstFrame = await page.evaluate(() => window.explorerFirstFrameMs);
  const loaded = await state(page);
  if (!/from the bundle/.test(loaded.data_note)) throw new Error(JSON.stringify(loaded.import.messages));
  const heap = await page.evaluate(() => Module.HEAPU8.length);
  console.log(`page: ${loaded.documents} documents, ${loaded.events} events from a ${(size / 1e6).toFixed(1)} MB bundle: ` +
    `open ${Math.round(done - firstFrame)} ms after the first frame (${Math.round(done)} ms from navigation, first frame at ` +
    `${Math.round(firstFrame)} ms; reading the bundle and building the views: ${Math.round(loaded.import.build_ms)} ms of it); ` +
    `WebAssembly memory ${(heap / 1048576).toFixed(0)} MB`);

  const frames = async (label, action) => {
    await page.evaluate(() => { window.frameTimes = []; });
    await action();
    await page.waitForTimeout(300);
    const times = (await page.evaluate(() => window.frameTimes)).sort((a, b) => a - b);
    const at = (q) => times[Math.min(times.length - 1, Math.floor(times.length * q))].toFixed(2);
    console.log(`  ${label}: ${times.length} frames, median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms ` +
      '(CPU per frame, in the rAF callback; SwiftShader WebGL)');
  };
  await openView(page, 'timeline');
  const plot = (await state(page)).items['timeline:plot'];
  const cx = plot[0] + plot[2] * 0.6, cy = plot[1] + plot[3] * 0.5;
  await frames('timeline, zooming', async () => {
    await page.mouse.move(cx, cy);
    for (let i = 0; i < 60; i++) {
      await page.mouse.wheel(0, i % 30 < 15 ? -100 : 100);
      await page.mouse.move(cx + (i % 7), cy);
    }
  });
  await frames('timeline, panning', async () => {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    for (let i = 0; i < 40; i++) await page.mouse.move(cx - i * 8, cy);
    await page.mouse.up();
  });
  await openView(page, 'comentions');
  await waitForState(page, (x) => x.items['cell:0:1'], 'the matrix', 60000);
  // A cell may count names together in paragraphs only, with no sentence to list (the
  // synthetic corpus's first pair does): the timed click is on the first cell with sentences,
  // after another cell was picked.
  const names = (await state(page)).matrix_entities.length;
  let cell = '';
  for (let j = 1; j < Math.min(names, 12) && !cell; j++) {
    await clickItem(page, `cell:0:${j}`);
    const s = await waitForState(page, (x) => x.picked_pair[0] === 0 && x.picked_pair[1] === j, 'the cell picked', 60000);
    if (s.picked_sentences.length > 0) cell = `cell:0:${j}`;
  }
  if (!cell) throw new Error('no cell of the first row lists sentences');
  await clickItem(page, cell === 'cell:0:1' ? 'cell:0:2' : 'cell:0:1');
  await waitForState(page, (x) => !x.items['picked:0'] || x.picked_pair[1] !== Number(cell.split(':')[2]), 'another cell picked', 60000);
  await frames(`co-mentions, a cell clicked (${cell})`, async () => {
    await clickItem(page, cell);
    await waitForState(page, (x) => x.items['picked:0'] && x.picked_pair[1] === Number(cell.split(':')[2]), 'the cell\'s sentences', 60000);
  });
  await openView(page, 'search');
  await focusText(page, 'search:box');
  await page.keyboard.type('missile');
  await frames('search, "missile" run', async () => {
    await pressKey(page, 'Enter');
    await waitForState(page, (x) => x.search_hits > 0, 'search hits', 60000);
  });
} finally {
  await browser.close();
  await server.close();
  fs.rmSync(served, { force: true });
}

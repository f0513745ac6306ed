// Start-up of the web page in headless Chromium: milliseconds from navigation to the
// program's first drawn frame, measured in the page: performance.now() (zero at navigation)
// when the first frame calls explorerFirstFrame (web/shell.html); and to a corpus on screen
// (explorerReadyMs: a first visit, with nothing kept, opens the example at once). Each load gets a fresh
// browser context (no cache), for index.html over HTTP and for the single file from file://;
// the median of LOADS (nine by default: a load here varies by tens of milliseconds).
//   node bench/browser_start_bench.mjs [LOADS=9]
import path from 'node:path';
import { launchBrowser, serveWeb, WEB } from '../tests/browser/browser.mjs';

const loads = Number(process.argv[2] || 9);
const browser = await launchBrowser();
const server = await serveWeb();

async function firstFrame(url) {
  const times = [], ready = [];
  for (let i = 0; i < loads; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => window.explorer && window.explorer.ready, null, { timeout: 60000 });
    const t = await page.evaluate(() => [window.explorerFirstFrameMs, window.explorerReadyMs]);
    times.push(t[0]);
    ready.push(t[1]);
    await context.close();
  }
  times.sort((a, b) => a - b);
  ready.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], all: times, ready: ready[Math.floor(ready.length / 2)] };
}

const index = await firstFrame(server.url);
const single = await firstFrame('file://' + path.join(WEB, 'corpus-explorer.html'));
const show = (t) => t.all.map((x) => x.toFixed(0)).join(', ');
console.log(`first frame after navigation, index.html over HTTP: median ${index.median.toFixed(0)} ms (${show(index)})`);
console.log(`first frame after navigation, corpus-explorer.html from file://: median ${single.median.toFixed(0)} ms (${show(single)})`);
console.log(`a corpus on screen (the example, a first visit): median ${index.ready.toFixed(0)} ms served, ${single.ready.toFixed(0)} ms single file`);
await browser.close();
await server.close();
console.log(JSON.stringify({ index_ms: index.median, single_ms: single.median, index_ready_ms: index.ready, single_ready_ms: single.ready }));  // for bench/run.mjs

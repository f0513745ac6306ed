// Frame time of the web page with many events: loads a synthetic corpus (bench/frame_bench
// --csv) through the page's own import, opens the timeline and zooms with the mouse wheel
// while every requestAnimationFrame callback is timed in the page.
//   node bench/browser_frame_bench.mjs [EVENTS=100000]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchBrowser, serveWeb, openExplorer, state, waitForState, openView, ROOT } from '../tests/browser/browser.mjs';

const events = Number(process.argv[2] || 100000);
const csv = path.join(os.tmpdir(), `synthetic-${events}.csv`);
execFileSync(path.join(ROOT, 'build/native/frame_bench'), [String(events), '--csv', csv]);
const bytes = fs.readFileSync(csv);

const browser = await launchBrowser();
const server = await serveWeb();
const context = await browser.newContext({ viewport: { width: 1600, height: 900 } });
await context.addInitScript(() => {
  // Time each animation-frame callback: the program's whole frame runs inside it.
  window.frameTimes = [];
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (cb) => raf((t) => {
    const start = performance.now();
    cb(t);
    window.frameTimes.push(performance.now() - start);
  });
});
const page = await openExplorer(context, server.url);
// The CSV crosses into the page as base64 (a JSON array of 11 million numbers would dominate).
await page.evaluate(({ name, b64 }) => {
  const raw = atob(b64);
  const data = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) data[i] = raw.charCodeAt(i);
  window.benchFile = { name, bytes: data };
}, { name: path.basename(csv), b64: bytes.toString('base64') });
const t0 = Date.now();
await page.evaluate(async () => { await window.explorer.loadFiles([window.benchFile], { replace: true }); });
const loaded = await waitForState(page, (s) => s.import && !s.import.running && s.events >= events * 0.9,
  'the synthetic corpus', 120000);
console.log(`loaded ${loaded.documents} documents, ${loaded.events} events in ${Date.now() - t0} ms (${(bytes.length / 1e6).toFixed(1)} MB CSV)`);

await openView(page, 'timeline');
const s = await state(page);
const plot = s.items['timeline:plot'];
await page.mouse.move(plot[0] + plot[2] * 0.6, plot[1] + plot[3] * 0.5);
await page.evaluate(() => { window.frameTimes = []; });
for (let i = 0; i < 60; i++) {
  await page.mouse.wheel(0, i % 30 < 15 ? -100 : 100);
  await page.mouse.move(plot[0] + plot[2] * 0.6 + (i % 7), plot[1] + plot[3] * 0.5);
}
await page.waitForTimeout(300);
const times = (await page.evaluate(() => window.frameTimes)).sort((a, b) => a - b);
const at = (q) => times[Math.min(times.length - 1, Math.floor(times.length * q))].toFixed(2);
const after = await state(page);
console.log(`timeline with ${after.events} events (${after.visible_events} in range): ${times.length} frames while zooming, ` +
  `median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms per frame (CPU, in the rAF callback; SwiftShader WebGL)`);
await browser.close();
await server.close();
fs.rmSync(csv);
console.log(JSON.stringify({ median: Number(at(0.5)), p95: Number(at(0.95)), max: Number(at(1)) }));  // for bench/run.mjs

// The page at scale, in headless Chromium through the page's own import (loadFiles, the path
// of a drop or the file picker): the BBC set repeated TIMES (unique file names, ~200 MB at 40)
// timed from the call to the finished corpus; the page's memory per input byte; then BIG
// times the set (~1 GB at 200), which must load or be refused with a message while the corpus
// on screen stays usable.
//   node bench/browser_scale_bench.mjs [TIMES=40] [BIG=200] [--largest]
// --largest also loads a corpus just under the largest the page accepts (its own memory check).
// The BBC copies fold into one another as they are extracted, so the memory they take per byte
// is lower than distinct text would take: the page's check keeps a margin above it.
// The set crosses into the page once; the copies share its bytes until the import copies them.
import fs from 'node:fs';
import path from 'node:path';
import { launchBrowser, serveWeb, openExplorer, state, waitForState, clickItem, ROOT } from '../tests/browser/browser.mjs';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const times = Number(args[0] || 40), big = Number(args[1] || 200);
const bbc = path.resolve(ROOT, '../shared/corpora/bbc-news');
const files = fs.readdirSync(bbc).filter((f) => f.endsWith('.csv')).sort()
  .map((f) => ({ name: f, b64: fs.readFileSync(path.join(bbc, f)).toString('base64') }));

const browser = await launchBrowser();
const server = await serveWeb();
const page = await openExplorer(browser.context, server.url);
await page.evaluate((list) => {
  window.benchSet = list.map(({ name, b64 }) => {
    const raw = atob(b64);
    const bytes = new Uint8Array(raw.length);
    for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
    return { name, bytes };
  });
  window.benchCopies = (n) => {
    const out = [];
    for (let i = 1; i <= n; i++) for (const f of window.benchSet) out.push({ name: f.name.replace('.csv', `-${i}.csv`), bytes: f.bytes });
    return out;
  };
}, files);

// Loads n copies; resolves with the milliseconds from the call to the corpus on screen (or a refusal).
async function load(n) {
  const before = await state(page);
  const t0 = Date.now();
  const bytes = await page.evaluate((n) => {
    const list = window.benchCopies(n);
    window.explorer.loadFiles(list, { replace: true });
    return list.reduce((a, f) => a + f.bytes.length, 0);
  }, n);
  // Waited on through the import count alone: the whole state, asked every 50 ms, would take
  // a tenth of the page's one thread from the import it times.
  await page.waitForFunction((done) => window.explorer.importsFinished() > done, before.import.finished,
    { polling: 100, timeout: 600000 });
  const ms = Date.now() - t0;
  return { bytes, ms, s: await state(page), before };
}

const mb = (b) => (b / 1e6).toFixed(0);
const fresh = (await state(page)).import.memory;
const r = await load(times);
const loaded = r.s.documents > 5 && !r.s.import.messages.some((m) => /memory/.test(m.reason));
const heapPerByte = loaded ? (r.s.import.memory.peak - r.before.import.memory.used) / r.bytes : null;
console.log(`BBC set x${times} (${mb(r.bytes)} MB, ${r.s.documents} documents, ${r.s.events} events): ` +
  (loaded ? `loaded in ${r.ms} ms; page memory ${mb(r.s.import.memory.peak)} MB at most (${heapPerByte.toFixed(1)} bytes per input byte)` :
    `not loaded: ${r.s.data_note}`));
const limit = fresh.limit;
// What a fresh page accepts: the text whose estimated need (ui/models/memory_budget.h) fits.
const largest = (limit - fresh.used - fresh.import_overhead) / fresh.bytes_per_input_byte;
console.log(`the page's memory ceiling is ${mb(limit)} MB; it estimates ${fresh.bytes_per_input_byte} bytes per input byte ` +
  `(measured here: ${heapPerByte ? heapPerByte.toFixed(1) : '?'}), so a fresh page accepts up to ${mb(largest)} MB of text`);

// The oversize corpus: loads, or a message, and the corpus on screen stays usable.
const shown = await state(page);
const b = await load(big);
let bigOutcome, bigOk;
const refusal = b.s.import.messages.find((m) => /needs about \d+ MB .*the page can use \d+ MB/.test(m.reason));
if (refusal) {
  await clickItem(page, 'tab:timeline');
  const after = await waitForState(page, (x) => x.view === 'timeline', 'the timeline after the refusal');
  bigOk = after.documents === shown.documents && page.explorerErrors.length === 0;
  bigOutcome = `refused in ${b.ms} ms: "${refusal.reason.slice(0, 90)}..."; the ${after.documents} documents on screen ${bigOk ? 'stay usable' : 'were LOST'}`;
} else if (b.s.documents > shown.documents) {
  bigOk = page.explorerErrors.length === 0;
  bigOutcome = `loaded in ${(b.ms / 1e3).toFixed(1)} s (${b.s.documents} documents)`;
} else {
  bigOk = false;
  bigOutcome = `neither loaded nor refused clearly: ${b.s.data_note}`;
}
console.log(`BBC set x${big} (${mb(b.bytes)} MB): ${bigOutcome}`);

let largestLoad = null;
if (process.argv.includes('--largest')) {
  const copies = Math.floor(largest * 0.95 / (r.bytes / times));
  const l = await load(copies);
  largestLoad = { copies, bytes: l.bytes, ms: l.ms, documents: l.s.documents, note: l.s.data_note };
  console.log(`BBC set x${copies} (${mb(l.bytes)} MB, 95 % of the estimate): ${l.s.data_note} (${(l.ms / 1e3).toFixed(1)} s)`);
}
await browser.close();
await server.close();
console.log(JSON.stringify({ bytes: r.bytes, ms: loaded ? r.ms : null, outcome: loaded ? 'loaded' : r.s.data_note, heap_per_byte: heapPerByte,
  big_bytes: b.bytes, big_outcome: bigOutcome, big_ok: bigOk, largest_mb: largest / 1e6, largest_load: largestLoad }));

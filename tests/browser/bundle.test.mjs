// An event bundle (corpus extract --bundle) in the page: dropped on the canvas, or named in
// the URL beside the page; every view works on it with the mouse, and the reader shows the
// evidence sentences and says the full text is not in the bundle.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchBrowser, serveWeb, openExplorer, state, waitForState, clickItem, openView, focusText, pressKey,
  ROOT, WEB, ARTIFACTS } from './browser.mjs';

const CORPUS = path.join(ROOT, 'build/native/corpus');
let browser, server, page, tmp, bundle, stats;
before(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bundle-test-'));
  const file = path.join(tmp, 'seeds.bundle');
  execFileSync(CORPUS, ['extract', '--bundle', file, path.join(ROOT, 'seeds')]);
  bundle = fs.readFileSync(file);
  stats = execFileSync(CORPUS, ['stats', file]).toString();
  browser = await launchBrowser();
  server = await serveWeb();
  page = await openExplorer(browser.context, server.url);
});
after(async () => {
  await browser?.close();
  await server?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.rmSync(path.join(WEB, 'test-events.bundle'), { force: true });
});

const count = (label) => Number(new RegExp(`^${label}\\s+(\\d+)`, 'm').exec(stats)[1]);
const importDone = (p, before, what) => waitForState(p,
  (x) => x.import.finished > before.import.finished && !x.import.running, what, 20000);

async function drop(p, name, bytes) {
  await p.evaluate(({ name, data }) => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(data)], name, { type: 'application/octet-stream' }));
    document.getElementById('canvas').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, { name, data: Array.from(bytes) });
}

test('a dropped bundle replaces the corpus: documents, events and entities as the CLI reads them', async () => {
  const before = await state(page);
  await drop(page, 'seeds.bundle', bundle);
  const s = await importDone(page, before, 'the bundle');
  assert.equal(s.documents, count('documents'));
  assert.equal(s.events, count('events'));
  assert.equal(s.entities, count('entities'));
  assert.match(s.data_note, /from the bundle seeds\.bundle/);
  assert.deepEqual(s.import.messages, []);
  assert.deepEqual(page.explorerErrors, []);
});

test('a bundle dropped while articles are still being built replaces them: the build stops and does not come back', async () => {
  const bbc = path.join(ROOT, '../shared/corpora/bbc-news');
  const tables = fs.readdirSync(bbc).filter((f) => f.endsWith('.csv'))
    .map((f) => ({ name: f, data: Array.from(fs.readFileSync(path.join(bbc, f))) }));
  const before = await state(page);
  await page.evaluate((list) => window.explorer.loadFiles(list.map((f) => ({ name: f.name, bytes: new Uint8Array(f.data) })),
    { replace: true }), tables);
  const building = await state(page);
  assert.ok(building.import.running, 'the BBC set is being built');
  await drop(page, 'seeds.bundle', bundle);
  const opened = await waitForState(page, (x) => x.import.finished > before.import.finished, 'the bundle');
  assert.match(opened.data_note, /from the bundle seeds\.bundle/);
  assert.equal(opened.import.running, false, 'no build runs behind the bundle');
  // Longer than the BBC set takes to build in the page: it must not replace the bundle.
  await page.waitForTimeout(4000);
  const later = await state(page);
  assert.equal(later.documents, count('documents'));
  assert.equal(later.import.finished, opened.import.finished);
  assert.match(later.data_note, /from the bundle seeds\.bundle/);
  assert.deepEqual(page.explorerErrors, []);
});

test('every view works on the bundle, with the mouse', async () => {
  // Timeline: a click on an event opens its evidence sentence in the reader.
  await openView(page, 'timeline');
  let s = await waitForState(page, (x) => Object.keys(x.items).some((k) => k.startsWith('event:')), 'event marks');
  assert.equal(s.visible_events + s.undated_events, s.events);
  const mark = Object.keys(s.items).find((k) => k.startsWith('event:'));
  await clickItem(page, mark);
  s = await waitForState(page, (x) => x.selected_event === Number(mark.split(':')[1]) && x.items['reader:excerpts-note'],
    'the event in the reader');
  assert.ok(s.reader_sentence.length > 20, `the evidence sentence: ${s.reader_sentence}`);
  assert.equal(s.reader_full_text, false, 'the reader knows the full text is not there');
  await page.screenshot({ path: path.join(ARTIFACTS, 'bundle-reader.png') });

  // Co-mentions: a cell lists its sentences; one opens in the reader.
  await openView(page, 'comentions');
  await waitForState(page, (x) => x.items['cell:0:1'], 'the matrix');
  await clickItem(page, 'cell:0:1');
  await waitForState(page, (x) => x.items['picked:0'], 'the sentences of the cell');
  await clickItem(page, 'picked:0');
  await waitForState(page, (x) => x.view === 'documents' || x.selected >= 0, 'a document opened from the cell');

  // Overview and documents draw; a document opens from the list.
  await openView(page, 'overview');
  s = await waitForState(page, (x) => x.items['top-entity:0'], 'the overview');
  await openView(page, 'documents');
  s = await waitForState(page, (x) => x.document_rows >= 1, 'the document list');

  // Search reads the evidence sentences: a hit opens the reader on it.
  await openView(page, 'search');
  await focusText(page, 'search:box');
  await page.keyboard.type('ballistic missile');
  await pressKey(page, 'Enter');
  s = await waitForState(page, (x) => x.search_hits > 0 && x.items['hit:0'], 'search hits');
  await clickItem(page, 'hit:0');
  s = await waitForState(page, (x) => /ballistic missile/i.test(x.reader_sentence || ''), 'the reader at the hit');
  assert.equal(s.reader_full_text, false);
  assert.deepEqual(page.explorerErrors, []);
});

test('a damaged bundle is refused with its reason and the corpus stays', async () => {
  const before = await state(page);
  await drop(page, 'cut.bundle', bundle.subarray(0, 500));
  const s = await importDone(page, before, 'the cut bundle');
  assert.deepEqual(s.import.messages, [{ file: 'cut.bundle', row: 0,
    reason: `truncated: the payload has 472 of its ${bundle.length - 28} bytes` }]);
  assert.equal(s.documents, before.documents, 'the corpus on screen stays');
});

test('#bundle=NAME opens a bundle beside the page; another origin is refused', async () => {
  fs.writeFileSync(path.join(WEB, 'test-events.bundle'), bundle);
  const named = await openExplorer(browser.context, `${server.url}#bundle=test-events.bundle`);
  const s = await waitForState(named, (x) => /from the bundle test-events\.bundle/.test(x.data_note), 'the named bundle');
  assert.equal(s.events, count('events'));
  const other = await openExplorer(browser.context, `${server.url}#bundle=http://example.com/x.bundle`);
  const refused = await waitForState(other, (x) => x.import.messages.length > 0, 'the refusal');
  assert.deepEqual(refused.import.messages, [{ file: 'http://example.com/x.bundle', row: 0,
    reason: 'only a bundle beside the page (same origin) can be named in the URL' }]);
  const missing = await openExplorer(browser.context, `${server.url}#bundle=missing.bundle`);
  const notFound = await waitForState(missing, (x) => x.import.messages.length > 0, 'the missing bundle');
  assert.equal(notFound.import.messages[0].reason, 'could not be fetched: HTTP 404');
  for (const p of [named, other, missing]) {
    assert.deepEqual(p.explorerErrors, []);
    await p.close();
  }
});

test('#bundle=NAME: a download without a length still opens, one cut short is refused and the corpus stays', async () => {
  const routes = {
    // No Content-Length (chunked): the page takes the whole body, then opens it.
    '/chunked.bundle': (req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
      res.write(bundle.subarray(0, 1000));
      setTimeout(() => res.end(bundle.subarray(1000)), 50);
    },
    // A length announced, then the connection dropped half way.
    '/cut.bundle': (req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': bundle.length });
      res.write(bundle.subarray(0, bundle.length >> 1), () => setTimeout(() => res.destroy(), 50));
    },
  };
  const own = await serveWeb(routes);
  try {
    const chunked = await openExplorer(browser.context, `${own.url}#bundle=chunked.bundle`);
    const s = await waitForState(chunked, (x) => /from the bundle chunked\.bundle/.test(x.data_note), 'the chunked bundle');
    assert.equal(s.events, count('events'));
    const cut = await openExplorer(browser.context, `${own.url}#bundle=cut.bundle`);
    const before = await state(cut);
    const refused = await waitForState(cut, (x) => x.import.messages.length > 0, 'the cut download refused');
    assert.equal(refused.import.messages[0].file, 'cut.bundle');
    assert.match(refused.import.messages[0].reason, /could not be fetched|sent only/);
    assert.equal(refused.documents, before.documents, 'the corpus on screen stays');
    assert.match(refused.data_note, /Nothing was loaded/);
    for (const p of [chunked, cut]) {
      assert.deepEqual(p.explorerErrors, []);
      await p.close();
    }
  } finally {
    await own.close();
  }
});

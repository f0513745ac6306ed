// Bring your own corpus, take results out, share a view: the Data tab, the file inputs,
// drops, downloads, the URL hash and settings, driven with the real mouse and keyboard.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import fs from 'node:fs';
import os from 'node:os';
import { launchBrowser, serveWeb, openExplorer, state, waitForState, clickItem, openView, distinctColours, ROOT,
  focusText as focusTextIn, pressKey } from './browser.mjs';

const BBC = path.resolve(ROOT, '../shared/corpora/bbc-news');
const EVENT_COLUMNS = ['doc', 'type', 'date', 'date_text', 'date_basis', 'actors', 'weapons', 'places', 'count', 'name',
  'sentence', 'begin', 'end'];

let browser, server, page, tmp;
before(async () => {
  browser = await launchBrowser();
  server = await serveWeb();
  page = await openExplorer(browser.context, server.url);
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'explorer-data-'));
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

// A small RFC 4180 reader: quoted fields with commas, doubled quotes and line breaks.
function parseCsv(text) {
  const rows = [];
  let row = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

// Waits for the import started after `before` (a state) to finish.
const importDone = (before, what, timeout = 20000) => waitForState(page,
  (x) => x.import.finished > before.import.finished && !x.import.running, what, timeout);

const focusText = (item) => focusTextIn(page, item);
const press = (key) => pressKey(page, key);

async function download(item) {
  const [dl] = await Promise.all([page.waitForEvent('download'), clickItem(page, item)]);
  const file = path.join(tmp, dl.suggestedFilename());
  await dl.saveAs(file);
  return { name: dl.suggestedFilename(), text: fs.readFileSync(file, 'utf8') };
}

test('the BBC CSVs picked with the file input load 2,225 articles', { skip: !BBC && 'no BBC corpus' }, async () => {
  await openView(page, 'data');
  const before = await state(page);
  const files = ['test.csv', 'train.csv', 'val.csv'].map((f) => path.join(BBC, f));
  const t0 = Date.now();
  await page.setInputFiles('#file-input', files);
  const s = await importDone(before, 'the BBC import');
  const ms = Date.now() - t0;
  console.log(`BBC news (3 CSV files, ${s.documents} articles) in the browser: ${ms} ms from setInputFiles to the corpus ` +
    `on screen (build ${Math.round(s.import.build_ms)} ms inside the page)`);
  assert.equal(s.documents, 2225);
  assert.ok(s.events > 100, `events found: ${s.events}`);
  assert.ok(ms < 10000, `loaded in ${ms} ms`);
  assert.deepEqual(page.explorerErrors, []);
});

test('a folder of bad files: each is reported with a reason, the good ones load', async () => {
  const dir = path.join(tmp, 'bad');
  fs.mkdirSync(dir);
  const bad = {
    'empty.txt': Buffer.alloc(0),
    'binary.txt': Buffer.from([0x4d, 0x5a, 0, 1, 2, 3, 0, 0, 0x62, 0x69, 0x6e, 0, 0xff, 0xfe]),
    'latin1.txt': Buffer.from('Café talks in Seoul. North Korea fired a ballistic missile on 3 March 2023, Japan said.\n', 'latin1'),
    'notext.csv': Buffer.from('title,category\nHello,world\n'),
    'badquote.csv': Buffer.from('title,text\nA,"an unclosed quote here\nB,fine text\n'),
    'badline.jsonl': Buffer.from('{"text":"North Korea launched a missile on Monday."}\n{bad json\n{"text":"Japan protested on Tuesday."}\n'),
    'report.pdf': Buffer.from('%PDF-1.4\n%binary\n'),
    'good.txt': Buffer.from('Good article\n\nNorth Korea fired two ballistic missiles into the sea, South Korea said.\n'),
  };
  for (const [name, bytes] of Object.entries(bad)) fs.writeFileSync(path.join(dir, name), bytes);
  await openView(page, 'data');
  await clickItem(page, 'data:replace');
  const before = await state(page);
  await page.setInputFiles('#file-input', Object.keys(bad).map((f) => path.join(dir, f)));
  const s = await importDone(before, 'the bad-files import');
  const reasons = {};
  for (const m of s.import.messages) reasons[m.file] = (reasons[m.file] ? reasons[m.file] + ' | ' : '') + m.reason;
  console.log('import report:\n' + s.import.messages.map((m) => `  ${m.file}${m.row ? ':' + m.row : ''}: ${m.reason}`).join('\n'));
  assert.match(reasons['empty.txt'], /empty/);
  assert.match(reasons['binary.txt'], /binary/);
  assert.match(reasons['latin1.txt'], /not valid UTF-8/);
  assert.match(reasons['notext.csv'], /no text column/);
  assert.match(reasons['badquote.csv'], /malformed quote/);
  assert.match(reasons['badline.jsonl'], /not valid JSON/);
  assert.equal(s.import.messages.find((m) => m.file === 'badline.jsonl').row, 2);
  assert.match(reasons['report.pdf'], /unsupported/);
  assert.ok(s.titles.includes('Good article'), 'good.txt loaded');
  assert.ok(s.documents >= 3 && s.documents <= 5, `good articles loaded: ${s.documents}`);
  assert.deepEqual(page.explorerErrors, []);
});

test('a file dropped on the canvas is added to the corpus', async () => {
  await openView(page, 'data');
  await clickItem(page, 'data:add');
  const before = await state(page);
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(['Dropped article\n\nAcme Corp said North Korea fired a cruise missile. The widget works were worried.\n'],
      'dropped.txt', { type: 'text/plain' }));
    document.getElementById('canvas').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  });
  const s = await importDone(before, 'the dropped file');
  assert.equal(s.documents, before.documents + 1);
  assert.ok(s.titles.includes('Dropped article'));
  await clickItem(page, 'data:replace');
});

test('the events CSV downloads and parses back to the events on screen', async () => {
  await openView(page, 'data');
  const s = await state(page);
  const { name, text } = await download('export:events-csv');
  assert.equal(name, 'events.csv');
  const rows = parseCsv(text);
  assert.deepEqual(rows[0], EVENT_COLUMNS);
  const body = rows.slice(1);
  assert.equal(body.length, s.events, 'one row per event');
  for (const r of body) assert.equal(r.length, EVENT_COLUMNS.length, `row ${r.join('|')}`);
  assert.ok(body.some((r) => r[1] === 'missile_launch'));
});

test('"Save PNG" downloads a picture of the view on screen', async () => {
  await openView(page, 'timeline');
  const [dl] = await Promise.all([page.waitForEvent('download'), clickItem(page, 'save-png')]);
  assert.equal(dl.suggestedFilename(), 'corpus-explorer-timeline.png');
  const file = path.join(tmp, 'view.png');
  await dl.saveAs(file);
  const png = fs.readFileSync(file);
  assert.equal(png.subarray(1, 4).toString(), 'PNG');
  assert.ok(distinctColours(png) > 50, 'the picture is not blank');
});

test('an undated article gets a date in the reader; the manifest export has it', async () => {
  const before = await state(page);
  const doc = before.titles.indexOf('Dropped article');
  assert.ok(doc >= 0);
  assert.equal(before.published[doc], '', 'the dropped article is undated');
  await page.evaluate((d) => { location.hash = `#view=documents&doc=${d}`; }, doc);
  await waitForState(page, (x) => x.view === 'documents' && x.selected === doc && x.items['reader:date-text'], 'the date box');
  await focusText('reader:date-text');
  await page.keyboard.type('2023-13-45');
  await press('Enter');
  await waitForState(page, (x) => /not a date/.test(x.date_error), 'the error for a bad date');
  await focusText('reader:date-text');
  await page.keyboard.down('Control');
  await press('a');
  await page.keyboard.up('Control');
  await page.keyboard.type('2023-03-05');
  await clickItem(page, 'reader:date-apply');
  const s = await waitForState(page, (x) => x.published[x.titles.indexOf('Dropped article')] === '2023-03-05' &&
    !x.import.running, 'the date applied');
  assert.equal(s.view, 'documents', 'the view stays');
  await openView(page, 'data');
  const manifest = JSON.parse((await download('export:manifest')).text);
  const entry = manifest.documents.find((d) => d.published === '2023-03-05');
  assert.ok(entry, `manifest has the date: ${JSON.stringify(manifest).slice(0, 300)}`);
});

test('the lexicon takes new entities typed on the Data tab, and says what is wrong', async () => {
  await openView(page, 'data');
  const before = await state(page);
  await focusText('data:lexicon-text');
  await page.keyboard.type('[{"name": "Widget Works", "kind": "planet"}]');
  await clickItem(page, 'data:lexicon-apply');
  await waitForState(page, (x) => /planet/.test(x.lexicon_error), 'the lexicon error');
  await focusText('data:lexicon-text');
  await page.keyboard.down('Control');
  await press('a');
  await page.keyboard.up('Control');
  // Lower case in the text, so no capitals found it before: the lexicon alone names it.
  await page.keyboard.type('[{"name": "Widget Works", "kind": "organization", "aliases": ["widget works"]}]');
  await clickItem(page, 'data:lexicon-apply');
  const s = await waitForState(page, (x) => x.lexicon_error === '' && x.entities > before.entities && !x.import.running,
    'the new entity');
  assert.equal(s.entities, before.entities + 1);
  const lexicon = JSON.parse((await download('export:lexicon')).text);
  assert.ok(lexicon.entities.some((e) => e.name === 'Widget Works'), 'the exported lexicon has the new entity');
});

test('"Back to the example corpus" restores the five seed articles', async () => {
  await openView(page, 'data');
  const before = await state(page);
  await clickItem(page, 'data:example');
  const s = await importDone(before, 'the seeds');
  assert.equal(s.documents, 5);
  assert.deepEqual(page.explorerErrors, []);
});

test('a link with a hash opens that view and filter; back and forward follow the views', async () => {
  const p = await openExplorer(browser.context, server.url + 'index.html#view=timeline&entity=Japan');
  const s = await waitForState(p, (x) => x.view === 'timeline' && x.filter.entities.length === 1, 'the shared view');
  assert.deepEqual(s.filter.entities, ['Japan']);
  assert.equal(s.share_note, '');
  assert.ok(s.passing_events > 0 && s.passing_events < s.events);
  await clickItem(p, 'tab:documents');
  await waitForState(p, (x) => x.view === 'documents', 'the documents view');
  await p.waitForFunction(() => location.hash.includes('view=documents') && location.hash.includes('entity=Japan'));
  await p.goBack();
  await waitForState(p, (x) => x.view === 'timeline', 'back to the timeline');
  await p.goForward();
  await waitForState(p, (x) => x.view === 'documents', 'forward to the documents');
  assert.deepEqual(p.explorerErrors, []);
  await p.close();
});

test('a bad or stale hash opens the overview with a note, never a crash', async () => {
  const p = await openExplorer(browser.context, server.url + 'index.html#view=nope&entity=Nobody&doc=99&zoom=3');
  const s = await waitForState(p, (x) => x.share_note !== '', 'the note');
  assert.equal(s.view, 'overview');
  assert.deepEqual(s.filter.entities, []);
  assert.match(s.share_note, /no view 'nope'/);
  assert.match(s.share_note, /no entity 'Nobody'/);
  assert.match(s.share_note, /no document 99/);
  assert.equal(s.documents, 5);
  assert.deepEqual(p.explorerErrors, []);
  await p.close();
});

test('classroom mode and lane grouping persist in localStorage', async () => {
  const ctx = await browser.newContext();
  const p = await openExplorer(ctx, server.url);
  await clickItem(p, 'classroom');
  await waitForState(p, (x) => x.classroom, 'classroom mode on');
  await p.waitForFunction(() => localStorage.getItem('corpus-explorer.classroom') === '1');
  await p.evaluate(() => localStorage.setItem('corpus-explorer.lanes', 'actor'));
  await p.reload();
  await p.waitForFunction(() => window.explorer && window.explorer.ready);
  const s = await waitForState(p, (x) => x.frame > 2, 'the reloaded page');
  assert.equal(s.classroom, true);
  assert.equal(s.lane_grouping, 'actor');
  await ctx.close();
});

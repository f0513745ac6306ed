// Nothing lost across reloads: a corpus of the person's own files and a curation step come back
// from IndexedDB on the next visit with a line saying so; "Forget this corpus" returns to the
// example corpus for good; a damaged record or a browser with no IndexedDB gives a clear line in
// the import report and the example corpus, never a blank page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import fs from 'node:fs';
import os from 'node:os';
import { launchBrowser, serveWeb, openExplorer, state, waitForState, clickItem, openView, pressKey,
  ARTIFACTS, ROOT } from './browser.mjs';

let browser, server, page, tmp;
before(async () => {
  browser = await launchBrowser();
  server = await serveWeb();
  page = await openExplorer(browser.context, server.url);
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'explorer-persist-'));
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

const ARTICLES = {
  'launch-one.txt': 'North Korea fires missile over Japan\n\nSEOUL, 4 October 2022 - North Korea fired a ' +
    'ballistic missile over Japan on Tuesday, South Korea said. Japan urged residents to take shelter.\n',
  'launch-two.txt': 'Pyongyang launches ICBM\n\nTOKYO, 18 November 2022 - North Korea launched an intercontinental ' +
    'ballistic missile on Friday that landed in Japan\'s exclusive economic zone, Japan said.\n',
  'launch-three.txt': 'Another test off the east coast\n\nSEOUL, 13 April 2023 - North Korea fired a new solid-fuel ' +
    'ballistic missile into the sea on Thursday, the South Korean military said. The United States condemned the launch. The rocket unit of the army ' +
    'had prepared it for weeks.\n',
};

const marks = (s) => Object.keys(s.items).filter((k) => k.startsWith('event:'));

// What IndexedDB holds now, read by the test itself (not through the page's code).
const stored = () => page.evaluate(() => new Promise((resolve, reject) => {
  const open = indexedDB.open('corpus-explorer', 1);
  open.onupgradeneeded = () => open.result.createObjectStore('session');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const tx = open.result.transaction('session', 'readonly'), store = tx.objectStore('session');
    const corpus = store.get('corpus'), curation = store.get('curation');
    tx.oncomplete = () => {
      open.result.close();
      const bytes = corpus.result && corpus.result.bytes;
      resolve({ corpus: corpus.result ? { articles: corpus.result.articles, bytes: bytes instanceof Blob ? bytes.size : bytes.length,
                                          blob: bytes instanceof Blob } : null,
                curation: curation.result ? { steps: curation.result.steps } : null });
    };
  };
}));

async function waitForStored(predicate, what) {
  const start = Date.now();
  let last;
  while (Date.now() - start < 10000) {
    last = await stored();
    if (predicate(last)) return last;
    await page.waitForTimeout(50);
  }
  throw new Error(`timed out waiting for ${what}; IndexedDB holds ${JSON.stringify(last)}`);
}

async function reload() {
  await page.reload();
  await page.waitForFunction(() => window.explorer && window.explorer.ready, null, { timeout: 60000 });
  return state(page);
}

async function rejectMark(index) {
  await openView(page, 'timeline');
  const s = await waitForState(page, (x) => marks(x).length > index, 'event marks');
  const mark = marks(s)[index];
  await clickItem(page, mark);
  await waitForState(page, (x) => x.selected_event === Number(mark.split(':')[1]) && x.items['timeline-curate:reject'],
    `${mark} selected`);
  await clickItem(page, 'timeline-curate:reject');
  return waitForState(page, (x) => x.curation.steps === s.curation.steps + 1, 'the rejection');
}

test('the example corpus alone keeps nothing in the browser', async () => {
  const s = await state(page);
  assert.equal(s.documents, 5);
  assert.equal(s.session.kept, false);
  assert.deepEqual(await stored(), { corpus: null, curation: null });
});

test('own articles and a rejection come back after a reload, with the restore line; Forget returns to the example', async () => {
  for (const [name, text] of Object.entries(ARTICLES)) fs.writeFileSync(path.join(tmp, name), text);
  await openView(page, 'data');
  await clickItem(page, 'data:replace');
  const before = await state(page);
  await page.setInputFiles('#file-input', Object.keys(ARTICLES).map((f) => path.join(tmp, f)));
  const loaded = await waitForState(page, (x) => x.import.finished > before.import.finished && !x.import.running &&
    x.documents === 3, 'the three articles');
  assert.ok(loaded.events >= 3, `events found: ${loaded.events}`);
  const kept = await waitForStored((x) => x.corpus && x.corpus.articles === 3 && x.curation && x.curation.steps === 0, 'the corpus kept');
  assert.equal(kept.corpus.blob, true, 'the bytes are kept as a Blob (not cloned on the page\'s thread)');
  // The word that tells the next visit to look for it before opening the example.
  await page.waitForFunction(() => localStorage.getItem('corpus-explorer.kept') === '1', null, { timeout: 5000 });

  // A lexicon addition typed on the Data tab: lower case in the text, so only the lexicon names it.
  await clickItem(page, 'data:lexicon-text');
  await waitForState(page, (x) => x.typing, 'the lexicon box to take the keyboard');
  await page.keyboard.type('[{"name": "Rocket Unit", "kind": "organization", "aliases": ["rocket unit"]}]');
  await clickItem(page, 'data:lexicon-apply');
  const extended = await waitForState(page, (x) => x.entities === loaded.entities + 1 && !x.import.running, 'the new entity');
  assert.equal(extended.session.lexicon_additions, 1);

  // Two rejections, then Ctrl+Z: one step in effect is what must come back.
  await rejectMark(0);
  await rejectMark(0);
  await pressKey(page, 'z', ['Control']);
  const curated = await waitForState(page, (x) => x.curation.steps === 1 && x.curation.can_redo, 'one step undone');
  assert.equal(curated.events, extended.events - 1);
  await waitForStored((x) => x.curation && x.curation.steps === 1, 'the undo kept');

  const back = await reload();
  assert.equal(back.documents, 3);
  assert.deepEqual(back.titles, curated.titles);
  assert.deepEqual(back.published, curated.published);
  assert.equal(back.events, curated.events);
  assert.equal(back.entities, extended.entities, 'the lexicon addition came back');
  assert.equal(back.session.lexicon_additions, 1);
  assert.equal(back.curation.steps, 1);
  assert.deepEqual(back.curation.rejected, curated.curation.rejected);
  assert.equal(back.session.kept, true);
  assert.match(back.session.note, /^Restored your corpus of 3 articles and 1 curation step from this browser \(saved .+\)\. Forget this corpus to start fresh\.$/);
  await page.waitForFunction(() => /Restored your corpus of 3 articles/.test(document.getElementById('a11y-live').textContent),
    null, { timeout: 5000 });
  await openView(page, 'data');
  await page.screenshot({ path: path.join(ARTIFACTS, 'persist-restored.png') });

  // A corpus kept by the page before it kept Blobs (its bytes as a Uint8Array) still comes back.
  await page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('corpus-explorer', 1);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const get = open.result.transaction('session', 'readonly').objectStore('session').get('corpus');
      get.onsuccess = async () => {
        const record = get.result;
        record.bytes = new Uint8Array(await record.bytes.arrayBuffer());
        const tx = open.result.transaction('session', 'readwrite');
        tx.objectStore('session').put(record, 'corpus');
        tx.oncomplete = () => { open.result.close(); resolve(); };
        tx.onerror = () => reject(tx.error);
      };
    };
  }));
  assert.equal((await stored()).corpus.blob, false);
  const older = await reload();
  assert.equal(older.documents, 3);
  assert.deepEqual(older.titles, curated.titles);
  assert.equal(older.curation.steps, 1);
  assert.equal(older.session.kept, true);
  // A kept corpus without the localStorage word (site data cleared in part): the example opens
  // first, then the corpus read from IndexedDB replaces it.
  await page.evaluate(() => localStorage.removeItem('corpus-explorer.kept'));
  const unannounced = await reload();
  assert.equal(unannounced.documents, 3);
  assert.deepEqual(unannounced.titles, curated.titles);
  assert.equal(unannounced.curation.steps, 1);
  assert.equal(unannounced.session.kept, true);
  assert.match(unannounced.session.note, /^Restored your corpus of 3 articles/);

  await clickItem(page, 'data:forget');
  const example = await waitForState(page, (x) => x.documents === 5 && !x.import.running && x.curation.steps === 0,
    'the example corpus');
  assert.equal(example.session.kept, false);
  assert.equal(example.session.lexicon_additions, 0);
  await waitForStored((x) => !x.corpus && !x.curation, 'the store emptied');
  assert.equal(await page.evaluate(() => localStorage.getItem('corpus-explorer.kept')), '');
  const fresh = await reload();
  assert.equal(fresh.documents, 5);
  assert.equal(fresh.curation.steps, 0);
  assert.equal(fresh.session.kept, false);
  assert.doesNotMatch(fresh.session.note, /Restored/);
  assert.deepEqual(page.explorerErrors, []);
});

test('a new corpus is on screen before it is kept: keeping it runs after the frame that shows it', async () => {
  // The page's task that keeps the corpus is held (it is the one naming _explorer_keep_session).
  await page.evaluate(() => {
    window.heldKeeps = [];
    window.realSetTimeout = window.setTimeout;
    window.setTimeout = function (callback, ms, ...rest) {
      if (typeof callback === 'function' && String(callback).includes('_explorer_keep_session')) return window.heldKeeps.push(callback);
      return window.realSetTimeout.call(window, callback, ms, ...rest);
    };
  });
  const before = await state(page);
  await page.evaluate((articles) => {
    window.explorer.loadFiles(Object.entries(articles).slice(0, 2).map(([name, text]) => ({ name, bytes: new TextEncoder().encode(text) })),
      { replace: true });
  }, ARTICLES);
  const shown = await waitForState(page, (x) => x.import.finished > before.import.finished && !x.import.running && x.documents === 2,
    'the two articles');
  const drawn = await waitForState(page, (x) => x.frame > shown.frame, 'a frame of the new corpus');
  assert.equal(drawn.documents, 2);
  assert.ok(await page.evaluate(() => window.heldKeeps.length) >= 1, 'keeping the corpus was asked for');
  assert.equal((await stored()).corpus, null, 'nothing kept before the frame was drawn');
  await page.evaluate(() => {
    window.setTimeout = window.realSetTimeout;
    window.heldKeeps.forEach((callback) => callback());
  });
  await waitForStored((x) => x.corpus && x.corpus.articles === 2, 'the corpus kept after');
  assert.deepEqual(page.explorerErrors, []);
});

test('a corpus of several pieces (the BBC set, 5 MB) is kept a piece at a time and comes back whole', async () => {
  // The page's tasks that each hand over one piece are counted (they name _explorer_keep_piece).
  await page.evaluate(() => {
    window.keptPieceTasks = 0;
    const realSetTimeout = window.setTimeout;
    window.setTimeout = function (callback, ms, ...rest) {
      if (typeof callback === 'function' && String(callback).includes('_explorer_keep_piece')) window.keptPieceTasks++;
      return realSetTimeout.call(window, callback, ms, ...rest);
    };
  });
  const bbc = path.resolve(ROOT, '../shared/corpora/bbc-news');
  const files = fs.readdirSync(bbc).filter((f) => f.endsWith('.csv')).sort();
  await openView(page, 'data');
  await clickItem(page, 'data:replace');
  const before = await state(page);
  await page.setInputFiles('#file-input', files.map((f) => path.join(bbc, f)));
  const loaded = await waitForState(page, (x) => x.import.finished > before.import.finished && !x.import.running &&
    x.documents === 2225, 'the BBC set', 60000);
  const kept = await waitForStored((x) => x.corpus && x.corpus.articles === 2225, 'the BBC set kept');
  assert.equal(kept.corpus.blob, true);
  assert.ok(kept.corpus.bytes > 5e6, `the kept bytes hold the texts: ${kept.corpus.bytes}`);
  assert.ok(await page.evaluate(() => window.keptPieceTasks) >= 2, 'handed over in more than one piece');
  const back = await reload();
  assert.equal(back.documents, 2225);
  assert.equal(back.events, loaded.events);
  assert.deepEqual(back.titles, loaded.titles);
  assert.match(back.session.note, /^Restored your corpus of 2225 articles/);
  assert.deepEqual(page.explorerErrors, []);
});

test('a damaged record in IndexedDB: a clear line in the import report, the example corpus, the record gone', async () => {
  await page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('corpus-explorer', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('session');
    open.onsuccess = () => {
      const tx = open.result.transaction('session', 'readwrite');
      tx.objectStore('session').put({ saved: 'yesterday', articles: 3, bytes: new Uint8Array([0x7b, 0xff, 0x00, 0x13, 0x37]) }, 'corpus');
      tx.objectStore('session').put({ saved: 'yesterday', steps: 1, json: 'not json at all' }, 'curation');
      tx.oncomplete = () => { open.result.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
    open.onerror = () => reject(open.error);
  }));
  const s = await reload();
  assert.equal(s.documents, 5, 'the example corpus');
  assert.equal(s.curation.steps, 0);
  assert.equal(s.session.kept, false);
  const line = s.import.messages.find((m) => m.file === '(kept in this browser)');
  assert.ok(line, `a line in the import report: ${JSON.stringify(s.import.messages)}`);
  assert.match(line.reason, /^could not be restored: its curation steps are not valid JSON/);
  assert.match(s.session.note, /could not be restored.*example corpus is shown/);
  await waitForStored((x) => !x.corpus && !x.curation, 'the damaged record discarded');

  // The corpus bytes alone damaged (the curation readable): the same, naming the corpus.
  await page.evaluate(() => new Promise((resolve) => {
    const open = indexedDB.open('corpus-explorer', 1);
    open.onsuccess = () => {
      const tx = open.result.transaction('session', 'readwrite');
      tx.objectStore('session').put({ saved: 'x', articles: 2, bytes: 'garbage' }, 'corpus');
      tx.oncomplete = () => { open.result.close(); resolve(); };
    };
  }));
  const again = await reload();
  assert.equal(again.documents, 5);
  assert.match(again.import.messages[0].reason, /could not be restored: it is not a corpus saved by Corpus Explorer/);
  assert.deepEqual(page.explorerErrors, []);
});

test('a browser with no IndexedDB (a private window): the page works and says the corpus is not kept', async () => {
  const context = await browser.newContext();
  await context.addInitScript(() => { Object.defineProperty(window, 'indexedDB', { value: undefined }); });
  const p = await openExplorer(context, server.url);
  const s = await state(p);
  assert.equal(s.documents, 5);
  const line = s.import.messages.find((m) => m.file === '(kept in this browser)');
  assert.ok(line, `a line in the import report: ${JSON.stringify(s.import.messages)}`);
  assert.match(line.reason, /no IndexedDB/);
  assert.match(line.reason, /the page works as before/);
  assert.deepEqual(p.explorerErrors, []);
  await context.close();
});

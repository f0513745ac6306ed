// A corpus too big for the page's memory is refused before a byte crosses, with the need and
// what the page can use, and the corpus on screen stays usable. The test lowers the page's
// ceiling (window.explorer.setMemoryLimit) so the oversize input is 40 MB, not 1 GB.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { launchBrowser, serveWeb, openExplorer, state, waitForState, clickItem, openView, distinctColours, ARTIFACTS } from './browser.mjs';

let browser, server, page;
before(async () => {
  browser = await launchBrowser();
  server = await serveWeb();
  page = await openExplorer(browser.context, server.url);
});
after(async () => { await browser?.close(); await server?.close(); });

// Makes `files` articles of `mb` MB each inside the page and loads them.
async function loadGenerated(files, mb, options) {
  const before = await state(page);
  await page.evaluate(async ({ files, mb, options }) => {
    const sentence = new TextEncoder().encode('The committee met in the afternoon to discuss the budget of the school. ');
    const list = [];
    for (let f = 0; f < files; f++) {
      const bytes = new Uint8Array(mb * 1e6);
      for (let i = 0; i < bytes.length; i += sentence.length) bytes.set(sentence.subarray(0, Math.min(sentence.length, bytes.length - i)), i);
      list.push({ name: `big-${f}.txt`, bytes });
    }
    await window.explorer.loadFiles(list, options);
  }, { files, mb, options });
  return waitForState(page, (x) => x.import.finished > before.import.finished && !x.import.running, 'the import', 120000);
}

test('the page reports how much memory it has and can grow to 4 GB', async () => {
  const m = (await state(page)).import.memory;
  // 4 GB less one 64 KB page: Emscripten stays a page short so a heap size never wraps to 0.
  assert.equal(m.limit, 4 * 1024 ** 3 - 65536, 'the ceiling is what wasm32 addresses');
  assert.ok(m.used > 0 && m.used <= m.peak && m.peak < m.limit, JSON.stringify(m));
});

test('an oversize corpus is refused with the memory it needs; the corpus on screen still draws and answers', async () => {
  const shown = await state(page);
  assert.equal(shown.documents, 5);
  await page.evaluate((limit) => window.explorer.setMemoryLimit(limit), shown.import.memory.used + 64e6);
  const s = await loadGenerated(8, 5, { replace: true });
  const m = s.import.messages.find((x) => /needs about/.test(x.reason));
  assert.ok(m, `a message in the import report: ${JSON.stringify(s.import.messages)}`);
  assert.equal(m.file, '8 files');
  const [, text, need, can] = m.reason.match(/\((\d+) MB of text\) needs about (\d+) MB of memory to build; the page can use (\d+) MB/).map(Number);
  assert.equal(text, 40);
  assert.ok(need > text && can >= 60 && can <= 64 && need > can, m.reason);
  assert.match(s.data_note, /Not loaded/);
  assert.equal(s.view, 'data', 'the Data view shows the report');
  assert.equal(s.documents, 5, 'the corpus on screen is unchanged');
  assert.equal(s.events, shown.events);

  // The old corpus answers the mouse and draws.
  const t = await openView(page, 'timeline');
  assert.equal(t.events, shown.events);
  const shot = path.join(ARTIFACTS, 'memory-refused-timeline.png');
  await page.screenshot({ path: shot });
  const { readFileSync } = await import('node:fs');
  assert.ok(distinctColours(readFileSync(shot)) > 50, 'the timeline is drawn, not a blank canvas');
  await clickItem(page, 'tab:documents');
  await waitForState(page, (x) => x.view === 'documents' && x.document_rows === 5, 'the documents of the old corpus');
  assert.deepEqual(page.explorerErrors, []);
});

test('adding counts the corpus already loaded; replacing it with the same files fits', async () => {
  await page.evaluate(() => window.explorer.setMemoryLimit(0));
  const eight = await loadGenerated(4, 2, { replace: true });
  assert.equal(eight.documents, 4);
  const { used, bytes_per_input_byte: perByte, import_overhead: overhead } = eight.import.memory;
  // Room for 3 MB of text: 1 MB alone fits, 1 MB added to the 8 MB on screen does not.
  await page.evaluate((limit) => window.explorer.setMemoryLimit(limit), used + overhead + perByte * 3e6);
  const added = await loadGenerated(1, 1, { replace: false });
  const m = added.import.messages.find((x) => /needs about/.test(x.reason));
  assert.ok(m && /\(9 MB of text\)/.test(m.reason), JSON.stringify(added.import.messages));
  assert.equal(added.documents, 4, 'the corpus on screen is unchanged');
  const replaced = await loadGenerated(1, 1, { replace: true });
  assert.equal(replaced.documents, 1);
  assert.ok(!replaced.import.messages.some((x) => /memory/.test(x.reason)), JSON.stringify(replaced.import.messages));
  await page.evaluate(() => window.explorer.setMemoryLimit(0));
  assert.deepEqual(page.explorerErrors, []);
});

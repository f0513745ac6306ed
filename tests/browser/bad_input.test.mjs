// The bad-input matrix in the page: each hostile file picked with the file input next to a
// good article. Each gives its message in the import report (or loads, where nothing is
// wrong), the good article loads and the page keeps drawing. Prints one table: input,
// message, milliseconds, the program's memory after it, good loaded.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import fs from 'node:fs';
import os from 'node:os';
import { launchBrowser, serveWeb, openExplorer, state, waitForState, clickItem, openView, focusText, pressKey }
  from './browser.mjs';

let browser, server, page, tmp;
before(async () => {
  browser = await launchBrowser();
  server = await serveWeb();
  page = await openExplorer(browser.context, server.url);
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'explorer-bad-'));
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

const repeat = (text, bytes) => text.repeat(Math.ceil(bytes / text.length)).slice(0, bytes - 2) + '.\n';
const utf16 = (text, order, bom) => {
  const le = Buffer.from((bom ? '\ufeff' : '') + text, 'utf16le');
  return order === 'le' ? le : le.swap16();
};

// name in the report, its bytes, what the report must say about it (null: nothing), documents it adds.
const ROWS = [
  ['one-sentence-1mb.txt', repeat('X fired a missile near Japan on Monday, officials said; ', 1 << 20), null, 1],
  ['notepad.txt', utf16('Notepad title\nNorth Korea fired a missile on Monday.\n', 'le', true),
    /^UTF-16 little-endian with a byte order mark: converted to UTF-8$/, 1],
  ['no-bom.txt', utf16('No BOM title\nJapan protested on Tuesday.\n', 'le', false),
    /^UTF-16 little-endian \(no byte order mark\): converted to UTF-8$/, 1],
  ['big-endian.txt', utf16('Big-endian title\nSeoul answered.\n', 'be', true), /^UTF-16 big-endian/, 1],
  ['manifest.json', '{"documents": [{"file": "good.txt", "published": 1e500}]}',
    /^manifest not used: documents\[0\]\.published: the number 1e500 is too large to read$/, 0],
  ['meta/manifest.json', '{"documents": [{"file": "good.txt"}, {"file": "../../etc/passwd"}]}',
    /^names 1 file not in the corpus \(\.\.\/\.\.\/etc\/passwd\): its entry is not used$/, 0],
  ['names.json', '{"entities": [{"name": "Acme", "kind": "organization", "aliases": [1e500]}]}',
    /^lexicon extension not applied: entities\[0\]\.aliases\[0\]: the number 1e500 is too large to read$/, 0],
  ['dates.json', '[{"text": "Talks were held in Geneva.", "date": 1e500}]',
    /^row 1: date: the number 1e500 is too large to read, ignored$/, 1],
  ['long-number.txt', 'It fired on 12345678901234567890 Monday, officials said.\n', null, 1],
  ['bom-only.txt', Buffer.from([0xef, 0xbb, 0xbf]), /^empty file, skipped$/, 0],
  ['long-12mb.txt', repeat('Plain words about the weather and the market, said nobody. ', 12 << 20),
    /^article is 12\.0 MB, over the 8 MB limit: truncated to 8 MB$/, 1],
  ['image.txt', Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), Buffer.alloc(64)]), /^binary file/, 0],
];
const GOOD = 'Good article\n\nSeoul and Tokyo held talks on Tuesday about the launch.\n';

test('each hostile file beside a good one: its message, the good article, the page still drawing', async () => {
  await openView(page, 'data');
  await clickItem(page, 'data:replace');
  const table = [];
  for (const [name, bytes, expected, adds] of ROWS) {
    const dir = path.join(tmp, name.replace(/[^a-z0-9]/gi, '_'));
    fs.mkdirSync(dir);
    const bad = path.join(dir, path.basename(name)), good = path.join(dir, 'good.txt');
    fs.writeFileSync(bad, bytes);
    fs.writeFileSync(good, GOOD);
    const before = await state(page);
    const t0 = Date.now();
    await page.setInputFiles('#file-input', [bad, good]);
    const s = await waitForState(page, (x) => x.import.finished > before.import.finished && !x.import.running,
      `the import of ${name}`, 60000);
    const ms = Date.now() - t0;
    const messages = s.import.messages.filter((m) => m.file === path.basename(name));
    const memory = await page.evaluate(() => Module.HEAPU8.length);
    const goodLoaded = s.titles.includes('Good article');
    table.push([name, messages.map((m) => m.reason).join(' | ') || '-', ms, (memory / 2 ** 20).toFixed(0), goodLoaded]);
    if (expected) {
      assert.equal(messages.length, 1, `${name}: one message: ${JSON.stringify(s.import.messages)}`);
      assert.match(messages[0].reason, expected, name);
    } else {
      assert.deepEqual(messages, [], `${name}: no message`);
    }
    assert.ok(goodLoaded, `${name}: the good article loaded`);
    assert.equal(s.documents, 1 + adds, `${name}: documents`);
    // Still drawing: a mouse move gives new frames.
    await page.mouse.move(300 + table.length, 300);
    await waitForState(page, (x) => x.frame > s.frame + 1, `frames after ${name}`);
  }
  console.log('bad input in the page (each beside good.txt):\n' +
    ['input | message | ms | wasm memory MB | good loaded', ...table.map((r) => r.join(' | '))].join('\n'));
  assert.deepEqual(page.explorerErrors, []);
});

test('a lexicon pasted with a number too large says which value, and the page goes on', async () => {
  await openView(page, 'data');
  const before = await state(page);
  await focusText(page, 'data:lexicon-text');
  await page.keyboard.down('Control');
  await pressKey(page, 'a');
  await page.keyboard.up('Control');
  await page.keyboard.type('[{"name": "Acme", "kind": "organization", "aliases": [1e500]}]');
  await clickItem(page, 'data:lexicon-apply');
  const s = await waitForState(page, (x) => x.lexicon_error !== '', 'the lexicon error');
  assert.equal(s.lexicon_error, 'entities[0].aliases[0]: the number 1e500 is too large to read');
  assert.equal(s.entities, before.entities, 'the lexicon is unchanged');
  await page.mouse.move(500, 400);
  await waitForState(page, (x) => x.frame > s.frame + 1, 'frames after the paste');
  assert.deepEqual(page.explorerErrors, []);
});

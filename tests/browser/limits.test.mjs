// Input at the limits must not crash the tab: a 50 MB single article and a 100,000-row CSV,
// both made inside the page and loaded through its own import; a build goes on between frames,
// and without them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, serveWeb, openExplorer, state, waitForState } from './browser.mjs';

let browser, server, page;
before(async () => {
  browser = await launchBrowser();
  server = await serveWeb();
  page = await openExplorer(browser.context, server.url);
});
after(async () => { await browser?.close(); await server?.close(); });

test('a 50 MB single article loads truncated, with a message, and the page stays alive', async () => {
  await page.evaluate(async () => {
    const sentence = new TextEncoder().encode('North Korea fired a ballistic missile on Monday, officials said. ');
    const bytes = new Uint8Array(50 * 1024 * 1024);
    for (let i = 0; i < bytes.length; i += sentence.length) bytes.set(sentence.subarray(0, Math.min(sentence.length, bytes.length - i)), i);
    await window.explorer.loadFiles([{ name: 'huge.txt', bytes }], { replace: true });
  });
  const s = await waitForState(page, (x) => x.import && x.import.finished && !x.import.running, 'the import', 120000);
  assert.equal(s.documents, 1);
  const msg = s.import.messages.find((m) => m.file === 'huge.txt');
  assert.ok(msg && /50\.0 MB.*truncated/.test(msg.reason), `a message names the file and the cut: ${JSON.stringify(msg)}`);
  const frame = s.frame;
  await page.mouse.move(400, 300);
  await waitForState(page, (x) => x.frame > frame, 'a frame after the load');
});

test('a 100,000-row CSV loads every row', async () => {
  const started = Date.now();
  await page.evaluate(async () => {
    const parts = ['id,title,text\n'];
    for (let i = 0; i < 100000; i++) parts.push(`r${i},"Row ${i}","Report ${i}: talks were held in Geneva, officials said."\n`);
    await window.explorer.loadFiles([{ name: 'rows.csv', bytes: new TextEncoder().encode(parts.join('')) }], { replace: true });
  });
  // The build runs in slices between frames: the page keeps drawing its progress meanwhile.
  const during = [];
  const s = await waitForState(page, (x) => {
    if (x.import.running && x.import.total === 100000) during.push(x);
    return x.import && x.import.finished && !x.import.running && x.documents > 0;
  }, 'the import', 180000);
  console.log(`100,000-row CSV loaded in ${Date.now() - started} ms`);
  assert.equal(s.documents, 100000);
  assert.deepEqual(s.import.messages, []);
  assert.deepEqual(page.explorerErrors, []);
  assert.ok(during.length >= 2, `the build was seen running ${during.length} times`);
  const [first, last] = [during[0], during[during.length - 1]];
  assert.ok(last.import.done > first.import.done, `the build went on: ${first.import.done} -> ${last.import.done} documents`);
  assert.ok(last.frame > first.frame, `frames were drawn during the build: ${first.frame} -> ${last.frame}`);
});

test('a build goes on while no frame is drawn (a hidden tab), and the next frame shows it', async () => {
  // Frames held: requestAnimationFrame keeps its callbacks and runs none, as in a hidden tab.
  await page.evaluate(() => {
    window.heldFrames = [];
    window.framesLetGo = window.requestAnimationFrame;
    window.requestAnimationFrame = (callback) => window.heldFrames.push(callback);
  });
  await page.waitForTimeout(200);  // a frame asked for before is drawn
  const before = await state(page);
  await page.evaluate(() => {
    const parts = ['id,title,text\n'];
    for (let i = 0; i < 20000; i++) parts.push(`h${i},"Held ${i}","North Korea fired a missile on Monday ${i}, officials said."\n`);
    window.explorer.loadFiles([{ name: 'held.csv', bytes: new TextEncoder().encode(parts.join('')) }], { replace: true });
  });
  await page.waitForFunction((done) => window.explorer.importsFinished() > done, before.import.finished, { polling: 100, timeout: 120000 });
  const built = await state(page);
  assert.equal(built.documents, 20000);
  assert.equal(built.frame, before.frame, 'no frame was drawn while the frames were held');
  await page.evaluate(() => {
    window.requestAnimationFrame = window.framesLetGo;
    window.heldFrames.forEach((callback) => window.requestAnimationFrame(callback));
  });
  const shown = await waitForState(page, (x) => x.frame > built.frame, 'a frame after the frames were let go');
  assert.equal(shown.documents, 20000);
  assert.deepEqual(page.explorerErrors, []);
});

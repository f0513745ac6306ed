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

test('a build draws its progress a few times a second while it goes on, not a frame at every display refresh', async () => {
  const before = await state(page);
  await page.evaluate(() => {
    const parts = ['id,title,text\n'];
    const text = 'North Korea fired two ballistic missiles into the sea off its east coast on Monday, the South Korean ' +
      'military said. Japan and the United States condemned the launch. The United Nations Security Council will ' +
      'meet in New York on Wednesday. Seoul and Washington held joint drills near the border last week.';
    for (let i = 0; i < 60000; i++) parts.push(`p${i},"Progress ${i}","${text} Report ${i}."\n`);
    window.explorer.loadFiles([{ name: 'progress.csv', bytes: new TextEncoder().encode(parts.join('')) }], { replace: true });
  });
  const during = [];
  const s = await waitForState(page, (x) => {
    if (x.import.running && x.import.total === 60000) during.push({ frame: x.frame, done: x.import.done, at: Date.now() });
    return x.import.finished > before.import.finished && !x.import.running;
  }, 'the import', 180000);
  assert.equal(s.documents, 60000);
  // From the second sighting: the import's own first frames (the Data tab opening) are not progress.
  const seen = during.slice(1);
  assert.ok(seen.length >= 3, `the build was seen running ${seen.length} times`);
  const [first, last] = [seen[0], seen[seen.length - 1]];
  assert.ok(last.done > first.done, `the build went on: ${first.done} -> ${last.done} documents`);
  assert.ok(last.frame > first.frame, `its progress was drawn: frames ${first.frame} -> ${last.frame}`);
  const perSecond = (last.frame - first.frame) / ((last.at - first.at) / 1000);
  console.log(`progress: ${seen.length} sightings, ${perSecond.toFixed(1)} frames a second`);
  assert.ok(perSecond <= 12, `${perSecond.toFixed(1)} frames a second during the build`);
});

test('a 100,000-row CSV loads every row', async () => {
  const started = Date.now();
  await page.evaluate(async () => {
    const parts = ['id,title,text\n'];
    for (let i = 0; i < 100000; i++) parts.push(`r${i},"Row ${i}","Report ${i}: talks were held in Geneva, officials said."\n`);
    await window.explorer.loadFiles([{ name: 'rows.csv', bytes: new TextEncoder().encode(parts.join('')) }], { replace: true });
  });
  const s = await waitForState(page, (x) => x.import && x.import.finished && !x.import.running && x.documents > 0, 'the import', 180000);
  console.log(`100,000-row CSV loaded in ${Date.now() - started} ms`);
  assert.equal(s.documents, 100000);
  assert.deepEqual(s.import.messages, []);
  assert.deepEqual(page.explorerErrors, []);
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

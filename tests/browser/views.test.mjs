// Every view of the explorer, driven with the real mouse and keyboard on the seed corpus.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import fs from 'node:fs';
import { launchBrowser, serveWeb, openExplorer, state, waitForState, clickItem, hoverItem, openView, focusText, pressKey,
  distinctColours, ARTIFACTS } from './browser.mjs';

let browser, server, page;
before(async () => {
  browser = await launchBrowser();
  server = await serveWeb();
  page = await openExplorer(browser.context, server.url);
});
after(async () => { await browser?.close(); await server?.close(); });

async function screenshot(name) {
  const file = path.join(ARTIFACTS, `view-${name}.png`);
  await page.screenshot({ path: file });
  const colours = distinctColours(fs.readFileSync(file));
  assert.ok(colours > 200, `${name} screenshot has ${colours} distinct colours`);
}

test('the overview opens first and tells what the corpus holds', async () => {
  const s = await state(page);
  assert.equal(s.view, 'overview');
  assert.ok(s.events >= 20, `events found in the seeds: ${s.events}`);
  assert.ok(s.items['overview:timeline'] && s.items['top-entity:0'], 'mini timeline and top entities drawn');
  await screenshot('overview');
});

test('each view opens from its tab and draws', async () => {
  for (const view of ['timeline', 'comentions', 'documents', 'search', 'overview']) {
    await openView(page, view);
    await page.waitForTimeout(150);
    await screenshot(view);
  }
});

test('timeline: hover shows the evidence, click opens it in the reader', async () => {
  await openView(page, 'timeline');
  const s = await waitForState(page, (x) => Object.keys(x.items).some((k) => k.startsWith('event:')), 'event marks');
  assert.equal(s.visible_events + s.undated_events, s.events, 'every event is on the axis or in the undated strip');
  const mark = Object.keys(s.items).find((k) => k.startsWith('event:'));
  const id = Number(mark.split(':')[1]);
  await hoverItem(page, mark);
  const hovered = await waitForState(page, (x) => x.tooltip !== '', 'a tooltip');
  assert.match(hovered.tooltip, /\d{4}/, 'the tooltip gives the date');
  await clickItem(page, mark);
  const opened = await waitForState(page, (x) => x.selected_event === id, 'the event to be selected');
  assert.ok(opened.reader_sentence.length > 20, 'the reader shows the evidence sentence');
  assert.ok(hovered.tooltip.includes(opened.reader_sentence.trim().slice(0, 40)),
    `the tooltip quotes the sentence the reader opened:\n${hovered.tooltip}\n---\n${opened.reader_sentence}`);
});

test('timeline: the mouse wheel zooms around the cursor, double-click fits all', async () => {
  await openView(page, 'timeline');
  const before = await state(page);
  const plot = before.items['timeline:plot'];
  await page.mouse.move(plot[0] + plot[2] * 0.8, plot[1] + plot[3] * 0.5);
  for (let i = 0; i < 6; i++) { await page.mouse.wheel(0, -120); await page.waitForTimeout(40); }
  const zoomed = await waitForState(page, (x) => x.time_span_days < before.time_span_days * 0.6, 'the range to shrink');
  assert.ok(zoomed.visible_events < before.visible_events, `fewer events visible: ${zoomed.visible_events} < ${before.visible_events}`);
  // A double-click at a person's pace (two clicks 100 ms apart), counted by the browser as a mouse's are.
  const [x, y] = [plot[0] + plot[2] * 0.5, plot[1] + plot[3] * 0.9];
  await page.mouse.dblclick(x, y, { delay: 50 });
  await waitForState(page, (x) => Math.abs(x.time_span_days - before.time_span_days) < 1, 'fit all');

  // On a busy machine both clicks can fall between two frames: still a double-click, not one click.
  await page.mouse.move(plot[0] + plot[2] * 0.8, plot[1] + plot[3] * 0.5);
  for (let i = 0; i < 6; i++) { await page.mouse.wheel(0, -120); await page.waitForTimeout(40); }
  await waitForState(page, (x) => x.time_span_days < before.time_span_days * 0.6, 'the range to shrink again');
  await page.evaluate(() => Browser.mainLoop.pause());
  await page.mouse.dblclick(x, y, { delay: 50 });
  await page.evaluate(() => Browser.mainLoop.resume());
  await waitForState(page, (x) => Math.abs(x.time_span_days - before.time_span_days) < 1, 'fit all after a stalled frame');
});

test('co-mentions: a matrix cell lists the sentences behind its number; one opens in the reader', async () => {
  await openView(page, 'comentions');
  await waitForState(page, (x) => x.items['cell:0:1'], 'the matrix');
  await hoverItem(page, 'cell:0:1');
  const hovered = await waitForState(page, (x) => / co-mention/.test(x.tooltip), 'the cell tooltip');
  const count = Number(hovered.tooltip.match(/: (\d+) co-mention/)[1]);
  await clickItem(page, 'cell:0:1');
  const picked = await waitForState(page, (x) => x.picked_sentences.length > 0, 'the listed sentences');
  assert.equal(picked.picked_sentences.length, count, 'as many sentences as the cell says');
  await waitForState(page, (x) => x.items['picked:0'], 'the list drawn');
  await clickItem(page, 'picked:0');
  await waitForState(page, (x) => x.reader_sentence === picked.picked_sentences[0], 'the reader at that sentence');
});

test('co-mentions: the network lays itself out and then stops moving', async () => {
  await openView(page, 'comentions');
  await clickItem(page, 'comentions:network');
  await waitForState(page, (x) => x.network && x.items['node:0'], 'the network');
  await waitForState(page, (x) => !x.layout_running, 'the layout to settle', 20000);
  await screenshot('network');
  await clickItem(page, 'comentions:matrix');
  await waitForState(page, (x) => !x.network, 'back to the matrix');
});

test('linked selection: an entity filters every view; a chip removes it; Esc clears', async () => {
  await openView(page, 'overview');
  const all = await state(page);
  await clickItem(page, 'top-entity:3');
  const filtered = await waitForState(page, (x) => x.filter.entities.length === 1 && x.view === 'timeline' &&
    x.visible_events + x.undated_events === x.passing_events, 'an entity filter on the timeline');
  assert.ok(filtered.passing_events > 0 && filtered.passing_events < all.events, 'fewer events pass');
  await openView(page, 'documents');
  const docs = await state(page);
  assert.ok(docs.document_rows <= all.documents);
  await clickItem(page, 'chip:0');
  await waitForState(page, (x) => x.filter.chips.length === 0 && x.passing_events === all.events, 'the chip removed');

  await openView(page, 'overview');
  await clickItem(page, 'type:missile_launch');
  await waitForState(page, (x) => x.filter.types[0] === 'missile_launch', 'a type filter');
  await pressKey(page, 'Escape');
  await waitForState(page, (x) => x.filter.chips.length === 0, 'Esc to clear the filter');
});

test('timeline: Shift+drag brushes a time range into the filter', async () => {
  await openView(page, 'timeline');
  const s = await state(page);
  const plot = s.items['timeline:plot'];
  const y = plot[1] + plot[3] * 0.3;
  await page.mouse.move(plot[0] + plot[2] * 0.75, y);
  await page.keyboard.down('Shift');
  await page.mouse.down();
  for (let i = 1; i <= 5; i++) await page.mouse.move(plot[0] + plot[2] * (0.75 + 0.04 * i), y);
  await page.mouse.up();
  await page.keyboard.up('Shift');
  const ranged = await waitForState(page, (x) => x.filter.range, 'a range filter');
  assert.ok(ranged.filter.range[0] < ranged.filter.range[1]);
  await pressKey(page, 'Escape');
  await waitForState(page, (x) => !x.filter.range, 'the range cleared');
});

test('search: a phrase gives keyword-in-context hits; a hit opens the reader there', async () => {
  await openView(page, 'search');
  await focusText(page, 'search:box');
  await page.keyboard.type('ballistic missile');
  await pressKey(page, 'Enter');
  const s = await waitForState(page, (x) => x.search_hits > 0 && x.items['hit:0'], 'search hits');
  assert.ok(s.search_hits >= 3, `hits: ${s.search_hits}`);
  await clickItem(page, 'hit:0');
  const opened = await waitForState(page, (x) => /ballistic missile/i.test(x.reader_sentence || ''), 'the reader at the hit');
  assert.ok(opened.selected >= 0);
});

test('classroom mode: large type, and the arrow keys step through events in time order', async () => {
  await openView(page, 'timeline');
  await clickItem(page, 'classroom');
  await waitForState(page, (x) => x.classroom, 'classroom mode');
  await page.keyboard.press('ArrowRight');
  const first = await waitForState(page, (x) => x.classroom_step === 0, 'the first step');
  await page.keyboard.press('ArrowRight');
  const second = await waitForState(page, (x) => x.classroom_step === 1, 'the second step');
  assert.notEqual(first.selected_event, second.selected_event);
  assert.ok(second.reader_sentence.length > 0);
  await screenshot('classroom');
  await page.keyboard.press('ArrowLeft');
  const back = await waitForState(page, (x) => x.classroom_step === 0, 'a step back');
  assert.equal(back.selected_event, first.selected_event);
  await clickItem(page, 'classroom');
  await waitForState(page, (x) => !x.classroom, 'classroom mode off');
});

test('reader: the highlighted sentence copies to the system clipboard', async () => {
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url.replace(/\/$/, '') });
  await openView(page, 'search');
  await focusText(page, 'search:box');
  await pressKey(page, 'a', ['Control']);
  await page.keyboard.type('Kadena');
  await pressKey(page, 'Enter');
  await waitForState(page, (x) => x.items['hit:0'], 'a search hit');
  await clickItem(page, 'hit:0');
  const s = await waitForState(page, (x) => /Kadena/.test(x.reader_sentence || '') && x.items['reader:copy'], 'the sentence');
  await clickItem(page, 'reader:copy');
  await waitForState(page, (x) => x.copied === s.reader_sentence, 'the copy');
  const clip = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(clip, s.reader_sentence);
});

test('an idle page draws no frames; input wakes it', async () => {
  await page.mouse.move(5, 5);
  await page.waitForTimeout(500);
  const a = (await state(page)).frame;
  await page.waitForTimeout(1000);
  const b = (await state(page)).frame;
  assert.ok(b - a <= 1, `idle frames in one second: ${b - a}`);
  await page.mouse.move(300, 300);
  await waitForState(page, (x) => x.frame > b, 'a frame after the mouse moved');
  assert.deepEqual(page.explorerErrors, []);
});

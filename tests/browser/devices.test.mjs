// Phones and tablets: Playwright's device emulation (touch, a small viewport, a high pixel
// ratio), fingers through the Chrome DevTools Protocol, the layout by width.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, serveWeb, openExplorer, state, waitForState } from './browser.mjs';
import { PHONE, TABLET, itemCentre, tapItem, touchSession, dayOf, deviceShot } from './touch.mjs';

let browser, server;
before(async () => { browser = await launchBrowser(); server = await serveWeb(); });
after(async () => { await browser?.close(); await server?.close(); });

// Every item the state lists lies within the screen's width: nothing is cut off at the right.
function assertFitsWidth(s, width, prefixes) {
  for (const [name, r] of Object.entries(s.items))
    if (prefixes.some((p) => name.startsWith(p))) assert.ok(r[0] >= 0 && r[0] + r[2] <= width + 0.5, `${name} at ${r} fits in ${width}`);
}

test('phone: one column, finger-sized tabs that wrap, text of at least 14 CSS px, a title shown whole on tap', async () => {
  const context = await browser.newContext(PHONE);
  const page = await openExplorer(context, server.url);
  const s = await waitForState(page, (x) => x.touch && x.layout === 'one-column', 'the touch layout');
  assert.deepEqual(s.css_size, [390, 844]);
  assert.ok(s.body_font_css >= 14, `body text ${s.body_font_css} CSS px`);
  assert.equal(s.pixel_scale, 3, 'the backing store at the device pixel ratio: crisp text');
  const tabs = Object.keys(s.items).filter((k) => k.startsWith('tab:'));
  assert.equal(tabs.length, 7);
  for (const t of tabs) assert.ok(s.items[t][3] >= 40, `${t} is ${s.items[t][3]} CSS px high`);
  assertFitsWidth(s, 390, ['tab:', 'classroom', 'save-png', 'help']);
  const rows = new Set(tabs.map((t) => s.items[t][1]));
  assert.ok(rows.size >= 2, 'the tab bar wraps onto a second row');
  assert.equal(await page.evaluate(() => getComputedStyle(document.getElementById('canvas')).touchAction), 'none');
  await deviceShot(page, 'phone-overview');

  // The long title is shortened; a tap shows it whole, another shortens it again.
  assert.ok(s.items.title, 'the title is shortened (an item to tap)');
  await tapItem(page, 'title');
  await waitForState(page, (x) => x.title_whole, 'the whole title');
  await tapItem(page, 'title');
  await waitForState(page, (x) => !x.title_whole, 'the title shortened again');
  await context.close();
});

test('phone: tap a tab, long-press an event for its tooltip, pinch to zoom around the fingers, drag to pan', async () => {
  const context = await browser.newContext(PHONE);
  const page = await openExplorer(context, server.url);
  await waitForState(page, (x) => x.touch, 'touch mode');
  await tapItem(page, 'tab:timeline');
  const before = await waitForState(page, (x) => x.view === 'timeline' && x.items['timeline:plot'] &&
    Object.keys(x.items).some((k) => k.startsWith('event:')), 'the timeline after a tap on its tab');
  assert.equal(before.layout, 'one-column');
  const plot = before.items['timeline:plot'];
  assert.ok(plot[2] > 330, `the plot takes the width (${plot[2]} CSS px): lane names sit inside the lanes`);
  // Lane names sit inside their lanes on a phone, in a band above the marks: no mark covers a name.
  const lanes = Object.keys(before.items).filter((k) => k.startsWith('lane:'));
  assert.ok(lanes.length >= 2);
  for (const lane of lanes) {
    const [lx, ly, lw] = before.items[lane];
    for (const [name, [ex, ey, ew, eh]] of Object.entries(before.items).filter(([k]) => k.startsWith('event:')))
      assert.ok(ex >= lx + lw || ex + ew <= lx || ey >= ly + before.body_font_css + 2 || ey + eh <= ly, `${name} covers the name of ${lane}`);
  }
  await deviceShot(page, 'phone-timeline');

  const touch = await touchSession(page);
  // Long press on an event: its tooltip (date and evidence) is in the state, and stays after lifting.
  const mark = Object.keys(before.items).find((k) => k.startsWith('event:'));
  const { x: mx, y: my } = await itemCentre(page, mark);
  await touch.longPress(mx, my);
  const held = await waitForState(page, (x) => x.tooltip !== '', 'the long-press tooltip');
  assert.match(held.tooltip, /, (\d{4}|undated)/, `the tooltip gives the date: ${held.tooltip}`);
  assert.match(held.tooltip, /\nin: /, 'and the article it is from');
  assert.equal(held.selected_event, before.selected_event, 'a long press is not a click');
  assert.equal(held.reader_sheet, false);

  // Pinch out around a point at 70% of the plot: the span shrinks, the day under the fingers stays.
  // Measured on a later frame than the first: the view's scrollbar comes a frame after the tall plot.
  const settled = held.items['timeline:plot'];
  const cx = settled[0] + settled[2] * 0.7, cy = settled[1] + settled[3] * 0.5;
  // Each state with its own plot: the view's scrollbar may come or go between frames, changing the width.
  const dayAt = (s, x) => {
    const [a, b] = s.time_range.map(dayOf), p = s.items['timeline:plot'];
    return a + (x - p[0]) / (p[2] - 8) * (b - a);
  };
  const anchor = dayAt(held, cx);
  await touch.gesture([{ x: cx - 30, y: cy }, { x: cx + 30, y: cy }], [{ x: cx - 130, y: cy }, { x: cx + 130, y: cy }]);
  const zoomed = await waitForState(page, (x) => x.time_span_days < before.time_span_days * 0.5, 'the pinch to zoom in');
  assert.ok(Math.abs(dayAt(zoomed, cx) - anchor) < Math.max(3, zoomed.time_span_days * 0.08),
    `the day under the fingers stays put: ${anchor} -> ${dayAt(zoomed, cx)}`);
  assert.ok(zoomed.visible_events < before.visible_events, 'fewer events in the shorter range');
  assert.equal(await page.evaluate(() => window.visualViewport.scale), 1, 'the browser did not zoom the page');

  // One finger drags the axis: the range moves, its length stays.
  await touch.gesture([{ x: plot[0] + plot[2] * 0.3, y: cy }], [{ x: plot[0] + plot[2] * 0.8, y: cy }]);
  const panned = await waitForState(page, (x) => x.time_range[0] !== zoomed.time_range[0], 'the drag to pan');
  assert.ok(dayOf(panned.time_range[0]) < dayOf(zoomed.time_range[0]), 'dragging right shows earlier days');
  assert.ok(Math.abs(panned.time_span_days - zoomed.time_span_days) < 1, 'the span is unchanged');
  assert.equal(await page.evaluate(() => window.scrollY), 0, 'the page itself did not scroll');
  await touch.detach();
  assert.deepEqual(page.explorerErrors, []);
  await context.close();
});

test('phone: a tapped event opens the reader as a full-width sheet; Back closes it', async () => {
  const context = await browser.newContext(PHONE);
  const page = await openExplorer(context, server.url);
  await waitForState(page, (x) => x.touch, 'touch mode');
  await tapItem(page, 'tab:timeline');
  const s = await waitForState(page, (x) => x.view === 'timeline' && Object.keys(x.items).some((k) => k.startsWith('event:')), 'the timeline');
  const mark = Object.keys(s.items).find((k) => k.startsWith('event:'));
  const id = Number(mark.split(':')[1]);
  // A mark is drawn small, but takes a finger's tap 15 CSS px beside its centre (a 40 px target).
  const { x, y, rect } = await itemCentre(page, mark);
  assert.ok(rect[2] < 30, `the mark is drawn ${rect[2]} CSS px wide`);
  await page.touchscreen.tap(x, y + 15);
  const open = await waitForState(page, (x) => x.reader_sheet && x.selected_event === id && x.items['reader:back'], 'the reader sheet');
  assert.ok(open.reader_sentence.length > 20, 'the sheet shows the evidence sentence');
  assert.ok(open.items['reader:back'][3] >= 40, 'the back control is finger-sized');
  assert.ok(!open.items['tab:timeline'], 'the sheet covers the view and its tabs');
  assert.equal(open.tooltip, '', 'a tap leaves no tooltip behind');
  assert.ok(open.items['reader:text'][2] > 330, `the reader takes the width: ${open.items['reader:text'][2]}`);
  await deviceShot(page, 'phone-reader');
  await tapItem(page, 'reader:back');
  const closed = await waitForState(page, (x) => !x.reader_sheet && x.items['timeline:plot'], 'the sheet closed');
  assert.equal(closed.view, 'timeline');
  assert.equal(closed.selected_event, id, 'the event stays selected');
  await context.close();
});

test('phone: one finger scrolls a list and the matrix; rotating and resizing re-lay the page out without a reload', async () => {
  const context = await browser.newContext(PHONE);
  const page = await openExplorer(context, server.url);
  await waitForState(page, (x) => x.touch, 'touch mode');
  await page.evaluate(() => { window.notReloaded = true; });
  const s = await state(page);
  // The overview is taller than a phone: a finger moving up scrolls it.
  const last = Object.keys(s.items).filter((k) => k.startsWith('type:')).pop();
  const y0 = s.items[last][1];
  const touch = await touchSession(page);
  await touch.gesture([{ x: 200, y: 700 }], [{ x: 200, y: 350 }]);
  const scrolled = await waitForState(page, (x) => x.items[last] && x.items[last][1] < y0 - 100, 'the overview to scroll');
  assert.equal(scrolled.view, 'overview', 'a drag is not a tap');

  // The co-mention matrix is wider than a phone, its cells a finger wide: a swipe scrolls it sideways.
  await tapItem(page, 'tab:comentions');
  const m = await waitForState(page, (x) => x.view === 'comentions' && x.items['cell:0:1'] && x.items.matrix, 'the matrix');
  assert.ok(m.items['cell:0:1'][2] >= 40, `a cell is ${m.items['cell:0:1'][2]} CSS px wide`);
  assert.ok(m.items.matrix[2] > 390, 'the matrix is wider than the screen');
  await deviceShot(page, 'phone-comentions');
  const cellX = m.items['cell:0:1'][0], my = m.items['cell:0:1'][1] + 20;  // the matrix runs below the screen
  await touch.gesture([{ x: 300, y: my }], [{ x: 60, y: my }]);
  const swiped = await waitForState(page, (x) => x.items['cell:0:1'] && x.items['cell:0:1'][0] < cellX - 100, 'the matrix to scroll sideways');
  assert.equal(swiped.picked_sentences.length, 0, 'a swipe picks no cell');
  const visible = Object.keys(swiped.items).find((k) => /^cell:[01]:\d+$/.test(k) && k !== 'cell:0:0' && k !== 'cell:1:1' &&
    swiped.items[k][0] > 20 && swiped.items[k][0] + swiped.items[k][2] < 370);
  await tapItem(page, visible);
  const [, i, j] = visible.split(':').map(Number);
  await waitForState(page, (x) => x.picked_pair[0] === i && x.picked_pair[1] === j, `the tapped ${visible} picked`);
  await touch.detach();

  await page.setViewportSize({ width: 844, height: 390 });
  const landscape = await waitForState(page, (x) => x.css_size[0] === 844, 'landscape');
  assert.equal(landscape.layout, 'one-column');
  await page.setViewportSize({ width: 1280, height: 800 });
  const wide = await waitForState(page, (x) => x.css_size[0] === 1280, 'a wide window');
  assert.equal(wide.layout, 'two-column');
  await tapItem(page, 'tab:timeline');
  const both = await waitForState(page, (x) => x.view === 'timeline' && x.items['reader:text'] && x.items['timeline:plot'], 'view and reader side by side');
  assert.ok(both.items['reader:text'][0] > both.items['timeline:plot'][0] + both.items['timeline:plot'][2] - 1, 'the reader is right of the view');
  assert.equal(await page.evaluate(() => window.notReloaded), true, 'the page was not reloaded');
  assert.deepEqual(page.explorerErrors, []);
  await context.close();
});

test('phone: a tapped search box brings up the keyboard (a focused text field of the page); what is typed searches', async () => {
  const context = await browser.newContext(PHONE);
  const page = await openExplorer(context, server.url);
  await waitForState(page, (x) => x.touch, 'touch mode');
  await tapItem(page, 'tab:search');
  await waitForState(page, (x) => x.view === 'search' && x.items['search:box'], 'the search view');
  await tapItem(page, 'search:box');
  await waitForState(page, (x) => x.typing, 'the box to take typing');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'text-proxy', 'a page text field has the focus');
  await page.keyboard.type('Kadenx');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('a');
  await page.keyboard.press('Enter');
  // 'Kadenxa' would find nothing: the Backspace reached the box.
  const s = await waitForState(page, (x) => x.search_hits > 0 && !x.typing, 'the search');
  assert.notEqual(await page.evaluate(() => document.activeElement.id), 'text-proxy', 'the keyboard goes away');
  const hit = (await waitForState(page, (x) => x.items['hit:0'], 'the hits drawn')).items['hit:0'];
  await page.touchscreen.tap(hit[0] + 100, hit[1] + hit[3] / 2);  // the row runs on past the screen's edge
  const open = await waitForState(page, (x) => x.reader_sheet && /Kadena/.test(x.reader_sentence || ''), 'the hit in the reader sheet');
  assert.equal(open.search_hits, s.search_hits);
  await context.close();
});

test('tablet: one column at 820 px; a document opens in the sheet; two fingers pan the network', async () => {
  const context = await browser.newContext(TABLET);
  const page = await openExplorer(context, server.url);
  const s = await waitForState(page, (x) => x.touch, 'touch mode');
  assert.equal(s.layout, 'one-column');
  await deviceShot(page, 'tablet-overview');
  await tapItem(page, 'tab:documents');
  await waitForState(page, (x) => x.view === 'documents' && x.items['doc:2'], 'the documents');
  const row = (await state(page)).items['doc:2'];
  assert.ok(row[3] >= 40, `a document row is ${row[3]} CSS px high`);
  await tapItem(page, 'doc:2');
  const sheet = await waitForState(page, (x) => x.reader_sheet && x.selected === 2 && x.items['reader:text'], 'document 2 in the sheet');
  await deviceShot(page, 'tablet-reader');
  assert.ok(sheet.items['reader:back']);
  await tapItem(page, 'reader:back');
  await waitForState(page, (x) => !x.reader_sheet && x.view === 'documents', 'back to the documents');

  await tapItem(page, 'tab:comentions');
  await waitForState(page, (x) => x.view === 'comentions' && x.items['comentions:network'], 'the co-mentions');
  await tapItem(page, 'comentions:network');
  const net = (await waitForState(page, (x) => x.network && x.items['node:0'], 'the network')).items.network;
  assert.deepEqual((await state(page)).network_pan, [0, 0]);
  const touch = await touchSession(page);
  const cx = net[0] + net[2] * 0.5, cy = net[1] + net[3] * 0.5;
  await touch.gesture([{ x: cx - 60, y: cy }, { x: cx + 60, y: cy }], [{ x: cx + 20, y: cy + 50 }, { x: cx + 140, y: cy + 50 }]);
  // The layout may still be settling, so the fingers' pan is read as such: 80 right, 50 down.
  const moved = await waitForState(page, (x) => x.network_pan[0] > 70, 'the network to follow the fingers');
  assert.ok(Math.abs(moved.network_pan[0] - 80) < 3 && Math.abs(moved.network_pan[1] - 50) < 3, `pan ${moved.network_pan}`);
  await deviceShot(page, 'tablet-network');
  await touch.detach();
  assert.deepEqual(page.explorerErrors, []);
  await context.close();
});

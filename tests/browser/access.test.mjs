// Screen readers and the keyboard: the accessible mirror read through the ARIA tree, a walk
// through the whole explorer with the keyboard alone, Present (F), and the classroom on a
// projector. Screenshots at laptop and projector sizes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, serveWeb, openExplorer, state, waitForState, clickItem, openView, pressKey } from './browser.mjs';
import { deviceShot } from './touch.mjs';

let browser, server;
before(async () => { browser = await launchBrowser(); server = await serveWeb(); });
after(async () => { await browser?.close(); await server?.close(); });

// Tab (or Shift+Tab) until `name` has the focus, at most `limit` presses; returns the names passed.
async function tabTo(page, name, limit = 80, back = false) {
  const seen = [];
  for (let i = 0; i < limit; i++) {
    await pressKey(page, 'Tab', back ? ['Shift'] : []);
    const s = await waitForState(page, (x) => x.focus !== '' && x.focus !== seen[seen.length - 1], `the focus to move past ${seen[seen.length - 1]}`);
    seen.push(s.focus);
    if (s.focus === name) return seen;
  }
  throw new Error(`Tab never reached ${name}; passed ${seen.join(', ')}`);
}

test('the accessible mirror: the selected event and its evidence in the ARIA tree, changes announced', async () => {
  const page = await openExplorer(browser.context, server.url);
  await openView(page, 'timeline');
  const s = await waitForState(page, (x) => Object.keys(x.items).some((k) => k.startsWith('event:')), 'event marks');
  const mark = Object.keys(s.items).find((k) => k.startsWith('event:'));
  const id = Number(mark.split(':')[1]);
  await clickItem(page, mark);
  const picked = await waitForState(page, (x) => x.selected_event === id && x.reader_sentence, 'the event selected');
  const evidence = picked.reader_sentence.trim();

  // Playwright's ARIA snapshot of the mirror: the heading, the selected event, its evidence.
  await page.waitForFunction((e) => document.getElementById('a11y-mirror').textContent.includes(e), evidence);
  const aria = await page.locator('#a11y-mirror').ariaSnapshot();
  assert.match(aria, /heading "Timeline" \[level=2\]/);
  assert.match(aria, /heading "Selected event: /);
  assert.ok(aria.includes(evidence.slice(0, 60)), `the ARIA tree holds the evidence sentence:\n${evidence}\n---\n${aria.slice(0, 1500)}`);
  assert.match(aria, /navigation "Views"/);

  // Chromium's own accessibility tree (what a screen reader gets): the sentence is not hidden.
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const texts = nodes.filter((n) => !n.ignored).map((n) => n.name?.value || '');
  assert.ok(texts.some((t) => t.includes(evidence.slice(0, 60))), 'the evidence is in the browser accessibility tree');
  await cdp.detach();

  const live = await page.locator('#a11y-live').textContent();
  assert.match(live, /Selected event: /, `the live region announced the selection: ${live}`);
  assert.equal(await page.locator('#a11y-live').getAttribute('aria-live'), 'polite');

  // A filter is announced with its count; the mirror's buttons work the explorer too.
  await openView(page, 'overview');
  await clickItem(page, 'type:missile_launch');
  const filtered = await waitForState(page, (x) => x.filter.types[0] === 'missile_launch', 'a type filter');
  await page.waitForFunction(() => /Filter: /.test(document.getElementById('a11y-live').textContent));
  assert.match(await page.locator('#a11y-live').textContent(), new RegExp(`${filtered.passing_events} of ${filtered.events} events shown`));
  await page.getByRole('button', { name: 'Clear the filter' }).evaluate((b) => b.click());
  await waitForState(page, (x) => x.filter.chips.length === 0, 'the mirror button to clear the filter');
  await page.getByRole('button', { name: 'Documents' }).evaluate((b) => b.click());
  await waitForState(page, (x) => x.view === 'documents', 'the mirror button to open the documents');
  const docs = await page.locator('#a11y-mirror').ariaSnapshot();
  assert.match(docs, /heading "Documents" \[level=2\]/);
  assert.match(docs, /heading "Reader: /, 'the reader article is in the mirror');
  assert.deepEqual(page.explorerErrors, []);
  await page.close();
});

test('the whole explorer with the keyboard alone: Tab, Shift+Tab, Enter, arrows, typing', async () => {
  const page = await openExplorer(browser.context, server.url);
  // Tab order: the tab bar first, then the view's controls, then the reader; it wraps.
  const first = await tabTo(page, 'tab:overview', 3);
  const walk = await tabTo(page, 'tab:overview', 80);
  assert.ok(walk.indexOf('tab:timeline') < walk.indexOf('classroom'), `tabs first: ${walk.join(', ')}`);
  assert.ok(walk.includes('top-entity:0') && walk.includes('type:missile_launch'), 'the overview\'s lists');
  assert.ok(walk.indexOf('classroom') < walk.indexOf('top-entity:0'));
  let s = await state(page);
  assert.equal(s.focus, 'tab:overview');
  assert.ok(s.focus_rect[3] > 0);
  // Shift+Tab goes backwards: from the first item to the last, wrapping.
  await tabTo(page, walk[walk.length - 2], 1, true);
  await tabTo(page, 'tab:overview', 1);
  await deviceShot(page, 'laptop-focus-ring');

  // Enter on a tab opens its view; on the timeline's plot the arrows step through the events.
  await tabTo(page, 'tab:timeline', 1);
  await pressKey(page, 'Enter');
  await waitForState(page, (x) => x.view === 'timeline', 'Enter on the Timeline tab');
  const timelineWalk = await tabTo(page, 'timeline:plot', 20);
  assert.ok(timelineWalk.includes('timeline:by-actor') && timelineWalk.includes('timeline:fit'), 'the timeline\'s controls on the way');
  await pressKey(page, 'ArrowRight');
  const one = await waitForState(page, (x) => x.classroom_step === 0 && x.selected_event >= 0, 'Right to the first event');
  await pressKey(page, 'ArrowRight');
  const two = await waitForState(page, (x) => x.classroom_step === 1, 'Right to the second event');
  assert.notEqual(one.selected_event, two.selected_event);
  await pressKey(page, 'ArrowLeft');
  await waitForState(page, (x) => x.selected_event === one.selected_event, 'Left back');
  await pressKey(page, 'Enter');
  await waitForState(page, (x) => x.reader_sentence && x.selected_event === one.selected_event, 'Enter reads the event');
  // On into the reader: its event list and its text.
  const readerWalk = await tabTo(page, 'reader:text', 80);
  assert.ok(readerWalk.some((n) => n.startsWith('reader-event:')), `the reader's events: ${readerWalk.join(', ')}`);

  // Search by keyboard: the box takes typing after Enter; Enter searches; a hit opens.
  await tabTo(page, 'tab:search', 40);
  await pressKey(page, 'Enter');
  await waitForState(page, (x) => x.view === 'search', 'the search view');
  await tabTo(page, 'search:box', 10);
  await pressKey(page, 'Enter');
  await waitForState(page, (x) => x.typing, 'the box to take typing');
  await page.keyboard.type('Kadena');
  await pressKey(page, 'Enter');
  await waitForState(page, (x) => x.search_hits > 0 && x.items['hit:0'], 'hits');
  await tabTo(page, 'hit:0', 5);
  s = await state(page);
  assert.equal(s.typing, false, 'Tab left the text box');
  await pressKey(page, 'Enter');
  await waitForState(page, (x) => /Kadena/.test(x.reader_sentence || ''), 'Enter on a hit opens it in the reader');

  // Co-mentions: the arrows move from cell to cell of the matrix and list the sentences.
  await tabTo(page, 'tab:comentions', 60, true);
  await pressKey(page, 'Enter');
  await waitForState(page, (x) => x.view === 'comentions' && x.items.matrix, 'the matrix');
  const matrixWalk = await tabTo(page, 'matrix', 30);
  assert.ok(matrixWalk.includes('slider:min-count') && matrixWalk.includes('kind:person'), 'sliders and kinds on the way');
  await pressKey(page, 'ArrowRight');
  const cell = await waitForState(page, (x) => x.picked_sentences.length > 0, 'a cell picked with the arrows');
  await pressKey(page, 'ArrowDown');
  await waitForState(page, (x) => x.picked_sentences.join() !== cell.picked_sentences.join() || x.picked_sentences.length !== cell.picked_sentences.length,
    'another cell');
  // A checkbox toggles with Space.
  await tabTo(page, 'comentions:network', 20, true);
  await pressKey(page, 'Space');
  await waitForState(page, (x) => x.network, 'Space on the network radio button');
  await pressKey(page, 'Escape');
  assert.ok(first.length <= 3);
  assert.deepEqual(page.explorerErrors, []);
  await page.close();
});

test('Present (F) takes the page full screen and back; typing an F in a box does not', async () => {
  const page = await openExplorer(browser.context, server.url);
  await pressKey(page, 'f');
  await waitForState(page, (x) => x.fullscreen, 'full screen');
  assert.ok(await page.evaluate(() => document.fullscreenElement !== null));
  await pressKey(page, 'f');
  await waitForState(page, (x) => !x.fullscreen, 'back from full screen');
  await openView(page, 'search');
  await clickItem(page, 'search:box');
  await waitForState(page, (x) => x.typing, 'the search box');
  await page.keyboard.type('fired');
  await pressKey(page, 'Enter');
  // The search ran on frames after the F: had the F been taken for Present, the page would be full screen by now.
  const searched = await waitForState(page, (x) => x.search_hits > 0, 'the search for what was typed');
  assert.equal(searched.fullscreen, false, 'an F typed in the box stays text');
  assert.ok(await page.evaluate(() => document.fullscreenElement === null));
  await page.close();
});

test('classroom on a projector (1920x1080): taller lanes and a large evidence panel; laptop for comparison', async () => {
  const laptop = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const projector = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const measure = async (context, name) => {
    const page = await openExplorer(context, server.url);
    await openView(page, 'timeline');
    await deviceShot(page, `${name}-timeline`);
    await clickItem(page, 'classroom');
    await waitForState(page, (x) => x.classroom, 'classroom mode');
    await pressKey(page, 'ArrowRight');
    await pressKey(page, 'ArrowRight');
    const s = await waitForState(page, (x) => x.classroom_step === 1 && x.items['classroom:evidence'] && x.items['lane:0'], 'a stepped event');
    await deviceShot(page, `${name}-classroom`);
    await clickItem(page, 'classroom');
    await waitForState(page, (x) => !x.classroom, 'classroom mode off');
    await page.close();
    return s;
  };
  const small = await measure(laptop, 'laptop');
  const big = await measure(projector, 'projector');
  assert.equal(big.projector, true);
  assert.equal(small.projector, false);
  assert.ok(big.items['lane:0'][3] > small.items['lane:0'][3] * 1.2, `lanes: ${big.items['lane:0'][3]} vs ${small.items['lane:0'][3]} CSS px`);
  // Each lane is as high as its name beside it, so the names do not run into each other.
  for (const s of [small, big]) {
    assert.ok(s.items['lane:0'][3] >= s.body_font_css, `a lane ${s.items['lane:0'][3]} CSS px high for ${s.body_font_css} px type`);
  }
  assert.ok(big.items['classroom:evidence'][3] >= 1080 * 0.2, `evidence panel ${big.items['classroom:evidence'][3]} CSS px high`);
  assert.ok(big.body_font_css >= 25, 'classroom type');
  await laptop.close();
  await projector.close();
});

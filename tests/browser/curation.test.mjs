// Curating events with the real mouse and keyboard on the seed corpus: reject (and restore),
// fix a date, add an event from a sentence in the reader, undo and redo.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launchBrowser, serveWeb, openExplorer, state, waitForState, clickItem, openView, focusText, pressKey,
  ARTIFACTS } from './browser.mjs';

let browser, server, page;
before(async () => {
  browser = await launchBrowser();
  server = await serveWeb();
  page = await openExplorer(browser.context, server.url);
});
after(async () => { await browser?.close(); await server?.close(); });

const shown = (s) => s.visible_events + s.undated_events;
const marks = (s) => Object.keys(s.items).filter((k) => k.startsWith('event:'));

// Selects a dated event on the timeline by clicking its mark; returns the state with it selected.
async function selectMark(index) {
  await openView(page, 'timeline');
  const s = await waitForState(page, (x) => marks(x).length > index, 'event marks');
  const mark = marks(s)[index];
  const id = Number(mark.split(':')[1]);
  await clickItem(page, mark);
  return waitForState(page, (x) => x.selected_event === id && x.items['timeline-curate:reject'], `event ${id} selected`);
}

// Picks an entry of a combo: opens it, then clicks the entry once the popup has drawn it.
async function pickFromCombo(combo, entry) {
  await clickItem(page, combo);
  await waitForState(page, (x) => x.items[entry], `the entry ${entry}`);
  await clickItem(page, entry);
}

test('reject an event: it leaves the timeline and the overview; Show rejected lists it; Restore brings it back', async () => {
  const s = await selectMark(0);
  const total = s.events;
  await clickItem(page, 'timeline-curate:reject');
  // The timeline re-indexes on the frame after the step: wait for both.
  const after = await waitForState(page, (x) => x.events === total - 1 && shown(x) === shown(s) - 1,
    'one event fewer, and one mark fewer on the timeline');
  assert.equal(after.curation.rejected.length, 1);
  assert.equal(after.curation.steps, 1);
  assert.ok(after.curation.can_undo && !after.curation.can_redo);
  assert.equal(after.selected_event, -1, 'a rejected event is no longer selected');

  await openView(page, 'overview');
  const overview = await state(page);
  assert.equal(overview.events, total - 1, 'the overview counts one event fewer');
  assert.equal(overview.overview_dated, s.overview_dated - 1, 'and one dated event fewer');

  await openView(page, 'timeline');
  await clickItem(page, 'timeline:show-rejected');
  await waitForState(page, (x) => x.items['rejected:0:restore'], 'the rejected list');
  await page.screenshot({ path: path.join(ARTIFACTS, 'curation-rejected.png') });
  await clickItem(page, 'rejected:0:restore');
  const restored = await waitForState(page, (x) => x.events === total, 'the event restored');
  assert.equal(restored.curation.rejected.length, 0);
  assert.equal(restored.curation.steps, 2);
  await clickItem(page, 'timeline:show-rejected');
  await waitForState(page, (x) => !x.curation.show_rejected, 'the rejected list closed');
});

test('fix a date: a bad one is refused with a reason, a good one moves the mark; undo and redo', async () => {
  const s = await selectMark(2);
  const original = s.selected_event_info.date;
  const x0 = s.items[`event:${s.selected_event}`][0];
  const steps = s.curation.steps;

  await focusText(page, 'timeline-curate:date');
  await pressKey(page, 'a', ['Control']);
  await page.keyboard.type('2023-02-30');
  await pressKey(page, 'Enter');
  const refused = await waitForState(page, (x) => x.curation.date_error !== '', 'the date error');
  assert.match(refused.curation.date_error, /'2023-02-30' is not a date/);
  assert.equal(refused.curation.steps, steps, 'no step taken');
  assert.equal(refused.selected_event_info.date, original);

  await focusText(page, 'timeline-curate:date');  // Enter let go of the box
  await pressKey(page, 'a', ['Control']);
  await page.keyboard.type('2021-01-15');
  await pressKey(page, 'Enter');
  const dated = await waitForState(page, (x) => x.selected_event_info?.date === '2021-01-15', 'the new date');
  assert.equal(dated.curation.date_error, '');
  assert.equal(dated.event_status[dated.selected_event], 'edited');
  assert.equal(dated.selected_event, 0, 'the earliest event now, first in the event order');
  await pressKey(page, 'Escape');  // leaves the box: Ctrl+Z is then the explorer's, not the box's
  await waitForState(page, (x) => !x.typing, 'the box to let go of the keyboard');

  await clickItem(page, 'timeline:fit');
  const fitted = await waitForState(page, (x) => x.items[`event:${x.selected_event}`] && x.time_range[0] <= '2021-01-15',
    'the axis to reach 2021');
  const x1 = fitted.items[`event:${fitted.selected_event}`][0];
  const others = marks(fitted).filter((k) => k !== `event:${fitted.selected_event}`).map((k) => fitted.items[k][0]);
  assert.notEqual(x1, x0, 'the mark moved');
  assert.ok(others.every((x) => x > x1), `the mark is left of every other (${x1} < ${Math.min(...others)})`);
  await page.screenshot({ path: path.join(ARTIFACTS, 'curation-timeline.png') });

  await pressKey(page, 'z', ['Control']);
  const undone = await waitForState(page, (x) => x.curation.steps === steps, 'undo');
  assert.equal(undone.selected_event_info.date, original, 'undo gives the old date back');
  assert.ok(undone.curation.can_redo);
  await pressKey(page, 'y', ['Control']);
  const redone = await waitForState(page, (x) => x.curation.steps === steps + 1, 'redo with Ctrl+Y');
  assert.equal(redone.selected_event_info.date, '2021-01-15');
  await pressKey(page, 'z', ['Control']);
  await waitForState(page, (x) => x.curation.steps === steps, 'undo again');
  await pressKey(page, 'z', ['Control', 'Shift']);
  const again = await waitForState(page, (x) => x.curation.steps === steps + 1, 'redo with Ctrl+Shift+Z');
  assert.equal(again.selected_event_info.date, '2021-01-15');
});

test('add an event from a sentence clicked in the reader; undo takes it away, redo brings it back', async () => {
  await openView(page, 'documents');
  let s = await state(page);
  const total = s.events;
  // Click down the text until a click lands on a sentence (not on a name, which filters).
  const text = s.items['reader:text'];
  for (let i = 0; i < 12 && !s.curation.add.sentence; i++) {
    await page.mouse.click(text[0] + 12, text[1] + 10 + i * (text[3] - 20) / 12);
    await page.waitForTimeout(150);
    s = await state(page);
    if (s.filter.chips.length) { await pressKey(page, 'Escape'); s = await waitForState(page, (x) => !x.filter.chips.length, 'no filter'); }
  }
  assert.ok(s.curation.add.sentence.length > 10, 'a sentence picked');
  assert.equal(s.reader_sentence, s.curation.add.sentence, 'the picked sentence is highlighted');

  await pickFromCombo('add:type', 'add:type:nuclear_test');
  await focusText(page, 'add:date');
  await page.keyboard.type('2023-03');
  await pressKey(page, 'Enter');  // Escape would give the box its old text back
  await waitForState(page, (x) => !x.typing, 'the date box to let go');
  await clickItem(page, 'add:add-actor');
  const popup = await waitForState(page, (x) => Object.keys(x.items).some((k) => k.startsWith('add:choice:')), 'the actor list');
  const choice = Object.keys(popup.items).find((k) => k.startsWith('add:choice:'));
  await clickItem(page, choice);
  await waitForState(page, (x) => x.items['add:actor:0'], 'the actor chip');
  await page.screenshot({ path: path.join(ARTIFACTS, 'curation-add.png') });
  await clickItem(page, 'add:add');

  const added = await waitForState(page, (x) => x.events === total + 1, 'the added event');
  assert.deepEqual(added.selected_event_info, { type: 'nuclear_test', date: '2023-03', actors: [choice.slice('add:choice:'.length)],
    status: 'added' });
  assert.equal(added.event_status[added.selected_event], 'added');
  // Drawn on the frame after the step: the reader lists it among the article's events, with its controls.
  await waitForState(page, (x) => x.items[`reader-event:${x.selected_event}`] && x.items['reader-curate:accept'],
    'the event in the reader\'s list, and the reader\'s curation controls for it');
  await page.screenshot({ path: path.join(ARTIFACTS, 'curation-reader.png') });

  await pressKey(page, 'z', ['Control']);
  await waitForState(page, (x) => x.events === total && x.curation.can_redo, 'undo removes it');
  await pressKey(page, 'y', ['Control']);
  await waitForState(page, (x) => x.events === total + 1, 'redo adds it again');
  assert.deepEqual(page.explorerErrors, []);
});

test('the curation survives a rebuild (the lexicon extended); the gold export carries it', async () => {
  const s = await selectMark(1);
  const total = s.events;
  await clickItem(page, 'timeline-curate:reject');
  const curated = await waitForState(page, (x) => x.events === total - 1, 'the event rejected');
  const statuses = curated.event_status.filter((x) => x !== '').sort();
  assert.ok(statuses.length >= 2, `curated events before the rebuild: ${statuses}`);

  await openView(page, 'data');
  await focusText(page, 'data:lexicon-text');
  await page.keyboard.type('[{"name": "Widget Works", "kind": "organization", "aliases": ["widget works"]}]');
  await clickItem(page, 'data:lexicon-apply');
  const rebuilt = await waitForState(page, (x) => x.import.finished > curated.import.finished && !x.import.running,
    'the rebuild');
  assert.equal(rebuilt.lexicon_error, '');
  assert.equal(rebuilt.events, total - 1, 'still one event fewer');
  assert.equal(rebuilt.curation.steps, curated.curation.steps, 'every step still in effect');
  assert.deepEqual(rebuilt.curation.skipped, []);
  assert.deepEqual(rebuilt.event_status.filter((x) => x !== '').sort(), statuses);

  const [download] = await Promise.all([page.waitForEvent('download'), clickItem(page, 'export:events-gold')]);
  const gold = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  assert.equal(gold.schema, 'events-gold/1');
  const events = gold.documents.flatMap((d) => d.events);
  assert.equal(events.length, total - 1, 'rejected events are left out');
  assert.deepEqual(events.filter((e) => e.curated).map((e) => e.curated).sort(), statuses);
  assert.deepEqual(page.explorerErrors, []);
});

// Drops files on the page as a person would from a file manager, and waits for the import.
async function dropFiles(files) {
  const before = await state(page);
  await page.evaluate((list) => {
    const dt = new DataTransfer();
    for (const [n, t] of list) dt.items.add(new File([t], n, { type: 'application/json' }));
    document.getElementById('canvas').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, files);
  return waitForState(page, (x) => x.import.finished > before.import.finished && !x.import.running, 'the files read', 20000);
}

test('the curation export, dropped back on the page, brings back the steps and the lexicon additions', async () => {
  const start = await selectMark(2);
  await clickItem(page, 'timeline-curate:reject');
  const curated = await waitForState(page, (x) => x.events === start.events - 1, 'the event rejected');
  await openView(page, 'data');
  const [download] = await Promise.all([page.waitForEvent('download'), clickItem(page, 'export:curation')]);
  assert.equal(download.suggestedFilename(), 'curation.json');
  const file = fs.readFileSync(await download.path(), 'utf8');
  const kept = JSON.parse(file);
  assert.equal(kept.format, 'corpus-explorer-curation/1');
  assert.equal(kept.curation.steps.length, curated.curation.steps);
  assert.ok(kept.lexicon.length >= 1, 'the lexicon addition of an earlier test is in the file');

  // Every step undone: the corpus as extracted.
  for (let i = 0; i < 40 && (await state(page)).curation.can_undo; i++) await pressKey(page, 'z', ['Control']);
  const bare = await waitForState(page, (x) => !x.curation.can_undo && x.curation.rejected.length === 0, 'every step undone');

  const back = await dropFiles([['curation.json', file]]);
  assert.equal(back.curation.steps, curated.curation.steps, 'every step in effect again');
  assert.equal(back.events, curated.events);
  assert.deepEqual(back.curation.rejected, curated.curation.rejected);
  assert.ok(back.import.messages.some((m) => m.file === 'curation.json' && /read as curation/.test(m.reason)),
    JSON.stringify(back.import.messages));
  assert.ok(bare.events > back.events);

  // A damaged one changes nothing and says why.
  const bad = JSON.stringify({ ...kept, curation: { schema: 'curation/1', steps: [{ op: 'explode' }] } });
  const refused = await dropFiles([['broken-curation.json', bad]]);
  assert.ok(refused.import.messages.some((m) => m.file === 'broken-curation.json' && /curation not loaded/.test(m.reason)),
    JSON.stringify(refused.import.messages));
  assert.equal(refused.curation.steps, back.curation.steps);
  assert.equal(refused.events, back.events);
  assert.deepEqual(page.explorerErrors, []);
});

// The Quality tab: a gold file dropped on the page scores the corpus on screen with the
// shared scorer's figures; misses and false alarms open their sentences; a bad gold file is
// reported and the corpus stays.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import fs from 'node:fs';
import os from 'node:os';
import { execFileSync } from 'node:child_process';
import { launchBrowser, serveWeb, openExplorer, state, waitForState, clickItem, openView, pressKey, hoverItem, ROOT } from './browser.mjs';

const SEEDS_GOLD = path.join(ROOT, 'tests/data/seeds.gold.json');
const SCORER = path.resolve(ROOT, '../shared/tools/score_events.py');
const CORPUS = path.join(ROOT, 'build/native/corpus');

let browser, server, page, tmp;
before(async () => {
  browser = await launchBrowser();
  server = await serveWeb();
  page = await openExplorer(browser.context, server.url);
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'explorer-quality-'));
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

// The shared scorer's report on the seeds, from the CLI's extraction of the same articles.
function sharedScorer(gold) {
  const system = path.join(tmp, 'seeds.json');
  fs.writeFileSync(system, execFileSync(CORPUS, ['extract', '--json', path.join(ROOT, 'seeds')]));
  return execFileSync('python3', [SCORER, '--gold', gold, '--docs', path.join(ROOT, 'seeds'), '--system', system],
    { encoding: 'utf8' }).trimEnd().split('\n');
}

async function dropFile(name, text) {
  const before = await state(page);
  await page.evaluate(([n, t]) => {
    const dt = new DataTransfer();
    dt.items.add(new File([t], n, { type: 'application/json' }));
    document.getElementById('canvas').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, [name, text]);
  return waitForState(page, (x) => x.import.finished > before.import.finished && !x.import.running, `${name} read`);
}

test('before a gold file, the Quality tab says how to get one', async () => {
  await openView(page, 'quality');
  const s = await state(page);
  assert.equal(s.quality.gold, '');
  assert.equal(s.items['quality:f1'], undefined, 'no figures without a gold');
  assert.equal(s.items['quality:forget'], undefined);
});

test('the seeds gold dropped on the seeds reads the shared scorer\'s figures', async () => {
  const before = await state(page);
  const s = await dropFile('seeds.gold.json', fs.readFileSync(SEEDS_GOLD, 'utf8'));
  assert.equal(s.documents, before.documents, 'the corpus stays');
  assert.equal(s.view, 'quality');
  assert.equal(s.quality.gold, 'seeds.gold.json');
  const expected = sharedScorer(SEEDS_GOLD);
  assert.equal(s.quality.last_line, expected.at(-1));
  assert.deepEqual(s.quality.report.trimEnd().split('\n'), expected, 'every line of the report');
  console.log(`Quality on the seeds: ${s.quality.last_line}`);
  assert.ok(s.quality.false_alarms >= 1, 'the seeds have a false alarm to list');
  await page.screenshot({ path: path.join(ROOT, 'build/test-artifacts/quality.png') });

  // A false alarm is a click away from its sentence.
  await clickItem(page, 'quality:false:0');
  const picked = await waitForState(page, (x) => x.selected_event >= 0 && x.reader_sentence, 'the false alarm in the reader');
  assert.ok(picked.reader_sentence.length > 10);
});

test('a gold event of another type is a miss that opens its evidence, and a false alarm', async () => {
  const gold = JSON.parse(fs.readFileSync(SEEDS_GOLD, 'utf8'));
  const moved = gold.documents[0].events[0];
  moved.type = moved.type === 'sanctions_action' ? 'summit_or_meeting' : 'sanctions_action';
  const file = path.join(tmp, 'changed.gold.json');
  fs.writeFileSync(file, JSON.stringify(gold));
  const s = await dropFile('changed.gold.json', JSON.stringify(gold));
  assert.equal(s.quality.last_line, sharedScorer(file).at(-1));
  assert.ok(s.quality.misses >= 1);
  await clickItem(page, 'quality:miss:0');
  const opened = await waitForState(page, (x) => x.reader_sentence && x.selected_event === -1, 'the miss in the reader');
  assert.ok(opened.reader_sentence.includes(moved.evidence[0]) || moved.evidence[0].includes(opened.reader_sentence.trim()),
    `reader shows "${opened.reader_sentence}" for "${moved.evidence[0]}"`);
});

test('on the timeline the miss is a ring at its gold date and a false alarm says so; a click on the ring opens the miss', async () => {
  await openView(page, 'timeline');
  const s = await waitForState(page, (x) => Object.keys(x.items).some((k) => k.startsWith('miss:')), 'the miss on the timeline');
  await page.screenshot({ path: path.join(ROOT, 'build/test-artifacts/quality-timeline.png') });
  const alarm = s.quality.false_alarm_events.map((e) => [`event:${e}`, `undated:${e}`]).flat().find((k) => s.items[k]);
  assert.ok(alarm, `a false alarm on screen among ${s.quality.false_alarm_events}`);
  await hoverItem(page, alarm);
  await waitForState(page, (x) => /False alarm: the gold file changed\.gold\.json does not hold it/.test(x.tooltip), 'the false alarm tooltip');
  await clickItem(page, Object.keys(s.items).find((k) => k.startsWith('miss:')));
  const opened = await waitForState(page, (x) => x.selected_event === -1 && x.reader_sentence, 'the miss opened from the timeline');
  assert.ok(opened.reader_sentence.length > 10);
});

test('the exported gold scores F1 1.000 in a fresh page; after a rejection, the rejected event is the one false alarm', async () => {
  await openView(page, 'data');
  const [first] = await Promise.all([page.waitForEvent('download'), clickItem(page, 'export:events-gold')]);
  const untouched = fs.readFileSync(await first.path(), 'utf8');
  const fresh = await openExplorer(browser.context, server.url);
  try {
    const before = await fresh.evaluate(() => window.explorer.state());
    await fresh.evaluate((t) => {
      const dt = new DataTransfer();
      dt.items.add(new File([t], 'events-gold.json', { type: 'application/json' }));
      document.getElementById('canvas').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, untouched);
    const got = await waitForState(fresh, (x) => x.import.finished > before.import.finished && x.quality.gold, 'the gold in a fresh page');
    assert.equal(got.view, 'quality');
    assert.equal(got.quality.f1, 1);
    assert.match(got.quality.last_line, /^events: P=1\.000 R=1\.000 F1=1\.000; dates right (\d+)\/\1 = 1\.000$/);
    console.log(`exported gold in a fresh page: ${got.quality.last_line}`);
    await fresh.screenshot({ path: path.join(ROOT, 'build/test-artifacts/quality-fresh.png') });
  } finally {
    await fresh.close();
  }

  await openView(page, 'timeline');
  const marks = (x) => Object.keys(x.items).filter((k) => k.startsWith('event:'));
  const s = await waitForState(page, (x) => marks(x).length > 2, 'event marks');
  const id = Number(marks(s)[2].split(':')[1]);
  await clickItem(page, marks(s)[2]);
  await waitForState(page, (x) => x.selected_event === id && x.items['timeline-curate:reject'], 'the event selected');
  await clickItem(page, 'timeline-curate:reject');
  const curated = await waitForState(page, (x) => x.events === s.events - 1, 'the event rejected');
  await openView(page, 'data');
  const [second] = await Promise.all([page.waitForEvent('download'), clickItem(page, 'export:events-gold')]);
  const goldText = fs.readFileSync(await second.path(), 'utf8');
  assert.equal(JSON.parse(goldText).documents.flatMap((d) => d.events).length, curated.events);
  let here = await dropFile('events-gold.json', goldText);
  assert.equal(here.quality.f1, 1, 'the curated events are exactly the gold');
  await pressKey(page, 'z', ['Control']);
  here = await waitForState(page, (x) => x.events === s.events, 'the rejection undone');
  assert.equal(here.quality.false_alarms, 1, 'undone, the rejected event is a false alarm again');
  assert.equal(here.quality.misses, 0);
});

test('Make the events match the gold: the gold becomes the curation, F1 1.000; Ctrl+Z takes the steps back one by one', async () => {
  const gold = JSON.parse(fs.readFileSync(SEEDS_GOLD, 'utf8'));
  const moved = gold.documents[0].events[0];
  moved.type = moved.type === 'sanctions_action' ? 'summit_or_meeting' : 'sanctions_action';
  const s = await dropFile('changed.gold.json', JSON.stringify(gold));
  assert.ok(s.quality.f1 < 1 && s.quality.misses >= 1);
  const steps = s.curation.total_steps;
  await clickItem(page, 'quality:adopt');
  const adopted = await waitForState(page, (x) => x.curation.total_steps > steps, 'the gold taken as curation');
  assert.equal(adopted.quality.f1, 1, adopted.quality.last_line);
  assert.equal(adopted.quality.dated_right, adopted.quality.dated_gold);
  assert.deepEqual(adopted.curation.skipped, []);
  assert.ok(adopted.event_status.includes('added'), 'the miss added');
  await pressKey(page, 'z', ['Control']);
  const undone = await waitForState(page, (x) => x.curation.steps === adopted.curation.steps - 1, 'one step undone');
  assert.ok(undone.quality.f1 < 1);
  await pressKey(page, 'y', ['Control']);
  await waitForState(page, (x) => x.quality.f1 === 1, 'redone');
});

test('a gold file that does not fit is reported, and the corpus and the last gold stay', async () => {
  const before = await state(page);
  const s = await dropFile('broken.gold.json', '{"schema": "events-gold/1", "documents": [{"doc": 5}]}');
  assert.equal(s.documents, before.documents);
  const m = s.import.messages.find((x) => x.file === 'broken.gold.json');
  assert.ok(m, `reported: ${JSON.stringify(s.import.messages)}`);
  assert.match(m.reason, /gold file not used: documents\[0\]\.doc: not a string/);
  assert.equal(s.quality.gold, 'changed.gold.json', 'the last good gold stays');
  await openView(page, 'quality');
  await clickItem(page, 'quality:forget');
  await waitForState(page, (x) => x.quality.gold === '', 'the gold forgotten');
  assert.deepEqual(page.explorerErrors, []);
});

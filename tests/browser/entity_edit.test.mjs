// Editing entities from the reader with the real mouse and keyboard: merge one entity into
// another and see the co-mention matrix change; rename one; undo is the lexicon's history.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { launchBrowser, serveWeb, openExplorer, state, waitForState, clickItem, openView, focusText, pressKey, ARTIFACTS } from './browser.mjs';

let browser, server, page;
before(async () => {
  browser = await launchBrowser();
  server = await serveWeb();
  page = await openExplorer(browser.context, server.url);
});
after(async () => { await browser?.close(); await server?.close(); });

// The panel keeps its open state from one entity to the next, as ImGui headers do.
async function openEditPanel() {
  if (!(await state(page)).items['entity:merge']) await clickItem(page, 'entity:edit');
  return waitForState(page, (x) => x.items['entity:merge'] && x.items['entity:rename-text'], 'the edit panel open');
}

async function selectTopEntity(index) {
  await openView(page, 'overview');
  await clickItem(page, `top-entity:${index}`);
  return waitForState(page, (x) => x.selected_entity && x.items['entity:edit'], 'an entity selected with its edit panel');
}

test('merge an entity into another: it leaves the entity list and the co-mention matrix, its mentions count for the other', async () => {
  const s = await selectTopEntity(5);
  const source = s.selected_entity;
  await openView(page, 'comentions');
  const matrixBefore = (await state(page)).matrix_entities;
  assert.ok(matrixBefore.includes(source), `${source} in the matrix before`);
  await openEditPanel();
  await page.screenshot({ path: path.join(ARTIFACTS, 'entity-edit.png') });
  await clickItem(page, 'entity:merge');
  const target = source === 'South Korea' ? 'North Korea' : 'South Korea';
  await waitForState(page, (x) => x.items[`merge:${target}`], 'the merge list');
  const before = await state(page);
  await clickItem(page, `merge:${target}`);
  const after = await waitForState(page, (x) => x.import.finished > before.import.finished && !x.import.running, 'the rebuild');
  assert.equal(after.lexicon_error, '');
  assert.equal(after.entities, before.entities - 1, 'one entity fewer');
  assert.equal(after.selected_entity, target);
  const matrix = (await waitForState(page, (x) => x.view === 'comentions' && !x.matrix_entities.includes(source), 'the matrix without it')).matrix_entities;
  assert.ok(matrix.includes(target));
  assert.notDeepEqual(matrix, matrixBefore);
  assert.deepEqual(page.explorerErrors, []);
});

test('rename an entity: the new name everywhere, the old one gone', async () => {
  const s = await selectTopEntity(2);
  const old = s.selected_entity;
  await openEditPanel();
  await focusText(page, 'entity:rename-text');
  await page.keyboard.type('Renamed Entity');
  const before = await state(page);
  await clickItem(page, 'entity:rename');
  const after = await waitForState(page, (x) => x.import.finished > before.import.finished && !x.import.running, 'the rebuild');
  assert.equal(after.selected_entity, 'Renamed Entity');
  assert.equal(after.entities, before.entities);
  assert.ok(after.filter.entities.includes('Renamed Entity') && !after.filter.entities.includes(old),
    `the filter follows: ${after.filter.entities}`);
  await openView(page, 'comentions');
  const m = await waitForState(page, (x) => x.matrix_entities.includes('Renamed Entity'), 'the new name in the matrix');
  assert.ok(!m.matrix_entities.includes(old));
  assert.deepEqual(page.explorerErrors, []);
});

test('split a spelling off an entity: it becomes an entity of its own, with its mentions', async () => {
  // North Korea is written several ways in the seeds ("the North", "North Korean", ...).
  let s = {};
  for (let i = 0; i < 12 && s.selected_entity !== 'North Korea'; i++) s = await selectTopEntity(i);
  assert.equal(s.selected_entity, 'North Korea');
  await openEditPanel();
  // A place of its own, picked before the spelling.
  await clickItem(page, 'entity:split-kind');
  await waitForState(page, (x) => x.items['split-kind:place'], 'the kinds');
  await clickItem(page, 'split-kind:place');
  await clickItem(page, 'entity:split');
  s = await waitForState(page, (x) => Object.keys(x.items).some((k) => k.startsWith('split:')), 'the spellings');
  const splits = Object.keys(s.items).filter((k) => k.startsWith('split:'));
  const spelling = splits[0].slice('split:'.length);
  assert.notEqual(spelling, 'North Korea', 'the name itself is not offered');
  const together = s.entity_mentions['North Korea'].mentions;
  await page.screenshot({ path: path.join(ARTIFACTS, 'entity-split.png') });
  await clickItem(page, splits[0]);
  const after = await waitForState(page, (x) => x.import.finished > s.import.finished && !x.import.running, 'the rebuild');
  assert.equal(after.lexicon_error, '');
  assert.equal(after.selected_entity, spelling);
  const own = after.entity_mentions[spelling];
  assert.ok(own && own.mentions >= 1, `${spelling} is an entity: ${JSON.stringify(own)}`);
  assert.equal(own.kind, 'place', 'the kind picked');
  assert.equal(after.entity_mentions['North Korea'].mentions, together - own.mentions, 'its mentions left North Korea');
  assert.equal(after.entities, s.entities + 1);
  assert.deepEqual(page.explorerErrors, []);
});

// Drags across the reader's text from one point to another (the real mouse: down, moves, up).
async function dragInText(from, to) {
  await page.mouse.move(from[0], from[1]);
  await page.mouse.down();
  // At a hand's pace: the frames see the press where it began, then the moves.
  await page.waitForTimeout(60);
  for (let i = 1; i <= 6; i++) {
    await page.mouse.move(from[0] + (to[0] - from[0]) * i / 6, from[1] + (to[1] - from[1]) * i / 6);
    await page.waitForTimeout(30);
  }
  await page.mouse.up();
}

test('words dragged across in the reader become a new entity, found in every article', async () => {
  await openView(page, 'documents');
  // The entity panel folded, as a reader would before picking words: the text gets the room.
  if ((await state(page)).items['entity:merge']) await clickItem(page, 'entity:edit');
  let s = await waitForState(page, (x) => x.items['reader:text'] && !x.items['entity:merge'], 'the reader');
  const text = s.items['reader:text'];
  // Down the text until a drag lands on words (a drag over a blank or a name picks none).
  for (let i = 0; i < 12 && !s.reader_words; i++) {
    const y = text[1] + 14 + i * (text[3] - 28) / 12;
    await dragInText([text[0] + 8, y], [text[0] + 8 + Math.min(160, text[2] / 3), y]);
    s = await state(page);
  }
  const words = s.reader_words;
  assert.ok(words && /^[\p{L}\p{N}].*[\p{L}\p{N}]$/u.test(words), `whole words picked: "${words}"`);
  assert.ok(s.items['words:create'], 'the panel to name them');
  const before = s;
  // A name of its own, so the count below is the words' alone.
  await clickItem(page, 'words:name');
  await pressKey(page, 'a', ['Control']);
  await page.keyboard.type('Picked Words Org');
  await clickItem(page, 'words:kind');
  await waitForState(page, (x) => x.items['words-kind:organization'], 'the kinds');
  await clickItem(page, 'words-kind:organization');
  await clickItem(page, 'words:create');
  const after = await waitForState(page, (x) => x.import.finished > before.import.finished && !x.import.running, 'the rebuild');
  assert.equal(after.lexicon_error, '');
  const made = after.entity_mentions['Picked Words Org'];
  assert.ok(made && made.mentions >= 1, `the new entity has mentions: ${JSON.stringify(made)}`);
  assert.equal(made.kind, 'organization');
  assert.equal(after.selected_entity, 'Picked Words Org');
  assert.equal(after.reader_words, '', 'the picked words are cleared');
  await page.screenshot({ path: path.join(ARTIFACTS, 'entity-words.png') });
  assert.deepEqual(page.explorerErrors, []);
});

test('a double-clicked word becomes another name of an entity the corpus has', async () => {
  let s = await state(page);
  const text = s.items['reader:text'];
  for (let i = 0; i < 16 && !s.reader_words; i++) {
    const y = text[1] + 14 + i * (text[3] - 28) / 16;
    await page.mouse.dblclick(text[0] + 40, y, { delay: 50 });
    await page.waitForTimeout(60);
    s = await state(page);
  }
  const word = s.reader_words;
  assert.ok(word && !/\s/.test(word), `one word picked: "${word}"`);
  const target = 'South Korea';
  const had = s.entity_mentions[target].mentions;
  await clickItem(page, 'words:alias-of');
  await waitForState(page, (x) => x.items[`alias:${target}`], 'the entity list');
  await clickItem(page, `alias:${target}`);
  const after = await waitForState(page, (x) => x.import.finished > s.import.finished && !x.import.running, 'the rebuild');
  assert.equal(after.lexicon_error, '');
  assert.ok(after.entity_mentions[target].mentions > had, `${target} gained the mentions of "${word}"`);
  assert.equal(after.session.lexicon_additions, s.session.lexicon_additions + 1, 'one lexicon addition more');
  assert.deepEqual(page.explorerErrors, []);
});

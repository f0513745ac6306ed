// Editing entities from the reader with the real mouse and keyboard: merge one entity into
// another and see the co-mention matrix change; rename one; undo is the lexicon's history.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { launchBrowser, serveWeb, openExplorer, state, waitForState, clickItem, openView, focusText, ARTIFACTS } from './browser.mjs';

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

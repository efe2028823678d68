// Browser tests of the analysis tools: goal seek on each deal and the Venture's
// sensitivity heatmap and tornado, against the command line (`dealmodel seek`,
// `dealmodel grid`). Needs dist/ and target/release/dealmodel.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { useApp, noPageErrors, waitComputed, DEALMODEL } from './harness.mjs';

const T = { timeout: 120_000 };

function cli(args) {
  const r = spawnSync(DEALMODEL, args, { encoding: 'utf8', timeout: 60_000 });
  assert.equal(r.status, 0, `dealmodel ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

/** The cells of `dealmodel grid`'s CSV, by row and column. */
function gridLines(csv) {
  return csv.trim().split('\n').slice(1).map((l) => l.split(',').slice(1));
}

/** Moves the heatmap's cursor to a cell with the keyboard; returns the cell in words. */
async function cursorTo(page, r, c) {
  await page.focus('#heat-cells');
  await page.keyboard.press('PageUp');
  await page.keyboard.press('Home');
  for (let i = 0; i < r; i++) await page.keyboard.press('ArrowDown');
  for (let i = 0; i < c; i++) await page.keyboard.press('ArrowRight');
  return page.textContent('#heat-cursor');
}

describe('goal seek and sensitivity on the page', () => {
  const app = useApp();

  it('goal seek finds what dealmodel seek finds, and puts it in', T, async () => {
    const want = JSON.parse(cli(['seek', '#/venture?v=1', '--vary', 'min', '--target', 'recoup_month=4']));
    const { page, errors } = await app.openPage('#/venture?v=1');
    await waitComputed(page, '#/venture?v=1');
    assert.equal(await page.inputValue('#seek-vary'), 'min');
    await page.selectOption('#seek-key', 'recoup_month');
    await page.fill('#seek-value', '4');
    await page.click('#seek-find');
    await page.waitForSelector('#seek-answer[data-value]');
    assert.equal(await page.getAttribute('#seek-answer', 'data-value'), want.value);
    await page.click('#seek-use');
    await waitComputed(page, `#/venture?v=1&min=${want.value}`);
    assert.equal(await page.getAttribute('#recoup-month', 'data-value'), '4');
    noPageErrors(errors);
  });

  it('goal seek on the MSA says when no value in range meets', T, async () => {
    const want = JSON.parse(cli(['seek', '#/msa?v=1', '--vary', 'nrc', '--target', 'shortfall=1']));
    assert.equal(want.value, null);
    const { page, errors } = await app.openPage('#/msa?v=1');
    await waitComputed(page, '#/msa?v=1');
    await page.selectOption('#seek-vary', 'nrc');
    await page.selectOption('#seek-key', 'shortfall');
    await page.fill('#seek-value', '1');
    await page.click('#seek-find');
    await page.waitForSelector('#seek-answer');
    assert.equal(await page.getAttribute('#seek-answer', 'data-value'), '');
    assert.match(await page.textContent('#seek-answer'), /Impossible in range: no value of Non-recurring charge/);
    noPageErrors(errors);
  });

  it('the heatmap is the grid dealmodel prints, with the current scenario marked; the tornado has a bar per input', T, async () => {
    const csv = cli(['grid', '#/venture?v=1', '--rows', 'min=1000000..6000000:41', '--cols', 'term=0.15..0.23:41', '--result', 'recoup_month']);
    const lines = gridLines(csv);
    const { page, errors } = await app.openPage('#/venture?v=1');
    await waitComputed(page, '#/venture?v=1');
    await page.click('#show-sensitivity');
    await page.waitForSelector('#heatmap[data-scenario="#/venture?v=1"]');
    assert.equal(await page.locator('#heat-cells rect').count(), 41 * 41);
    for (const [r, c] of [[0, 0], [20, 20], [40, 40], [8, 31]]) {
      const words = await cursorTo(page, r, c);
      const cell = lines[r][c];
      if (cell === '') assert.match(words, /not recouped/, `cell ${r},${c}`);
      else assert.match(words, new RegExp(`recouped in month ${cell}$`), `cell ${r},${c}: ${words}`);
    }
    assert.equal(await page.locator('#heatmap circle.current').count(), 1);
    assert.ok((await page.locator('#tornado-npv li.bar').count()) >= 10);
    // Moving the minutes moves the marker and recomputes the grid for the new scenario.
    const before = await page.getAttribute('#heatmap circle.current', 'cy');
    await page.locator('#min-range').fill('4500000');
    await waitComputed(page, '#/venture?v=1&min=4500000');
    await page.waitForFunction((b) => document.querySelector('#heatmap circle.current')?.getAttribute('cy') !== b, before);
    await page.waitForSelector('#heatmap[data-scenario="#/venture?v=1&min=4500000"][data-grid-ms]');
    console.log(`# heatmap 41x41 in the browser: ${await page.getAttribute('#heatmap', 'data-grid-ms')} ms wall, ${await page.getAttribute('#heatmap', 'data-compute-ms')} ms computing`);
    noPageErrors(errors);
  });

  it('a heatmap cell, clicked or chosen with the keyboard, sets its minutes and termination rate', T, async () => {
    const { page, errors } = await app.openPage('#/venture?v=1');
    await waitComputed(page, '#/venture?v=1');
    await page.click('#show-sensitivity');
    await page.waitForSelector('#heatmap[data-scenario="#/venture?v=1"]');
    // Row 8 is 2,000,000 minutes a month; column 31 is 0.212 $/min.
    await page.locator('#heat-cells rect').nth(8 * 41 + 31).click();
    await waitComputed(page, '#/venture?v=1&min=2000000&term=0.212');
    assert.equal(await page.inputValue('#min-range'), '2000000');
    // The keyboard: one row up from the cell taken, then Enter.
    await page.focus('#heat-cells');
    await page.keyboard.press('ArrowUp');
    assert.match(await page.textContent('#heat-cursor'), /^1,875,000 minutes a month at 0\.212 \$\/min: /);
    assert.match(await page.getAttribute('#heat-cells', 'aria-label'), /^1,875,000 minutes a month/);
    await page.keyboard.press('Enter');
    await waitComputed(page, '#/venture?v=1&min=1875000&term=0.212');
    noPageErrors(errors);
  });

  it('moving a slider with the map open recomputes the map for the new scenario', T, async () => {
    const { page, errors } = await app.openPage('#/venture?v=1');
    await waitComputed(page, '#/venture?v=1');
    await page.click('#show-sensitivity');
    await page.waitForSelector('#heatmap[data-scenario="#/venture?v=1"]');
    const share = await page.getAttribute('#share-range', 'max');
    await page.locator('#share-range').fill(share);
    // The whole page follows the headlines a painted frame later.
    await page.waitForFunction(() => document.body.dataset.computedAt !== '#/venture?v=1');
    const link = await page.evaluate(() => document.body.dataset.computedAt);
    await page.waitForFunction((l) => document.querySelector('#heatmap')?.dataset.scenario === l, link);
    const lines = gridLines(cli(['grid', link, '--rows', 'min=1000000..6000000:41', '--cols', 'term=0.15..0.23:41', '--result', 'recoup_month']));
    for (const [r, c] of [[4, 4], [30, 12]]) {
      const words = await cursorTo(page, r, c);
      const cell = lines[r][c];
      if (cell === '') assert.match(words, /not recouped/, `cell ${r},${c}`);
      else assert.match(words, new RegExp(`recouped in month ${cell}$`), `cell ${r},${c}: ${words}`);
    }
    noPageErrors(errors);
  });
});

// Browser tests of the web app against the command line model (target/release/dealmodel).
// Needs dist/ (trunk build) and target/release/dealmodel: `./dev test` builds both first.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  useApp, noPageErrors,
  model,
  canonicalLink,
  asDataValue,
  assertHeadlines,
  readMonthlyTable,
  findMonthlyRows,
  waitComputed,
  waitHash,
  eventually,
  plainNumber,
  DEFAULT_LINK,
} from './harness.mjs';

const T = { timeout: 90_000 };

describe('dealmodel web app', () => {
  const app = useApp();

  it('(a) default page shows the default recoup month and results', T, async () => {
    const json = model(DEFAULT_LINK);
    assert.equal(json.results.recoup_month, 6, 'dealmodel default recoup month');
    const { page, errors } = await app.openPage('');
    await waitComputed(page, canonicalLink(json, DEFAULT_LINK));
    assert.equal(await page.getAttribute('#recoup-month', 'data-value'), asDataValue(json.results.recoup_month));
    await assertHeadlines(page, json.results);
    noPageErrors(errors);
  });

  it('(b) moving the minutes slider recomputes and the hash follows', T, async () => {
    const link = '#/venture?v=1&min=4500000';
    const json = model(link);
    const expected = canonicalLink(json, link);
    const { page, errors } = await app.openPage(DEFAULT_LINK);
    await page.locator('#min-range').fill('4500000'); // sets the value, dispatches input + change
    await waitComputed(page, expected);
    await waitHash(page, expected);
    assert.equal(await page.getAttribute('#recoup-month', 'data-value'), asDataValue(json.results.recoup_month));
    await assertHeadlines(page, json.results);
    await eventually(async () => assert.equal(plainNumber(await page.inputValue('#min-number')), '4500000'));
    noPageErrors(errors);
  });

  it('(b2) ArrowRight on the minutes slider moves one step and matches dealmodel', T, async () => {
    const { page, errors } = await app.openPage(DEFAULT_LINK);
    const range = page.locator('#min-range');
    const before = await range.evaluate((el) => ({ value: el.value, step: el.step, max: el.max }));
    await range.focus();
    await page.keyboard.press('ArrowRight');
    const stepped = await range.inputValue();
    if (Number(before.value) < Number(before.max)) {
      assert.notEqual(stepped, before.value, 'ArrowRight moved the slider');
      if (before.step && before.step !== 'any') {
        assert.ok(
          Math.abs(Number(stepped) - Number(before.value) - Number(before.step)) < 1e-9 * Math.max(1, Number(before.step)),
          `moved by one step (${before.value} -> ${stepped}, step ${before.step})`,
        );
      }
    }
    await page.waitForFunction(
      (d) => document.body.dataset.computedAt !== d && location.hash === document.body.dataset.computedAt,
      DEFAULT_LINK,
    );
    const hash = await page.evaluate(() => location.hash);
    assert.match(hash, /[?&]min=/, `hash ${hash} carries min`);
    const json = model(hash);
    await assertHeadlines(page, json.results);
    noPageErrors(errors);
  });

  it('(c) typing a termination rate applies it', T, async () => {
    const link = '#/venture?v=1&term=0.185';
    const json = model(link);
    const expected = canonicalLink(json, link);
    const { page, errors } = await app.openPage(DEFAULT_LINK);
    const box = page.locator('#term-number');
    await box.selectText();
    await box.pressSequentially('0.185');
    await box.press('Enter');
    await waitComputed(page, expected);
    await waitHash(page, expected);
    await assertHeadlines(page, json.results);
    assert.equal(plainNumber(await box.inputValue()), '0.185');
    noPageErrors(errors);
  });

  it('(c2) leaving the profit share box applies it', T, async () => {
    const link = '#/venture?v=1&share=27.5';
    const json = model(link);
    const expected = canonicalLink(json, link);
    const { page, errors } = await app.openPage(DEFAULT_LINK);
    const box = page.locator('#share-number');
    await box.selectText();
    await box.pressSequentially('27.5');
    await box.press('Tab');
    await waitComputed(page, expected);
    await assertHeadlines(page, json.results);
    noPageErrors(errors);
  });

  it('(d) opening a link shows its inputs and results', T, async () => {
    const link = '#/venture?v=1&min=4500000&term=0.185&share=27.5';
    const json = model(link);
    const { page, errors } = await app.openPage(link);
    await waitComputed(page, canonicalLink(json, link));
    assert.equal(plainNumber(await page.inputValue('#min-number')), '4500000');
    assert.equal(plainNumber(await page.inputValue('#term-number')), '0.185');
    assert.equal(plainNumber(await page.inputValue('#share-number')), '27.5');
    assert.equal(Number(await page.inputValue('#min-range')), 4500000);
    await assertHeadlines(page, json.results);
    noPageErrors(errors);
  });

  it('(e) a bad link shows the error and keeps the default scenario', T, async () => {
    const defaults = model(DEFAULT_LINK);
    const { page, errors } = await app.openPage('#/venture?v=1&min=abc');
    const alert = page.locator('#link-error');
    await alert.waitFor({ state: 'visible' });
    assert.equal(await alert.getAttribute('role'), 'alert');
    assert.match(await alert.innerText(), /Minutes per month: /, "the parameter by its label");
    assert.equal(await page.getAttribute('#recoup-month', 'data-value'), asDataValue(defaults.results.recoup_month));
    assert.equal(await page.getAttribute('#recoup-month', 'data-value'), '6');
    await assertHeadlines(page, defaults.results);
    noPageErrors(errors);
  });

  it('(f) monthly table: row 1 retained at defaults, all cells as dealmodel gives them', T, async () => {
    const json = model(DEFAULT_LINK);
    const { page, errors } = await app.openPage(DEFAULT_LINK);
    await waitComputed(page, canonicalLink(json, DEFAULT_LINK));
    const table = await readMonthlyTable(page);
    assert.ok(table.length > 0, '#monthly-table has rows');
    assert.ok(table[0].retained, 'row 1 has a td[data-key=retained]');
    assert.equal(table[0].retained.value, '2968.42');
    assert.match(table[0].retained.text, /2,968/, 'text has a thousands separator');
    const rows = findMonthlyRows(json);
    if (rows) {
      assert.equal(table.length, rows.length, 'one <tr> per month');
      rows.forEach((want, i) => {
        for (const [key, cell] of Object.entries(table[i])) {
          if (key in want) assert.equal(cell.value, asDataValue(want[key]), `row ${i + 1} ${key}`);
        }
      });
    }
    noPageErrors(errors);
  });

  it('(g) switching terms recomputes and matches dealmodel', T, async () => {
    const { page, errors } = await app.openPage(DEFAULT_LINK);
    const amended = page.locator('#terms-amended');
    const original = page.locator('#terms-original');
    const target = (await amended.isChecked()) ? original : amended;
    await target.check();
    await page.waitForFunction(
      (d) => document.body.dataset.computedAt !== d && location.hash === document.body.dataset.computedAt,
      DEFAULT_LINK,
    );
    const hash = await page.evaluate(() => location.hash);
    await assertHeadlines(page, model(hash).results);
    // The subtitle follows the terms, and the page says what moved the share and why.
    if (await original.isChecked()) {
      assert.match(await page.textContent('.lede'), /original terms/);
      assert.match(await page.textContent('#terms-note'), /profit share moved from 25 % to 40 %: under the original terms it is 40–50 %/);
    } else {
      assert.match(await page.textContent('.lede'), /as amended/);
    }
    noPageErrors(errors);
  });

  it('(h) copy link puts the current link on the clipboard', T, async () => {
    const link = '#/venture?v=1&min=4500000';
    const { page, errors } = await app.openPage(link, { permissions: ['clipboard-read', 'clipboard-write'] });
    const expected = canonicalLink(model(link), link);
    await waitComputed(page, expected);
    await page.locator('#copy-link').click();
    await eventually(async () => {
      const text = await page.evaluate(() => navigator.clipboard.readText());
      assert.ok(text.endsWith(expected), `clipboard ${JSON.stringify(text)} ends with ${expected}`);
    });
    noPageErrors(errors);
  });

  it('(j) PageUp and PageDown move each slider by its page step', T, async () => {
    const cases = [
      ['#/venture?v=1', [['min', 100000], ['term', 0.01], ['share', 0.5]]],
      ['#/msa?v=1', [['termm', 6], ['mrc', 5000]]],
      ['#/note?v=1', [['rate', 0.5], ['usury', 1]]],
    ];
    for (const [link, sliders] of cases) {
      const { page, errors } = await app.openPage(link);
      await waitComputed(page, link);
      for (const [param, pageStep] of sliders) {
        const range = `#${param}-range`;
        const number = async (attr) => Number(attr ? await page.getAttribute(range, attr) : await page.inputValue(range));
        const [before, min, max] = [await number(), await number('min'), await number('max')];
        const near = (a, b) => Math.abs(a - b) < 1e-9;
        await page.focus(range);
        const up = Math.min(before + pageStep, max);
        await page.keyboard.press('PageUp');
        await page.waitForFunction(([r, v]) => Math.abs(Number(document.querySelector(r).value) - v) < 1e-9, [range, up]);
        const down = Math.max(up - pageStep, min);
        await page.keyboard.press('PageDown');
        await page.waitForFunction(([r, v]) => Math.abs(Number(document.querySelector(r).value) - v) < 1e-9, [range, down]);
        assert.ok(near(await number(), down), `${param}: PageUp then PageDown from ${before}`);
      }
      noPageErrors(errors);
    }
  });

  it('(i) the engine runs once per settled change, on every deal', T, async () => {
    const runs = (page) => page.evaluate(() => Number(document.body.dataset.engineRuns));
    const cases = [
      ['#/venture?v=1', '#min-range', '4500000', '#/venture?v=1&min=4500000'],
      ['#/msa?v=1', '#mrc-range', '12000', '#/msa?v=1&mrc=12000'],
    ];
    for (const [link, control, value, after] of cases) {
      const { page, errors } = await app.openPage(link);
      await waitComputed(page, link);
      const before = await runs(page);
      assert.ok(before >= 1, `${link}: the engine ran to show it (${before})`);
      await page.$eval(control, (el, v) => {
        el.value = v;
        el.dispatchEvent(new Event('input', { bubbles: true }));
      }, value);
      await waitComputed(page, after);
      assert.equal(await runs(page) - before, 1, `${link}: one run for one change`);
      noPageErrors(errors);
    }
  });
});

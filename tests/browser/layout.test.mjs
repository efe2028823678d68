// Browser tests of what a person sees at a phone's width (390 px) and a laptop's
// (1280 px): the tornado's labels whole and readable inside the chart, and the
// explanation panel never covering the figure it explains (a bottom sheet on a phone).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, noPageErrors, waitComputed, eventually } from './harness.mjs';

const T = { timeout: 120_000 };
const WIDTHS = [390, 1280];

/** Whether two client rectangles overlap. */
function overlaps(a, b) {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

describe('layout at a phone and a laptop width', () => {
  const app = useApp();

  for (const width of WIDTHS) {
    it(`the tornado's labels are whole and readable at ${width} px`, T, async () => {
      const { page, errors } = await app.openPage('#/venture?v=1');
      await page.setViewportSize({ width, height: 844 });
      await waitComputed(page, '#/venture?v=1');
      await page.click('#show-sensitivity');
      await page.waitForSelector('#tornado-npv li.bar');
      const labels = await page.evaluate(() =>
        [...document.querySelectorAll('#tornado-npv li.bar')].map((bar) => {
          const label = bar.querySelector('.tornado-label');
          const values = bar.querySelector('.tornado-values');
          const chart = document.querySelector('#tornado-npv').getBoundingClientRect();
          const box = label.getBoundingClientRect();
          return {
            text: label.textContent,
            values: values.textContent,
            px: parseFloat(getComputedStyle(label).fontSize),
            inside: box.left >= chart.left - 0.5 && box.right <= chart.right + 0.5,
            cut: label.scrollWidth > label.clientWidth + 1,
          };
        }),
      );
      assert.ok(labels.length >= 10, 'a bar per input');
      for (const label of labels) {
        assert.ok(label.px >= 12, `${label.text}: ${label.px} px`);
        assert.ok(label.inside && !label.cut, `${label.text} is whole inside the chart`);
        assert.match(label.text, /^[A-Z].*: /, `${label.text} starts with the input's name`);
      }
      // Minutes per month names itself and its range; an input at 0 says ±10 % is no move.
      assert.ok(labels.some((l) => /^Minutes per month: 2,700,000 → 3,300,000$/.test(l.text)), JSON.stringify(labels.map((l) => l.text)));
      assert.ok(labels.some((l) => /does not move it/.test(l.text) && l.values === 'no change'));
      noPageErrors(errors);
    });

    it(`the explanation panel does not cover the figure it explains at ${width} px`, T, async () => {
      const { page, errors } = await app.openPage('#/venture?v=1');
      await page.setViewportSize({ width, height: 700 });
      await waitComputed(page, '#/venture?v=1');
      // A figure low in the window: the panel opens over the bottom of it.
      for (const selector of ['#thil-npv', '#monthly-table tbody tr:nth-child(3) td[data-key="retained"]']) {
        await page.evaluate((selector) => {
          const element = document.querySelector(selector);
          window.scrollBy(0, element.getBoundingClientRect().bottom - window.innerHeight + 20);
        }, selector);
        await page.click(selector);
        await page.waitForSelector('.explain-panel');
        await eventually(async () => {
          const boxes = await page.evaluate((selector) => ({
            figure: document.querySelector(selector).getBoundingClientRect().toJSON(),
            panel: document.querySelector('.explain-panel').getBoundingClientRect().toJSON(),
          }), selector);
          assert.ok(!overlaps(boxes.figure, boxes.panel), `${selector} ${JSON.stringify(boxes)}`);
          if (width === 390) {
            // A sheet from the bottom, the window's whole width.
            assert.equal(Math.round(boxes.panel.left), 0);
            assert.equal(Math.round(boxes.panel.right), 390);
            assert.equal(Math.round(boxes.panel.bottom), 700);
          }
        });
        await page.keyboard.press('Escape');
        await page.waitForSelector('.explain-panel', { state: 'detached' });
      }
      noPageErrors(errors);
    });
  }
});

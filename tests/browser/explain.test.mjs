// Browser tests of the explanations: a figure clicked (or focused and Enter)
// explains itself with the same formula line as `dealmodel explain`.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { useApp, noPageErrors, waitComputed, DEALMODEL } from './harness.mjs';

const T = { timeout: 90_000 };

/** The formula line of `dealmodel explain LINK FIGURE` (its second line). */
function formulaLine(link, figure) {
  const r = spawnSync(DEALMODEL, ['explain', link, figure], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout.split('\n')[1].trim();
}

describe('every figure explains itself on the page', () => {
  const app = useApp();

  it('a monthly table cell clicked shows the same formula as dealmodel explain', T, async () => {
    const { page, errors } = await app.openPage('#/venture?v=1');
    await waitComputed(page, '#/venture?v=1');
    await page.click('#monthly-table tbody tr:first-child td[data-key="retained"]');
    const line = page.locator('.explain-panel .explain-line code');
    await line.waitFor();
    assert.equal((await line.textContent()).trim(), formulaLine('#/venture?v=1', 'rows[0].retained'));
    assert.match(await line.textContent(), /round\(75,200\.00 × \(95,000\.00 − 80,000\.00\) \/ 380,000\.00\) = 2,968\.42 — amended cl\. 2\(2\)\(1\)\(b\); funded reading/);
    // Walking back to a value it used opens that value's explanation.
    await page.locator('.explain-panel .explain-walk').first().click();
    await page.waitForFunction(() => !document.querySelector('.explain-panel .explain-line code')?.textContent.startsWith('retained'));
    assert.deepEqual(errors, []);
  });

  it('a headline focused and Enter explains it; an MSA invoice cell too', T, async () => {
    const { page, errors } = await app.openPage('#/venture?v=1');
    await waitComputed(page, '#/venture?v=1');
    await page.focus('#thil-npv');
    await page.keyboard.press('Enter');
    const line = page.locator('.explain-panel .explain-line code');
    await line.waitFor();
    assert.equal((await line.textContent()).trim(), formulaLine('#/venture?v=1', 'results.thil_npv'));
    await page.evaluate(() => { location.hash = '#/msa?v=1&stop=2003-11-20'; });
    await waitComputed(page, '#/msa?v=1&stop=2003-11-20');
    await page.click('#invoice-table tbody tr:first-child td[data-key="amount"]');
    await page.waitForFunction(() => document.querySelector('.explain-panel .explain-line code')?.textContent.includes('7,500.00'));
    assert.equal((await line.textContent()).trim(), formulaLine('#/msa?v=1&stop=2003-11-20', 'rows[0].amount'));
    assert.deepEqual(errors, []);
  });

  it('a point of a chart explains itself: a bar of the cash chart', T, async () => {
    const { page, errors } = await app.openPage('#/venture?v=1');
    await waitComputed(page, '#/venture?v=1');
    const bar = page.locator('rect.series-retained[data-explain]').first();
    const figure = await bar.getAttribute('data-explain');
    assert.match(figure, /^rows\[\d+\]\.retained$/);
    await bar.dispatchEvent('click');
    const line = page.locator('.explain-panel .explain-line code');
    await line.waitFor();
    assert.equal((await line.textContent()).trim(), formulaLine('#/venture?v=1', figure));
    noPageErrors(errors);
  });

  it('from the keyboard: a table is one tab stop, arrows move between cells, Enter explains', T, async () => {
    const { page, errors } = await app.openPage('#/venture?v=1');
    const messages = [];
    page.on('console', (m) => messages.push(m.text()));
    await waitComputed(page, '#/venture?v=1');
    await page.focus('.table-scroll:has(#monthly-table)');
    await page.keyboard.press('ArrowDown'); // the first cell
    await page.keyboard.press('ArrowDown'); // month 2
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowRight'); // its revenue
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-key')), 'revenue');
    await page.keyboard.press('Enter');
    const line = page.locator('.explain-panel .explain-line code');
    await line.waitFor();
    assert.equal((await line.textContent()).trim(), formulaLine('#/venture?v=1', 'rows[1].revenue'));
    assert.deepEqual(messages.filter((m) => /passive/i.test(m)), [], 'the arrow keys use an active listener');
    // The focused cell is in view, below the sticky header row.
    const seen = await page.evaluate(() => {
      const cell = document.activeElement.getBoundingClientRect();
      const box = document.activeElement.closest('.table-scroll').getBoundingClientRect();
      const header = document.querySelector('#monthly-table thead').getBoundingClientRect();
      return cell.top >= header.bottom - 1 && cell.bottom <= box.bottom + 1;
    });
    assert.ok(seen, 'the focused cell is visible below the header');
    noPageErrors(errors);
  });

  it('walking back: a value opens its own explanation, Back and Alt+← return, Escape closes and gives focus back', T, async () => {
    const { page, errors } = await app.openPage('#/venture?v=1');
    await waitComputed(page, '#/venture?v=1');
    const heading = () => page.locator('.explain-panel h3').textContent();
    await page.focus('#thil-net');
    await page.keyboard.press('Enter');
    await page.locator('.explain-panel h3').waitFor();
    const first = await heading();
    assert.match(first, /^THIL net/);
    await page.locator('.explain-panel .explain-walk').first().click();
    await page.waitForFunction((h) => document.querySelector('.explain-panel h3')?.textContent !== h, first);
    const second = await heading();
    await page.click('.explain-panel .explain-back');
    await page.waitForFunction((h) => document.querySelector('.explain-panel h3')?.textContent === h, first);
    await page.locator('.explain-panel .explain-walk').first().click();
    await page.waitForFunction((h) => document.querySelector('.explain-panel h3')?.textContent === h, second);
    await page.keyboard.press('Alt+ArrowLeft');
    await page.waitForFunction((h) => document.querySelector('.explain-panel h3')?.textContent === h, first);
    assert.equal(await page.locator('.explain-panel .explain-back').count(), 0, 'no Back at the first figure');
    await page.keyboard.press('Escape');
    await page.locator('.explain-panel').waitFor({ state: 'detached' });
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'thil-net', 'focus returns to the figure');
    noPageErrors(errors);
  });

  it('from the keyboard, a walk, Back and Alt+← leave the focus on the new explanation\'s heading, not on the page', T, async () => {
    const { page, errors } = await app.openPage('#/venture?v=1');
    await waitComputed(page, '#/venture?v=1');
    const headingFocused = (text) => page.waitForFunction((t) => {
      const active = document.activeElement;
      return active?.matches('.explain-panel h3') && active.textContent.startsWith(t);
    }, text);
    await page.focus('#thil-net');
    await page.keyboard.press('Enter');
    await page.locator('.explain-panel .explain-walk').first().focus();
    await page.keyboard.press('Enter');
    await page.locator('.explain-panel .explain-back').waitFor();
    const walked = await page.locator('.explain-panel h3').textContent();
    assert.doesNotMatch(walked, /^THIL net/);
    await headingFocused(walked);
    await page.locator('.explain-panel .explain-back').focus();
    await page.keyboard.press('Enter');
    await page.locator('.explain-panel .explain-back').waitFor({ state: 'detached' });
    await headingFocused('THIL net');
    // Tab goes on into the explanation, not from the page's start.
    await page.keyboard.press('Tab');
    assert.ok(await page.evaluate(() => document.activeElement?.closest('.explain-panel') !== null), 'Tab stays in the panel');
    // Walk again, then Alt+← from the walk's place in the panel.
    await page.locator('.explain-panel .explain-walk').first().focus();
    await page.keyboard.press('Enter');
    await headingFocused(walked);
    await page.keyboard.press('Alt+ArrowLeft');
    await headingFocused('THIL net');
    noPageErrors(errors);
  });
});

// Browser tests of the Venture's risk view: ranges set on the page give the
// figures `dealmodel risk` prints for the same link, the link carries them to a
// new page, and the draws run between frames. Needs dist/ and
// target/release/dealmodel.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { useApp, noPageErrors, waitComputed, waitHash, axeSource, DEALMODEL } from './harness.mjs';

const T = { timeout: 120_000 };
const RISK_LINK = '#/venture?v=1&risk=min:uniform:2000000..4000000';

function risk(link) {
  const r = spawnSync(DEALMODEL, ['risk', link], { encoding: 'utf8', timeout: 60_000 });
  assert.equal(r.status, 0, `dealmodel risk ${link}: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

async function figures(page) {
  // The figures of the finished run (while drawing, the last run's stay, busy).
  await page.waitForSelector('#risk-result[data-risk-ms] #risk-headline[data-share]');
  return {
    share: await page.getAttribute('#risk-headline', 'data-share'),
    month: await page.getAttribute('#risk-headline', 'data-month'),
    headline: (await page.textContent('#risk-headline')).trim(),
    npv: await page.$$eval('tr[data-figure="thil_npv"] td', (tds) => tds.map((td) => td.textContent)),
    ms: await page.getAttribute('#risk-result', 'data-risk-ms'),
  };
}

describe('the risk view on the page', () => {
  const app = useApp();

  it('ranges set on the page give dealmodel risk’s figures, and the link carries them', T, async () => {
    const want = risk(RISK_LINK);
    const { page, errors } = await app.openPage('#/venture?v=1');
    await waitComputed(page, '#/venture?v=1');
    await page.click('#show-risk');
    await page.check('#risk-min-on');
    await page.fill('#risk-min-lo', '2000000');
    await page.press('#risk-min-lo', 'Tab');
    await page.fill('#risk-min-hi', '4000000');
    await page.press('#risk-min-hi', 'Tab');
    await waitHash(page, RISK_LINK);
    const shown = await figures(page);
    assert.equal(shown.month, '6');
    assert.equal(shown.share, want.recoup_by['6']);
    const percent = Math.round(Number(want.recoup_by['6']) * 100);
    assert.match(shown.headline, new RegExp(`^${percent} % chance the loan is recouped by month 6`));
    assert.match(shown.headline, /of 10,000 draws recouped by month 6/);
    const dollars = (s) => '$' + Number(s).toLocaleString('en-US', { minimumFractionDigits: 2 });
    assert.deepEqual(shown.npv.slice(0, 3), [want.thil_npv.p5, want.thil_npv.p50, want.thil_npv.p95].map(dollars));
    console.log(`# risk view, 10,000 draws at 24 months in the browser: ${shown.ms} ms from the change to the figures`);

    // The draws as CSV: one line per draw, and as many recouped by month 6 as the headline says.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#csv-venture-risk-draws')]);
    await download.cancel().catch(() => {});
    const href = await page.getAttribute('#csv-venture-risk-draws', 'href');
    const lines = decodeURIComponent(href.slice('data:text/csv;charset=utf-8,'.length)).trim().split('\n');
    assert.equal(lines[0], 'draw,min,recoup_month,loan,thil_npv,fusion_net_cash');
    assert.equal(lines.length, 10_001);
    const byMonth6 = lines.slice(1).filter((line) => {
      const month = line.split(',')[2];
      return month !== '' && Number(month) <= 6;
    }).length;
    assert.equal((byMonth6 / 10_000).toFixed(4), want.recoup_by['6']);

    // The same link in a new page gives the same figures.
    const copied = await page.evaluate(() => location.hash);
    // A link with a risk plan opens with the risk view showing.
    const other = await app.openPage(copied);
    await other.page.waitForSelector('#show-risk[aria-expanded="true"]');
    assert.equal(await other.page.isChecked('#risk-min-on'), true);
    assert.equal(await other.page.inputValue('#risk-min-hi'), '4000000');
    const again = await figures(other.page);
    assert.equal(again.share, shown.share);
    assert.deepEqual(again.npv, shown.npv);
    noPageErrors(errors);
    noPageErrors(other.errors);
  });

  it('a bad range is said in words and leaves the link as it was', T, async () => {
    const { page, errors } = await app.openPage(RISK_LINK);
    // Opened with the link's plan showing; closed, the risk view is left out of
    // the printed report, even with a plan in the link.
    await page.waitForSelector('#show-risk[aria-expanded="true"]');
    await page.click('#show-risk');
    await page.waitForSelector('#show-risk[aria-expanded="false"]');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.isVisible('section.risk'), false);
    await page.emulateMedia({ media: 'screen' });
    await page.click('#show-risk');
    await figures(page);
    await page.fill('#risk-min-lo', '5000000');
    await page.press('#risk-min-lo', 'Tab');
    const message = await page.textContent('.risk-settings .field-error');
    assert.match(message, /^Minutes per month: has “From” above “To”/);
    assert.equal(await page.evaluate(() => location.hash), RISK_LINK);
    // The open panel, its boxes, message and charts pass axe.
    await page.evaluate(await axeSource());
    const violations = await page.evaluate(async () => (await window.axe.run('.risk', { resultTypes: ['violations'] })).violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id));
    assert.deepEqual(violations, []);
    // Printed while open, the report keeps the figures and drops the boxes.
    await page.fill('#risk-min-lo', '2000000');
    await page.waitForSelector('#risk-result[data-risk-ms] #risk-headline[data-share]');
    await page.emulateMedia({ media: 'print' });
    for (const shown of ['#risk-headline', '.risk-histogram', '.risk-curve', '.risk-spreads']) {
      assert.equal(await page.isVisible(shown), true, `${shown} printed`);
    }
    assert.equal(await page.isVisible('#risk-min-lo'), false);
    noPageErrors(errors);
  });
});

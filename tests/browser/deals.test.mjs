// Browser tests of the MSA and Note pages and the links between the deals, against
// the command line model (target/release/dealmodel). Needs dist/ and the release CLI.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { useApp, noPageErrors, model, dealmodel, canonicalLink, asDataValue, waitComputed, waitHash, eventually, DEALMODEL } from './harness.mjs';

const T = { timeout: 90_000 };

/** A table's rows as [{ key: data-value }]. */
async function readTable(page, id) {
  return page.evaluate(
    (id) =>
      [...document.querySelectorAll(`#${id} tbody tr`)].map((tr) => {
        const row = {};
        for (const cell of tr.querySelectorAll('[data-key]')) row[cell.getAttribute('data-key')] = cell.getAttribute('data-value');
        return row;
      }),
    id,
  );
}

/** dealmodel's rows with every value as the page's data-value. */
function asRows(rows, keys) {
  return rows.map((row) => Object.fromEntries(keys.map((k) => [k, asDataValue(row[k])])));
}

async function assertFigures(page, figures, results) {
  for (const [id, key] of Object.entries(figures)) {
    assert.equal(await page.getAttribute(`#${id}`, 'data-value'), asDataValue(results[key]), `#${id} (${key})`);
  }
}

const MSA_FIGURES = {
  'total-charges': 'total_charges',
  'termination-charge': 'termination_charge',
  'termination-due': 'termination_due',
  shortfall: 'shortfall',
  'late-interest': 'late_interest',
  'max-deposit': 'max_deposit',
  'term-end': 'term_end',
  'commitment-end': 'commitment_end',
};
const MSA_ROW_KEYS = ['number', 'date', 'period_start', 'period_end', 'recurring', 'nrc', 'amount', 'due', 'dispute_by'];
const NOTE_FIGURES = {
  payoff: 'payoff',
  'total-interest': 'total_interest',
  'act360-cost-vs-act365': 'act360_cost_vs_act365',
  principal: 'principal',
  'payoff-accrued': 'payoff_accrued',
};
const NOTE_ROW_KEYS = ['date', 'days', 'principal', 'interest', 'overdue_interest', 'due', 'paid', 'overdue_balance'];

/** Parses an iCalendar text into its events (unfolding continuation lines). */
function parseIcs(text) {
  assert.ok(text.includes('\r\n'), 'iCalendar lines end in CRLF');
  const lines = text.split('\r\n').reduce((out, line) => {
    if (line.startsWith(' ') && out.length) out[out.length - 1] += line.slice(1);
    else if (line) out.push(line);
    return out;
  }, []);
  assert.equal(lines[0], 'BEGIN:VCALENDAR');
  assert.equal(lines[lines.length - 1], 'END:VCALENDAR');
  assert.ok(lines.includes('VERSION:2.0'));
  const events = [];
  let current = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT') {
      events.push(current);
      current = null;
    } else if (current) {
      const colon = line.indexOf(':');
      const name = line.slice(0, colon).split(';')[0];
      current[name] = line.slice(colon + 1);
    }
  }
  return events;
}

describe('the MSA and Note pages', () => {
  const app = useApp();

  it('the deals link to each other and each keeps its own scenario', T, async () => {
    const { page, errors } = await app.openPage('#/venture?v=1&min=4500000');
    await waitComputed(page, '#/venture?v=1&min=4500000');
    await page.click('#nav-msa');
    await waitComputed(page, '#/msa?v=1');
    assert.equal(await page.getAttribute('#nav-msa', 'aria-current'), 'page');
    assert.match(await page.textContent('h1'), /MSA/);
    await page.click('#nav-note');
    await waitComputed(page, '#/note?v=1');
    await page.click('#nav-venture');
    await waitComputed(page, '#/venture?v=1&min=4500000');
    await waitHash(page, '#/venture?v=1&min=4500000');
    noPageErrors(errors);
  });

  it('the MSA page shows what dealmodel gives, invoice by invoice', T, async () => {
    const json = model('#/msa?v=1');
    const { page, errors } = await app.openPage('#/msa?v=1');
    await waitComputed(page, canonicalLink(json, '#/msa?v=1'));
    await assertFigures(page, MSA_FIGURES, json.results);
    assert.deepEqual(await readTable(page, 'invoice-table'), asRows(json.rows, MSA_ROW_KEYS));
    assert.deepEqual(await readTable(page, 'dates-table'), asRows(json.dates, ['date', 'what', 'clause']));
    noPageErrors(errors);
  });

  it('typing a stop date on the MSA page gives dealmodel\'s termination charge', T, async () => {
    const link = '#/msa?v=1&stop=2003-11-20';
    const json = model(link);
    const { page, errors } = await app.openPage('#/msa?v=1');
    await page.fill('#field-stop', '2003-11-20');
    await waitComputed(page, canonicalLink(json, link));
    await waitHash(page, canonicalLink(json, link));
    await assertFigures(page, MSA_FIGURES, json.results);
    assert.deepEqual(await readTable(page, 'invoice-table'), asRows(json.rows, MSA_ROW_KEYS));
    // The chart marks the stop.
    await eventually(async () => assert.match(await page.textContent('#stop-chart .stop-marker'), /2003-11-20/));
    // The charge is due 30 days after the stop (a headline), the service ends on
    // the stop with the scheduled end beside it as the charge's basis.
    assert.equal(await page.textContent('#termination-due'), '2003-12-20');
    const termEnd = page.locator('.headline', { has: page.locator('#term-end') });
    assert.match(await termEnd.textContent(), /scheduled end/);
    assert.match(await termEnd.textContent(), /The service ends on 2003-11-20/);
    // Under the invoices: the charge's line as dealmodel's CSV ends, then the
    // total, which is the headline total.
    const closing = await page.evaluate(() => [...document.querySelectorAll('#invoice-table tfoot tr.closing [data-key]')].map((c) => c.getAttribute('data-value')));
    const csv = spawnSync(DEALMODEL, ['--format', 'csv', link], { encoding: 'utf8', timeout: 30_000 });
    assert.equal(csv.status, 0, csv.stderr);
    const csvLines = csv.stdout.trim().split('\n');
    assert.deepEqual(closing, csvLines[csvLines.length - 1].split(','));
    assert.equal(await page.getAttribute('#invoice-table tfoot tr.total [data-key="total_charges"]', 'data-value'), json.results.total_charges);
    assert.match(await page.textContent('#invoice-table tfoot tr.closing th'), /Termination charge/);
    // The dates that matter: the charge's due date in, the notice of intent to extend out.
    assert.deepEqual(await readTable(page, 'dates-table'), asRows(json.dates, ['date', 'what', 'clause']));
    const dates = await page.textContent('#dates-table');
    assert.match(dates, /the termination charge is due/);
    assert.doesNotMatch(dates, /intent to extend/);
    // And in the calendar file.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-ics')]);
    const events = parseIcs(readFileSync(await download.path(), 'utf8'));
    const due = events.find((e) => e.DTSTART === '20031220');
    assert.ok(due && /termination charge is due/.test(due.SUMMARY), 'the .ics has the charge\'s due date');
    assert.ok(!events.some((e) => /intent to extend/.test(e.SUMMARY)), 'no notice of intent to extend after a stop');
    // A click on the charge's line explains the termination charge.
    await page.click('#invoice-table tfoot tr.closing [data-key="amount"]');
    await eventually(async () => assert.match(await page.textContent('.explain-panel'), /termination charge/i));
    noPageErrors(errors);
  });

  it('a day clicked on the stop chart, or chosen with the keyboard, becomes the stop date', T, async () => {
    const { page, errors } = await app.openPage('#/msa?v=1');
    await waitComputed(page, '#/msa?v=1');
    // A click a third of the way along the plot.
    await page.evaluate(() => { window.__chart = [...document.querySelectorAll('#stop-chart svg > :not(.stop-marker)')]; });
    const box = await page.locator('#stop-pick').boundingBox();
    await page.locator('#stop-pick').click({ position: { x: box.width / 3, y: box.height / 2 } });
    await page.waitForFunction(() => /[?&]stop=/.test(document.body.dataset.computedAt));
    // The marker comes in beside the chart's other elements, which stay as they were.
    await page.locator('#stop-chart .stop-marker').waitFor();
    assert.ok(await page.evaluate(() => window.__chart.every((element) => element.isConnected)), 'the chart\'s elements are not rebuilt');
    const clicked = (await page.textContent('#stop-cursor')).match(/stops on (\d{4}-\d{2}-\d{2})/)[1];
    assert.equal(await page.inputValue('#field-stop'), clicked);
    // The keyboard: the next day, then Enter; the page then shows dealmodel's charge.
    await page.focus('#stop-pick');
    await page.keyboard.press('ArrowRight');
    const next = (await page.textContent('#stop-cursor')).match(/stops on (\d{4}-\d{2}-\d{2})/)[1];
    assert.notEqual(next, clicked);
    assert.match(await page.getAttribute('#stop-pick', 'aria-label'), new RegExp(`^TWW stops on ${next}: a termination charge of `));
    await page.keyboard.press('Enter');
    const link = `#/msa?v=1&stop=${next}`;
    const json = model(link);
    await waitComputed(page, canonicalLink(json, link));
    await assertFigures(page, MSA_FIGURES, json.results);
    noPageErrors(errors);
  });

  it('the Service Term slider moves by a month from the keyboard', T, async () => {
    const link = '#/msa?v=1&termm=13';
    const json = model(link);
    const { page, errors } = await app.openPage('#/msa?v=1');
    await page.focus('#termm-range');
    await page.keyboard.press('ArrowRight');
    await waitComputed(page, canonicalLink(json, link));
    await assertFigures(page, MSA_FIGURES, json.results);
    noPageErrors(errors);
  });

  it('the dates that matter download as an iCalendar file that parses', T, async () => {
    const link = '#/msa?v=1&notice=2003-09-03';
    const json = model(link);
    const { page, errors } = await app.openPage(link);
    await waitComputed(page, canonicalLink(json, link));
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-ics')]);
    assert.match(download.suggestedFilename(), /\.ics$/);
    const events = parseIcs(readFileSync(await download.path(), 'utf8'));
    assert.equal(events.length, json.dates.length, 'one event per date that matters');
    const uids = new Set(events.map((e) => e.UID));
    assert.equal(uids.size, events.length, 'UIDs are unique');
    const starts = events.map((e) => e.DTSTART).sort();
    const want = json.dates.map((d) => d.date.replaceAll('-', '')).sort();
    assert.deepEqual(starts, want);
    for (const e of events) assert.ok(e.SUMMARY && e.DTSTAMP && e.DTEND, 'SUMMARY, DTSTAMP and DTEND are set');
    noPageErrors(errors);
  });

  it('the Note page shows the schedule and the payoff dealmodel gives', T, async () => {
    const link = '#/note?v=1&demand=2004-02-15&missed=2003-06-30&missed=2003-09-30';
    const json = model(link);
    const { page, errors } = await app.openPage(link);
    await waitComputed(page, canonicalLink(json, link));
    await assertFigures(page, NOTE_FIGURES, json.results);
    assert.deepEqual(await readTable(page, 'schedule-table'), asRows(json.rows, NOTE_ROW_KEYS));
    noPageErrors(errors);
  });

  it('the Note at 390 px: a missed date carried and paid in words, the principal a choice, 24 px touch targets', T, async () => {
    const { page, errors } = await app.openPage('#/note?v=1');
    await page.setViewportSize({ width: 390, height: 800 });
    await waitComputed(page, '#/note?v=1');
    // Untick "Paid" for 2003-06-30, as a thumb would.
    const link = '#/note?v=1&missed=2003-06-30';
    const json = model(link);
    await page.click('#paid-2003-06-30');
    await waitComputed(page, canonicalLink(json, link));
    // The page says what became of it: carried, its interest quarter by quarter,
    // when it is paid, and the clause.
    const notices = await page.textContent('.notices');
    assert.match(notices, /Interest due on 2003-06-30 \(122\.27\) was not paid: it is carried as overdue interest/);
    assert.match(notices, /1\.48 on 2003-09-30; it is paid on 2003-09-30 with everything then due \(247\.36\)/);
    assert.match(notices, /¶ 2/);
    assert.ok(json.notices.some((n) => n.includes('carried as overdue interest')), 'dealmodel says the same');
    // "Principal as written" is a choice of two, not a text box.
    assert.equal(await page.locator('#field-amount').count(), 0);
    assert.ok(await page.isChecked('#amount-words'));
    await page.click('label[for="amount-figures"]');
    const figures = '#/note?v=1&amount=figures&missed=2003-06-30';
    await waitComputed(page, canonicalLink(model(figures), figures));
    // Every checkbox and radio is at least 24 px square.
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('input[type="checkbox"], input[type="radio"]')]
        .filter((input) => input.offsetParent !== null)
        .map((input) => ({ id: input.id, box: input.getBoundingClientRect() }))
        .filter(({ box }) => box.width < 24 || box.height < 24)
        .map(({ id, box }) => `${id} ${box.width}×${box.height}`),
    );
    assert.deepEqual(small, []);
    noPageErrors(errors);
  });

  it('the words-against-figures switch and the day count change the payoff', T, async () => {
    const { page, errors } = await app.openPage('#/note?v=1');
    await waitComputed(page, '#/note?v=1');
    await page.check('#amount-figures');
    const figures = model('#/note?v=1&amount=figures');
    await waitComputed(page, canonicalLink(figures, '#/note?v=1&amount=figures'));
    await assertFigures(page, NOTE_FIGURES, figures.results);
    const link = '#/note?v=1&amount=figures&basis=act365';
    const act365 = model(link);
    await page.check('#basis-act365');
    await waitComputed(page, canonicalLink(act365, link));
    await assertFigures(page, NOTE_FIGURES, act365.results);
    assert.notEqual(act365.results.payoff, figures.results.payoff);
    noPageErrors(errors);
  });

  it('unticking "paid" on the Note schedule marks the date missed', T, async () => {
    const link = '#/note?v=1&missed=2003-06-30';
    const json = model(link);
    const { page, errors } = await app.openPage('#/note?v=1');
    await waitComputed(page, '#/note?v=1');
    await page.uncheck('#paid-2003-06-30');
    await waitComputed(page, canonicalLink(json, link));
    assert.deepEqual(await readTable(page, 'schedule-table'), asRows(json.rows, NOTE_ROW_KEYS));
    await assertFigures(page, NOTE_FIGURES, json.results);
    await page.check('#paid-2003-06-30');
    await waitComputed(page, '#/note?v=1');
    noPageErrors(errors);
  });

  it('comparing with the other terms shows what the amendment changed, to the cent', T, async () => {
    const { page, errors } = await app.openPage('#/venture?v=1');
    await waitComputed(page, '#/venture?v=1');
    await page.click('#compare-terms');
    const link = '#/compare?v=1&a=%2Fventure%3Fv%3D1%26terms%3Doriginal&b=%2Fventure%3Fv%3D1';
    await waitComputed(page, link);
    await waitHash(page, link);
    const run = dealmodel(link);
    assert.equal(run.code, 0, run.stderr);
    const json = run.json;
    assert.equal(json.model, 'compare');
    const cents = (text) => BigInt(text.replace('.', ''));
    const change = (key) => {
      const diff = cents(json.b.results[key]) - cents(json.a.results[key]);
      const sign = diff < 0n ? '-' : '';
      const abs = (diff < 0n ? -diff : diff).toString().padStart(3, '0');
      return `${sign}${abs.slice(0, -2)}.${abs.slice(-2)}`;
    };
    for (const key of ['thil_npv', 'fusion_net_cash', 'thil_total_received']) {
      assert.equal(await page.getAttribute(`#compare-table [data-key="${key}"]`, 'data-value'), change(key), key);
    }
    assert.equal(await page.locator('#compare-rows tbody tr').count(), json.b.rows.length, 'month by month');
    // A compare link opened directly, then no longer comparing.
    const msaLink = '#/compare?v=1&a=%2Fmsa%3Fv%3D1&b=%2Fmsa%3Fv%3D1%26mrc%3D12000';
    await page.evaluate((l) => { location.hash = l; }, msaLink);
    await waitComputed(page, msaLink);
    assert.equal(await page.getAttribute('#compare-table [data-key="total_charges"]', 'data-value'), '24000.00');
    await page.click('#unpin');
    await waitComputed(page, '#/msa?v=1&mrc=12000');
    assert.equal(await page.locator('#compare').count(), 0);
    noPageErrors(errors);
  });

  it('a bad MSA link is refused with a message and the page is unchanged', T, async () => {
    const { page, errors } = await app.openPage('#/msa?v=1');
    await waitComputed(page, '#/msa?v=1');
    await page.evaluate(() => {
      location.hash = '#/msa?v=1&stop=2002-01-01';
    });
    await page.waitForSelector('#link-error');
    assert.match(await page.textContent('#link-error'), /TWW terminates on: /);
    assert.equal(await page.evaluate(() => document.body.dataset.computedAt), '#/msa?v=1');
    noPageErrors(errors);
  });
});

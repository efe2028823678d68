// Browser tests of the page tools: saved scenarios (localStorage, surviving a
// reload, corrupt data set aside), undo/redo, CSV downloads against dealmodel,
// and the print stylesheet. Needs dist/ and the release CLI.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { useApp, noPageErrors, model, canonicalLink, waitComputed, waitHash, eventually, axeSource, DEALMODEL } from './harness.mjs';

const T = { timeout: 90_000 };

/** axe-core's violations inside `selector` (labels, names, contrast, roles).
 * axe is evaluated, not added as a script tag: the page's CSP refuses inline scripts. */
async function axeViolations(page, selector) {
  await page.evaluate(await axeSource());
  return page.evaluate(async (sel) => {
    const result = await window.axe.run(sel, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, selector);
}
const SAVED_KEY = 'dealmodel-saved';
const ASIDE_KEY = 'dealmodel-saved-aside';

function dealmodelCsv(link) {
  const r = spawnSync(DEALMODEL, ['--format', 'csv', link], { encoding: 'utf8', timeout: 30_000 });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

/** Parses simple CSV (quoted fields allowed) into arrays of fields. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n') row.push(field), rows.push(row), (row = []), (field = '');
    else field += c;
  }
  return rows;
}

/** Clicks a CSV download and returns the text it carries (the data: link's content). */
async function downloadCsv(page, id) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(`#${id}`)]);
  await download.cancel().catch(() => {});
  const href = await page.getAttribute(`#${id}`, 'href');
  const prefix = 'data:text/csv;charset=utf-8,';
  assert.ok(href.startsWith(prefix), href.slice(0, 40));
  assert.equal(await page.getAttribute(`#${id}`, 'download'), `${id.slice(4)}.csv`);
  return decodeURIComponent(href.slice(prefix.length));
}

async function savedNames(page) {
  return page.$$eval('#saved-list li', (items) => items.map((li) => li.dataset.name));
}

describe('the page tools', () => {
  const app = useApp();

  it('a saved scenario survives a reload, is listed, opens, renames and deletes', T, async () => {
    const { page, errors } = await app.openPage('#/venture?v=1&min=4500000');
    await waitComputed(page, '#/venture?v=1&min=4500000');
    await page.click('#saved-heading');
    await page.fill('#save-name', 'Higher traffic');
    await page.press('#save-name', 'Enter');
    await eventually(async () => assert.deepEqual(await savedNames(page), ['Higher traffic']));
    assert.match(await page.textContent('#saved-status'), /Saved as “Higher traffic”/);
    // Another scenario on another deal, saved under the same name: it gets "(2)".
    await page.click('#nav-msa');
    await waitComputed(page, '#/msa?v=1');
    await page.fill('#save-name', 'Higher traffic');
    await page.click('#save-scenario');
    await eventually(async () => assert.deepEqual(await savedNames(page), ['Higher traffic', 'Higher traffic (2)']));

    await page.reload();
    await waitComputed(page, '#/msa?v=1');
    assert.deepEqual(await savedNames(page), ['Higher traffic', 'Higher traffic (2)']);
    await page.click('#saved-list li[data-name="Higher traffic"] button.open');
    await waitComputed(page, '#/venture?v=1&min=4500000');
    assert.match(await page.textContent('h1'), /Venture/);

    await page.click('#saved-list li[data-name="Higher traffic (2)"] button.rename-start');
    await page.fill('#saved-list .rename-name', 'MSA defaults');
    await page.press('#saved-list .rename-name', 'Enter');
    await eventually(async () => assert.deepEqual(await savedNames(page), ['Higher traffic', 'MSA defaults']));
    assert.deepEqual(await axeViolations(page, '.saved'), []);
    // Rename from the keyboard: the box has the focus once opened.
    await page.focus('#saved-list li[data-name="MSA defaults"] button.rename-start');
    await page.keyboard.press('Enter');
    await eventually(async () => assert.equal(await page.evaluate(() => document.activeElement.className), 'rename-name'));
    await page.keyboard.press('Control+a');
    await page.keyboard.type('MSA, defaults');
    await page.keyboard.press('Enter');
    await eventually(async () => assert.deepEqual(await savedNames(page), ['Higher traffic', 'MSA, defaults']));
    // Escape closes the rename box without renaming.
    await page.click('#saved-list li[data-name="MSA, defaults"] button.rename-start');
    await page.press('#saved-list .rename-name', 'Escape');
    await eventually(async () => assert.equal(await page.$('#saved-list .rename-name'), null));
    await page.click('#saved-list li[data-name="MSA, defaults"] button.rename-start');
    await page.fill('#saved-list .rename-name', 'MSA defaults');
    await page.press('#saved-list .rename-name', 'Enter');
    await eventually(async () => assert.deepEqual(await savedNames(page), ['Higher traffic', 'MSA defaults']));
    // Delete asks once more.
    await page.click('#saved-list li[data-name="Higher traffic"] button.delete');
    assert.deepEqual(await savedNames(page), ['Higher traffic', 'MSA defaults']);
    await page.click('#saved-list li[data-name="Higher traffic"] button.delete');
    await eventually(async () => assert.deepEqual(await savedNames(page), ['MSA defaults']));
    const stored = await page.evaluate((k) => localStorage.getItem(k), SAVED_KEY);
    assert.match(stored, /^dealmodel-saved v1\nMSA%20defaults\t%23%2Fmsa%3Fv%3D1\t/);
    noPageErrors(errors);
  });

  it('a saved compare of two deals and thousands of bad lines: set aside, counted, the first few named', T, async () => {
    const { page, errors } = await app.openPage('#/note?v=1');
    await page.evaluate(([k]) => {
      const mixed = 'Mixed\t' + encodeURIComponent('#/compare?v=1&a=%2Fventure&b=%2Fmsa') + '\t2026-11-21T10%3A00%3A00Z';
      const junk = Array.from({ length: 2000 }, (_, i) => `junk ${i}`).join('\n');
      localStorage.setItem(k, `dealmodel-saved v1\n${mixed}\nKept\t%23%2Fnote%3Fv%3D1\t2026-11-21T10%3A00%3A00Z\n${junk}\n`);
    }, [SAVED_KEY]);
    await page.reload();
    await waitComputed(page, '#/note?v=1');
    const notice = await page.textContent('#saved-notice');
    assert.match(notice, /^2001 of the stored saved scenarios could not be read/);
    assert.match(notice, /line 2: the link of “Mixed” no longer reads \(it compares the venture with the msa/);
    assert.match(notice, /; and 1998 more\.$/);
    assert.ok(notice.length < 1000, `${notice.length} characters`);
    assert.deepEqual(await savedNames(page), ['Kept']);
    noPageErrors(errors);
  });

  it('corrupt stored data is reported and set aside; the good entries stay', T, async () => {
    const { page, errors } = await app.openPage('#/note?v=1');
    await page.evaluate(([k]) => {
      localStorage.setItem(k, 'dealmodel-saved v1\nKept\t%23%2Fnote%3Fv%3D1\t2026-11-21T10%3A00%3A00Z\n\u0000junk{"x":1}\nOld\t%23%2Fventure%3Fv%3D1%26min%3Dabc\tt\n');
    }, [SAVED_KEY]);
    await page.reload();
    await waitComputed(page, '#/note?v=1');
    const notice = await page.textContent('#saved-notice');
    assert.match(notice, /2 of the stored saved scenarios could not be read and were set aside/);
    assert.match(notice, /line 3: 1 fields where 3 are expected/);
    assert.match(notice, /line 4: the link of “Old” no longer reads \(min:/);
    assert.deepEqual(await savedNames(page), ['Kept']);
    const aside = await page.evaluate((k) => localStorage.getItem(k), ASIDE_KEY);
    assert.ok(aside.includes('\u0000junk{"x":1}'), aside);
    assert.ok(aside.includes('Old\t%23%2Fventure'), aside);
    // A whole foreign text is set aside too, and the aside key keeps both.
    await page.evaluate((k) => localStorage.setItem(k, '{"scenarios": []}'), SAVED_KEY);
    await page.reload();
    await waitComputed(page, '#/note?v=1');
    assert.match(await page.textContent('#saved-notice'), /not a list of saved scenarios/);
    assert.deepEqual(await savedNames(page), []);
    const both = await page.evaluate((k) => localStorage.getItem(k), ASIDE_KEY);
    assert.ok(both.includes('junk') && both.includes('{"scenarios": []}'), both);
    // The page still works: saving starts a fresh list.
    await page.fill('#save-name', 'Fresh');
    await page.click('#save-scenario');
    await eventually(async () => assert.deepEqual(await savedNames(page), ['Fresh']));
    noPageErrors(errors);
  });

  it('a slider drag is one undo step; redo brings it back; Ctrl+Z works too', T, async () => {
    const { page, errors } = await app.openPage('#/venture?v=1');
    await waitComputed(page, '#/venture?v=1');
    await eventually(async () => assert.equal(await page.isDisabled('#undo'), true));
    // A drag: many input events in quick succession.
    await page.locator('#min-range').evaluate((el) => {
      for (let v = 3_100_000; v <= 4_500_000; v += 100_000) {
        el.value = String(v);
        el.dispatchEvent(new Event('input', { bubbles: true }));
      }
      el.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await waitComputed(page, '#/venture?v=1&min=4500000');
    await waitHash(page, '#/venture?v=1&min=4500000');
    await eventually(async () => assert.equal(await page.isDisabled('#undo'), false));
    await page.click('#undo');
    await waitComputed(page, '#/venture?v=1');
    await waitHash(page, '#/venture?v=1');
    // One step only: nothing further back.
    await eventually(async () => assert.equal(await page.isDisabled('#undo'), true));
    await page.click('#redo');
    await waitComputed(page, '#/venture?v=1&min=4500000');
    await eventually(async () => assert.equal(await page.isDisabled('#redo'), true));
    // The keyboard, with the focus on the slider (not a text box).
    await page.focus('#min-range');
    await page.keyboard.press('Control+z');
    await waitComputed(page, '#/venture?v=1');
    await page.keyboard.press('Control+Shift+z');
    await waitComputed(page, '#/venture?v=1&min=4500000');
    // In a text box, Ctrl+Z is the box's own.
    await page.focus('#min-number');
    await page.keyboard.press('Control+z');
    await new Promise((r) => setTimeout(r, 400));
    assert.equal(await page.evaluate(() => document.body.dataset.computedAt), '#/venture?v=1&min=4500000');
    noPageErrors(errors);
  });

  it('each table downloads as the CSV dealmodel prints', T, async () => {
    const link = '#/venture?v=1&min=4500000&months=36';
    const json = model(link);
    const canonical = canonicalLink(json, link);
    const { page, errors } = await app.openPage(link);
    await waitComputed(page, canonical);
    assert.equal(await downloadCsv(page, 'csv-venture-monthly'), dealmodelCsv(canonical));
    const cash = parseCsv(await downloadCsv(page, 'csv-venture-cash'));
    assert.deepEqual(cash[0], Object.keys(json.cash[0]));
    assert.deepEqual(cash.slice(1), json.cash.map((row) => Object.values(row).map((v) => (v === null ? '' : String(v)))));

    const msa = '#/msa?v=1&stop=2003-11-20';
    const msaJson = model(msa);
    await page.goto(app.server.url + msa);
    await waitComputed(page, canonicalLink(msaJson, msa));
    assert.equal(await downloadCsv(page, 'csv-msa-invoices'), dealmodelCsv(msa));
    const dates = parseCsv(await downloadCsv(page, 'csv-msa-dates'));
    assert.deepEqual(dates.slice(1), msaJson.dates.map((row) => Object.values(row).map(String)));

    await page.goto(app.server.url + '#/note?v=1&basis=act365');
    await waitComputed(page, '#/note?v=1&basis=act365');
    const note = await downloadCsv(page, 'csv-note-schedule');
    assert.equal(note, dealmodelCsv('#/note?v=1&basis=act365'));
    // What a spreadsheet opens cleanly: plain decimals and ISO dates, no thousands separators.
    for (const row of parseCsv(note).slice(1)) {
      assert.match(row[0], /^\d{4}-\d{2}-\d{2}$/);
      for (const cell of row.slice(1)) assert.doesNotMatch(cell, /,|\$/);
    }
    noPageErrors(errors);
  });

  it('printing shows the inputs with their sources and hides the controls', T, async () => {
    const { page, errors } = await app.openPage('#/venture?v=1&min=4500000');
    await waitComputed(page, '#/venture?v=1&min=4500000');
    assert.equal(await page.isVisible('#print-inputs'), false);
    assert.equal(await page.isVisible('#min-range'), true);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.isVisible('#print-inputs'), true);
    for (const hidden of ['#min-range', '#copy-link', '#undo', 'nav.deals', '.saved', '#csv-venture-monthly']) {
      assert.equal(await page.isVisible(hidden), false, `${hidden} hidden in print`);
    }
    // What does nothing on paper is left out: the hint, and the tools not opened.
    for (const idle of ['.explain-hint', 'section.sensitivity', 'section.goal-seek', 'section.fusion-view']) {
      assert.equal(await page.isVisible(idle), false, `${idle} left out of print`);
    }
    for (const shown of ['#recoup-month', '.chart svg', '#monthly-table']) {
      assert.equal(await page.isVisible(shown), true, `${shown} shown in print`);
    }
    const min = await page.$eval('#print-inputs tr[data-param="min"]', (tr) => [...tr.children].map((c) => c.textContent));
    assert.deepEqual(min, ['Minutes per month', '4,500,000', 'cl. 2(1)(b), 2(1)(j²)']);
    const disc = await page.$eval('#print-inputs tr[data-param="disc"] td:last-child', (td) => td.textContent);
    assert.equal(disc, 'assumption');
    // The table is not in a scroll box in print.
    const box = await page.$eval('#monthly-table', (t) => getComputedStyle(t.parentElement).overflowY);
    assert.equal(box, 'visible');
    const pdf = await page.pdf({ format: 'A4' });
    assert.ok(pdf.length > 10_000);
    // Opened on screen, the heatmap and the tornado print too.
    await page.emulateMedia({ media: 'screen' });
    await page.click('#show-sensitivity');
    await page.waitForSelector('#heatmap[data-grid-ms]');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.isVisible('#heatmap'), true, 'the heatmap prints when open');
    assert.equal(await page.isVisible('#tornado-npv'), true, 'the tornado prints when open');
    noPageErrors(errors);
  });

  it('Fusion’s view, left open, is never printed unless its box is ticked', T, async () => {
    // A compare of the Venture's terms with Fusion's view opened on the page:
    // the report goes to THIL, and Fusion's other deals must not.
    const { page, errors } = await app.openPage('#/note?v=1&missed=2003-09-30');
    await page.click('#fusion-view summary');
    await page.waitForSelector('#fusion-view[open] #fusion-print');
    await page.click('nav.deals a[href*="venture"]');
    await page.waitForSelector('#fusion-view[open]');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.isVisible('section.fusion-view'), false, 'Fusion’s view left out of print');
    const text = (await page.pdf({ format: 'A4' })).toString('latin1');
    assert.ok(text.length > 10_000);
    await page.emulateMedia({ media: 'screen' });
    await page.check('#fusion-print');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.isVisible('section.fusion-view'), true, 'chosen, it prints');
    noPageErrors(errors);
  });
});

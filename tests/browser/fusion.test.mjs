// Browser test of Fusion's view (the section below every page): closed it computes
// nothing; opened, its table and totals are what `dealmodel fusion` gives for the
// three deals' current scenarios, and it follows a change on a deal's page.
// Needs dist/ and the release CLI (target/release/dealmodel).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { useApp, noPageErrors, DEALMODEL, axeSource, canonicalLink, model, waitComputed, eventually } from './harness.mjs';

const T = { timeout: 90_000 };

/** `dealmodel fusion --format json VENTURE MSA NOTE`, parsed. */
function fusion(venture, msa, note) {
  if (!existsSync(DEALMODEL)) throw new Error(`${DEALMODEL} is missing: run cargo build --release --bin dealmodel`);
  const r = spawnSync(DEALMODEL, ['fusion', '--format', 'json', venture, msa, note], { encoding: 'utf8', timeout: 30_000 });
  if (r.error) throw r.error;
  assert.equal(r.status, 0, `dealmodel fusion exited ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

/** The Fusion table's rows as [{ key: data-value }]. */
async function readFusionTable(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('#fusion-table tbody tr')].map((tr) => {
      const row = {};
      for (const cell of tr.querySelectorAll('[data-key]')) row[cell.getAttribute('data-key')] = cell.getAttribute('data-value');
      return row;
    }),
  );
}

async function readTotals(page) {
  return page.evaluate(() => Object.fromEntries([...document.querySelectorAll('.fusion-totals [data-key]')].map((dd) => [dd.dataset.key, dd.dataset.value])));
}

async function assertMatches(page, json) {
  await eventually(async () => assert.deepEqual(await readFusionTable(page), json.rows), { timeout: 15_000 });
  assert.deepEqual(await readTotals(page), json.totals);
}

describe("Fusion's view", () => {
  const app = useApp();

  it('is closed at first and, opened, shows what dealmodel fusion gives', T, async () => {
    const venture = '#/venture?v=1&min=4500000';
    const { page, errors } = await app.openPage(venture);
    await waitComputed(page, venture);
    assert.equal(await page.locator('#fusion-view').count(), 1, 'the section is on the page');
    assert.equal(await page.locator('#fusion-table').count(), 0, 'nothing computed while closed');
    await page.click('#fusion-view summary');
    await page.waitForSelector('#fusion-table tbody tr');
    const json = fusion(venture, '#/msa?v=1', '#/note?v=1');
    assert.ok(json.rows.length > 12);
    await assertMatches(page, json);
    // The caption links to each scenario used.
    const hrefs = await page.evaluate(() => [...document.querySelectorAll('.fusion-caption a')].map((a) => a.getAttribute('href')));
    assert.deepEqual(hrefs, [json.scenarios.venture, json.scenarios.msa, json.scenarios.note]);
    // Closed again, the table goes.
    await page.click('#fusion-view summary');
    await eventually(async () => assert.equal(await page.locator('#fusion-table').count(), 0));
    noPageErrors(errors);
  });

  it("follows a change on the MSA page and stays open across the deals", T, async () => {
    const { page, errors } = await app.openPage('#/msa?v=1');
    await waitComputed(page, '#/msa?v=1');
    await page.click('#fusion-view summary');
    await page.waitForSelector('#fusion-table tbody tr');
    await assertMatches(page, fusion('#/venture?v=1', '#/msa?v=1', '#/note?v=1'));
    const link = '#/msa?v=1&stop=2003-11-20';
    const msa = canonicalLink(model(link), link);
    await page.fill('#field-stop', '2003-11-20');
    await waitComputed(page, msa);
    await assertMatches(page, fusion('#/venture?v=1', msa, '#/note?v=1'));
    await page.click('#nav-note');
    await waitComputed(page, '#/note?v=1');
    assert.equal(await page.getAttribute('#fusion-view', 'open'), '', 'still open on the Note page');
    await assertMatches(page, fusion('#/venture?v=1', msa, '#/note?v=1'));
    noPageErrors(errors);
  });

  it('opened, axe finds no serious or critical violation in it', T, async () => {
    const { page, errors } = await app.openPage('#/venture?v=1');
    await waitComputed(page, '#/venture?v=1');
    await page.click('#fusion-view summary');
    await page.waitForSelector('#fusion-table tbody tr');
    // Evaluated through the DevTools protocol, as in audit.test.mjs.
    await page.evaluate(await axeSource());
    const violations = await page.evaluate(async () => {
      const r = await window.axe.run('#fusion-view', { resultTypes: ['violations'] });
      return r.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .flatMap((v) => v.nodes.map((n) => `${v.impact} ${v.id}: ${v.help} — ${n.target.join(' ')}`));
    });
    assert.deepEqual(violations, []);
    noPageErrors(errors);
  });

  it('a Fusion link opens Fusion’s view with its three deals, stays the address, and gives dealmodel’s figures', T, async () => {
    const link = '#/fusion?v=1&msa=%2Fmsa%3Fv%3D1%26stop%3D2003-11-20&note=%2Fnote%3Fv%3D1%26missed%3D2003-09-30';
    const { page, errors } = await app.openPage(link);
    await page.waitForSelector('#fusion-view[open]');
    await assertMatches(page, fusion('#/venture?v=1', '#/msa?v=1&stop=2003-11-20', '#/note?v=1&missed=2003-09-30'));
    // The address stays Fusion's position, canonical, and follows an edit.
    await eventually(async () => assert.equal(await page.evaluate(() => location.hash), link));
    await page.locator('#min-range').fill('4500000');
    await eventually(async () => assert.match(await page.evaluate(() => location.hash), /^#\/fusion\?v=1&venture=%2Fventure%3Fv%3D1%26min%3D4500000&msa=/));
    // The links between the deals carry each part.
    assert.equal(await page.getAttribute('#nav-msa', 'href'), '#/msa?v=1&stop=2003-11-20');
    // The view gives the link of the position and its CSV, dealmodel's to the byte.
    assert.equal(await page.getAttribute('#fusion-link', 'href'), await page.evaluate(() => location.hash));
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#csv-fusion')]);
    const csv = await (await import('node:fs/promises')).readFile(await download.path(), 'utf8');
    const want = spawnSync(DEALMODEL, ['--format', 'csv', await page.evaluate(() => location.hash)], { encoding: 'utf8', timeout: 30_000 });
    assert.equal(want.status, 0, want.stderr);
    assert.equal(csv, want.stdout);
    // A printed report carries the deal's own link, never Fusion's position
    // (it names Fusion's other deals).
    await page.emulateMedia({ media: 'print' });
    const printed = await page.textContent('.print-link');
    assert.match(printed, /#\/venture\?v=1&min=4500000$/);
    assert.doesNotMatch(printed, /fusion|msa|note/);
    await page.emulateMedia({ media: 'screen' });
    noPageErrors(errors);
  });
});

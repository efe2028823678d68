// The page speaks in words: walking every deal and tool as a person would, no
// link key, JSON key or figure address (`rows[`, `results.`) shows, and no number
// has more than 6 decimals. Keys belong to links, JSON and the command line.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, noPageErrors, waitComputed, model } from './harness.mjs';

const T = { timeout: 180_000 };

/** Link keys that are not English words (those that are, like `term` or `due`,
 * would match the labels that name them). */
const LINK_KEYS = ['ffee', 'sfee', 'disc', 'termm', 'mrc', 'nrc', 'latec', 'lateinv', 'latedays', 'nocap', 'contrib', 'paydown'];

/** Everything a person can read: the rendered text, chart labels and tooltips,
 * the options of every list, and accessible names. */
async function readable(page) {
  return page.evaluate(() => {
    // What lies below the fold is rendered only in view (content-visibility:
    // auto), and innerText leaves out what is not rendered: a person scrolling
    // reads it all, so render it all before reading.
    for (const el of document.querySelectorAll('.monthly, .extra, .notices, .panel')) el.style.contentVisibility = 'visible';
    const texts = [document.body.innerText];
    for (const el of document.querySelectorAll('svg text, svg title, option')) texts.push(el.textContent);
    for (const el of document.querySelectorAll('[aria-label]')) texts.push(el.getAttribute('aria-label'));
    return texts.join('\n');
  });
}

/** The JSON keys of a link's output (results, rows and further tables). */
function jsonKeys(link) {
  const json = model(link);
  const keys = new Set(Object.keys(json.results));
  for (const table of ['rows', 'cash', 'dates']) for (const row of json[table] ?? []) for (const k of Object.keys(row)) keys.add(k);
  return [...keys];
}

function assertWords(text, where, keys) {
  const problems = [];
  for (const pattern of [/\brows\[/, /\bresults\./, /\bcash\[\d/, /\bdates\[\d/, /\b[a-z]{3,}=[a-z]/, /\d\.\d{7,}/, /\b[a-z]+_[a-z_]+\b/]) {
    const m = text.match(pattern);
    if (m) problems.push(`${pattern}: …${text.slice(Math.max(0, m.index - 40), m.index + 40)}…`);
  }
  for (const key of [...LINK_KEYS, ...keys.filter((k) => k.includes('_'))]) {
    const m = text.match(new RegExp(`\\b${key}\\b`));
    if (m) problems.push(`key ${key}: …${text.slice(Math.max(0, m.index - 40), m.index + 40)}…`);
  }
  assert.deepEqual(problems, [], `${where} shows keys or raw numbers`);
}

/** Opens each headline's explanation (focus + Enter) and checks its words. */
async function everyHeadlineExplained(page, where, keys) {
  const ids = await page.$$eval('dl.headlines dd.figure', (dds) => dds.map((d) => d.id));
  assert.ok(ids.length >= 5, `${where}: headlines`);
  for (const id of ids) {
    await page.focus(`#${id}`);
    await page.keyboard.press('Enter');
    await page.locator('.explain-panel h3').waitFor();
    assertWords(await page.locator('.explain-panel').innerText(), `${where}: the explanation of #${id}`, keys);
    assert.equal(await page.locator('.explain-panel .explain-error').count(), 0, `${where}: #${id} explains itself`);
  }
  await page.click('.explain-panel button:has-text("Close")');
  await page.locator('.explain-panel').waitFor({ state: 'detached' });
}

async function seekAndCheck(page, where, keys) {
  await page.fill('#seek-value', '');
  await page.click('#seek-find');
  await page.waitForSelector('#seek-answer');
  assertWords(await page.textContent('#seek-answer'), `${where}: goal seek with no value`, keys);
  await page.fill('#seek-value', '6');
  await page.click('#seek-find');
  await page.waitForFunction(() => !document.querySelector('#seek-answer')?.textContent.startsWith('Type'));
  assertWords(await readable(page), `${where}: goal seek`, keys);
}

describe('the page speaks in words, never in keys', () => {
  const app = useApp();

  it('the Venture: headlines, explanations, notices, sensitivity, goal seek, the other terms, print', T, async () => {
    const link = '#/venture?v=1&min=2500000';
    const keys = jsonKeys(link);
    const { page, errors } = await app.openPage(link);
    await waitComputed(page, link);
    assertWords(await readable(page), 'the Venture', keys);
    assert.match(await page.textContent('.notices'), /below its commitment/, 'a notice shows');
    await everyHeadlineExplained(page, 'the Venture', keys);
    await page.click('#show-sensitivity');
    await page.waitForSelector('#heatmap[data-grid-ms]');
    await page.waitForSelector('.tornado svg');
    assertWords(await readable(page), 'the Venture with sensitivity', keys);
    await page.click('#show-risk');
    await page.check('#risk-term-on');
    await page.selectOption('#risk-term-shape', 'tri');
    await page.fill('#risk-term-lo', '0.17');
    await page.fill('#risk-term-hi', '0.21');
    await page.waitForSelector('#risk-result[data-risk-ms] #risk-headline[data-share]');
    assertWords(await readable(page), 'the Venture with the risk view', keys);
    await page.fill('#risk-term-lo', '0.25');
    await page.waitForSelector('.risk-settings .field-error');
    assertWords(await page.innerText('.risk-settings'), 'a bad risk range', keys);
    await page.fill('#risk-term-lo', '0.17');
    await seekAndCheck(page, 'the Venture', keys);
    await page.click('#compare-terms');
    await page.waitForSelector('#compare-table');
    const compare = await page.innerText('#compare-table');
    assertWords(compare, 'the Venture against the other terms', keys);
    assert.match(compare, /THIL Percentage Share/);
    await page.emulateMedia({ media: 'print' });
    assertWords(await page.innerText('#print-inputs'), 'the printed inputs', keys);
    assert.match(await page.innerText('#print-inputs'), /2,500,000/);
    noPageErrors(errors);
  });

  it('the MSA after a stop and the Note with a missed date: headlines, explanations, goal seek, compare', T, async () => {
    for (const link of ['#/msa?v=1&stop=2003-11-20&lateinv=2&latedays=10', '#/note?v=1&missed=2003-06-30']) {
      const keys = jsonKeys(link);
      const { page, errors } = await app.openPage(link);
      await waitComputed(page, link);
      assertWords(await readable(page), link, keys);
      await everyHeadlineExplained(page, link, keys);
      await seekAndCheck(page, link, keys);
      await page.click('#pin-a');
      const boxes = page.locator('main input[type="text"][inputmode="decimal"]');
      await boxes.first().fill('1');
      await boxes.first().press('Tab');
      await page.waitForSelector('#compare-table');
      assertWords(await readable(page), `${link} compared`, keys);
      noPageErrors(errors);
    }
  });
});

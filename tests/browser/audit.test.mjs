// Accessibility (issue 4): an axe-core audit of every page at desktop and phone
// widths (no serious or critical violation), run with the page's own
// Content-Security-Policy in force; and the checks axe cannot make: visible
// keyboard focus, sliders and switches from the keyboard, one polite live
// region for the results rather than one per cell, the chart's text alternative.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launchBrowser, openIn, axeSource, DEFAULT_LINK } from './harness.mjs';

const T = { timeout: 120_000 };
const ROUTES = ['#/venture', '#/msa', '#/note'];
const WIDTHS = [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
];

/** axe's serious and critical violations, one readable line per failing node. */
function describeViolations(violations) {
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${v.impact} ${v.id}: ${v.help} — ${n.target.join(' ')}: ${n.failureSummary?.split('\n').join(' ')}`),
  );
}

describe('accessibility', () => {
  let server;
  let browser;
  let axe;
  before(async () => {
    server = await serve();
    browser = await launchBrowser();
    axe = await axeSource();
  });
  after(async () => {
    await browser?.close().catch(() => {});
    await server?.close();
  });

  for (const viewport of WIDTHS) {
    for (const route of ROUTES) {
      it(`axe finds no serious or critical violation on ${route} at ${viewport.width} px`, T, async () => {
        const context = await browser.newContext({ viewport });
        try {
          const { page, errors } = await openIn(context, server.url + route);
          // Evaluated through the DevTools protocol: the page's CSP (no inline
          // script) stays in force for the app, which is what is audited.
          await page.evaluate(axe);
          const result = await page.evaluate(async () => {
            // Everything open, so that what is inside <details> is audited too.
            for (const d of document.querySelectorAll('details')) d.open = true;
            const r = await window.axe.run(document, { resultTypes: ['violations'] });
            return { violations: r.violations, passes: r.passes.length };
          });
          const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
          assert.deepEqual(describeViolations(bad), [], `${route} at ${viewport.width} px`);
          assert.deepEqual(errors, []);
          const lesser = describeViolations(result.violations.filter((v) => !bad.includes(v)));
          if (lesser.length) console.log(`# axe (moderate/minor) on ${route} at ${viewport.width} px:\n# ${lesser.join('\n# ')}`);
        } finally {
          await context.close();
        }
      });
    }
  }

  it('text whose contrast axe could not judge (SVG labels, cells under the sticky header) meets 4.5:1', T, async () => {
    const context = await browser.newContext({ viewport: WIDTHS[0] });
    try {
      const { page } = await openIn(context, server.url + DEFAULT_LINK);
      await page.evaluate(axe);
      const checked = await page.evaluate(async () => {
        const r = await window.axe.run(document, { runOnly: ['color-contrast'] });
        const rgb = (c) => c.match(/[\d.]+/g).map(Number);
        const lum = ([r, g, b]) => {
          const f = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
          return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
        };
        // The element's own background, or its nearest ancestor's with one (white at the top).
        const background = (el) => {
          for (let e = el; e; e = e.parentElement) {
            const c = rgb(getComputedStyle(e).backgroundColor);
            if (c.length < 4 || c[3] > 0) return c;
          }
          return [255, 255, 255];
        };
        const out = [];
        for (const v of r.incomplete) {
          for (const n of v.nodes) {
            const el = document.querySelector(n.target[0]);
            if (!el) continue;
            const s = getComputedStyle(el);
            const fg = rgb(el instanceof SVGElement ? s.fill : s.color);
            const [hi, lo] = [lum(fg), lum(background(el))].sort((a, b) => b - a);
            const size = parseFloat(s.fontSize);
            const large = size >= 24 || (size >= 18.66 && Number(s.fontWeight) >= 700);
            out.push({ target: n.target[0], ratio: (hi + 0.05) / (lo + 0.05), needed: large ? 3 : 4.5 });
          }
        }
        return out;
      });
      assert.ok(checked.length > 0, 'axe left some text to judge here (the table and chart are on the page)');
      const low = checked.filter((c) => c.ratio < c.needed).map((c) => `${c.target}: ${c.ratio.toFixed(2)} < ${c.needed}`);
      assert.deepEqual(low, []);
    } finally {
      await context.close();
    }
  });

  it('the update notice passes axe too', T, async () => {
    const context = await browser.newContext({ viewport: WIDTHS[1] });
    try {
      const { page } = await openIn(context, server.url + DEFAULT_LINK);
      await page.evaluate(axe);
      // The notice as web/sw-register.js fills it (the real flow is in offline.test.mjs).
      await page.evaluate(() => {
        const box = document.getElementById('update-status');
        box.innerHTML = '<span>An update is ready \u2014 reload to use it. </span><button type="button" id="update-reload">Reload</button>';
        box.classList.add('is-shown');
      });
      const violations = await page.evaluate(async () => (await window.axe.run('#update-status')).violations);
      assert.deepEqual(describeViolations(violations), []);
    } finally {
      await context.close();
    }
  });

  it('keyboard: a section opened (sensitivity, risk, compare) or a choice made (the Note’s principal) keeps the focus, on the same element', T, async () => {
    const context = await browser.newContext({ viewport: WIDTHS[0] });
    try {
      const { page } = await openIn(context, server.url + DEFAULT_LINK);
      for (const id of ['show-sensitivity', 'show-risk']) {
        await page.focus(`#${id}`);
        await page.evaluate((id) => { window.__button = document.getElementById(id); }, id);
        await page.keyboard.press('Enter');
        await page.waitForFunction((id) => document.getElementById(id)?.getAttribute('aria-expanded') === 'true', id);
        assert.equal(await page.evaluate(() => document.activeElement?.id), id, `the focus stays on #${id}`);
        assert.ok(await page.evaluate((id) => window.__button === document.getElementById(id), id), `#${id} is not rebuilt`);
      }
      // Pinning A brings the compare panel above the page: the Pin button keeps the focus.
      await page.focus('#pin-a');
      await page.evaluate(() => { window.__button = document.getElementById('pin-a'); });
      await page.keyboard.press('Enter');
      await page.waitForSelector('#compare');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'pin-a', 'the focus stays on #pin-a');
      assert.ok(await page.evaluate(() => window.__button === document.getElementById('pin-a')), '#pin-a is not rebuilt');
      // The Note's principal from a link as another amount: choosing the words
      // with the keyboard drops that third option, and the focus stays on the choice.
      await page.goto(server.url + '#/note?v=1&amount=5000');
      await page.waitForSelector('#amount-other:checked');
      await page.focus('#amount-words');
      await page.evaluate(() => { window.__radio = document.getElementById('amount-words'); });
      await page.keyboard.press('Space');
      await page.waitForFunction(() => !document.getElementById('amount-other'));
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'amount-words', 'the focus stays on the chosen word');
      assert.ok(await page.evaluate(() => window.__radio === document.getElementById('amount-words')), '#amount-words is not rebuilt');
    } finally {
      await context.close();
    }
  });

  it('switching the terms keeps every field\'s box: the notes that come and go do not rebuild the boxes beside them', T, async () => {
    const context = await browser.newContext({ viewport: WIDTHS[0] });
    try {
      const { page } = await openIn(context, server.url + DEFAULT_LINK);
      await page.evaluate(() => { window.__boxes = [...document.querySelectorAll('.field input')]; });
      await page.click('#terms-original');
      await page.waitForFunction(() => document.body.dataset.computedAt.includes('terms=original'));
      // Under the original terms one field gains a note and another loses its own.
      const rebuilt = await page.evaluate(() => [...document.querySelectorAll('.field input')].filter((box) => !window.__boxes.includes(box)).map((box) => box.id));
      assert.deepEqual(rebuilt, [], 'no field box was rebuilt');
    } finally {
      await context.close();
    }
  });

  it('keyboard: focus is visible, the slider moves with arrows, the terms switch with arrows', T, async () => {
    const context = await browser.newContext({ viewport: WIDTHS[0] });
    try {
      const { page } = await openIn(context, server.url + DEFAULT_LINK);
      // Tab from the top until the minutes slider has focus (a person's path, not .focus()).
      let reached = false;
      for (let i = 0; i < 12 && !reached; i++) {
        await page.keyboard.press('Tab');
        reached = await page.evaluate(() => document.activeElement?.id === 'min-range');
      }
      assert.ok(reached, 'the minutes slider is reachable with Tab');
      const outline = await page.evaluate(() => {
        const el = document.activeElement;
        const s = getComputedStyle(el);
        return { visible: el.matches(':focus-visible'), style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
      });
      assert.ok(outline.visible && outline.style !== 'none' && outline.width >= 2, `visible focus: ${JSON.stringify(outline)}`);
      const before = await page.inputValue('#min-range');
      await page.keyboard.press('ArrowRight');
      assert.notEqual(await page.inputValue('#min-range'), before, 'ArrowRight moved the slider');

      await page.locator('#terms-amended, #terms-original').first().focus();
      const checkedBefore = await page.evaluate(() => document.querySelector('input[name="terms"]:checked')?.id);
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction((b) => document.querySelector('input[name="terms"]:checked')?.id !== b, checkedBefore);
      const box = await page.evaluate(() => {
        const s = getComputedStyle(document.activeElement);
        return { id: document.activeElement.id, style: s.outlineStyle };
      });
      assert.notEqual(box.style, 'none', `the focused radio ${box.id} shows focus`);
    } finally {
      await context.close();
    }
  });

  it('changing figures are announced politely from one results summary; the chart has a text alternative', T, async () => {
    const context = await browser.newContext({ viewport: WIDTHS[0] });
    try {
      const { page } = await openIn(context, server.url + DEFAULT_LINK);
      const live = await page.evaluate(() =>
        [...document.querySelectorAll('[aria-live]')].map((el) => ({
          value: el.getAttribute('aria-live'),
          hasHeadlines: !!el.querySelector('#recoup-month'),
          hasTable: !!el.querySelector('#monthly-table'),
          cells: el.querySelectorAll('[data-value]').length,
        })),
      );
      const summary = live.filter((l) => l.hasHeadlines);
      assert.equal(summary.length, 1, `one live region holds the headline figures: ${JSON.stringify(live)}`);
      assert.equal(summary[0].value, 'polite');
      assert.ok(live.every((l) => !l.hasTable), 'the monthly table is not live');
      assert.ok(summary[0].cells < 20, 'the live region is a summary, not every cell');
      const chart = await page.evaluate(() => {
        const svg = document.querySelector('figure.chart svg');
        const ids = (svg?.getAttribute('aria-labelledby') || '').split(/\s+/).filter(Boolean);
        return {
          role: svg?.getAttribute('role'),
          name: ids.map((id) => document.getElementById(id)?.textContent.trim()).join(' '),
          tableRows: document.querySelectorAll('#monthly-table tbody tr').length,
        };
      });
      assert.equal(chart.role, 'img');
      assert.ok(chart.name.length > 20, `the chart is named: ${chart.name}`);
      assert.ok(chart.tableRows > 0, 'the monthly table (the figures behind the chart) is on the page');
    } finally {
      await context.close();
    }
  });
});

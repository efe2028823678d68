// Input-to-paint latency of the web app in headless chromium.
//
// For each repetition, inside the page: t0 = performance.now(); set #min-range to a new
// value and dispatch an `input` event; wait (MutationObserver) until
// document.body.dataset.resultsAt (the headlines and chart) is the link with that min;
// then wait for the next animation frame and a task posted from it (i.e. after that
// frame has painted); and until dataset.computedAt (the whole page, whose tables below
// the fold follow a painted frame later) has it too.
// Prints median and p95 (ms) of "results" (t_results - t0), "painted" (t_painted - t0)
// and "whole page" (t_computedAt - t0).
//
// With --risk, the page opens a risk link with the Risk panel open: each input
// restarts its 10,000 draws, so the next input lands while they run. Opening the
// panel scrolls the page down to it (the monthly table on screen, the slider not);
// with --in-view the slider is scrolled back into view, as a person dragging it sees
// the page (then the risk panel itself is off screen).
//
// Usage: node tests/browser/measure.mjs [--reps 30] [--warmup 3] [--json] [--risk]
// Then the heatmap: (a) the click on "Show the heatmap" -> the full 41 x 41 map
// (#heatmap[data-grid-ms]), with the page's own data-grid-ms / data-compute-ms, over
// --opens runs; (b) a drag of #min-range with the map open, one input per frame
// (--drag inputs), each input -> its next painted frame, how many full maps completed
// during the drag, and the last input -> its full map.
//
// Usage: node tests/browser/measure.mjs [--reps 30] [--warmup 3] [--opens 8] [--drag 60] [--json]
//
// First, --cold runs (default 5) of a cold load: a new browser context (empty
// cache, no service worker yet) opens the page from the local static server, and
// the time from the navigation's start to the first figure on the page (the
// recoup month's headline filled in, read by a MutationObserver set before the
// page's own scripts) is the page's own performance.now(); beside it, the
// browser's first contentful paint (what a person sees first: the figure is
// painted a frame or more after it is in the DOM).
//
// With --deal msa|note and --slider PARAM (for example `--deal msa --slider mrc`),
// another deal's page and slider are timed the same way (input -> results ->
// painted -> whole page); the heatmap is the Venture's and is left out.
// Needs dist/ (./dev build); `./dev measure` builds and runs this.
import { startApp, DEFAULT_LINK } from './harness.mjs';

const argv = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined ? Number(argv[i + 1]) : dflt;
};
const optText = (name, dflt) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : dflt;
};
const DEAL = optText('deal', 'venture');
const SLIDER = optText('slider', 'min');
const SLIDER_ID = `${SLIDER}-range`;
const REPS = opt('reps', 30);
const WARMUP = opt('warmup', 3);
const AS_JSON = argv.includes('--json');
const RISK = argv.includes('--risk');
const IN_VIEW = argv.includes('--in-view');
const RISK_LINK = '#/venture?v=1&risk=min:uniform:2000000..4000000&risk=term:tri:0.17..0.19..0.21';
const OPENS = opt('opens', 8);
const COLD = opt('cold', 5);
const DRAG = opt('drag', 60);

function quantile(sorted, q) {
  if (!sorted.length) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

function stats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return { n: s.length, median: quantile(s, 0.5), p95: quantile(s, 0.95), min: s[0], max: s[s.length - 1] };
}

// Runs in the page: one measured input -> results -> painted cycle. "results" is
// when body[data-results-at] (the headlines and chart on show) has the new min;
// "painted" the frame after that; "whole" when body[data-computed-at] (the whole
// page, the tables below the fold included, which follow a painted frame later).
function measureOnce({ id, param, value }) {
  return new Promise((resolve, reject) => {
    const el = document.getElementById(id);
    const body = document.body;
    const minOf = (link) => {
      const q = (link || '').split('?')[1];
      return q === undefined ? null : new URLSearchParams(q).get(param);
    };
    let done = false;
    let obs;
    const timer = setTimeout(() => {
      if (done) return;
      done = true;
      obs?.disconnect();
      reject(new Error(`data-results-at/computed-at never showed ${param}=${el.value} (last: ${body.dataset.resultsAt}, ${body.dataset.computedAt})`));
    }, 10_000);
    const t0 = performance.now();
    el.value = String(value);
    const applied = el.value; // after the browser snapped it to min/max/step
    const got = {};
    const finish = () => {
      if (done || got.painted === undefined || got.whole === undefined) return;
      done = true;
      obs.disconnect();
      clearTimeout(timer);
      resolve({ value: applied, ...got });
    };
    const check = () => {
      if (done) return;
      if (got.computed === undefined && minOf(body.dataset.resultsAt) === applied) {
        got.computed = performance.now() - t0;
        requestAnimationFrame(() => {
          got.frame = performance.now() - t0;
          const ch = new MessageChannel();
          ch.port1.onmessage = () => {
            got.painted = performance.now() - t0;
            finish();
          };
          ch.port2.postMessage(0);
        });
      }
      if (got.whole === undefined && minOf(body.dataset.computedAt) === applied) {
        got.whole = performance.now() - t0;
        finish();
      }
    };
    obs = new MutationObserver(check);
    obs.observe(body, { attributes: true, attributeFilter: ['data-results-at', 'data-computed-at'] });
    el.dispatchEvent(new Event('input', { bubbles: true }));
    check(); // in case the app rendered synchronously
  });
}

// Runs in the page: opens the (closed) sensitivity section and waits for the full
// map; the click -> map time and the page's own figures.
function openHeatmap() {
  return new Promise((resolve, reject) => {
    const button = document.getElementById('show-sensitivity');
    const timer = setTimeout(() => reject(new Error('the heatmap never completed')), 20_000);
    const t0 = performance.now();
    const check = () => {
      const fig = document.getElementById('heatmap');
      if (!fig || fig.dataset.gridMs === undefined) return false;
      const t = performance.now() - t0;
      obs.disconnect();
      clearTimeout(timer);
      resolve({ clickToMap: t, gridMs: Number(fig.dataset.gridMs), computeMs: Number(fig.dataset.computeMs) });
      return true;
    };
    const obs = new MutationObserver(check);
    obs.observe(document.body, { attributes: true, childList: true, subtree: true, attributeFilter: ['data-grid-ms'] });
    button.click();
  });
}

// Runs in the page: one input on #min-range per frame, each timed to the frame
// painted after it, with the map open; then waits for the last value's full map.
function dragWithMap({ id, values }) {
  return new Promise((resolve, reject) => {
    const el = document.getElementById(id);
    const fig = () => document.getElementById('heatmap');
    let completed = 0;
    let shown = fig()?.dataset.scenario;
    const obs = new MutationObserver(() => {
      const s = fig()?.dataset.scenario;
      if (s && s !== shown) { completed++; shown = s; }
    });
    obs.observe(document.body, { attributes: true, subtree: true, attributeFilter: ['data-scenario'] });
    const timer = setTimeout(() => reject(new Error('the drag never finished')), 60_000);
    const latencies = [];
    let i = 0;
    const step = () => {
      if (i >= values.length) {
        const tLast = performance.now();
        // A page before the live heatmap has no data-scenario: nothing to wait for.
        if (fig()?.dataset.scenario === undefined && shown === undefined) {
          obs.disconnect();
          clearTimeout(timer);
          return resolve({ latencies, completed, lastToMap: NaN });
        }
        const done = () => {
          const shown = fig()?.dataset.scenario;
          if (!shown || shown !== document.body.dataset.computedAt) return requestAnimationFrame(done);
          obs.disconnect();
          clearTimeout(timer);
          resolve({ latencies, completed, lastToMap: performance.now() - tLast });
        };
        return done();
      }
      const t0 = performance.now();
      el.value = values[i++];
      el.dispatchEvent(new Event('input', { bubbles: true }));
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => { latencies.push(performance.now() - t0); step(); };
        ch.port2.postMessage(0);
      });
    };
    step();
  });
}

const app = await startApp();
try {
  // Cold loads to the first figure.
  const coldLoads = [];
  const coldPaints = [];
  for (let i = 0; i < COLD; i++) {
    const context = await app.browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        const figure = document.getElementById('recoup-month');
        if (figure && figure.textContent.trim() !== '') {
          window.__firstFigureAt = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    await page.goto(app.server.url + DEFAULT_LINK);
    await page.waitForFunction(
      () => window.__firstFigureAt !== undefined && performance.getEntriesByName('first-contentful-paint').length > 0,
      null,
      { timeout: 20_000 },
    );
    coldLoads.push(await page.evaluate(() => window.__firstFigureAt));
    coldPaints.push(await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0].startTime));
    await context.close();
  }
  if (COLD > 0 && !AS_JSON) {
    const cold = stats(coldLoads);
    console.log(`cold load -> first figure (#recoup-month), ${COLD} loads: median ${cold.median.toFixed(0)} ms, p95 ${cold.p95.toFixed(0)} ms, min ${cold.min.toFixed(0)}, max ${cold.max.toFixed(0)}`);
    const paint = stats(coldPaints);
    console.log(`cold load -> first contentful paint:  median ${paint.median.toFixed(0)} ms, p95 ${paint.p95.toFixed(0)} ms, min ${paint.min.toFixed(0)}, max ${paint.max.toFixed(0)}`);
  }
  const link = DEAL !== 'venture' ? `#/${DEAL}?v=1` : RISK ? RISK_LINK : DEFAULT_LINK;
  const { page, errors } = await app.openPage(link);
  if (RISK) {
    // A link with a plan opens with the risk view showing.
    await page.waitForSelector('#show-risk[aria-expanded="true"]');
    await page.waitForSelector('#risk-headline[data-share]');
    if (IN_VIEW) await page.$eval('#min-range', (el) => el.scrollIntoView({ block: 'center' }));
  }
  const range = await page.$eval(`#${SLIDER_ID}`, (el) => ({
    min: Number(el.min || 0),
    max: Number(el.max || 100),
    step: el.step && el.step !== 'any' ? Number(el.step) : 1,
    value: el.value,
  }));
  // Values spread over the slider, alternating low/high, never the default, never repeated back to back.
  const steps = Math.max(1, Math.floor((range.max - range.min) / range.step));
  const values = [];
  for (let i = 0; values.length < REPS + WARMUP && i < 10 * (REPS + WARMUP); i++) {
    const frac = i % 2 ? 0.95 - (i * 0.037) % 0.45 : 0.05 + (i * 0.041) % 0.45;
    const v = range.min + Math.round(frac * steps) * range.step;
    const s = String(Number(v.toPrecision(12)));
    if (s === range.value || s === values[values.length - 1]) continue;
    values.push(s);
  }
  const samples = [];
  for (const [i, v] of values.entries()) {
    const r = await page.evaluate(measureOnce, { id: SLIDER_ID, param: SLIDER, value: v });
    if (i >= WARMUP) samples.push(r);
  }
  if (RISK || DEAL !== 'venture') {
    // With the risk view drawing, or on another deal, only the slider's latency is measured.
    const computed = stats(samples.map((s) => s.computed));
    const painted = stats(samples.map((s) => s.painted));
    const whole = stats(samples.map((s) => s.whole));
    const f = (x) => x.toFixed(1).padStart(7);
    const during = RISK ? `, the risk view drawing${IN_VIEW ? ', the slider in view' : ''}` : ` on the ${DEAL}'s page`;
    console.log(`input on #${SLIDER_ID} -> result${during}, ${samples.length} repetitions (+${WARMUP} warm-up), headless chromium`);
    console.log(`                     median     p95     min     max   (ms)`);
    console.log(`results in the DOM  ${f(computed.median)} ${f(computed.p95)} ${f(computed.min)} ${f(computed.max)}`);
    console.log(`next frame painted  ${f(painted.median)} ${f(painted.p95)} ${f(painted.min)} ${f(painted.max)}`);
    console.log(`whole page in DOM   ${f(whole.median)} ${f(whole.p95)} ${f(whole.min)} ${f(whole.max)}`);
    process.exit(errors.length ? 1 : 0);
  }
  // The heatmap: opened OPENS times (the first is the cold one, left out of the stats).
  const opens = [];
  for (let i = 0; i <= OPENS; i++) {
    if (i > 0) {
      await page.click('#show-sensitivity');
      await page.waitForSelector('#show-sensitivity[aria-expanded="false"]');
    }
    opens.push(await page.evaluate(openHeatmap));
  }
  const warmOpens = opens.slice(1);
  // A drag over the slider's span, one step a frame, there and back.
  const dragValues = [];
  for (let i = 0; i < DRAG; i++) {
    const frac = 0.1 + 0.8 * (i < DRAG / 2 ? i / (DRAG / 2) : (DRAG - i) / (DRAG / 2));
    dragValues.push(String(range.min + Math.round(frac * steps) * range.step));
  }
  // The minutes are one of the map's own axes (only its ring moves); the share
  // slider changes every cell, so its drag recomputes the map.
  const drag = await page.evaluate(dragWithMap, { id: 'min-range', values: dragValues });
  const shareRange = await page.$eval('#share-range', (el) => ({ min: Number(el.min), max: Number(el.max), step: Number(el.step) || 1 }));
  const shareSteps = Math.max(1, Math.floor((shareRange.max - shareRange.min) / shareRange.step));
  const shareValues = dragValues.map((_, i) => {
    const frac = 0.1 + 0.8 * (i < DRAG / 2 ? i / (DRAG / 2) : (DRAG - i) / (DRAG / 2));
    return String(Number((shareRange.min + Math.round(frac * shareSteps) * shareRange.step).toPrecision(12)));
  });
  const shareDrag = await page.evaluate(dragWithMap, { id: 'share-range', values: shareValues });
  if (errors.length) throw new Error(`page errors during measurement: ${errors.join('\n')}`);
  const computed = stats(samples.map((s) => s.computed));
  const painted = stats(samples.map((s) => s.painted));
  const whole = stats(samples.map((s) => s.whole));
  const heatmap = {
    clickToMap: stats(warmOpens.map((o) => o.clickToMap)),
    gridMs: stats(warmOpens.map((o) => o.gridMs)),
    computeMs: stats(warmOpens.map((o) => o.computeMs)),
    cold: opens[0],
  };
  const summary = (d) => ({ inputs: DRAG, painted: stats(d.latencies), mapsCompleted: d.completed, lastInputToMap: d.lastToMap });
  const dragged = summary(drag);
  const shareDragged = summary(shareDrag);
  if (AS_JSON) {
    console.log(JSON.stringify({ reps: samples.length, warmup: WARMUP, coldLoad: COLD > 0 ? stats(coldLoads) : null, coldPaint: COLD > 0 ? stats(coldPaints) : null, computed, painted, whole, heatmap, drag: dragged, shareDrag: shareDragged }, null, 2));
  } else {
    const f = (x) => x.toFixed(1).padStart(7);
    const during = RISK ? ', the risk view drawing' : '';
    console.log(`input on #min-range -> result${during}, ${samples.length} repetitions (+${WARMUP} warm-up), headless chromium`);
    console.log(`                     median     p95     min     max   (ms)`);
    console.log(`results in the DOM  ${f(computed.median)} ${f(computed.p95)} ${f(computed.min)} ${f(computed.max)}`);
    console.log(`next frame painted  ${f(painted.median)} ${f(painted.p95)} ${f(painted.min)} ${f(painted.max)}`);
    console.log(`whole page in DOM   ${f(whole.median)} ${f(whole.p95)} ${f(whole.min)} ${f(whole.max)}`);
    console.log(`heatmap 41 x 41, ${warmOpens.length} opens (+1 cold: click -> map ${opens[0].clickToMap.toFixed(1)} ms)`);
    console.log(`click -> full map   ${f(heatmap.clickToMap.median)} ${f(heatmap.clickToMap.p95)} ${f(heatmap.clickToMap.min)} ${f(heatmap.clickToMap.max)}`);
    console.log(`data-grid-ms        ${f(heatmap.gridMs.median)} ${f(heatmap.gridMs.p95)} ${f(heatmap.gridMs.min)} ${f(heatmap.gridMs.max)}`);
    console.log(`data-compute-ms     ${f(heatmap.computeMs.median)} ${f(heatmap.computeMs.p95)} ${f(heatmap.computeMs.min)} ${f(heatmap.computeMs.max)}`);
    console.log(`drag of #min-range with the map open, ${DRAG} inputs (one a frame):`);
    console.log(`input -> painted    ${f(dragged.painted.median)} ${f(dragged.painted.p95)} ${f(dragged.painted.min)} ${f(dragged.painted.max)}`);
    console.log(`full maps completed during the drag: ${drag.completed} of ${DRAG}; last input -> its full map ${drag.lastToMap.toFixed(1)} ms`);
    console.log(`drag of #share-range (every cell changes), ${DRAG} inputs:`);
    console.log(`input -> painted    ${f(shareDragged.painted.median)} ${f(shareDragged.painted.p95)} ${f(shareDragged.painted.min)} ${f(shareDragged.painted.max)}`);
    console.log(`full maps completed during the drag: ${shareDrag.completed} of ${DRAG}; last input -> its full map ${shareDrag.lastToMap.toFixed(1)} ms`);
  }
} finally {
  await app.close();
}

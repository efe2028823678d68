// Input-to-paint latency of the web app in headless chromium.
//
// For each repetition, inside the page: t0 = performance.now(); set #min-range to a new
// value and dispatch an `input` event; wait (MutationObserver) until
// document.body.dataset.computedAt is the link with that min; then wait for the next
// animation frame and a task posted from it (i.e. after that frame has painted).
// Prints median and p95 (ms) of "computed" (t_computed - t0) and "painted" (t_painted - t0).
//
// With --risk, the page opens a risk link with the Risk panel open: each input
// restarts its 10,000 draws, so the next input lands while they run.
//
// Usage: node tests/browser/measure.mjs [--reps 30] [--warmup 3] [--json] [--risk]
// Needs dist/ (./dev build); `./dev measure` builds and runs this.
import { startApp, DEFAULT_LINK } from './harness.mjs';

const argv = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined ? Number(argv[i + 1]) : dflt;
};
const REPS = opt('reps', 30);
const WARMUP = opt('warmup', 3);
const AS_JSON = argv.includes('--json');
const RISK = argv.includes('--risk');
const RISK_LINK = '#/venture?v=1&risk=min:uniform:2000000..4000000&risk=term:tri:0.17..0.19..0.21';

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

// Runs in the page: one measured input -> computed -> painted cycle.
function measureOnce(value) {
  return new Promise((resolve, reject) => {
    const el = document.getElementById('min-range');
    const body = document.body;
    const minOf = (link) => {
      const q = (link || '').split('?')[1];
      return q === undefined ? null : new URLSearchParams(q).get('min');
    };
    let done = false;
    let obs;
    const timer = setTimeout(() => {
      if (done) return;
      done = true;
      obs?.disconnect();
      reject(new Error(`computedAt never showed min=${el.value} (last: ${body.dataset.computedAt})`));
    }, 10_000);
    const t0 = performance.now();
    el.value = String(value);
    const applied = el.value; // after the browser snapped it to min/max/step
    const check = () => {
      if (done || minOf(body.dataset.computedAt) !== applied) return;
      done = true;
      obs.disconnect();
      clearTimeout(timer);
      const tComputed = performance.now();
      requestAnimationFrame(() => {
        const tFrame = performance.now();
        const ch = new MessageChannel();
        ch.port1.onmessage = () => {
          const tPainted = performance.now();
          resolve({ value: applied, computed: tComputed - t0, frame: tFrame - t0, painted: tPainted - t0 });
        };
        ch.port2.postMessage(0);
      });
    };
    obs = new MutationObserver(check);
    obs.observe(body, { attributes: true, attributeFilter: ['data-computed-at'] });
    el.dispatchEvent(new Event('input', { bubbles: true }));
    check(); // in case the app rendered synchronously
  });
}

const app = await startApp();
try {
  const { page, errors } = await app.openPage(RISK ? RISK_LINK : DEFAULT_LINK);
  if (RISK) {
    await page.click('#show-risk');
    await page.waitForSelector('#risk-headline[data-share]');
  }
  const range = await page.$eval('#min-range', (el) => ({
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
    const r = await page.evaluate(measureOnce, v);
    if (i >= WARMUP) samples.push(r);
  }
  if (errors.length) throw new Error(`page errors during measurement: ${errors.join('\n')}`);
  const computed = stats(samples.map((s) => s.computed));
  const painted = stats(samples.map((s) => s.painted));
  if (AS_JSON) {
    console.log(JSON.stringify({ reps: samples.length, warmup: WARMUP, computed, painted }, null, 2));
  } else {
    const f = (x) => x.toFixed(1).padStart(7);
    const during = RISK ? ', the risk view drawing' : '';
    console.log(`input on #min-range -> result${during}, ${samples.length} repetitions (+${WARMUP} warm-up), headless chromium`);
    console.log(`                     median     p95     min     max   (ms)`);
    console.log(`computedAt updated  ${f(computed.median)} ${f(computed.p95)} ${f(computed.min)} ${f(computed.max)}`);
    console.log(`next frame painted  ${f(painted.median)} ${f(painted.p95)} ${f(painted.min)} ${f(painted.max)}`);
  }
} finally {
  await app.close();
}

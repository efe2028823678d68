// Shared helpers for the browser tests and measure.mjs.
//
// - serve(): a tiny static server for dist/ under the sub-path /deal/sub/
//   (404 elsewhere), on 127.0.0.1 with a random free port;
// - launchBrowser(): Debian's chromium through playwright-core;
// - openPage(): a page on the app, collecting page errors;
// - dealmodel(linkPart): runs target/release/dealmodel <link> and parses its JSON;
// - wait/compare helpers built on waits (never fixed sleeps).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = process.env.DEALMODEL_DIST || path.join(ROOT, 'dist');
export const DEALMODEL = process.env.DEALMODEL_BIN || path.join(ROOT, 'target', 'release', 'dealmodel');
export const SUB_PATH = '/deal/sub/';
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const DEFAULT_LINK = '#/venture?v=1';

// Headline figure element ids -> keys of dealmodel's JSON `results`.
export const HEADLINES = {
  'recoup-month': 'recoup_month',
  'thil-npv': 'thil_npv',
  'thil-total-received': 'thil_total_received',
  loan: 'loan',
  'breakeven-minutes': 'breakeven_minutes',
  'fusion-net-cash': 'fusion_net_cash',
};

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

/** Static server for dist/ under /deal/sub/. Resolves to { url, port, close(), requests }. */
export async function serve({ root = DIST, subPath = SUB_PATH } = {}) {
  if (!existsSync(path.join(root, 'index.html'))) {
    throw new Error(`${root}/index.html is missing: run ./dev build first`);
  }
  const requests = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    requests.push(url.pathname);
    const notFound = () => {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('not found\n');
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' });
      res.end();
      return;
    }
    if (url.pathname === subPath.replace(/\/$/, '')) {
      res.writeHead(301, { location: subPath + url.search });
      res.end();
      return;
    }
    if (!url.pathname.startsWith(subPath)) return notFound();
    let rel;
    try {
      rel = decodeURIComponent(url.pathname.slice(subPath.length));
    } catch {
      return notFound();
    }
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    const file = path.resolve(root, rel);
    if (file !== root && !file.startsWith(root + path.sep)) return notFound();
    try {
      const st = await stat(file);
      if (!st.isFile()) return notFound();
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': CONTENT_TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream',
        'content-length': body.length,
        'cache-control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      notFound();
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  return {
    port,
    origin: `http://127.0.0.1:${port}`,
    url: `http://127.0.0.1:${port}${subPath}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

/** A page's default timeout, and the uncaught errors and console errors it reports. */
function watchPage(page) {
  page.setDefaultTimeout(20_000);
  const errors = [];
  const consoleErrors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  return { errors, consoleErrors };
}

export async function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

/**
 * Start server + browser once per test file.
 * Returns { server, browser, openPage(linkPart, opts), close() }.
 */
export async function startApp() {
  const server = await serve();
  let browser;
  try {
    browser = await launchBrowser();
  } catch (e) {
    await server.close();
    throw e;
  }
  const contexts = [];
  return {
    server,
    browser,
    /**
     * Open a fresh page (own context) on `linkPart` (e.g. '#/venture?v=1&min=4500000').
     * Resolves to { page, errors, consoleErrors, context } after the app has rendered
     * (body[data-ready="1"]) unless opts.waitReady === false. `errors` collects uncaught
     * page errors (a wasm panic traps and lands here); `consoleErrors` console.error lines.
     */
    async openPage(linkPart = '', { waitReady = true, permissions = [] } = {}) {
      const context = await browser.newContext({ permissions });
      contexts.push(context);
      const page = await context.newPage();
      const { errors, consoleErrors } = watchPage(page);
      await page.goto(server.url + linkPart);
      if (waitReady) await waitReadyReporting(page, errors, consoleErrors);
      return { page, errors, consoleErrors, context };
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => {});
      await browser.close().catch(() => {});
      await server.close();
    },
  };
}

/** Waits for the app to render; if it never does, the page's errors say why. */
async function waitReadyReporting(page, errors, consoleErrors) {
  try {
    await waitReadyState(page);
  } catch (e) {
    e.message += `\npage errors: ${JSON.stringify(errors)}\nconsole errors: ${JSON.stringify(consoleErrors)}`;
    throw e;
  }
}

export async function waitReadyState(page) {
  await page.waitForFunction(() => document.body && document.body.dataset.ready === '1');
}

/** Wait until the app has rendered the scenario whose canonical link part is `link`. */
export async function waitComputed(page, link) {
  try {
    await page.waitForFunction((l) => document.body.dataset.computedAt === l, link);
  } catch (e) {
    const got = await page.evaluate(() => document.body.dataset.computedAt).catch(() => '?');
    throw new Error(`body[data-computed-at] never became ${JSON.stringify(link)} (last: ${JSON.stringify(got)})\n${e.message}`);
  }
}

/** Wait until the address bar's hash is `link`. */
export async function waitHash(page, link) {
  try {
    await page.waitForFunction((l) => location.hash === l, link);
  } catch (e) {
    const got = await page.evaluate(() => location.hash).catch(() => '?');
    throw new Error(`location.hash never became ${JSON.stringify(link)} (last: ${JSON.stringify(got)})\n${e.message}`);
  }
}

/** Poll `fn` until it stops throwing (expect-like), or rethrow its last error after `timeout` ms. */
export async function eventually(fn, { timeout = 10_000, interval = 50 } = {}) {
  const end = Date.now() + timeout;
  for (;;) {
    try {
      return await fn();
    } catch (e) {
      if (Date.now() > end) throw e;
      await new Promise((r) => setTimeout(r, interval));
    }
  }
}

/**
 * Run the command line model on a link part. Returns { code, json, stdout, stderr };
 * json is the parsed stdout (null if it is not JSON).
 */
export function dealmodel(linkPart) {
  if (!existsSync(DEALMODEL)) {
    throw new Error(`${DEALMODEL} is missing: run cargo build --release --bin dealmodel`);
  }
  const r = spawnSync(DEALMODEL, [linkPart], { encoding: 'utf8', timeout: 30_000 });
  if (r.error) throw r.error;
  let json = null;
  try {
    json = JSON.parse(r.stdout);
  } catch {
    json = null;
  }
  return { code: r.status, json, stdout: r.stdout, stderr: r.stderr };
}

/** dealmodel(linkPart), asserting exit 0 and JSON with `results`. */
export function model(linkPart) {
  const r = dealmodel(linkPart);
  assert.equal(r.code, 0, `dealmodel ${linkPart} exited ${r.code}: ${r.stderr}`);
  assert.ok(r.json && typeof r.json === 'object', `dealmodel ${linkPart} printed no JSON: ${r.stdout}`);
  assert.ok(r.json.results && typeof r.json.results === 'object', `dealmodel ${linkPart}: no "results" in JSON`);
  return r.json;
}

/** The canonical link part for a model run: taken from the JSON if it carries one. */
export function canonicalLink(json, fallback) {
  for (const k of ['scenario', 'link', 'canonical']) {
    if (typeof json?.[k] === 'string' && json[k].startsWith('#/')) return json[k];
  }
  return fallback;
}

/** data-value as the page should show a JSON value: null -> "", else its JSON text / string. */
export function asDataValue(v) {
  if (v === null || v === undefined) return '';
  return typeof v === 'string' ? v : JSON.stringify(v);
}

/** The data-value of each headline figure on the page, keyed by element id. */
export async function readHeadlines(page) {
  return page.evaluate((ids) => {
    const out = {};
    for (const id of ids) {
      const el = document.getElementById(id);
      out[id] = el ? el.getAttribute('data-value') : null;
    }
    return out;
  }, Object.keys(HEADLINES));
}

/** Assert every headline figure's data-value equals dealmodel's `results`. */
export async function assertHeadlines(page, results) {
  const got = await readHeadlines(page);
  const want = {};
  for (const [id, key] of Object.entries(HEADLINES)) {
    assert.ok(key in results, `dealmodel results have no "${key}" (keys: ${Object.keys(results).join(', ')})`);
    want[id] = asDataValue(results[key]);
  }
  assert.deepEqual(got, want);
}

/** First array of row objects in dealmodel's JSON that has a `retained` column (the monthly table). */
export function findMonthlyRows(json) {
  if (Array.isArray(json?.rows) && json.rows.length && 'retained' in json.rows[0]) return json.rows;
  const seen = new Set();
  const walk = (v) => {
    if (!v || typeof v !== 'object' || seen.has(v)) return null;
    seen.add(v);
    if (Array.isArray(v)) {
      if (v.length && v[0] && typeof v[0] === 'object' && !Array.isArray(v[0]) && 'retained' in v[0]) return v;
      for (const x of v) {
        const r = walk(x);
        if (r) return r;
      }
      return null;
    }
    for (const x of Object.values(v)) {
      const r = walk(x);
      if (r) return r;
    }
    return null;
  };
  return walk(json);
}

/** The monthly table as [{ key: { value, text } }] per tbody row. */
export async function readMonthlyTable(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('#monthly-table tbody tr')].map((tr) => {
      const row = {};
      for (const td of tr.querySelectorAll('[data-key]')) {
        row[td.getAttribute('data-key')] = { value: td.getAttribute('data-value'), text: td.textContent.trim() };
      }
      return row;
    }),
  );
}

/** A number box's text with grouping separators removed ("4,500,000" -> "4500000"). */
export function plainNumber(text) {
  return String(text).replace(/[\s,\u00a0\u202f\u2009_']/g, '');
}

// ---------------------------------------------------------------------------
// Offline, update and audit helpers (issue 4).

/** A fresh copy of dist/ in a temporary directory (tests that change or stop "the host"). */
export async function copyDist(from = DIST) {
  const { mkdtemp, cp } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  if (!existsSync(path.join(from, 'sw.js'))) {
    throw new Error(`${from}/sw.js is missing: run ./dev build (its post-build hook writes it)`);
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'dealmodel-dist-'));
  await cp(from, dir, { recursive: true });
  return dir;
}

/**
 * Open `url` in a new page of `context`, collecting uncaught errors, console
 * errors and Content-Security-Policy violations (listened for from before the
 * page's first script). Resolves to { page, errors, consoleErrors, cspViolations() }
 * once the app has rendered, unless waitReady is false.
 */
export async function openIn(context, url, { waitReady = true } = {}) {
  const page = await context.newPage();
  const { errors, consoleErrors } = watchPage(page);
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'}`);
    });
  });
  await page.goto(url);
  if (waitReady) await waitReadyReporting(page, errors, consoleErrors);
  const cspViolations = () => page.evaluate(() => window.__cspViolations || []);
  return { page, errors, consoleErrors, cspViolations };
}

/** Wait until a service worker controls `page` (it has precached the build). Resolves to its build version. */
export async function waitControlled(page) {
  await page.waitForFunction(() => navigator.serviceWorker && navigator.serviceWorker.controller !== null);
  return page.evaluate(() => document.querySelector('meta[name="dealmodel-build"]')?.content);
}

/** axe-core's browser script (tests/browser/node_modules/axe-core/axe.min.js). */
export async function axeSource() {
  const file = path.join(ROOT, 'tests', 'browser', 'node_modules', 'axe-core', 'axe.min.js');
  return readFile(file, 'utf8');
}

/**
 * One app (server + browser) for the enclosing `describe`: started before its
 * tests, closed after them. Use as `const app = useApp();` then `app.openPage(…)`.
 */
export function useApp() {
  const handle = {
    started: null,
    openPage: (...args) => handle.started.openPage(...args),
    get server() {
      return handle.started.server;
    },
    get browser() {
      return handle.started.browser;
    },
  };
  before(async () => {
    handle.started = await startApp();
  });
  after(async () => {
    await handle.started?.close();
  });
  return handle;
}

/** Asserts that no uncaught error reached the page (a wasm panic lands there). */
export function noPageErrors(errors) {
  assert.deepEqual(errors, [], `uncaught errors in the page: ${errors.join('\n')}`);
}

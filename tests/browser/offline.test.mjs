// The deployable build (issue 4): what the post-build hook wrote, offline after
// one visit (links included), an update to a new build, and no request to any
// other origin. Each test serves its own copy of dist/ from a plain static
// server (harness serve(), not trunk's dev server).
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import {
  DIST,
  DEFAULT_LINK,
  ROOT,
  serve,
  launchBrowser,
  copyDist,
  openIn,
  waitControlled,
  waitComputed,
  model,
  canonicalLink,
  assertHeadlines,
} from './harness.mjs';

const T = { timeout: 120_000 };
const { finishBuild } = await import(path.join(ROOT, 'tools', 'postbuild.mjs'));

const noErrors = (label, list) => assert.deepEqual(list, [], `${label}:\n${list.join('\n')}`);

/** The list and version sw.js carries (its first two lines, written by tools/postbuild.mjs). */
function workerHeader(dir) {
  const text = readFileSync(path.join(dir, 'sw.js'), 'utf8');
  const build = /^const BUILD = (".*?");$/m.exec(text);
  const files = /^const FILES = (\[.*?\]);$/m.exec(text);
  assert.ok(build && files, 'sw.js starts with BUILD and FILES');
  return { build: JSON.parse(build[1]), files: JSON.parse(files[1]) };
}

describe('the deployable build (dist/)', () => {
  const html = readFileSync(path.join(DIST, 'index.html'), 'utf8');

  it('sw.js precaches exactly the files of the build, and its version is the page\'s', () => {
    const onDisk = readdirSync(DIST, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => path.relative(DIST, path.join(e.parentPath ?? e.path, e.name)).split(path.sep).join('/'))
      .filter((f) => f !== 'sw.js')
      .sort();
    const { build, files } = workerHeader(DIST);
    assert.deepEqual(files, onDisk.map((f) => `./${f}`));
    for (const must of [/^\.\/index\.html$/, /_bg\.wasm$/, /^\.\/deal-app-[0-9a-f]+\.js$/, /\.css$/, /^\.\/manifest\.webmanifest$/, /^\.\/icon-192\.png$/, /^\.\/icon-512\.png$/]) {
      assert.ok(files.some((f) => must.test(f)), `precache list has ${must}`);
    }
    assert.match(build, /^[0-9a-f]{16}$/);
    assert.match(html, new RegExp(`<meta name="dealmodel-build" content="${build}"`));
  });

  it('the post-build step is repeatable: finishing a finished copy changes nothing', async () => {
    const dir = await copyDist();
    try {
      const before = Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]));
      const { version } = finishBuild(dir, { profile: 'release' });
      assert.equal(version, workerHeader(DIST).build);
      const after = Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]));
      assert.deepEqual(Object.keys(after).sort(), Object.keys(before).sort());
      for (const f of Object.keys(before)) assert.ok(after[f] === before[f], `${f} unchanged`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the Content-Security-Policy allows the inline loader by its sha256, and nothing from elsewhere', () => {
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
    assert.ok(meta, 'a CSP meta');
    assert.ok(html.indexOf(meta[0]) < html.indexOf('<script'), 'the CSP comes before every script');
    const csp = Object.fromEntries(meta[1].split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    assert.ok(inline.length >= 1 && inline.some((s) => s.includes('init(')), "trunk's inline loader is in index.html");
    const hashes = inline.map((s) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`);
    assert.deepEqual(csp['script-src'].sort(), ["'self'", "'wasm-unsafe-eval'", ...hashes].sort());
    assert.deepEqual(csp['default-src'], ["'none'"]);
    for (const d of ['style-src', 'img-src', 'connect-src', 'manifest-src', 'worker-src']) assert.deepEqual(csp[d], ["'self'"], d);
    for (const d of ['object-src', 'base-uri', 'form-action']) assert.deepEqual(csp[d], ["'none'"], d);
    assert.doesNotMatch(meta[1], /unsafe-inline|(?<!wasm-)unsafe-eval|https?:|\*/);
  });

  it('every URL in index.html and the manifest is relative; the icons are PNGs of their sizes', () => {
    const urls = [...html.matchAll(/\b(?:href|src)="([^"]*)"/g)].map((m) => m[1]);
    assert.ok(urls.length >= 6, `found ${urls.length} URLs`);
    for (const u of urls) assert.doesNotMatch(u, /^(\/|[a-z]+:)/i, `relative URL: ${u}`);
    assert.doesNotMatch(html, /\bimport\s[^;]*from\s+['"](\/|[a-z]+:)/i);
    const manifest = JSON.parse(readFileSync(path.join(DIST, 'manifest.webmanifest'), 'utf8'));
    assert.equal(manifest.start_url, './');
    assert.equal(manifest.scope, './');
    for (const icon of manifest.icons) {
      assert.doesNotMatch(icon.src, /^(\/|[a-z]+:)/i);
      const bytes = readFileSync(path.join(DIST, icon.src));
      if (icon.type === 'image/png') {
        assert.equal(bytes.subarray(1, 4).toString('ascii'), 'PNG', icon.src);
        const [w, h] = icon.sizes.split('x').map(Number);
        assert.deepEqual([bytes.readUInt32BE(16), bytes.readUInt32BE(20)], [w, h], icon.src);
      }
    }
    const sizes = manifest.icons.filter((i) => i.type === 'image/png').map((i) => i.sizes);
    assert.ok(sizes.includes('192x192') && sizes.includes('512x512'));
  });
});

describe('offline, updates and origins (headless Chromium, plain static server)', () => {
  let browser;
  const cleanups = [];
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    for (const f of cleanups.reverse()) await f().catch(() => {});
    await browser?.close().catch(() => {});
  });

  async function host({ subPath } = {}) {
    const dir = await copyDist();
    const server = await serve({ root: dir, subPath });
    cleanups.push(() => server.close(), async () => rmSync(dir, { recursive: true, force: true }));
    return { dir, server };
  }

  async function context() {
    const ctx = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    cleanups.push(() => ctx.close());
    return ctx;
  }

  it('after one visit, the app works offline: reload, a link in a new tab, and with the server gone', T, async () => {
    const { server } = await host();
    const ctx = await context();
    const first = await openIn(ctx, server.url + DEFAULT_LINK);
    await waitControlled(first.page);

    await ctx.setOffline(true);
    await first.page.reload();
    await waitComputed(first.page, canonicalLink(model(DEFAULT_LINK), DEFAULT_LINK));
    await assertHeadlines(first.page, model(DEFAULT_LINK).results);

    const link = '#/venture?v=1&min=4500000&term=0.185';
    const json = model(link);
    const tab = await openIn(ctx, server.url + link);
    await waitComputed(tab.page, canonicalLink(json, link));
    await assertHeadlines(tab.page, json.results);

    // Not only emulated: the host itself is gone.
    await ctx.setOffline(false);
    await server.close();
    const before = server.requests.length;
    const link2 = '#/venture?v=1&share=27.5';
    // …and by the file's own name, as a bookmark might have it.
    const gone = await openIn(ctx, `${server.url}index.html${link2}`);
    await waitComputed(gone.page, canonicalLink(model(link2), link2));
    await assertHeadlines(gone.page, model(link2).results);
    assert.equal(server.requests.length, before, 'nothing reached the (closed) server');
    for (const p of [first, tab, gone]) {
      noErrors('page errors', p.errors);
      noErrors('CSP violations', await p.cspViolations());
    }
  });

  it('a new build on the host: the page says an update is ready, and Reload shows the new version', T, async () => {
    const { dir, server } = await host();
    const ctx = await context();
    const { page, errors } = await openIn(ctx, server.url + DEFAULT_LINK);
    const oldBuild = await waitControlled(page);
    assert.equal(await page.locator('#update-status').innerText(), '', 'no notice while nothing is new');

    // "Deploy" a new version: a changed index.html, finished by the same post-build step.
    const indexPath = path.join(dir, 'index.html');
    writeFileSync(indexPath, readFileSync(indexPath, 'utf8').replace('<head>', '<head><meta name="test-marker" content="new build" />'));
    const { version: newBuild } = finishBuild(dir, { profile: 'release' });
    assert.notEqual(newBuild, oldBuild);

    // The browser looks for a new sw.js on navigation: reload (the old version still shows).
    await page.reload();
    assert.equal(await page.getAttribute('meta[name="dealmodel-build"]', 'content'), oldBuild);
    const notice = page.locator('#update-status');
    assert.equal(await notice.getAttribute('role'), 'status');
    await page.locator('#update-reload').waitFor({ state: 'visible' });
    assert.match(await notice.innerText(), /update is ready/i);

    await page.locator('#update-reload').click();
    await page.waitForFunction((v) => document.querySelector('meta[name="dealmodel-build"]')?.content === v, newBuild);
    await page.waitForFunction(() => document.body?.dataset.ready === '1');
    // (The page sets its own title per deal: a marker in the head tells the builds apart.)
    assert.equal(await page.getAttribute('meta[name="test-marker"]', 'content'), 'new build');
    assert.equal(await page.locator('#update-status').innerText(), '');
    // The old cache is gone; only this build's remains for this scope.
    const names = await page.evaluate(() => caches.keys());
    assert.equal(names.filter((n) => n.startsWith('dealmodel ')).length, 1, JSON.stringify(names));
    assert.ok(names[0].endsWith(newBuild), JSON.stringify(names));
    // And the new version works offline too.
    await ctx.setOffline(true);
    await page.reload();
    assert.equal(await page.getAttribute('meta[name="dealmodel-build"]', 'content'), newBuild);
    await page.waitForFunction(() => document.body?.dataset.ready === '1');
    noErrors('page errors', errors);
  });

  it('with an update waiting, a plain reload (not the button) also brings the new version', T, async () => {
    const { dir, server } = await host();
    const ctx = await context();
    const { page, errors } = await openIn(ctx, server.url + DEFAULT_LINK);
    const oldBuild = await waitControlled(page);
    const indexPath = path.join(dir, 'index.html');
    writeFileSync(indexPath, readFileSync(indexPath, 'utf8').replace('<head>', '<head><meta name="test-marker" content="reloaded build" />'));
    const { version: newBuild } = finishBuild(dir, { profile: 'release' });
    assert.notEqual(newBuild, oldBuild);
    // Find the update without a navigation, as a tab that becomes visible again does.
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    await page.locator('#update-reload').waitFor({ state: 'visible' });
    await page.reload();
    // The reloaded page applies the waiting version and loads again: allow a loaded machine time.
    await page.waitForFunction((v) => document.querySelector('meta[name="dealmodel-build"]')?.content === v, newBuild, { timeout: 45_000 });
    await page.waitForFunction(() => document.body?.dataset.ready === '1');
    assert.equal(await page.getAttribute('meta[name="test-marker"]', 'content'), 'reloaded build');
    noErrors('page errors', errors);
  });

  it('served at /, a full session makes no request outside the page\'s origin', T, async () => {
    const { server } = await host({ subPath: '/' });
    const ctx = await context();
    const requests = [];
    ctx.on('request', (r) => requests.push(r.url()));
    const { page, errors, cspViolations } = await openIn(ctx, server.url + DEFAULT_LINK);
    await waitControlled(page);
    assert.equal(await page.evaluate(() => navigator.serviceWorker.controller.scriptURL), `${server.origin}/sw.js`);

    await page.locator('#min-range').fill('4500000');
    await page.locator('#term-number').fill('0.185');
    await page.locator('#term-number').press('Enter');
    await page.locator('#copy-link').click();
    await page.locator('#add-cost').click();
    for (const route of ['#/msa', '#/note', '#/venture?v=1&share=27.5']) {
      await page.evaluate((h) => {
        location.hash = h;
      }, route);
      await page.waitForFunction(() => document.body.dataset.ready === '1');
    }
    await page.reload();
    await page.waitForFunction(() => document.body.dataset.ready === '1');
    await ctx.setOffline(true);
    await page.reload();
    await page.waitForFunction(() => document.body.dataset.ready === '1');

    assert.ok(requests.some((u) => u.endsWith('.wasm')), 'the wasm request was recorded');
    assert.ok(requests.some((u) => u.endsWith('/sw.js')), 'the worker script request was recorded');
    const outside = requests.filter((u) => new URL(u).origin !== server.origin);
    assert.deepEqual(outside, [], `requests outside ${server.origin}`);
    noErrors('page errors', errors);
    noErrors('CSP violations', await cspViolations());
  });
});

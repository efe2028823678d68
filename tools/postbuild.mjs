// Trunk's post_build hook (Trunk.toml): finishes the build in trunk's staging
// directory, after trunk has written index.html and the hashed files and before
// trunk moves them to dist/.
//
//   1. writes the icons (tools/icons.mjs) and sw-register-<hash>.js (from
//      web/sw-register.js, in place of index.html's <script data-sw-register>);
//   2. puts a Content-Security-Policy <meta> first in <head>, allowing each
//      inline script of index.html (trunk's wasm loader) by the sha256 of its
//      exact text (trunk serve and debug builds: 'unsafe-inline', see below);
//   3. computes the build's version: a sha256 over every file's name and bytes;
//      writes it into <meta name="dealmodel-build"> ("dev" in debug builds);
//   4. writes sw.js: in release builds web/sw.js preceded by BUILD (the
//      version) and FILES (every file of the build, listed from the directory,
//      never by hand); in debug builds and under trunk serve web/sw-retire.js,
//      which caches nothing and removes a release worker left on the origin.
//
// Run again on a finished directory, it gives the same result (the metas it
// wrote are replaced, sw.js is not part of the version): the browser tests use
// finishBuild() to make a "new version" of a copy of dist/.
//
//   node tools/postbuild.mjs            (env TRUNK_STAGING_DIR, TRUNK_PROFILE; set by trunk)
//   node tools/postbuild.mjs DIR [release|debug]
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { iconFiles } from './icons.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SW_TEMPLATE = path.join(ROOT, 'web', 'sw.js');
const SW_RETIRE = path.join(ROOT, 'web', 'sw-retire.js');
const SW_REGISTER = path.join(ROOT, 'web', 'sw-register.js');
const WORKER = 'sw.js';
// In the autoreload script trunk serve adds (filled in when served).
const TRUNK_SERVE_MARK = '{{__TRUNK_ADDRESS__}}';

const CSP_META = /[ \t]*<meta\s+http-equiv="Content-Security-Policy"[^>]*>\n?/gi;
const BUILD_META = /[ \t]*<meta\s+name="dealmodel-build"[^>]*>\n?/gi;
const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

const sha256 = (data, encoding) => createHash('sha256').update(data).digest(encoding);

/**
 * Our own small scripts as shipped: without their comment-only lines and blank
 * lines (they are read in web/; the bytes count against the bundle budget).
 * Only for web/*.js, whose comments are always on lines of their own.
 */
export function stripComments(js) {
  return js
    .split('\n')
    .filter((line) => !/^\s*(\/\/.*)?$/.test(line))
    .join('\n')
    .concat('\n');
}

/** The sha256 CSP sources of every inline script (a <script> without src). */
export function inlineScriptHashes(html) {
  const hashes = [];
  for (const [, attrs, body] of html.matchAll(INLINE_SCRIPT)) {
    if (/\bsrc\s*=/i.test(attrs) || body.length === 0) continue;
    hashes.push(`'sha256-${sha256(body, 'base64')}'`);
  }
  return [...new Set(hashes)];
}

/**
 * The page's policy. Only the app's own files; scripts by hash; wasm compiled
 * from its own file ('wasm-unsafe-eval' allows WebAssembly, not JS eval); no
 * inline style (neither the page nor the chart uses style attributes).
 * frame-ancestors cannot be set from a <meta> (a host header would be needed).
 */
export function contentSecurityPolicy(scriptHashes) {
  return [
    "default-src 'none'",
    `script-src 'self' ${[...scriptHashes, "'wasm-unsafe-eval'"].join(' ')}`,
    "style-src 'self'",
    "img-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

function insertAfterCharset(html, tag) {
  const charset = /<meta\s+charset=[^>]*>\n?/i.exec(html);
  if (charset) {
    const at = charset.index + charset[0].length;
    return `${html.slice(0, at)}    ${tag}\n${html.slice(at)}`;
  }
  const head = /<head[^>]*>\n?/i.exec(html);
  if (!head) throw new Error('index.html has no <head>');
  const at = head.index + head[0].length;
  return `${html.slice(0, at)}${tag}\n${html.slice(at)}`;
}

/**
 * web/sw-register.js, stripped, as sw-register-<hash>.js with its
 * <script defer integrity> put where index.html's placeholder
 * <script data-sw-register></script> is (a file of an earlier run is replaced).
 */
function writeRegistration(dir, html) {
  const code = stripComments(readFileSync(SW_REGISTER, 'utf8'));
  const name = `sw-register-${sha256(code, 'hex').slice(0, 16)}.js`;
  for (const old of readdirSync(dir).filter((f) => /^sw-register-[0-9a-f]+\.js$/.test(f))) rmSync(path.join(dir, old));
  writeFileSync(path.join(dir, name), code);
  const integrity = `sha384-${createHash('sha384').update(code).digest('base64')}`;
  const tag = `<script src="${name}" defer integrity="${integrity}"></script>`;
  const slot = /<script (?:data-sw-register|src="sw-register-[0-9a-f]+\.js")[^>]*><\/script>/;
  if (!slot.test(html)) throw new Error('index.html has no <script data-sw-register></script> placeholder');
  return html.replace(slot, tag);
}

/** Every file under `dir`, as paths relative to it with '/' separators, sorted. */
function listFiles(dir, prefix = '') {
  const out = [];
  for (const entry of readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listFiles(dir, rel));
    else if (entry.isFile()) out.push(rel);
  }
  return out.sort();
}

/** The build's version: the files' names and contents, hashed (sw.js excluded: it is made from it). */
function buildVersion(dir, files) {
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(file).update('\0').update(sha256(readFileSync(path.join(dir, file)), 'hex')).update('\n');
  }
  return hash.digest('hex').slice(0, 16);
}

/** Finish the build in `dir`. Returns { version, files, csp }. */
export function finishBuild(dir, { profile = 'release', log = () => {} } = {}) {
  for (const [name, bytes] of Object.entries(iconFiles())) writeFileSync(path.join(dir, name), bytes);

  const indexPath = path.join(dir, 'index.html');
  let html = readFileSync(indexPath, 'utf8').replace(CSP_META, '').replace(BUILD_META, '');
  html = writeRegistration(dir, html);
  // A deployable build is a release build not made by trunk serve. trunk serve
  // fills its autoreload script's address in as it serves the page, so no hash
  // made here could match it: there (and in debug builds) inline scripts are
  // allowed and sw.js caches nothing; the rest of the policy stays.
  const served = html.includes(TRUNK_SERVE_MARK);
  const release = profile === 'release' && !served;
  const hashes = release ? inlineScriptHashes(html) : ["'unsafe-inline'"];
  const csp = contentSecurityPolicy(hashes);
  html = insertAfterCharset(html, `<meta http-equiv="Content-Security-Policy" content="${csp}" />`);
  writeFileSync(indexPath, html);

  const files = listFiles(dir).filter((f) => f !== WORKER);
  const version = release ? buildVersion(dir, files) : 'dev';
  html = insertAfterCharset(html, `<meta name="dealmodel-build" content="${version}" />`);
  writeFileSync(indexPath, html);

  const worker = release
    ? `const BUILD = ${JSON.stringify(version)};\nconst FILES = ${JSON.stringify(files.map((f) => `./${f}`))};\n${stripComments(readFileSync(SW_TEMPLATE, 'utf8'))}`
    : stripComments(readFileSync(SW_RETIRE, 'utf8'));
  writeFileSync(path.join(dir, WORKER), worker);
  log(`postbuild: ${profile}${served ? ' (trunk serve)' : ''} build ${version}: CSP script sources ${hashes.join(' ')}; sw.js ${release ? `precaches ${files.length} files` : 'retires any worker (no caching)'}`);
  return { version, files, csp };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] || process.env.TRUNK_STAGING_DIR;
  const profile = process.argv[3] || process.env.TRUNK_PROFILE || 'release';
  if (!dir) {
    console.error('postbuild: no directory (run by trunk, which sets TRUNK_STAGING_DIR, or give one)');
    process.exit(2);
  }
  try {
    finishBuild(path.resolve(dir), { profile, log: (line) => console.log(line) });
  } catch (e) {
    console.error(`postbuild: ${e.message}`);
    process.exit(1);
  }
}

// The service worker (release builds). tools/postbuild.mjs writes dist/sw.js as
// two lines that define BUILD (this build's version, a hash of every file) and
// FILES (every file of the build, relative to this script) followed by this
// file. Nothing here is edited by hand per build.
//
// - install: precache FILES into a cache named for this scope and BUILD; if any
//   file fails, the install fails and the previous version keeps serving.
// - waits until the page asks (SKIP_WAITING from the "Reload" of the update
//   notice), so a running page never changes version under the person's hands.
// - activate: delete this scope's caches of other builds, take the open pages.
// - fetch: a navigation anywhere in scope gets the cached index.html (links
//   carry their scenario after `#`, so every link is the same document) unless
//   it names a file of the build; other requests in scope come from the cache,
//   else from the network.
/* global BUILD, FILES */
'use strict';

const SCOPE = self.registration.scope;
const PREFIX = `dealmodel ${SCOPE} `;
const CACHE = PREFIX + BUILD;
const INDEX = new URL('index.html', SCOPE).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      // 'no-cache': revalidate with the server, never copy a stale HTTP-cached file.
      cache.addAll(FILES.map((file) => new Request(new URL(file, self.location).href, { cache: 'no-cache' }))),
    ),
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith(PREFIX) && n !== CACHE).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});

async function fromCache(request) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(request);
  return hit || fetch(request);
}

async function navigation(request) {
  const cache = await caches.open(CACHE);
  // A file of the build opened as a page (the SVG icon, say) is itself; any
  // other address in scope is the app.
  const page = (await cache.match(request, { ignoreSearch: true })) || (await cache.match(INDEX));
  return page || fetch(request);
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.href.startsWith(SCOPE)) return;
  event.respondWith(request.mode === 'navigate' ? navigation(request) : fromCache(request));
});

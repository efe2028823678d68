// The service worker of development builds (trunk serve, debug profile):
// tools/postbuild.mjs writes it as dist/sw.js. It never caches. If a release
// build's worker once controlled this origin and scope (say `trunk serve
// --release` earlier), its update check finds this file: it takes over at once,
// deletes this scope's caches, unregisters itself and reloads the open pages
// from the network, so a developer never sees a stale app.
'use strict';

const PREFIX = `dealmodel ${self.registration.scope} `;

self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(names.filter((n) => n.startsWith(PREFIX)).map((n) => caches.delete(n)));
      await self.registration.unregister();
      const pages = await self.clients.matchAll({ type: 'window' });
      await Promise.all(pages.map((page) => page.navigate(page.url).catch(() => null)));
    })(),
  );
});

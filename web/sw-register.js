// Registers the service worker (sw.js, next to index.html) and says when an
// update is ready. Plain JS rather than Rust: it keeps web-sys bindings out of
// the wasm bundle, and it runs even if the wasm fails to start.
//
// The build's version is in <meta name="dealmodel-build"> (tools/postbuild.mjs);
// "dev" (trunk serve) means: no service worker, and any left from a release
// build on this origin is unregistered.
(function () {
  'use strict';
  if (!('serviceWorker' in navigator)) return;
  var sw = navigator.serviceWorker;
  var meta = document.querySelector('meta[name="dealmodel-build"]');
  var build = meta ? meta.getAttribute('content') : 'dev';

  if (build === 'dev') {
    sw.getRegistrations()
      .then(function (registrations) {
        registrations.forEach(function (r) {
          r.unregister();
        });
      })
      .catch(function () {});
    return;
  }

  // Reload only when this page asked for the new version: another tab's
  // "Reload" also changes this page's worker, but must not reload it.
  var asked = false;
  sw.addEventListener('controllerchange', function () {
    if (asked) {
      asked = false;
      window.location.reload();
    }
  });

  // The notice's live region. Yew empties <body> when the app mounts, so the
  // region is added once the app has started (trunk's TrunkApplicationStarted),
  // empty, so that filling it later is announced; or when needed, if the app
  // never started.
  function noticeRegion() {
    var el = document.getElementById('update-status');
    if (!el && document.body) {
      el = document.createElement('div');
      el.id = 'update-status';
      el.className = 'update-status';
      el.setAttribute('role', 'status');
      document.body.appendChild(el);
    }
    return el;
  }
  window.addEventListener('TrunkApplicationStarted', noticeRegion);

  function apply(registration) {
    var waiting = registration.waiting;
    if (!waiting) {
      // Already activated (by another tab): the new version is one reload away.
      window.location.reload();
      return false;
    }
    asked = true;
    waiting.postMessage({ type: 'SKIP_WAITING' });
    // Should the new worker take over without this page hearing of it, load anyway.
    setTimeout(function () {
      if (asked) window.location.reload();
    }, 3000);
    return true;
  }

  function offer(registration) {
    var box = noticeRegion();
    if (!box || box.querySelector('button')) return;
    var text = document.createElement('span');
    text.textContent = 'An update is ready \u2014 reload to use it. ';
    var button = document.createElement('button');
    button.type = 'button';
    button.id = 'update-reload';
    button.textContent = 'Reload';
    button.addEventListener('click', function () {
      if (apply(registration)) button.disabled = true;
    });
    box.appendChild(text);
    box.appendChild(button);
    box.classList.add('is-shown');
  }

  function watch(registration) {
    // A worker waiting while an older one controls the page: an update. If
    // the person reloaded the page (rather than use the notice's button), that
    // reload was for the new version: apply it (one more reload, automatic).
    if (registration.waiting && sw.controller) {
      var entry = performance.getEntriesByType && performance.getEntriesByType('navigation')[0];
      if (entry && entry.type === 'reload') apply(registration);
      else offer(registration);
    }
    registration.addEventListener('updatefound', function () {
      var incoming = registration.installing;
      if (!incoming) return;
      incoming.addEventListener('statechange', function () {
        if (incoming.state === 'installed' && sw.controller) offer(registration);
      });
    });
    // A tab left open (a laptop that slept) looks for a new version when seen again.
    document.addEventListener('visibilitychange', function () {
      if (document.visibilityState === 'visible') registration.update().catch(function () {});
    });
  }

  function register() {
    // Relative: the worker's scope is the folder index.html is served from.
    sw.register('sw.js', { updateViaCache: 'none' }).then(watch).catch(function () {});
  }

  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register);
})();

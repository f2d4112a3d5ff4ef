/// <reference lib="webworker" />
/**
 * The service worker: the whole app, stored on first visit, answers from this device from then
 * on, with no network. Compiled on its own into `sw.js` by scripts/build/service-worker-plugin.ts,
 * which replaces `./precache.ts` with the list of every file of the build.
 *
 * A new version installs beside the running one and waits: it takes over only when a page
 * posts SKIP_WAITING, which the page does only when the user presses "Update now".
 */
import { isSkipWaiting } from './messages.ts';
import { addStaticRoutes } from './static-routes.ts';
import { PRECACHE } from './precache.ts';
import { cachesToDelete, versionsToKeep } from './versions.ts';

declare const self: ServiceWorkerGlobalScope;

/** Where the worker remembers the order in which versions became active (cache names only). */
const HISTORY_CACHE = 'wizard-versions';
const HISTORY_URL = './versions.json';
const INDEX_URL = './index.html';
const SCOPE_URL = './';

async function readHistory(): Promise<readonly string[]> {
  const stored = await (await caches.open(HISTORY_CACHE)).match(HISTORY_URL);
  if (!stored) return [];
  const names: unknown = await stored.json().catch(() => []);
  return Array.isArray(names) ? names.filter((name): name is string => typeof name === 'string') : [];
}

async function writeHistory(names: readonly string[]): Promise<void> {
  const cache = await caches.open(HISTORY_CACHE);
  await cache.put(HISTORY_URL, new Response(JSON.stringify(names), { headers: { 'Content-Type': 'application/json' } }));
}

/**
 * A copy of a response fit to store and to answer anything with: not marked as redirected (a
 * navigation may not be answered with a redirect), and with no `Vary`. The files do not vary,
 * and a server's `Vary: Origin` (Vite's preview sends it) would make a module script, requested
 * with an Origin header, miss the copy stored without one.
 */
async function storable(response: Response): Promise<Response> {
  const headers = new Headers(response.headers);
  headers.delete('Vary');
  // Read whole: a body left unread would hold its connection while the other files wait for one.
  return new Response(await response.arrayBuffer(), { status: response.status, statusText: response.statusText, headers });
}

/**
 * Stores every file of this version, and index.html a second time under the scope's own
 * address, the one an installed app opens. All or nothing: every file is fetched before any is
 * stored, and one that fails fails the install, which leaves the running version in charge.
 * `reload` skips the HTTP cache, which may still hold the old index.html.
 */
async function precache(): Promise<void> {
  const responses = await Promise.all(
    PRECACHE.urls.map(async (url) => {
      const response = await fetch(new Request(new URL(url, self.location.href), { cache: 'reload' }));
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      return [url, await storable(response)] as const;
    }),
  );
  const entries = responses.flatMap(([url, response]): (readonly [string, Response])[] => (url === INDEX_URL ? [[url, response.clone()], [SCOPE_URL, response]] : [[url, response]]));
  const cache = await caches.open(PRECACHE.cacheName);
  await Promise.all(entries.map(([url, response]) => cache.put(new URL(url, self.location.href), response)));
}

self.addEventListener('install', (event) => {
  event.waitUntil(Promise.all([precache(), addStaticRoutes(event, new URL(self.registration.scope), PRECACHE.cacheName)]));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const history = await readHistory();
      const kept = versionsToKeep(history, PRECACHE.cacheName);
      await Promise.all(cachesToDelete(await caches.keys(), kept).map((name) => caches.delete(name)));
      await writeHistory(kept);
      // On the very first install the page that registered the worker has nothing to lose:
      // taken over at once, it works offline without a reload. Later versions wait instead.
      if (history.length === 0) await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (isSkipWaiting(event.data)) event.waitUntil(self.skipWaiting());
});

/**
 * This version's copies were made by `storable`: never redirected, no `Vary`. The previous
 * version's may have been stored by an earlier worker that kept the server's `Vary`.
 */
async function answer(request: Request): Promise<Response> {
  const current = await caches.open(PRECACHE.cacheName);
  const own = await current.match(request);
  if (own) return own;
  if (request.mode === 'navigate') {
    // The app has one page: any address in its scope opens it.
    const page = await current.match(INDEX_URL);
    if (page) return page;
  }
  // A chunk of the previous version, asked for by a tab still running it.
  const older = await caches.match(request, { ignoreVary: true });
  return older ?? fetch(request);
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  // Only this app's own files; anything else (there is nothing else) is left to the browser.
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(answer(request));
});

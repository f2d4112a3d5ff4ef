import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { precacheManifest, SERVICE_WORKER_FILE } from '../../scripts/build/precache-manifest.ts';
import { serviceWorker } from '../../scripts/build/service-worker-plugin.ts';
import { cachesToDelete, PRECACHE_PREFIX, versionsToKeep } from '../../src/service-worker/versions.ts';

/**
 * The service worker stores every file of the build and nothing else, under a name that
 * changes with any file, and keeps the previous version's files for the tabs still running
 * it. The last part builds a small app with the plugin and runs the sw.js it wrote against
 * an in-memory CacheStorage, as a browser would run it.
 */

const file = (fileName: string, content = fileName) => ({ fileName, content });

describe('the precache list', () => {
  it('lists every built file but the worker itself, relative to its scope, in a stable order', () => {
    const manifest = precacheManifest([file('index.html'), file('sw.js'), file('assets/b-2.js'), file('assets/a-1.js'), file('icons/icon.svg')]);
    expect(manifest.urls).toEqual(['./assets/a-1.js', './assets/b-2.js', './icons/icon.svg', './index.html']);
    expect(manifest.cacheName.startsWith(PRECACHE_PREFIX)).toBe(true);
  });

  it('gives the cache a new name when a file is added, removed, renamed or changed, and the same name otherwise', () => {
    const files = [file('index.html'), file('assets/a-1.js'), file('manifest.webmanifest', '{"name":"A"}')];
    const name = precacheManifest(files).cacheName;
    expect(precacheManifest([...files].reverse()).cacheName).toBe(name);
    expect(precacheManifest([...files, file('sw.js', 'anything')]).cacheName).toBe(name);
    const variants = [
      [...files, file('assets/c-3.js')],
      files.slice(1),
      [file('index.html'), file('assets/a-2.js', 'assets/a-1.js'), files[2]!],
      // index.html and the manifest keep their names from one version to the next.
      [file('index.html'), file('assets/a-1.js'), file('manifest.webmanifest', '{"name":"B"}')],
    ];
    const names = variants.map((variant) => precacheManifest(variant).cacheName);
    expect(new Set([name, ...names]).size).toBe(1 + variants.length);
  });

  it('refuses a build that names a file twice', () => {
    expect(() => precacheManifest([file('index.html'), file('index.html')])).toThrow(/twice/);
  });
});

describe('the caches a new version keeps', () => {
  const v = (n: number) => `${PRECACHE_PREFIX}v${n}`;

  it('keeps only its own on the first install, then its own and the one active before it', () => {
    expect(versionsToKeep([], v(1))).toEqual([v(1)]);
    expect(versionsToKeep([v(1)], v(2))).toEqual([v(1), v(2)]);
    expect(versionsToKeep([v(1), v(2)], v(3))).toEqual([v(2), v(3)]);
    // The same version activated again (its worker reinstalled) keeps the one before it.
    expect(versionsToKeep([v(1), v(2)], v(2))).toEqual([v(1), v(2)]);
  });

  it('deletes the app’s older caches and nothing that is not its own', () => {
    expect(cachesToDelete([v(1), v(2), v(3), 'wizard-versions', 'someone-else'], [v(2), v(3)])).toEqual([v(1)]);
  });
});

// ── The plugin, run on a small app ─────────────────────────────────────────────────────────

const SCOPE = 'https://wizard.test/app/';

class MemoryCache {
  readonly entries = new Map<string, Response>();

  async put(request: Request | URL | string, response: Response): Promise<void> {
    this.entries.set(keyOf(request), response);
  }

  async match(request: Request | URL | string): Promise<Response | undefined> {
    return this.entries.get(keyOf(request))?.clone();
  }
}

const keyOf = (request: Request | URL | string) => (request instanceof URL ? request.href : typeof request === 'string' ? new URL(request, SCOPE).href : request.url);

class MemoryCacheStorage {
  readonly caches = new Map<string, MemoryCache>();

  async open(name: string): Promise<MemoryCache> {
    let cache = this.caches.get(name);
    if (!cache) this.caches.set(name, (cache = new MemoryCache()));
    return cache;
  }

  async keys(): Promise<string[]> {
    return [...this.caches.keys()];
  }

  async delete(name: string): Promise<boolean> {
    return this.caches.delete(name);
  }

  async match(request: Request): Promise<Response | undefined> {
    for (const cache of this.caches.values()) {
      const found = await cache.match(request);
      if (found) return found;
    }
    return undefined;
  }
}

type Handler = (event: Record<string, unknown>) => void;

/**
 * Runs a compiled sw.js in a fake worker global scope sharing `storage`, as one browser would.
 * The network serves every file as `served <path>`, with the `Vary: Origin` Vite's preview
 * sends, or fails the paths `failing` names.
 */
function runWorker(code: string, storage: MemoryCacheStorage, failing: readonly string[] = []) {
  const handlers = new Map<string, Handler>();
  const calls = { claimed: 0, skippedWaiting: 0, network: [] as string[], routes: [] as unknown[] };
  const self = {
    location: new URL(`${SCOPE}sw.js`),
    registration: { scope: SCOPE },
    addEventListener: (type: string, handler: Handler) => handlers.set(type, handler),
    clients: { claim: async () => void (calls.claimed += 1) },
    skipWaiting: async () => void (calls.skippedWaiting += 1),
  };
  const network = async (request: Request) => {
    calls.network.push(request.url);
    const path = new URL(request.url).pathname;
    if (failing.includes(path)) return new Response('gone', { status: 404 });
    return new Response(`served ${path}`, { headers: { Vary: 'Origin', 'Content-Type': 'text/plain' } });
  };
  new Function('self', 'caches', 'fetch', code)(self, storage, network);
  const dispatch = async (type: string, event: Record<string, unknown> = {}) => {
    const waited: Promise<unknown>[] = [];
    let response: Promise<Response> | undefined;
    handlers.get(type)?.({
      ...event,
      waitUntil: (promise: Promise<unknown>) => waited.push(promise),
      respondWith: (promise: Promise<Response>) => (response = promise),
      ...(type === 'install' ? { addRoutes: async (rules: unknown) => void calls.routes.push(rules) } : {}),
    });
    await Promise.all(waited);
    return response;
  };
  return { calls, dispatch };
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

const fixture = mkdtempSync(join(tmpdir(), 'sw-plugin-'));
afterAll(() => rmSync(fixture, { recursive: true, force: true }));

const write = (path: string, text: string) => {
  mkdirSync(dirname(join(fixture, path)), { recursive: true });
  writeFileSync(join(fixture, path), text);
};

async function buildFixture(lazyText: string): Promise<{ readonly files: string[]; readonly worker: string }> {
  write('index.html', '<!doctype html><html><head><link rel="manifest" href="/manifest.webmanifest"></head><body><script type="module" src="./main.js"></script></body></html>');
  write('main.js', "import('./lazy.js').then((m) => m.show());\nnew Worker(new URL('./worker.js', import.meta.url), { type: 'module' });\n");
  write('lazy.js', `export const show = () => console.log(${JSON.stringify(lazyText)});\n`);
  write('worker.js', "self.onmessage = () => import('./late.js').then((m) => m.run());\n");
  write('late.js', "export const run = () => self.postMessage('late');\n");
  write('public/manifest.webmanifest', '{"name":"Fixture"}');
  write('public/icons/icon.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>');
  await build({ root: fixture, configFile: false, base: './', logLevel: 'silent', plugins: [serviceWorker()], worker: { format: 'es' }, build: { outDir: 'dist' } });
  const out = join(fixture, 'dist');
  return { files: filesUnder(out), worker: readFileSync(join(out, SERVICE_WORKER_FILE), 'utf8') };
}

describe('the service worker the build writes', () => {
  it('precaches every file of the build, lazy chunks, the worker’s own chunks and public files included, and only those', async () => {
    const { files, worker } = await buildFixture('first');
    const storage = new MemoryCacheStorage();
    await runWorker(worker, storage).dispatch('install');
    const [cacheName, cache] = [...storage.caches.entries()].find(([name]) => name.startsWith(PRECACHE_PREFIX))!;
    const built = files.filter((name) => name !== SERVICE_WORKER_FILE);
    // index.html twice: under its name and under the scope's own address, where an installed app opens.
    expect([...cache.entries.keys()].sort()).toEqual([...built.map((name) => new URL(name, SCOPE).href), SCOPE].sort());
    expect(await (await cache.match(SCOPE))?.text()).toBe('served /app/index.html');
    // Stored without the server's Vary, which would make a module script's request miss its copy.
    expect([...cache.entries.values()].filter((response) => response.headers.has('Vary'))).toEqual([]);
    for (const pattern of [/^index\.html$/, /^assets\/index-.+\.js$/, /^assets\/lazy-.+\.js$/, /^assets\/worker-.+\.js$/, /^assets\/late-.+\.js$/, /^manifest\.webmanifest$/, /^icons\/icon\.svg$/]) {
      expect(built.some((name) => pattern.test(name)), `${pattern} is built`).toBe(true);
    }
    expect(cacheName).toBe(precacheManifest(built.map((name) => ({ fileName: name, content: readFileSync(join(fixture, 'dist', name)) }))).cacheName);
    expect(files).toContain(SERVICE_WORKER_FILE);
  });

  it('names its cache after the build: the same build gives the same name, a changed chunk another', async () => {
    const cacheNameOf = (worker: string) => worker.match(new RegExp(`${PRECACHE_PREFIX}[0-9a-f]+`))?.[0];
    const first = cacheNameOf((await buildFixture('first')).worker);
    const again = cacheNameOf((await buildFixture('first')).worker);
    const changed = cacheNameOf((await buildFixture('second')).worker);
    expect(first).toBeDefined();
    expect(again).toBe(first);
    expect(changed).not.toBe(first);
  });

  it('takes over at once only on the first install, keeps the previous version’s files, answers from the cache and waits for consent', async () => {
    const { worker } = await buildFixture('first');
    const name = worker.match(new RegExp(`${PRECACHE_PREFIX}[0-9a-f]+`))![0];
    const version = (n: number) => worker.replaceAll(name, `${PRECACHE_PREFIX}v${n}`);
    const storage = new MemoryCacheStorage();

    const first = runWorker(version(1), storage);
    await first.dispatch('install');
    await first.dispatch('activate');
    expect(first.calls.claimed).toBe(1);
    // The browser may answer the hashed files, and the scope's own address, without the worker:
    // the files from any version's cache, the page from this version's only.
    expect(first.calls.routes).toEqual([
      [
        { condition: { urlPattern: { protocol: 'https', hostname: 'wizard.test', port: '', pathname: '/app/assets/*' }, requestMethod: 'GET' }, source: 'cache' },
        { condition: { urlPattern: { protocol: 'https', hostname: 'wizard.test', port: '', pathname: '/app/', search: '' }, requestMode: 'navigate' }, source: { cacheName: `${PRECACHE_PREFIX}v1` } },
      ],
    ]);
    first.calls.network.length = 0;

    // A navigation anywhere in the scope opens the cached page; files come from the cache.
    // Node's Request cannot be made in navigate mode; the worker reads only these fields.
    const navigation = { url: `${SCOPE}negotiation/42`, method: 'GET', mode: 'navigate' };
    const page = await first.dispatch('fetch', { request: navigation });
    expect(await page?.text()).toBe('served /app/index.html');
    const icon = await first.dispatch('fetch', { request: new Request(`${SCOPE}icons/icon.svg`) });
    expect(await icon?.text()).toBe('served /app/icons/icon.svg');
    // Another origin, or anything but a GET, is left alone.
    expect(await first.dispatch('fetch', { request: new Request('https://elsewhere.test/x.js') })).toBeUndefined();
    expect(await first.dispatch('fetch', { request: new Request(`${SCOPE}index.html`, { method: 'POST', body: 'x' }) })).toBeUndefined();
    expect(first.calls.network).toEqual([]);

    const second = runWorker(version(2), storage);
    await second.dispatch('install');
    expect(second.calls.skippedWaiting).toBe(0);
    await second.dispatch('message', { data: { type: 'something-else' } });
    expect(second.calls.skippedWaiting).toBe(0);
    await second.dispatch('message', { data: { type: 'skip-waiting' } });
    expect(second.calls.skippedWaiting).toBe(1);
    await second.dispatch('activate');
    expect(second.calls.claimed).toBe(0);
    expect([...storage.caches.keys()].filter((key) => key.startsWith(PRECACHE_PREFIX)).sort()).toEqual([`${PRECACHE_PREFIX}v1`, `${PRECACHE_PREFIX}v2`]);

    const third = runWorker(version(3), storage);
    await third.dispatch('install');
    await third.dispatch('activate');
    expect([...storage.caches.keys()].filter((key) => key.startsWith(PRECACHE_PREFIX)).sort()).toEqual([`${PRECACHE_PREFIX}v2`, `${PRECACHE_PREFIX}v3`]);

    // A chunk only the previous version had is still served to the tab running it.
    (await storage.open(`${PRECACHE_PREFIX}v2`)).entries.set(`${SCOPE}assets/old-chunk.js`, new Response('old chunk'));
    const old = await third.dispatch('fetch', { request: new Request(`${SCOPE}assets/old-chunk.js`) });
    expect(await old?.text()).toBe('old chunk');
  });

  it('installs all or nothing: one file the server cannot give fails the install and stores nothing', async () => {
    const { worker } = await buildFixture('first');
    const storage = new MemoryCacheStorage();
    await expect(runWorker(worker, storage, ['/app/manifest.webmanifest']).dispatch('install')).rejects.toThrow('manifest.webmanifest');
    expect(await storage.keys()).toEqual([]);
  });
});

import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { build, preview } from 'vite';
import { chunkSize, type ChunkSize } from './bundle-size.ts';
import { awaitInPage, loadQuietly, whenSelectorAppears } from './quiet-load.ts';
import { median } from './stats.ts';

/**
 * The first screen as a user meets it: from navigation start to the first heading, in the
 * built app and in a floor app (the same libraries rendering one heading) built in the same
 * run, at full speed and with the CPU slowed down; and every script the page fetched before
 * that heading appeared, with its gzip size.
 *
 * Both apps load with service workers blocked and the HTTP cache warm (one load first, then
 * the timed ones), so that they are compared on the same footing: the app's own service
 * worker (offline use) is not part of the floor. Nothing of Playwright runs in the page until
 * the heading is there (see `loadQuietly`).
 */

export interface FirstScreen {
  /** Median, navigation start to the first <h1> in the document. */
  readonly headingMs: number;
  readonly runsMs: readonly number[];
  /** Scripts fetched before the heading, in fetch order, with their gzip size on disk (paths relative to dist/). */
  readonly scripts: readonly ChunkSize[];
}

const FLOOR_DIR = join(import.meta.dirname, 'floor-app');

/** Builds the floor app into `outDir`, with no plugins and no config beyond the bare defaults. */
export async function buildFloorApp(outDir: string): Promise<void> {
  await build({ root: FLOOR_DIR, configFile: false, logLevel: 'warn', build: { outDir, emptyOutDir: true, target: 'es2022' } });
}

/** Serves a built folder on a free port of 127.0.0.1. */
export async function serveFolder(outDir: string): Promise<{ readonly url: string; close(): Promise<void> }> {
  const server = await preview({ configFile: false, build: { outDir }, preview: { host: '127.0.0.1', port: 0, strictPort: false }, logLevel: 'error' });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') throw new Error('preview server has no port');
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}

const SCRIPTS_BEFORE_HEADING = (headingAt: number) => `JSON.stringify(performance.getEntriesByType('resource')
  .filter((entry) => entry.startTime < ${headingAt} && new URL(entry.name).pathname.endsWith('.js'))
  .map((entry) => new URL(entry.name).pathname))`;

export interface StartupTarget {
  readonly url: string;
  /** The built folder served at `url`, to size the scripts from. */
  readonly distDir: string;
  readonly locale: string;
  /**
   * A returning visit: the app's service worker installed and then stopped before each load,
   * as Chromium stops an idle worker after about 30 seconds. Otherwise service workers are blocked.
   */
  readonly returning?: boolean;
}

const WORKER_IN_CONTROL = `navigator.serviceWorker.ready.then(() => navigator.serviceWorker.controller
  || new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true })))`;

/**
 * Times `runs` loads of each target at `cpuSlowdown` times slower, after one untimed load each.
 * The targets take turns, load by load, so that a machine busy for a moment slows them all
 * alike; each page is sent to about:blank once timed, so its later work (prefetching the next
 * screens) does not run during another's load.
 */
export async function timeFirstScreens(browser: Browser, targets: readonly StartupTarget[], options: { readonly cpuSlowdown: number; readonly runs: number }): Promise<FirstScreen[]> {
  const contexts = await Promise.all(targets.map((target) => browser.newContext({ viewport: { width: 1366, height: 768 }, locale: target.locale, serviceWorkers: target.returning ? 'allow' : 'block' })));
  try {
    const pages = await Promise.all(
      contexts.map(async (context, index) => {
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.cpuSlowdown });
        await page.addInitScript(whenSelectorAppears('__firstHeading', 'h1'));
        if (targets[index]?.returning) {
          await page.goto(targets[index].url);
          await awaitInPage(cdp, WORKER_IN_CONTROL);
          await cdp.send('ServiceWorker.enable');
        }
        return { page, cdp };
      }),
    );
    const runsMs = targets.map((): number[] => []);
    const scripts = targets.map((): string[] => []);
    for (let run = 0; run <= options.runs; run += 1) {
      for (const [index, target] of targets.entries()) {
        const { page, cdp } = pages[index] as (typeof pages)[number];
        if (target.returning) await cdp.send('ServiceWorker.stopAllWorkers');
        const headingAt = (await loadQuietly(page, cdp, target.url, 'window.__firstHeading')) as number;
        if (run > 0) {
          runsMs[index]?.push(headingAt);
          scripts[index] = JSON.parse((await page.evaluate(SCRIPTS_BEFORE_HEADING(headingAt))) as string) as string[];
        }
        await page.goto('about:blank');
      }
    }
    return targets.map((target, index) => {
      const times = runsMs[index] ?? [];
      return { headingMs: median(times), runsMs: times, scripts: (scripts[index] ?? []).map((pathname) => chunkSize(target.distDir, pathname.replace(/^\//, ''))) };
    });
  } finally {
    await Promise.all(contexts.map((context) => context.close()));
  }
}

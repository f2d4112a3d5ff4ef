import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { build, preview } from 'vite';
import { chunkSize, type ChunkSize } from './bundle-size.ts';
import { median } from './stats.ts';

/**
 * The first screen as a user meets it: from navigation start to the first heading, in the
 * built app and in a floor app (the same libraries rendering one heading) built in the same
 * run, at full speed and with the CPU slowed down; and every script the page fetched before
 * that heading appeared, with its gzip size.
 *
 * Both apps load with service workers blocked and the HTTP cache warm (one load first, then
 * the timed ones), so that they are compared on the same footing: the app's own service
 * worker (offline use) is not part of the floor.
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

// Page-side code is passed as a string: tsx's name-keeping helpers would not exist in the page.
const WATCH_HEADING = `
  new MutationObserver((_, observer) => {
    if (document.querySelector('h1')) {
      window.__headingAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
`;

const SCRIPTS_BEFORE_HEADING = `JSON.stringify(performance.getEntriesByType('resource')
  .filter((entry) => entry.startTime < window.__headingAt && new URL(entry.name).pathname.endsWith('.js'))
  .map((entry) => new URL(entry.name).pathname))`;

/** Times `runs` loads of `url` in one context, after one untimed load, at `cpuSlowdown` times slower. */
export async function timeFirstScreen(browser: Browser, url: string, distDir: string, options: { readonly locale: string; readonly cpuSlowdown: number; readonly runs: number }): Promise<FirstScreen> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: options.locale, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.cpuSlowdown });
    await page.addInitScript(WATCH_HEADING);
    const runsMs: number[] = [];
    let scripts: string[] = [];
    for (let run = 0; run <= options.runs; run += 1) {
      await page.goto(url);
      await page.locator('h1').first().waitFor();
      if (run === 0) continue;
      runsMs.push((await page.evaluate('window.__headingAt')) as number);
      scripts = JSON.parse((await page.evaluate(SCRIPTS_BEFORE_HEADING)) as string) as string[];
    }
    return { headingMs: median(runsMs), runsMs, scripts: scripts.map((pathname) => chunkSize(distDir, pathname.replace(/^\//, ''))) };
  } finally {
    await context.close();
  }
}

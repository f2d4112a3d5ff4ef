import { cpSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { builtAppForThisFile } from '../support/e2e-app.ts';
import { expectNoAxeViolations } from '../support/page-checks.ts';
import {
  addSystem,
  answerAndContinue,
  answerQuestion,
  DOCUMENT_KINDS,
  downloadDocument,
  fillDetails,
  newSession,
  openHome,
  questionText,
  startChecklist,
  startNegotiation,
  t,
  temporaryDirectory,
  waitForHeading,
  wordsBox,
} from '../support/e2e-journey.ts';

/**
 * Installable and offline: after one visit the whole app, the document code its worker loads
 * on demand included, comes from the service worker with the network cut; a new version waits
 * until the user presses "Update now", and the reload that follows keeps what was just typed.
 */

const EN = 'en' as const;
const FLOW = 'za' as const;
const DETAILS = { union: 'NUMSA Local 7', employer: 'Khanya Logistics (Pty) Ltd' };
const SYSTEM = { name: 'RouteWatch', vendor: 'FleetEye', category: 'location', purpose: 'Track delivery vans' } as const;

const app = builtAppForThisFile();
const work = temporaryDirectory('e2e-offline-');

afterAll(() => work.remove());

/** Waits until a service worker is active and controls the page (the first one claims it). */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
  });
}

/** Starts a negotiation under South African law with one system, on its first question. */
async function startOneSystem(page: Page): Promise<void> {
  await startNegotiation(page, EN, FLOW);
  await fillDetails(page, EN, DETAILS);
  await addSystem(page, EN, SYSTEM, 1);
  await startChecklist(page, EN, FLOW, 'data-categories');
}

describe('Offline and updates', () => {
  it('works with no network after the first visit: a whole negotiation and its three documents, and the manifest and icons', async () => {
    const { context, page, problems } = await newSession(app.browser);
    const requests: string[] = [];
    const failed: string[] = [];
    context.on('request', (request) => requests.push(request.url()));
    context.on('requestfailed', (request) => failed.push(`${request.url()}: ${request.failure()?.errorText}`));
    try {
      await openHome(page, app.url, EN);
      await waitForServiceWorker(page);
      await context.setOffline(true);
      await page.reload();
      await waitForHeading(page, t(EN, 'home.title'));
      // Nothing promised the data will be kept in a test browser, so the footer says to keep a backup.
      await page.getByRole('contentinfo').getByText(t(EN, 'persistence.notGranted'), { exact: true }).or(page.getByText(t(EN, 'persistence.granted'), { exact: true })).waitFor();

      // The manifest the page links to, and every icon it names, are served offline too.
      const installable = await page.evaluate(async () => {
        const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
        if (!link) return null;
        const manifest = (await (await fetch(link.href)).json()) as { name: string; short_name: string; start_url: string; scope: string; display: string; icons: { src: string; sizes: string; type: string; purpose?: string }[] };
        const icons = await Promise.all(
          manifest.icons.map(async (icon) => {
            const response = await fetch(new URL(icon.src, link.href));
            const blob = await response.blob();
            const size = icon.type === 'image/png' ? await createImageBitmap(blob).then((bitmap) => `${bitmap.width}x${bitmap.height}`) : 'any';
            return { ...icon, status: response.status, servedType: blob.type, size };
          }),
        );
        return { manifest, icons, themeColour: document.querySelector('meta[name="theme-color"]')?.getAttribute('content') };
      });
      expect(installable, 'the page links a manifest').not.toBeNull();
      expect(installable!.manifest).toMatchObject({ name: t(EN, 'header.title'), start_url: './', scope: './', display: 'standalone' });
      expect(installable!.manifest.short_name.length).toBeGreaterThan(0);
      for (const icon of installable!.icons) {
        expect(icon.status, icon.src).toBe(200);
        expect(icon.servedType, icon.src).toBe(icon.type);
        expect(icon.size, icon.src).toBe(icon.sizes);
      }
      expect(installable!.icons.map((icon) => `${icon.sizes} ${icon.purpose}`)).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
      // Chromium's own verdict on whether the app can be installed, as its install prompt decides.
      // A test context is an incognito profile, which Chromium never installs into: that one
      // error is about the browser, every other would be about the app.
      const cdp = await context.newCDPSession(page);
      const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
      expect(installabilityErrors.map((error) => error.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
      await cdp.detach();

      await startOneSystem(page);
      await answerAndContinue(page, EN, FLOW, 'data-categories', { status: 'answered', words: 'GPS position every minute' }, 'purpose');
      await answerAndContinue(page, EN, FLOW, 'purpose', { status: 'refused' }, 'special-category-data');
      await answerQuestion(page, EN, FLOW, 'special-category-data', { status: 'unknown' });
      // Each document is built in the worker, which loads docx and the layout on first use.
      for (const kind of DOCUMENT_KINDS) {
        const { path } = await downloadDocument(page, EN, EN, kind, work.path);
        expect(statSync(path).size, kind).toBeGreaterThan(1000);
        expect(readFileSync(path).subarray(0, 4).toString('latin1'), `${kind} is a zip package`).toBe('PK\x03\x04');
      }

      const origin = new URL(app.url).origin;
      expect(requests.some((request) => /\/assets\/build-docx-[^/]+\.js$/.test(request)), 'the document code was loaded').toBe(true);
      expect(requests.filter((request) => !(request.startsWith(`${origin}/`) || request.startsWith('blob:') || request.startsWith('data:'))), 'requests that left the origin').toEqual([]);
      expect(failed, 'requests that failed offline').toEqual([]);
      expect(problems, problems.join('\n')).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60_000);

  it('opens a returning visit straight from the cache, with the worker stopped as the browser stops it when idle', async () => {
    const { context, page, problems } = await newSession(app.browser);
    try {
      await openHome(page, app.url, EN);
      await waitForServiceWorker(page);
      await context.setOffline(true);
      const cdp = await context.newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await page.reload();
      await waitForHeading(page, t(EN, 'home.title'));
      // Chromium says, per file, where its answer came from: "cache" through the static routes,
      // "fetch-event" had the worker been started to answer it.
      const sources = (await page.evaluate(() =>
        [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
          .filter((entry) => entry.entryType === 'navigation' || /\/assets\/[^/]+\.(js|css)$/.test(new URL(entry.name).pathname))
          .map((entry) => [new URL(entry.name).pathname, (entry as PerformanceResourceTiming & { workerFinalSourceType?: string }).workerFinalSourceType]),
      )) as [string, string | undefined][];
      expect(sources.length, 'the page and its scripts').toBeGreaterThan(5);
      expect(sources.filter(([, source]) => source !== 'cache')).toEqual([]);
      await cdp.detach();
      expect(problems, problems.join('\n')).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60_000);

  it('offers a new version without reloading, updates only the tab that asked, and keeps what was typed just before', async () => {
    // A copy of the build, whose sw.js can be changed as a new release would change it.
    const folder = join(work.path, 'release');
    cpSync(resolve(process.env.E2E_DIST ?? 'dist'), folder, { recursive: true });
    const server: PreviewServer = await preview({ configFile: false, base: './', build: { outDir: folder }, preview: { host: '127.0.0.1', port: 0, strictPort: false }, logLevel: 'error' });
    const address = server.httpServer.address();
    if (address === null || typeof address === 'string') throw new Error('preview server has no port');
    const url = `http://127.0.0.1:${address.port}/`;
    const { context, page, problems } = await newSession(app.browser);
    try {
      await openHome(page, url, EN);
      await waitForServiceWorker(page);
      const other = await context.newPage();
      await openHome(other, url, EN);
      // Set in each page's memory: still there means the page did not reload.
      const mark = (target: Page) => target.evaluate(() => Object.assign(window, { loadedBefore: true }));
      const notReloaded = (target: Page) => target.evaluate(() => 'loadedBefore' in window);
      await mark(page);
      await mark(other);

      await startOneSystem(page);
      await answerQuestion(page, EN, FLOW, 'data-categories', { status: 'answered', words: 'GPS position' });

      const workerFile = join(folder, 'sw.js');
      const code = readFileSync(workerFile, 'utf8');
      const oldCache = /wizard-precache-[0-9a-f]+/.exec(code)![0];
      const newCache = 'wizard-precache-0000000000000002';
      // The new release's page says which it is; the running version's must not see it yet.
      const pageFile = join(folder, 'index.html');
      writeFileSync(pageFile, readFileSync(pageFile, 'utf8').replace('</head>', '<meta name="release" content="2"></head>'));
      writeFileSync(workerFile, code.replaceAll(oldCache, newCache));
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

      const ready = (target: Page) => target.getByRole('status').filter({ hasText: t(EN, 'update.ready') });
      await ready(page).waitFor();
      await ready(other).waitFor();
      const release = (target: Page) => target.evaluate(() => document.querySelector('meta[name="release"]')?.getAttribute('content') ?? 'running');
      // A tab opened while the new version waits still gets the running version's page. Its
      // scripts are kept from running: they would resume the negotiation and pause this tab's.
      const third = await context.newPage();
      const thirdCdp = await context.newCDPSession(third);
      await thirdCdp.send('Emulation.setScriptExecutionDisabled', { value: true });
      await third.goto(url);
      expect(await release(third)).toBe('running');
      await third.close();
      expect(await page.getByText(t(EN, 'update.saved'), { exact: true }).isVisible()).toBe(true);
      await expectNoAxeViolations(page, 'a question with the update notice');
      // The new version waits: nothing reloads by itself, the answer is still on screen.
      await page.waitForTimeout(500);
      expect(await notReloaded(page)).toBe(true);
      expect(await wordsBox(page, EN).inputValue()).toBe('GPS position');

      // Typed just before the click: saved only by the flush when the page is hidden.
      await wordsBox(page, EN).focus();
      await page.keyboard.type(' every minute');
      await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: t(EN, 'update.now'), exact: true }).click()]);

      await waitForHeading(page, questionText(EN, FLOW, 'data-categories'));
      expect(await notReloaded(page)).toBe(false);
      expect(await release(page)).toBe('2');
      expect(await wordsBox(page, EN).inputValue()).toBe('GPS position every minute');
      const cacheNames = await page.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith('wizard-precache-')).sort());
      // The previous version's files stay, for the other tab still running it.
      expect(cacheNames).toEqual([newCache, oldCache].sort());
      expect(await ready(page).count()).toBe(0);

      // The other tab was not reloaded; the version it was offered is now the running one.
      expect(await notReloaded(other)).toBe(true);
      await ready(other).waitFor({ state: 'detached' });
      expect(problems, problems.join('\n')).toEqual([]);
    } finally {
      await context.close();
      await server.close();
    }
  }, 60_000);
});

import { describe, expect, it } from 'vitest';
import { builtAppForThisFile } from '../support/e2e-app.ts';
import { t, waitForHeading, type Language } from '../support/e2e-journey.ts';

/**
 * The first screen loads only what it shows (issue 12): the home page's code and the words of
 * one language, fetched at once rather than one after the other; the wizard, the documents'
 * layout and the file tools load later. Scripts are told apart by the module names Vite gives
 * their chunks.
 */

const app = builtAppForThisFile();

/** Chunks that belong to later screens: the wizard, the documents' layout, the zip reader and the file tools. */
const LATER = /^(negotiation-session|build-docx|export-worker|jszip|import-file|workspace-import|file-crypto|record-merge)-/;

interface FirstScreen {
  /** Every script fetched before the home page's heading was shown, by file name. */
  readonly scripts: readonly string[];
  /** The scripts the page's HTML asks the browser to fetch ahead, by file name. */
  readonly preloaded: readonly string[];
}

async function firstScreen(locale: string, language: Language): Promise<FirstScreen> {
  // No service worker: its precaching, after the first screen, is not what the page asks for.
  const context = await app.browser.newContext({ locale, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    // The moment the first heading enters the page, on the page's own clock (Playwright sees it later).
    await page.addInitScript(`new MutationObserver((_, observer) => {
      if (document.querySelector('h1')) { window.__headingAt = performance.now(); observer.disconnect(); }
    }).observe(document, { childList: true, subtree: true });`);
    await page.goto(app.url);
    await waitForHeading(page, t(language, 'home.title'));
    const scripts = await page.evaluate(`performance.getEntriesByType('resource')
      .filter((entry) => entry.startTime < window.__headingAt && new URL(entry.name).pathname.endsWith('.js'))
      .map((entry) => new URL(entry.name).pathname.split('/').pop())`);
    if (!Array.isArray(scripts)) throw new Error('resource timing was not read');
    // Read from the HTML as served: Vite's loader adds links of its own for each lazy import later.
    const html = await (await fetch(app.url)).text();
    const preloaded = [...html.matchAll(/<link rel="modulepreload"[^>]* href="[^"]*\/([^/"]+\.js)"/g)].map((match) => match[1] ?? '');
    return { scripts: scripts.map(String), preloaded };
  } finally {
    await context.close();
  }
}

describe('The first screen', () => {
  it.each([['en-GB', 'en'], ['fr-FR', 'fr']] as const)('in %s fetches the home page’s code and one language’s words, and nothing of the later screens', async (locale, language) => {
    const { scripts, preloaded } = await firstScreen(locale, language);
    expect(scripts.filter((name) => LATER.test(name)), 'chunks of later screens fetched before the first heading').toEqual([]);
    // The interface's words, in one language: no English fallback beside the French.
    expect(scripts.filter((name) => /^ui-[\w-]{8}\.js$/.test(name)), 'interface words fetched').toHaveLength(1);
    // The app's code is announced in the HTML, so it downloads beside the first script, not after it has run.
    expect(preloaded.some((name) => name.startsWith('main-')), 'the app chunk is preloaded').toBe(true);
    for (const name of preloaded) expect(scripts, `${name}, preloaded, is used by the first screen`).toContain(name);
    expect(preloaded.filter((name) => LATER.test(name)), 'chunks of later screens preloaded').toEqual([]);
  });
});

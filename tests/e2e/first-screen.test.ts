import { describe, expect, it } from 'vitest';
import { builtAppForThisFile } from '../support/e2e-app.ts';
import type { Page } from 'playwright-core';
import { startNegotiation, t, waitForHeading, type Language } from '../support/e2e-journey.ts';

/**
 * The first screen loads only what it shows (issue 12): the home page's code and the words of
 * one language, fetched at once rather than one after the other; the wizard and its words, the
 * documents' layout and the file tools load later. Scripts are told apart by the module names Vite gives
 * their chunks.
 */

const app = builtAppForThisFile();

/** Chunks that belong to later screens: the wizard, the documents' layout, the zip reader and the file tools. */
const LATER = /^(negotiation-session|build-docx|export-worker|jszip|import-file|workspace-import|file-crypto|record-merge)-/;

/** The wizard's words (`locales/<lang>/wizard.json`), one chunk per language. */
const WIZARD_WORDS = /^wizard-[\w-]{8}\.js$/;

/** Every script the page has fetched so far (before `before` on the page's clock, if given), by file name. */
async function scriptsFetched(page: Page, before?: string): Promise<readonly string[]> {
  const scripts = await page.evaluate(`performance.getEntriesByType('resource')
    .filter((entry) => ${before ? `entry.startTime < ${before} && ` : ''}new URL(entry.name).pathname.endsWith('.js'))
    .map((entry) => new URL(entry.name).pathname.split('/').pop())`);
  if (!Array.isArray(scripts)) throw new Error('resource timing was not read');
  return scripts.map(String);
}

interface FirstScreen {
  /** Every script fetched before the home page's heading was shown, by file name. */
  readonly scripts: readonly string[];
  /** The scripts the page's HTML asks the browser to fetch ahead, by file name. */
  readonly preloaded: readonly string[];
  /** Every script fetched by the time a negotiation just started shows its first step. */
  readonly started: readonly string[];
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
    const scripts = await scriptsFetched(page, 'window.__headingAt');
    // Read from the HTML as served: Vite's loader adds links of its own for each lazy import later.
    const html = await (await fetch(app.url)).text();
    const preloaded = [...html.matchAll(/<link rel="modulepreload"[^>]* href="[^"]*\/([^/"]+\.js)"/g)].map((match) => match[1] ?? '');
    await startNegotiation(page, language, 'eu');
    return { scripts, preloaded, started: await scriptsFetched(page) };
  } finally {
    await context.close();
  }
}

describe('The first screen', () => {
  it.each([['en-GB', 'en'], ['fr-FR', 'fr']] as const)('in %s fetches the home page’s code and one language’s words, and nothing of the later screens', async (locale, language) => {
    const { scripts, preloaded, started } = await firstScreen(locale, language);
    expect(scripts.filter((name) => LATER.test(name)), 'chunks of later screens fetched before the first heading').toEqual([]);
    expect(scripts.filter((name) => WIZARD_WORDS.test(name)), 'the wizard’s words fetched before the first heading').toEqual([]);
    // Once a negotiation starts, the wizard's words are there, in the one language shown.
    expect(started.filter((name) => WIZARD_WORDS.test(name)), 'the wizard’s words fetched by its first step').toHaveLength(1);
    // The interface's words, in one language: no English fallback beside the French.
    expect(scripts.filter((name) => /^ui-[\w-]{8}\.js$/.test(name)), 'interface words fetched').toHaveLength(1);
    // The app's code is announced in the HTML, so it downloads beside the first script, not after it has run.
    expect(preloaded.some((name) => name.startsWith('main-')), 'the app chunk is preloaded').toBe(true);
    for (const name of preloaded) expect(scripts, `${name}, preloaded, is used by the first screen`).toContain(name);
    expect(preloaded.filter((name) => LATER.test(name)), 'chunks of later screens preloaded').toEqual([]);
  });
});

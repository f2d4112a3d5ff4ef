import type { Browser } from 'playwright-core';

export interface PageLoadTiming {
  readonly firstContentfulPaintMs: number;
  readonly headingVisibleMs: number;
}

// Page-side code is passed as strings: tsx's name-keeping helpers would not exist in the page.

/** Records, relative to navigation start, when the first visible <h1> appears. */
const HEADING_PROBE = `
  new MutationObserver((_, observer) => {
    const heading = document.querySelector('h1');
    if (heading && heading.checkVisibility()) {
      window.__headingVisibleAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true, characterData: true });
`;

/** The first-contentful-paint time, from the buffered paint entries. */
const READ_FCP = `
  new Promise((resolve) => {
    new PerformanceObserver((list, observer) => {
      const entry = list.getEntriesByName('first-contentful-paint')[0];
      if (entry) { observer.disconnect(); resolve(entry.startTime); }
    }).observe({ type: 'paint', buffered: true });
  })
`;

function asNumber(value: unknown, what: string): number {
  if (typeof value !== 'number') throw new Error(`${what} was not measured`);
  return value;
}

/** Loads `url` in a fresh context (empty cache and storage) and times its first render. */
async function loadOnce(browser: Browser, url: string): Promise<PageLoadTiming> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.addInitScript(HEADING_PROBE);
    await page.goto(url);
    await page.locator('h1').first().waitFor({ state: 'visible' });
    return {
      firstContentfulPaintMs: asNumber(await page.evaluate(READ_FCP), 'first-contentful-paint'),
      headingVisibleMs: asNumber(await page.evaluate('window.__headingVisibleAt'), 'heading visibility'),
    };
  } finally {
    await context.close();
  }
}

/** `count` sequential page loads, each in its own context. */
export async function timePageLoads(browser: Browser, url: string, count: number): Promise<PageLoadTiming[]> {
  const timings: PageLoadTiming[] = [];
  for (let i = 0; i < count; i++) timings.push(await loadOnce(browser, url));
  return timings;
}

import type { CDPSession, Page } from 'playwright-core';

/**
 * Loads a page and waits, without touching it, for a promise the page's init script keeps.
 *
 * Playwright's own waits (`locator.waitFor`, `getByRole`, the `load` wait of `goto`) run its
 * injected script in the page: about 50 ms of the main thread at full speed, 200 ms at 4x CPU.
 * Called while the page is still starting, that work lands in the middle of what is being
 * timed, and only in pages that are slower than the `load` event: an app that reads storage
 * before its first screen paid for it, a floor app that draws at once did not. Here Node
 * navigates with `waitUntil: 'commit'` and asks through CDP for the page's promise, so the page
 * runs nothing but its own code until the promise settles.
 */
export async function loadQuietly(page: Page, cdp: CDPSession, url: string, awaited: string): Promise<unknown> {
  const previousOrigin = await timeOrigin(cdp);
  await page.goto(url, { waitUntil: 'commit' });
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (Date.now() > deadline) throw new Error(`${url}: ${awaited} did not settle within a minute`);
    // Asked too early, the question reaches the page being left; its time origin tells them apart.
    // A question that reaches a page as it is replaced fails: it is asked again.
    const answer = await awaitInPage(cdp, `Promise.resolve(${awaited}).then((value) => [performance.timeOrigin, value])`).catch(() => undefined);
    const [origin, value] = (answer ?? []) as [number?, unknown?];
    if (origin !== undefined && origin !== previousOrigin) return value;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** What a page-side promise settles to, asked through CDP: nothing of Playwright's runs in the page. */
export async function awaitInPage(cdp: CDPSession, awaited: string): Promise<unknown> {
  const answer = await cdp.send('Runtime.evaluate', { expression: awaited, awaitPromise: true, returnByValue: true });
  if (answer.exceptionDetails) throw new Error(`${awaited} failed in the page: ${answer.exceptionDetails.exception?.description ?? answer.exceptionDetails.text}`);
  return answer.result.value;
}

async function timeOrigin(cdp: CDPSession): Promise<number | undefined> {
  const answer = await cdp.send('Runtime.evaluate', { expression: 'performance.timeOrigin', returnByValue: true }).catch(() => undefined);
  return answer?.result.value as number | undefined;
}

/**
 * An init script that keeps `window.<name>`: a promise of the time (ms from navigation start)
 * at which `selector` first matches in the document.
 */
export function whenSelectorAppears(name: string, selector: string): string {
  return `window.${name} = new Promise((resolve) => {
    new MutationObserver((_, observer) => {
      if (document.querySelector(${JSON.stringify(selector)})) {
        resolve(performance.now());
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });`;
}

import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** Checks of where keyboard focus is, as a sighted keyboard user meets it. */

/** A short description of the focused element, for failure messages. */
export function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return 'the page body';
    const name = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 60) ?? '';
    return `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} "${name}"`;
  });
}

/**
 * Waits until `expected` has the focus, then fails unless it is wholly inside the viewport and
 * on top at its centre: a focused element scrolled away, or hidden behind something sticky,
 * is as lost to a sighted keyboard user as focus on the page body.
 */
export async function expectFocusedInView(page: Page, expected: Locator, where: string): Promise<void> {
  await expect
    .poll(() => expected.evaluate((element) => element === document.activeElement).catch(() => false), { message: `${where}: focus is on ${await describeFocus(page)}`, timeout: 5000 })
    .toBe(true);
  const place = await expected.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const x = Math.min(Math.max(box.left + box.width / 2, 0), window.innerWidth - 1);
    const y = Math.min(Math.max(box.top + box.height / 2, 0), window.innerHeight - 1);
    const onTop = document.elementFromPoint(x, y);
    return {
      box: { top: Math.round(box.top), bottom: Math.round(box.bottom), left: Math.round(box.left), right: Math.round(box.right) },
      viewport: { width: window.innerWidth, height: window.innerHeight },
      covered: onTop !== null && onTop !== element && !element.contains(onTop),
      coveredBy: onTop ? `${onTop.tagName.toLowerCase()}.${String(onTop.className)}` : 'nothing',
    };
  });
  const { box, viewport } = place;
  const inside = box.top >= 0 && box.left >= 0 && box.bottom <= viewport.height && box.right <= viewport.width;
  expect(inside, `${where}: the focused element is at ${JSON.stringify(box)} in a ${viewport.width}×${viewport.height} viewport`).toBe(true);
  expect(place.covered, `${where}: the focused element is covered by ${place.coveredBy}`).toBe(false);
}

/**
 * Whatever has the focus after a keyboard action: not the page body, wholly in view and not
 * covered, and, if it is a control, visibly marked as focused.
 */
export async function expectFocusVisibleInView(page: Page, where: string): Promise<void> {
  const focused = page.locator(':focus');
  expect(await focused.count(), `${where}: focus is on ${await describeFocus(page)}`).toBe(1);
  await expectFocusedInView(page, focused, where);
  const marked = await focused.evaluate((element) => !element.matches('button, input, textarea, select, a[href]') || element.matches(':focus-visible'));
  expect(marked, `${where}: ${await describeFocus(page)} shows no sign of having the focus`).toBe(true);
}

import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Checks of a page as a person meets it, shared by the end-to-end files. */

/** Runs axe-core on the page as it is and fails with a readable list of the violations. */
export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  const { violations, passes } = await new AxeBuilder({ page }).analyze();
  expect(passes.length, `axe-core ran its rules on ${where}`).toBeGreaterThan(0);
  const report = violations
    .map(
      (violation) =>
        `${violation.id} (${violation.impact ?? 'unknown impact'}): ${violation.help}\n` +
        violation.nodes.map((node) => `    ${node.target.join(' ')}\n      ${(node.failureSummary ?? '').replace(/\n/g, '\n      ')}`).join('\n'),
    )
    .join('\n');
  expect(violations, `axe-core violations on ${where}:\n${report}`).toEqual([]);
}

/** Fails when the page is wider than the viewport, naming the elements that stick out. */
export async function expectNoHorizontalScroll(page: Page, where: string): Promise<void> {
  const measure = await page.evaluate(() => {
    const root = document.documentElement;
    const wide = [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > root.clientWidth + 1)
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ').join('.')}` : ''} (right edge ${Math.round(element.getBoundingClientRect().right)})`);
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wide };
  });
  expect(
    measure.scrollWidth,
    `${where}: the page is ${measure.scrollWidth}px wide in a ${measure.clientWidth}px viewport; sticking out: ${measure.wide.join(', ')}`,
  ).toBeLessThanOrEqual(measure.clientWidth);
}

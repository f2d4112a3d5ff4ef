import { describe, expect, it } from 'vitest';
import { pseudoText } from '../../src/i18n/pseudo-locale.ts';
import { builtAppForThisFile } from '../support/e2e-app.ts';
import { newSession, t } from '../support/e2e-journey.ts';
import { expectNoAxeViolations, expectNoHorizontalScroll } from '../support/page-checks.ts';

/**
 * Ready for right-to-left: with `?pseudo=rtl` every text is written in Arabic letters and the
 * page runs right to left. A few screens are walked at a desk and a phone width: the layout
 * mirrors, nothing sticks out sideways, axe finds nothing, and what the user types in a
 * left-to-right script keeps its own direction.
 */

/** An English text of the interface as the pseudo-translation writes it, placeholders filled. */
function rtl(key: string, values: Readonly<Record<string, string>> = {}): string {
  return pseudoText(t('en', key), 'rtl').replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole);
}

const app = builtAppForThisFile();

describe.each([
  { width: 1366, height: 768 },
  { width: 320, height: 640 },
])('right to left at $width px', (viewport) => {
  it('mirrors the home page, the details and the inventory, and keeps typed Latin text left to right', async () => {
    const { context, page, problems } = await newSession(app.browser, { viewport });
    try {
      await page.goto(`${app.url}?pseudo=rtl`);
      await page.getByRole('heading', { level: 1, name: rtl('home.title') }).waitFor();
      expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
      // The header starts on the right: its title sits to the right of the language switcher.
      const title = await page.locator('.app-header__title').boundingBox();
      const switcher = await page.getByRole('combobox', { name: rtl('header.language'), exact: true }).boundingBox();
      if (viewport.width > 600) expect(title!.x, 'the title is on the right').toBeGreaterThan(switcher!.x);
      // At any width a heading's first line starts at the right of its box, ragged on the left.
      const firstLine = await page.getByRole('heading', { level: 1 }).evaluate((heading) => {
        const range = document.createRange();
        range.selectNodeContents(heading);
        const line = range.getClientRects()[0];
        const box = heading.getBoundingClientRect();
        return { rightGap: box.right - (line?.right ?? Number.NaN) };
      });
      expect(Math.abs(firstLine.rightGap), 'the heading’s first line starts at the right').toBeLessThan(1.5);
      await expectNoHorizontalScroll(page, 'home page, right to left');
      await expectNoAxeViolations(page, 'home page, right to left');

      // Start a negotiation under South Africa's law: the country's name is the browser's.
      const country = page.getByRole('combobox', { name: rtl('picker.country'), exact: true });
      await country.fill('South Africa');
      await page.getByRole('listbox').getByRole('option', { name: 'South Africa', exact: true }).click();
      await page.getByRole('button', { name: rtl('home.start'), exact: true }).click();
      await page.getByRole('heading', { level: 1, name: rtl('details.title') }).waitFor();

      await page.getByRole('textbox', { name: rtl('details.fields.union'), exact: true }).fill('اتحاد العمال');
      const employer = page.getByRole('textbox', { name: rtl('details.fields.employer'), exact: true });
      await employer.fill('ACME Logistics (UK) Ltd. 2026');
      expect(await employer.evaluate((field) => field.matches(':dir(ltr)')), 'typed Latin text runs left to right').toBe(true);
      await expectNoHorizontalScroll(page, 'details, right to left');
      await expectNoAxeViolations(page, 'details, right to left');
      await page.getByRole('button', { name: rtl('nav.continue'), exact: true }).click();
      await page.getByRole('heading', { level: 1, name: rtl('inventory.title') }).waitFor();

      const form = page.locator('form').filter({ has: page.getByRole('heading', { name: rtl('inventory.addTitle'), exact: true }) });
      await form.getByRole('textbox', { name: rtl('system.name'), exact: true }).fill('RouteWatch 2.0 (beta)');
      await form.getByRole('combobox', { name: rtl('system.category'), exact: true }).selectOption({ label: rtl('categories.monitoring') });
      await form.getByRole('button', { name: rtl('inventory.add'), exact: true }).click();
      const listed = page.getByRole('heading', { level: 3, name: 'RouteWatch 2.0 (beta)', exact: true });
      await listed.waitFor();
      expect(await listed.evaluate((heading) => heading.matches(':dir(ltr)')), 'a system named in Latin letters reads left to right').toBe(true);
      await expectNoHorizontalScroll(page, 'inventory, right to left');
      await expectNoAxeViolations(page, 'inventory, right to left');
      expect(problems, problems.join('\n')).toEqual([]);
    } finally {
      await context.close();
    }
  }, 90_000);
});

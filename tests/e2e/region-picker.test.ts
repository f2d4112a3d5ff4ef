import { describe, expect, it } from 'vitest';
import { builtAppForThisFile } from '../support/e2e-app.ts';
import { expectFocusedInView } from '../support/focus-checks.ts';
import { expectNoAxeViolations, expectNoHorizontalScroll } from '../support/page-checks.ts';
import { newSession, openHome, t, waitForHeading, type Language } from '../support/e2e-journey.ts';

/**
 * The region picker in Chromium, from the keyboard, at desktop, phone and 400 % zoom sizes:
 * the list opens over the page (nothing below it moves), its active option stays in sight,
 * nothing scrolls sideways, axe finds nothing with the list open or with a country chosen, and
 * the negotiation started names its law.
 */

const app = builtAppForThisFile();

const VIEWPORTS = [
  { label: 'a 1366×768 laptop', width: 1366, height: 768 },
  { label: 'a 320 px phone', width: 320, height: 640 },
  { label: '400 % zoom of a 1280×1024 window', width: 320, height: 256 },
] as const;

describe.each(VIEWPORTS)('at $label', ({ label, width, height }) => {
  it.each(['en', 'fr'] as const)('chooses Germany with platform work from the keyboard (%s)', async (language: Language) => {
    const { context, page, problems } = await newSession(app.browser, { viewport: { width, height }, locale: language === 'fr' ? 'fr-FR' : 'en-GB' });
    try {
      // The interface opens in the browser's language.
      await openHome(page, app.url, language);
      const field = page.getByRole('combobox', { name: t(language, 'picker.country'), exact: true });
      const start = page.getByRole('button', { name: t(language, 'home.start'), exact: true });
      await field.focus();
      const before = await start.boundingBox();

      await page.keyboard.type(language === 'fr' ? 'a' : 'e');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      const activeId = await field.getAttribute('aria-activedescendant');
      expect(activeId, `an active option at ${label}`).toBeTruthy();
      const active = page.locator(`[id="${activeId}"]`);
      const box = await active.boundingBox();
      expect(box && box.y >= 0 && box.y + box.height <= height, `the active option is in sight at ${label}: ${JSON.stringify(box)}`).toBe(true);
      expect(await start.boundingBox(), `nothing below the field moves while the list is open at ${label}`).toEqual(before);
      await expectNoHorizontalScroll(page, `the home page with the country list open at ${label}`);
      await expectNoAxeViolations(page, `the home page with the country list open at ${label}`);

      const germany = language === 'fr' ? 'Allemagne' : 'Germany';
      await field.fill('');
      await page.keyboard.type(germany.slice(0, 4));
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await expect.poll(() => field.inputValue()).toBe(germany);
      const applies = page.locator('.applies');
      await expect.poll(() => applies.textContent()).toContain(t(language, 'regions.eu-de.laws'));
      expect(await applies.getAttribute('aria-live')).toBe('polite');

      await page.keyboard.press('Tab');
      const platform = page.getByRole('checkbox', { name: t(language, 'regions.eu-platform.ask'), exact: true });
      await expectFocusedInView(page, platform, `the platform question after Tab at ${label}`);
      await page.keyboard.press('Space');
      expect(await platform.isChecked()).toBe(true);
      await expectNoHorizontalScroll(page, `the home page with Germany chosen at ${label}`);
      await expectNoAxeViolations(page, `the home page with Germany chosen at ${label}`);

      await page.keyboard.press('Tab');
      await expectFocusedInView(page, start, `the start button after Tab at ${label}`);
      await page.keyboard.press('Enter');
      await waitForHeading(page, t(language, 'details.title'));
      const law = t(language, 'steps.law', { jurisdiction: ['eu', 'eu-de', 'eu-platform'].map((id) => t(language, `regions.${id}.name`)).join(t(language, 'regions.separator')) });
      expect(await page.getByText(law, { exact: true }).count()).toBe(1);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

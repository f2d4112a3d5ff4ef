import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtAppForThisFile } from '../support/e2e-app.ts';
import { expectFocusedInView } from '../support/focus-checks.ts';
import { expectNoAxeViolations, expectNoHorizontalScroll } from '../support/page-checks.ts';
import {
  addSystem,
  fillDetails,
  goToAllNegotiations,
  mainHeading,
  newSession,
  openFileButton,
  openFileSection,
  openHome,
  startNegotiation,
  systemList,
  systemRow,
  t,
  temporaryDirectory,
  type SystemInput,
} from '../support/e2e-journey.ts';

/**
 * The systems page (the inventory step), the home page and the details step at desktop, phone
 * and 400 % zoom sizes: nothing scrolls sideways, axe finds nothing, and after every change to
 * the list keyboard focus is somewhere sensible and in sight.
 */

const EN = 'en' as const;
const FLOW = 'eu' as const;
const app = builtAppForThisFile();
const work = temporaryDirectory('e2e-systems-');

afterAll(() => work.remove());

/** 1366×768 laptop, 375 and 320 px phones, and a 1280×1024 window at 400 % zoom (320×256 CSS px). */
const VIEWPORTS = [
  { label: 'a 1366×768 laptop', width: 1366, height: 768 },
  { label: 'a 375 px phone', width: 375, height: 740 },
  { label: 'a 320 px phone', width: 320, height: 640 },
  { label: '400 % zoom of a 1280×1024 window', width: 320, height: 256 },
] as const;

// Users type what management calls things: single words longer than a phone is wide, and URLs.
const LONG_WORD = 'WorkforceIntelligencePlatformEnterpriseEditionWithPredictiveAnalytics';
const SYSTEMS: readonly SystemInput[] = [
  { name: `RotaMax${LONG_WORD}`, vendor: 'https://shiftco.example.com/products/rotamax/enterprise?edition=2026&region=eu-west', category: 'scheduling' },
  { name: 'HireRight candidate screening and video interview scoring', vendor: 'HireRight Holdings Corporation International', category: 'hiring' },
  { name: `Tracker${LONG_WORD}`, vendor: 'GeoFleet', category: 'location' },
  { name: 'PerformancePulse', vendor: `Pulse${LONG_WORD}`, category: 'performance' },
  { name: 'FaceClock biometric time clock', vendor: 'Biometrica', category: 'biometrics' },
  { name: 'CopilotForEveryoneInTheBuildingIncludingTheNightShiftAndTheCleaners', category: 'generative-ai' },
  { name: 'Keystroke and screen monitoring', vendor: 'WatchfulEye', category: 'monitoring' },
  { name: 'https://intranet.example.org/tools/wellbeing-survey-with-sentiment-analysis', category: 'other' },
];
const DETAILS = { union: `Union${LONG_WORD}`, employer: `Employer${LONG_WORD}`, workplace: 'https://careers.example.com/locations/leeds-distribution-centre-north' };

const listHeading = (page: Parameters<typeof systemList>[0]) => page.getByRole('heading', { level: 2, name: t(EN, 'inventory.listTitle'), exact: true });
const button = (row: ReturnType<typeof systemRow>, key: string, name: string) => row.getByRole('button', { name: `${t(EN, key)} ${name}`, exact: true });

describe.each(VIEWPORTS)('at $label', ({ label, width, height }) => {
  it('the home page, the details step and the systems page with 8 long-named systems reflow, pass axe, and keep focus in sight', async () => {
    const { context, page, problems } = await newSession(app.browser, { viewport: { width, height } });
    try {
      await openHome(page, app.url, EN);
      await expectNoHorizontalScroll(page, `the home page at ${label}`);
      await expectNoAxeViolations(page, `the home page at ${label}`);

      await startNegotiation(page, EN, FLOW);
      await expectNoHorizontalScroll(page, `the details step at ${label}`);
      await expectNoAxeViolations(page, `the details step at ${label}`);
      await fillDetails(page, EN, DETAILS);

      const nameField = page.locator('form').filter({ has: page.getByRole('heading', { name: t(EN, 'inventory.addTitle'), exact: true }) }).getByRole('textbox', { name: t(EN, 'system.name'), exact: true });
      for (const [index, system] of SYSTEMS.entries()) {
        await addSystem(page, EN, system, index + 1);
        // Ready for the next system, announced, and in sight.
        await expectFocusedInView(page, nameField, `after adding system ${index + 1} at ${label}`);
        expect(await page.getByRole('status').filter({ hasText: t(EN, 'inventory.added', { name: system.name }) }).count()).toBe(1);
      }
      await expectNoHorizontalScroll(page, `the systems page with 8 systems at ${label}`);
      await expectNoAxeViolations(page, `the systems page with 8 systems at ${label}`);

      // Edit → Done, from the keyboard, on a system in the middle of the list.
      const third = SYSTEMS[2]?.name ?? '';
      await button(systemRow(page, EN, third), 'inventory.edit', third).press('Enter');
      await expectFocusedInView(page, systemRow(page, EN, third).getByRole('textbox', { name: t(EN, 'system.name'), exact: true }), `the name field of an opened system at ${label}`);
      await expectNoHorizontalScroll(page, `the systems page with a system open at ${label}`);
      await expectNoAxeViolations(page, `the systems page with a system open at ${label}`);
      await systemRow(page, EN, third).getByRole('button', { name: t(EN, 'inventory.done'), exact: true }).press('Enter');
      await expectFocusedInView(page, button(systemRow(page, EN, third), 'inventory.edit', third), `Edit after Done at ${label}`);

      // Remove → Keep it, and Remove → Escape: back on the Remove button each time.
      const fifth = SYSTEMS[4]?.name ?? '';
      const keep = systemRow(page, EN, fifth).getByRole('button', { name: t(EN, 'inventory.confirmNo'), exact: true });
      await button(systemRow(page, EN, fifth), 'inventory.remove', fifth).press('Enter');
      await expectFocusedInView(page, keep, `the safe choice of the removal question at ${label}`);
      await expectNoHorizontalScroll(page, `the removal question at ${label}`);
      await expectNoAxeViolations(page, `the removal question at ${label}`);
      await page.keyboard.press('Enter');
      await expectFocusedInView(page, button(systemRow(page, EN, fifth), 'inventory.remove', fifth), `Remove after Keep it at ${label}`);
      await page.keyboard.press('Enter');
      await expectFocusedInView(page, keep, `the removal question asked again at ${label}`);
      await page.keyboard.press('Escape');
      expect(await systemRow(page, EN, fifth).getByRole('group', { name: t(EN, 'inventory.confirmLabel'), exact: true }).count(), 'Escape closes the question').toBe(0);
      await expectFocusedInView(page, button(systemRow(page, EN, fifth), 'inventory.remove', fifth), `Remove after Escape at ${label}`);

      // Remove → Yes: the system goes, it is said, and focus is on the list's heading.
      await button(systemRow(page, EN, fifth), 'inventory.remove', fifth).press('Enter');
      await systemRow(page, EN, fifth).getByRole('button', { name: t(EN, 'inventory.confirmYes'), exact: true }).press('Enter');
      await expectFocusedInView(page, listHeading(page), `the list heading after a removal at ${label}`);
      expect(await systemList(page, EN).getByRole('listitem').count()).toBe(SYSTEMS.length - 1);
      expect(await page.getByRole('status').filter({ hasText: t(EN, 'inventory.removed', { name: fifth }) }).count()).toBe(1);

      // The skip link, from the keyboard: focus on the step's heading, and the next Tab in the step.
      // From the top of the page, where a keyboard user meets the link (an instant scroll: the
      // Home key's smooth one would still be running when the link scrolls).
      await page.evaluate(() => window.scrollTo(0, 0));
      const skip = page.getByRole('link', { name: t(EN, 'header.skip'), exact: true });
      await skip.focus();
      expect(await skip.isVisible(), 'the skip link shows when focused').toBe(true);
      await page.keyboard.press('Enter');
      await expectFocusedInView(page, mainHeading(page, t(EN, 'inventory.title')), `the step heading after the skip link at ${label}`);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.querySelector('.wizard__main')?.contains(document.activeElement)), 'the next Tab stays in the step').toBe(true);

      // Back on the home page, with the negotiation's long title listed.
      await goToAllNegotiations(page, EN);
      await page.getByRole('heading', { level: 3, name: `${DETAILS.employer} · ${DETAILS.union}`, exact: true }).waitFor();
      await expectNoHorizontalScroll(page, `the home page with a saved negotiation at ${label}`);
      await expectNoAxeViolations(page, `the home page with a saved negotiation at ${label}`);
      await skip.focus();
      await page.keyboard.press('Enter');
      await expectFocusedInView(page, mainHeading(page, t(EN, 'home.title')), `the home heading after the skip link at ${label}`);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }, 180_000);
});

describe('the open-file button', () => {
  it('opens the file chooser from the keyboard, and a refused file is announced with focus kept on the button', async () => {
    const { context, page } = await newSession(app.browser, { viewport: { width: 320, height: 640 } });
    try {
      await openHome(page, app.url, EN);
      const open = openFileButton(page, EN);
      const description = await open.evaluate((element) => (element.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent).join(' '));
      expect(description, 'the button is described by the hint').toContain(t(EN, 'open.fileHint'));
      // Listening before focusing: Chromium turns on the interception of file choosers a moment
      // after the first listener, and a chooser opened in that moment is missed.
      const chooserShown = page.waitForEvent('filechooser');
      await open.focus();
      await page.keyboard.press('Enter');
      const chooser = await chooserShown;
      const path = join(work.path, 'shopping.json');
      writeFileSync(path, JSON.stringify({ name: 'shopping list', items: ['tea', 'milk'] }));
      await chooser.setFiles(path);
      const alert = openFileSection(page, EN).getByRole('alert');
      await alert.filter({ hasText: t(EN, 'open.problems.not-a-negotiation-file') }).waitFor();
      await expectFocusedInView(page, open, 'the open-file button after a refused file');
      await expectNoAxeViolations(page, 'the home page with a refused file at 320 px');
      await expectNoHorizontalScroll(page, 'the home page with a refused file at 320 px');
    } finally {
      await context.close();
    }
  }, 60_000);
});

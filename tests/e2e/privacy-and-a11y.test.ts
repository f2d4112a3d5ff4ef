import { afterAll, describe, expect, it } from 'vitest';
import { builtAppForThisFile } from '../support/e2e-app.ts';
import { expectNoAxeViolations, expectNoHorizontalScroll } from '../support/page-checks.ts';
import {
  addSystem,
  chooseStep,
  answerAndContinue,
  answerQuestion,
  downloadDocument,
  downloadNegotiationFile,
  fillDetails,
  goToAllNegotiations,
  newSession,
  openExample,
  openHome,
  questionText,
  startChecklist,
  startNegotiation,
  switchInterfaceLanguage,
  t,
  temporaryDirectory,
  waitForHeading,
} from '../support/e2e-journey.ts';

/**
 * Nothing leaves the device, and every screen is usable with assistive technology and on a
 * phone: every request of a whole journey stays on the app's origin, axe-core finds no
 * violation on any step, and at 375 px nothing scrolls sideways.
 */

const EN = 'en' as const;
const FLOW = 'eu' as const;
const DETAILS = { union: 'GMB Union', employer: 'Brightwell Care Homes', workplace: 'Leeds', date: '2026-10-15', present: 'A. Khan, B. Okafor' };
const SYSTEM = { name: 'RotaMax', vendor: 'ShiftCo', category: 'scheduling', purpose: 'Build the weekly rota', affected: 'Care workers' } as const;

const app = builtAppForThisFile();
const work = temporaryDirectory('e2e-privacy-');


afterAll(async () => {
  work.remove();
});


describe('Privacy and accessibility', () => {
  it('makes no request outside its own origin during a whole journey, download included', async () => {
    const { context, page, problems } = await newSession(app.browser);
    const requests: string[] = [];
    context.on('request', (request) => requests.push(request.url()));
    try {
      await openHome(page, app.url, EN);
      // The French texts are loaded on demand too.
      await switchInterfaceLanguage(page, EN, 'fr');
      await waitForHeading(page, t('fr', 'home.title'));
      await switchInterfaceLanguage(page, 'fr', EN);
      await waitForHeading(page, t(EN, 'home.title'));
      await startNegotiation(page, EN, FLOW);
      await fillDetails(page, EN, DETAILS);
      await addSystem(page, EN, SYSTEM, 1);
      await startChecklist(page, EN, FLOW, 'data-categories');
      await answerAndContinue(page, EN, FLOW, 'data-categories', { status: 'answered', words: 'Shift swaps, sick days and phone GPS', note: 'private' }, 'purpose');
      await answerAndContinue(page, EN, FLOW, 'purpose', { status: 'answered', words: SYSTEM.purpose }, 'special-category-data');
      await answerQuestion(page, EN, FLOW, 'special-category-data', { status: 'unknown' });
      // The legal basis links point elsewhere, but nothing is fetched from them unless followed.
      expect(await page.getByRole('link').count()).toBeGreaterThan(0);
      await chooseStep(page, EN, t(EN, 'steps.review'));
      await waitForHeading(page, t(EN, 'review.title'));
      await downloadDocument(page, EN, 'fr', 'proposal', work.path);
      await downloadDocument(page, EN, 'en', 'brief', work.path);
      await downloadDocument(page, EN, 'en', 'letter', work.path);
      await downloadNegotiationFile(page, EN, work.path);
      await page.reload();
      await waitForHeading(page, t(EN, 'documents.title'));
      // The examples are fetched from the app's own origin too, only when asked for.
      await goToAllNegotiations(page, EN);
      await openExample(page, EN, 'za');

      const origin = new URL(app.url).origin;
      expect(requests.length, 'the journey was recorded').toBeGreaterThan(3);
      // Documents are built in a Web Worker, which fetches the layout code when first asked.
      expect(requests.filter((request) => /\/assets\/export-worker-[^/]+\.js$/.test(request)), 'the export worker is started, and seen').not.toHaveLength(0);
      expect(requests.filter((request) => /\/assets\/za-[^/]+\.js$/.test(request)), 'the example is fetched on demand, and seen').not.toHaveLength(0);
      expect(requests.filter((request) => /\/assets\/build-docx-[^/]+\.js$/.test(request)), 'the export code is fetched on demand, and seen').not.toHaveLength(0);
      const elsewhere = requests.filter((request) => !(request.startsWith(`${origin}/`) || request.startsWith('blob:') || request.startsWith('data:')));
      expect(elsewhere, `requests that left the origin ${origin}`).toEqual([]);
      expect(problems, problems.join('\n')).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);

  it('has no axe-core violation on the home page, the details, the inventory, a question and the review', async () => {
    const { context, page } = await newSession(app.browser);
    try {
      await openHome(page, app.url, EN);
      await expectNoAxeViolations(page, 'the home page');

      await startNegotiation(page, EN, FLOW);
      await expectNoAxeViolations(page, 'the details step');
      // The same step showing its error summary.
      await page.getByRole('button', { name: t(EN, 'nav.continue'), exact: true }).click();
      await page.getByRole('alert').filter({ hasText: t(EN, 'errors.summaryTitle') }).waitFor();
      await expectNoAxeViolations(page, 'the details step with errors');

      await fillDetails(page, EN, DETAILS);
      await expectNoAxeViolations(page, 'the empty inventory step');
      await addSystem(page, EN, SYSTEM, 1);
      await expectNoAxeViolations(page, 'the inventory step with a system');

      await startChecklist(page, EN, FLOW, 'data-categories');
      await answerQuestion(page, EN, FLOW, 'data-categories', { status: 'refused', words: 'No comment — “ask the vendor” 🙊', note: 'private' });
      await expectNoAxeViolations(page, 'a question step');

      await chooseStep(page, EN, t(EN, 'steps.review'));
      await waitForHeading(page, t(EN, 'review.title'));
      await expectNoAxeViolations(page, 'the review');
    } finally {
      await context.close();
    }
  }, 120_000);

  it('at 375 px (phone width) the question and the review have no axe-core violation and no horizontal scrolling', async () => {
    const { context, page } = await newSession(app.browser, { viewport: { width: 375, height: 740 } });
    try {
      await openHome(page, app.url, EN);
      await expectNoHorizontalScroll(page, 'the home page');
      await startNegotiation(page, EN, FLOW);
      await expectNoHorizontalScroll(page, 'the details step');
      await fillDetails(page, EN, DETAILS);
      await addSystem(page, EN, SYSTEM, 1);
      await expectNoHorizontalScroll(page, 'the inventory step');

      await startChecklist(page, EN, FLOW, 'data-categories');
      await answerAndContinue(page, EN, FLOW, 'data-categories', { status: 'answered', words: 'Shift patterns, availability, phone location while on shift' }, 'purpose');
      await answerAndContinue(page, EN, FLOW, 'purpose', { status: 'answered', words: SYSTEM.purpose }, 'special-category-data');
      await answerQuestion(page, EN, FLOW, 'special-category-data', { choice: 'yes', words: 'Sickness absence records' });
      await waitForHeading(page, questionText(EN, FLOW, 'special-category-data'));
      await expectNoAxeViolations(page, 'a question step at 375 px');
      await expectNoHorizontalScroll(page, 'a question step at 375 px');

      await chooseStep(page, EN, t(EN, 'steps.review'));
      await waitForHeading(page, t(EN, 'review.title'));
      await expectNoAxeViolations(page, 'the review at 375 px');
      await expectNoHorizontalScroll(page, 'the review at 375 px');
    } finally {
      await context.close();
    }
  }, 120_000);
});

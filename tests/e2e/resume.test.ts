import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { builtAppForThisFile } from '../support/e2e-app.ts';
import {
  addSystem,
  answerAndContinue,
  answerQuestion,
  choiceGroup,
  continueToQuestion,
  eyebrow,
  fillDetails,
  goBack,
  newSession,
  noteBox,
  openHome,
  optionText,
  progressText,
  questionText,
  startChecklist,
  startNegotiation,
  statusRadio,
  t,
  waitForHeading,
  waitUntilSaved,
  wordsBox,
} from '../support/e2e-journey.ts';

/** Work is never lost: a reload resumes on the same question with everything typed so far. */

const EN = 'en' as const;
const FLOW = 'eu' as const;

const DETAILS = { union: 'Unite the Union', employer: 'Northwind Parcels Ltd' };
const CAMERAS = { name: 'CamGuard', category: 'monitoring', vendor: 'Argus Vision' } as const;
const HIRING = { name: 'HireBot', category: 'hiring', vendor: 'Sift & Co' } as const;

const WORDS = {
  cameras: 'Video of the loading bays, kept “for safety” — 30 días 📹',
  hiringData: 'We cannot say which data the vendor uses — لا نعرف',
  hiringNote: 'Ask the works council for the tender documents',
  camerasPurpose: 'Watch the loading bays for theft',
  hiringPurpose: 'Shortlist applicants — «tri» des CV',
  legalBasis: 'Candidates tick a consent box — c’est tout 👍',
  legalNote: 'Consent is not free in hiring: push back',
};

const app = builtAppForThisFile();



const choiceRadio = (page: Page, questionId: string, option: string) =>
  choiceGroup(page, EN).getByRole('radio', { name: optionText(EN, FLOW, questionId, option), exact: true });

const stepsNav = (page: Page) => page.getByRole('navigation', { name: t(EN, 'steps.label'), exact: true });

describe('Resuming a negotiation', () => {
  it('after a reload mid-checklist, shows the same question with the words, the choice and the progress kept; earlier answers are intact', async () => {
    const { context, page, problems } = await newSession(app.browser);
    try {
      await openHome(page, app.url, EN);
      await startNegotiation(page, EN, FLOW);
      await fillDetails(page, EN, DETAILS);
      await addSystem(page, EN, CAMERAS, 1);
      await addSystem(page, EN, HIRING, 2);
      await startChecklist(page, EN, FLOW, 'data-categories');

      // System 1: three answers, then straight on to system 2.
      await answerAndContinue(page, EN, FLOW, 'data-categories', { status: 'answered', words: WORDS.cameras }, 'purpose');
      await answerAndContinue(page, EN, FLOW, 'purpose', { status: 'answered', words: WORDS.camerasPurpose }, 'special-category-data');
      await answerAndContinue(page, EN, FLOW, 'special-category-data', { choice: 'no' }, 'legal-basis');
      await continueToQuestion(page, EN, FLOW, 'data-categories', HIRING.name);

      // System 2: questions 1 to 3, then question 4 half-done when the page is reloaded.
      await answerAndContinue(page, EN, FLOW, 'data-categories', { status: 'refused', words: WORDS.hiringData, note: WORDS.hiringNote }, 'purpose');
      await answerAndContinue(page, EN, FLOW, 'purpose', { status: 'answered', words: WORDS.hiringPurpose }, 'special-category-data');
      await answerAndContinue(page, EN, FLOW, 'special-category-data', { choice: 'no' }, 'legal-basis');
      await answerQuestion(page, EN, FLOW, 'legal-basis', { choice: 'consent', words: WORDS.legalBasis, note: WORDS.legalNote });
      await waitUntilSaved(page, EN);

      const questionBefore = questionText(EN, FLOW, 'legal-basis');
      const eyebrowBefore = await eyebrow(page);
      const progressBefore = await progressText(page, EN);
      expect(eyebrowBefore).toContain(`${HIRING.name} · `);
      expect(eyebrowBefore).toMatch(/question 4 of \d+$/);
      expect(progressBefore).toMatch(/^7 of \d+ questions answered$/);

      await page.reload();

      await waitForHeading(page, questionBefore);
      expect(await eyebrow(page)).toBe(eyebrowBefore);
      expect(await wordsBox(page, EN).inputValue()).toBe(WORDS.legalBasis);
      expect(await noteBox(page, EN).inputValue()).toBe(WORDS.legalNote);
      expect(await choiceRadio(page, 'legal-basis', 'consent').isChecked()).toBe(true);
      expect(await statusRadio(page, EN, 'answered').isChecked()).toBe(true);
      expect(await progressText(page, EN)).toBe(progressBefore);
      expect(await page.getByRole('status').filter({ hasText: t(EN, 'save.saved') }).isVisible()).toBe(true);

      // Back through system 2's earlier questions, then into system 1's last question.
      await goBack(page, EN);
      await waitForHeading(page, questionText(EN, FLOW, 'special-category-data'));
      expect(await choiceRadio(page, 'special-category-data', 'no').isChecked()).toBe(true);
      expect(await statusRadio(page, EN, 'answered').isChecked()).toBe(true);
      expect(await wordsBox(page, EN).inputValue()).toBe('');

      await goBack(page, EN);
      await waitForHeading(page, questionText(EN, FLOW, 'purpose'));
      expect(await statusRadio(page, EN, 'answered').isChecked()).toBe(true);
      expect(await wordsBox(page, EN).inputValue()).toBe(WORDS.hiringPurpose);

      await goBack(page, EN);
      await waitForHeading(page, questionText(EN, FLOW, 'data-categories'));
      expect(await eyebrow(page)).toContain(`${HIRING.name} · `);
      expect(await statusRadio(page, EN, 'refused').isChecked()).toBe(true);
      expect(await wordsBox(page, EN).inputValue()).toBe(WORDS.hiringData);
      expect(await noteBox(page, EN).inputValue()).toBe(WORDS.hiringNote);

      await goBack(page, EN);
      await waitForHeading(page, questionText(EN, FLOW, 'audit-review'));
      expect(await eyebrow(page), 'Back from a system’s first question goes to the previous system’s last').toContain(`${CAMERAS.name} · `);

      // System 1's answers, reached through the step navigation.
      await stepsNav(page).getByRole('button', { name: new RegExp(`^${CAMERAS.name}`) }).click();
      await waitForHeading(page, questionText(EN, FLOW, 'data-categories'));
      expect(await eyebrow(page)).toContain(`${CAMERAS.name} · `);
      expect(await statusRadio(page, EN, 'answered').isChecked()).toBe(true);
      expect(await wordsBox(page, EN).inputValue()).toBe(WORDS.cameras);
      expect(await progressText(page, EN)).toBe(progressBefore);
      expect(await stepsNav(page).getByRole('button', { name: new RegExp(`^${HIRING.name}`) }).textContent()).toMatch(/4 of \d+ answered$/);

      expect(problems, problems.join('\n')).toEqual([]);
    } finally {
      await context.close();
    }
  }, 180_000);

  it('keeps words typed just before a reload, which the app saves "at once when the page is hidden or closed"', async () => {
    const { context, page } = await newSession(app.browser);
    try {
      await openHome(page, app.url, EN);
      await startNegotiation(page, EN, FLOW);
      await fillDetails(page, EN, DETAILS);
      await addSystem(page, EN, CAMERAS, 1);
      await startChecklist(page, EN, FLOW, 'data-categories');
      await answerQuestion(page, EN, FLOW, 'data-categories', { status: 'answered', words: 'Video of the loading bays' });
      await waitUntilSaved(page, EN);

      // More words, then a reload straight away, inside the autosave's short pause: the
      // pagehide / visibilitychange flush in use-autosave.ts is what must keep them.
      await wordsBox(page, EN).press('End');
      await page.keyboard.type(', kept for 30 days');
      await page.reload();

      await waitForHeading(page, questionText(EN, FLOW, 'data-categories'));
      expect(await wordsBox(page, EN).inputValue(), 'words typed just before the reload').toBe('Video of the loading bays, kept for 30 days');
    } finally {
      await context.close();
    }
  }, 120_000);

  it('starting a new negotiation from "All negotiations" keeps the first one saved and reopens it where it was left', async () => {
    const { context, page, problems } = await newSession(app.browser);
    try {
      await openHome(page, app.url, EN);
      expect(await page.getByText(t(EN, 'home.none'), { exact: true }).isVisible()).toBe(true);

      // The first negotiation, left on its first question with an answer typed.
      await startNegotiation(page, EN, FLOW);
      await fillDetails(page, EN, DETAILS);
      await addSystem(page, EN, CAMERAS, 1);
      await startChecklist(page, EN, FLOW, 'data-categories');
      await answerQuestion(page, EN, FLOW, 'data-categories', { status: 'answered', words: WORDS.cameras });
      await waitUntilSaved(page, EN);

      const header = page.getByRole('navigation', { name: t(EN, 'header.navLabel'), exact: true });
      await header.getByRole('button', { name: t(EN, 'header.home'), exact: true }).click();
      await waitForHeading(page, t(EN, 'home.title'));
      const saved = page.getByRole('region', { name: t(EN, 'home.savedTitle'), exact: true });
      const firstTitle = `${DETAILS.employer} · ${DETAILS.union}`;
      await saved.getByRole('heading', { name: firstTitle, exact: true }).waitFor();
      expect(await page.getByText(t(EN, 'home.othersKept'), { exact: true }).isVisible()).toBe(true);

      // A second negotiation, under the other law.
      const second = { union: 'SACCAWU', employer: 'Sizwe Retail' };
      await startNegotiation(page, EN, 'za');
      await fillDetails(page, EN, second);
      await header.getByRole('button', { name: t(EN, 'header.home'), exact: true }).click();
      await waitForHeading(page, t(EN, 'home.title'));
      const secondTitle = `${second.employer} · ${second.union}`;
      await saved.getByRole('heading', { name: secondTitle, exact: true }).waitFor();
      expect(await saved.getByRole('heading', { name: firstTitle, exact: true }).isVisible()).toBe(true);
      expect(await saved.getByRole('listitem').count()).toBe(2);

      // Both survive a reload, which stays on the home page.
      await page.reload();
      await waitForHeading(page, t(EN, 'home.title'));
      expect(await saved.getByRole('heading', { name: firstTitle, exact: true }).isVisible()).toBe(true);
      expect(await saved.getByRole('heading', { name: secondTitle, exact: true }).isVisible()).toBe(true);
      expect(await saved.getByText(t(EN, 'regions.eu.name'), { exact: false }).count()).toBe(1);
      expect(await saved.getByText(t(EN, 'regions.za.name'), { exact: false }).count()).toBe(1);

      // The first reopens on the question it was left on, with its answer.
      // The button's name is "Open" followed by the hidden ": <title>"; Chromium may put a space before the colon.
      const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      await saved.getByRole('button', { name: new RegExp(`^${escape(t(EN, 'home.open'))}\\s*: ${escape(firstTitle)}$`) }).click();
      await waitForHeading(page, questionText(EN, FLOW, 'data-categories'));
      expect(await wordsBox(page, EN).inputValue()).toBe(WORDS.cameras);
      expect(await statusRadio(page, EN, 'answered').isChecked()).toBe(true);

      expect(problems, problems.join('\n')).toEqual([]);
    } finally {
      await context.close();
    }
  }, 180_000);
});

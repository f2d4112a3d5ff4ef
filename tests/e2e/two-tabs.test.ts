import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { builtAppForThisFile } from '../support/e2e-app.ts';
import { expectNoAxeViolations, expectNoHorizontalScroll } from '../support/page-checks.ts';
import {
  addSystem,
  answerAndContinue,
  answerQuestion,
  fillDetails,
  goBack,
  mainHeading,
  newSession,
  noteBox,
  openHome,
  questionText,
  startChecklist,
  startNegotiation,
  statusRadio,
  t,
  waitForHeading,
  waitUntilSaved,
  wordsBox,
} from '../support/e2e-journey.ts';

/**
 * One negotiation open in two tabs of the same browser: nothing typed in either is ever lost,
 * whatever the order of edits and reloads, and the representative is told.
 */

const EN = 'en' as const;
const FLOW = 'eu' as const;
const SYSTEM = { name: 'ShiftPlanner', category: 'scheduling', vendor: 'Kestrel Warehouse Systems B.V.' } as const;
const FIRST = 'data-categories';

const app = builtAppForThisFile();

/** Tab A: a new negotiation with one system, on its first question. */
async function startInTabA(page: Page): Promise<void> {
  await openHome(page, app.url, EN);
  await startNegotiation(page, EN, FLOW);
  await fillDetails(page, EN, { union: 'Unite', employer: 'Northwind Parcels Ltd' });
  await addSystem(page, EN, SYSTEM, 1);
  await startChecklist(page, EN, FLOW, FIRST);
  await waitUntilSaved(page, EN);
}

/**
 * Tab B opens the app, which resumes the same negotiation. Without `hears`, the tab's
 * BroadcastChannel is taken away, so it never learns of tab A: a stale tab, as after a sleep.
 */
async function openTabB(context: BrowserContext, options: { readonly hears: boolean }): Promise<Page> {
  const page = await context.newPage();
  if (!options.hears) await page.addInitScript(() => Reflect.deleteProperty(window, 'BroadcastChannel'));
  await page.goto(app.url);
  await waitForHeading(page, questionText(EN, FLOW, FIRST));
  return page;
}

const otherTabNotice = (page: Page) => page.getByRole('heading', { name: t(EN, 'tabs.alsoOpen_one'), exact: true });

async function reloadOnFirstQuestion(page: Page): Promise<void> {
  await page.reload();
  await waitForHeading(page, questionText(EN, FLOW, FIRST));
}

/** What the first question of the system holds on screen. */
async function firstAnswer(page: Page) {
  return { words: await wordsBox(page, EN).inputValue(), note: await noteBox(page, EN).inputValue(), refused: await statusRadio(page, EN, 'refused').isChecked() };
}

describe('The same negotiation in two tabs', () => {
  it('tells both tabs, shows each tab what the other saved, and keeps every answer through reloads in every order', async () => {
    const { context, page: tabA, problems } = await newSession(app.browser);
    try {
      await startInTabA(tabA);
      const tabB = await openTabB(context, { hears: true });
      await otherTabNotice(tabA).waitFor();
      await otherTabNotice(tabB).waitFor();
      await expectNoAxeViolations(tabA, 'a question with the other-tab notice');
      await tabB.setViewportSize({ width: 320, height: 720 });
      await expectNoHorizontalScroll(tabB, 'the other-tab notice at 320 px');
      await expectNoAxeViolations(tabB, 'the other-tab notice at 320 px');

      // Both tabs work on the same question, each on its own field.
      await answerQuestion(tabA, EN, FLOW, FIRST, { status: 'refused', words: 'We do not list the data' });
      await answerQuestion(tabB, EN, FLOW, FIRST, { note: 'Ask the DPO in writing' });
      await waitUntilSaved(tabA, EN);
      await waitUntilSaved(tabB, EN);
      // Each tab shows what the other saved, without a reload.
      await expect.poll(() => noteBox(tabA, EN).inputValue()).toBe('Ask the DPO in writing');
      await expect.poll(() => wordsBox(tabB, EN).inputValue()).toBe('We do not list the data');

      const expected = { words: 'We do not list the data', note: 'Ask the DPO in writing', refused: true };
      for (const order of [[tabA, tabB], [tabB, tabA]]) {
        for (const page of order) await reloadOnFirstQuestion(page);
        expect(await firstAnswer(tabA)).toEqual(expected);
        expect(await firstAnswer(tabB)).toEqual(expected);
      }
      await Promise.all([reloadOnFirstQuestion(tabA), reloadOnFirstQuestion(tabB)]);
      expect(await firstAnswer(tabA)).toEqual(expected);
      expect(await firstAnswer(tabB)).toEqual(expected);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('never lets a stale tab put its old copy back: one character typed there keeps the other tab’s answers', async () => {
    const { context, page: tabA } = await newSession(app.browser);
    try {
      await startInTabA(tabA);
      const stale = await openTabB(context, { hears: false });

      await answerAndContinue(tabA, EN, FLOW, FIRST, { status: 'answered', words: 'Shift times and absences' }, 'purpose');
      await answerAndContinue(tabA, EN, FLOW, 'purpose', { status: 'answered', words: 'Plan the shifts' }, 'special-category-data');
      await answerAndContinue(tabA, EN, FLOW, 'special-category-data', { choice: 'no' }, 'legal-basis');
      await answerQuestion(tabA, EN, FLOW, 'legal-basis', { choice: 'contract', words: 'It is in the contract' });
      await waitUntilSaved(tabA, EN);

      // The stale tab still shows the empty first question; one character there is its whole edit.
      expect(await wordsBox(stale, EN).inputValue()).toBe('');
      await noteBox(stale, EN).focus();
      await stale.keyboard.type('x');
      await waitUntilSaved(stale, EN);

      // Tab A's answers all survived the stale tab's save, and the stale tab's character too.
      await tabA.reload();
      await waitForHeading(tabA, questionText(EN, FLOW, 'legal-basis'));
      expect(await wordsBox(tabA, EN).inputValue()).toBe('It is in the contract');
      await goBack(tabA, EN);
      await goBack(tabA, EN);
      await goBack(tabA, EN);
      await waitForHeading(tabA, questionText(EN, FLOW, FIRST));
      expect(await firstAnswer(tabA)).toEqual({ words: 'Shift times and absences', note: 'x', refused: false });
      // The place is shared: the stale tab resumes where tab A now is.
      await reloadOnFirstQuestion(stale);
      expect(await firstAnswer(stale)).toEqual({ words: 'Shift times and absences', note: 'x', refused: false });
    } finally {
      await context.close();
    }
  });

  it('keeps both versions when both tabs changed the same answer, and lets the user pick one', async () => {
    const { context, page: tabA } = await newSession(app.browser);
    try {
      await startInTabA(tabA);
      const stale = await openTabB(context, { hears: false });
      await answerQuestion(tabA, EN, FLOW, FIRST, { words: 'Version typed in tab A' });
      await waitUntilSaved(tabA, EN);
      await answerQuestion(stale, EN, FLOW, FIRST, { words: 'Version typed in tab B' });
      await waitUntilSaved(stale, EN);

      // The stale tab is told, and offered both versions.
      const conflicts = stale.getByRole('region', { name: t(EN, 'conflicts.title_one'), exact: true });
      await conflicts.waitFor();
      const keepB = conflicts.getByRole('button', { name: new RegExp(`^${t(EN, 'conflicts.keep', { value: 'Version typed in tab B' })}`) });
      expect(await conflicts.getByRole('button', { name: new RegExp(`^${t(EN, 'conflicts.keep', { value: 'Version typed in tab A' })}`) }).count()).toBe(1);
      await expectNoAxeViolations(stale, 'a question with a conflict to settle');
      await stale.setViewportSize({ width: 320, height: 720 });
      await expectNoHorizontalScroll(stale, 'the conflict panel at 320 px');

      // The conflict is stored: tab A sees it after a reload too.
      await reloadOnFirstQuestion(tabA);
      await tabA.getByRole('region', { name: t(EN, 'conflicts.title_one'), exact: true }).waitFor();

      await keepB.click();
      await conflicts.waitFor({ state: 'detached' });
      await expect.poll(() => wordsBox(stale, EN).inputValue()).toBe('Version typed in tab B');
      await reloadOnFirstQuestion(tabA);
      expect(await wordsBox(tabA, EN).inputValue()).toBe('Version typed in tab B');
      expect(await tabA.getByRole('region', { name: t(EN, 'conflicts.title_one'), exact: true }).count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it('lets the user keep working in one tab while the other saves and steps aside, and switch back', async () => {
    const { context, page: tabA } = await newSession(app.browser);
    try {
      await startInTabA(tabA);
      const tabB = await openTabB(context, { hears: true });
      await otherTabNotice(tabA).waitFor();
      await answerQuestion(tabA, EN, FLOW, FIRST, { words: 'Typed in A just before B took over' });

      await otherTabNotice(tabB).waitFor();
      await tabB.getByRole('button', { name: t(EN, 'tabs.keepHere'), exact: true }).click();
      await mainHeading(tabA, t(EN, 'tabs.pausedTitle')).waitFor();
      await expectNoAxeViolations(tabA, 'the paused tab');
      await otherTabNotice(tabB).waitFor({ state: 'detached' });
      expect(await mainHeading(tabB).evaluate((heading) => heading === document.activeElement)).toBe(true);
      await expect.poll(() => wordsBox(tabB, EN).inputValue()).toBe('Typed in A just before B took over');

      await answerQuestion(tabB, EN, FLOW, FIRST, { note: 'Added in B while A was paused' });
      await waitUntilSaved(tabB, EN);

      await tabA.getByRole('button', { name: t(EN, 'tabs.editHere'), exact: true }).click();
      await waitForHeading(tabA, questionText(EN, FLOW, FIRST));
      await mainHeading(tabB, t(EN, 'tabs.pausedTitle')).waitFor();
      expect(await wordsBox(tabA, EN).inputValue()).toBe('Typed in A just before B took over');
      // Back in A, what B saved meanwhile is there.
      await expect.poll(() => noteBox(tabA, EN).inputValue()).toBe('Added in B while A was paused');
    } finally {
      await context.close();
    }
  });
});

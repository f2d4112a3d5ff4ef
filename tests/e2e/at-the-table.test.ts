import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { euFlow } from '../support/flows.ts';
import { zaFlow } from '../support/flows.ts';
import { systemPath } from '../../src/engine/checklist.ts';
import { SYSTEM_CATEGORIES, type FlowDefinition } from '../../src/engine/flow-types.ts';
import type { NegotiationRecord } from '../../src/engine/negotiation.ts';
import { withSystemAdded } from '../../src/engine/record-updates.ts';
import { serialiseNegotiation } from '../../src/record/negotiation-file.ts';
import { builtAppForThisFile } from '../support/e2e-app.ts';
import { expectFocusVisibleInView } from '../support/focus-checks.ts';
import { expectNoAxeViolations, expectNoHorizontalScroll } from '../support/page-checks.ts';
import { answerChecklistWithKeyboard } from '../support/keyboard-journey.ts';
import { answerPath, emptyRecord, FIXED_NOW, system } from '../support/records.ts';
import {
  addSystem,
  chooseStep,
  fillDetails,
  goToDocuments,
  newSession,
  openFileInput,
  openHome,
  saveAndContinue,
  startNegotiation,
  stepsNavigation,
  stepTitle,
  t,
  tabTo,
  temporaryDirectory,
  waitForHeading,
  type FlowId,
} from '../support/e2e-journey.ts';

/**
 * At the bargaining table: every question of both flows fits the first screen of a laptop and
 * of two phones (the status controls and "Save and continue" in view on arrival, nothing
 * sideways), and a whole negotiation can be recorded from the keyboard in a few keys per answer.
 */

const EN = 'en' as const;
const VIEWPORTS = [
  { width: 1366, height: 768 },
  { width: 375, height: 740 },
  { width: 320, height: 640 },
] as const;
const FLOWS: readonly { readonly id: FlowId; readonly flow: FlowDefinition }[] = [
  { id: 'eu', flow: euFlow },
  { id: 'za', flow: zaFlow },
];

const app = builtAppForThisFile();
const work = temporaryDirectory('e2e-table-');
afterAll(() => work.remove());

/**
 * A negotiation whose systems, between them, are asked every question of the flow: from
 * systems of each kind answering every question with its first, second… option, the fewest
 * that together open every follow-up (chosen greedily). The test says so if none can.
 */
function everyQuestionRecord(flow: FlowDefinition): NegotiationRecord {
  const optionIndexes = [0, 1, 2, 3, 4];
  const candidates = SYSTEM_CATEGORIES.flatMap((category) =>
    optionIndexes.map((optionIndex) => {
      const entry = system('s1', category, `${category} ${optionIndex + 1}`);
      const record = answerPath(flow, withSystemAdded(emptyRecord(flow), entry), entry.id, (question) => ({
        status: 'answered',
        ...(question.options ? { choice: question.options[Math.min(optionIndex, question.options.length - 1)] } : {}),
        words: '',
        note: '',
      }));
      return { entry, answers: record.answers.s1 ?? {}, asked: systemPath(flow, record, entry).questions.map((question) => question.id) };
    }),
  );
  const asked = new Set<string>();
  let record = emptyRecord(flow);
  for (;;) {
    const gain = (candidate: (typeof candidates)[number]) => candidate.asked.filter((id) => !asked.has(id)).length;
    const best = [...candidates].sort((a, b) => gain(b) - gain(a))[0];
    if (!best || gain(best) === 0) break;
    const id = `s${record.systems.length + 1}`;
    record = { ...withSystemAdded(record, { ...best.entry, id }), answers: { ...record.answers, [id]: best.answers } };
    for (const questionId of best.asked) asked.add(questionId);
  }
  expect(flow.questions.filter((question) => !asked.has(question.id)).map((question) => question.id), `${flow.id}: questions no system of the fixture is asked`).toEqual([]);
  return record;
}

/** Where the status controls and the actions are on screen, as a person sees them on arrival. */
async function firstScreen(page: Page) {
  return page.evaluate(`(() => {
    const boxes = [...document.querySelectorAll('main .choices--status .choice')].map((element) => element.getBoundingClientRect());
    const save = document.querySelector('main form.question button[type="submit"]').getBoundingClientRect();
    return {
      viewport: innerHeight,
      statusTop: Math.min(...boxes.map((box) => box.top)),
      statusBottom: Math.max(...boxes.map((box) => box.bottom)),
      saveTop: save.top,
      saveBottom: save.bottom,
    };
  })()`) as Promise<{ viewport: number; statusTop: number; statusBottom: number; saveTop: number; saveBottom: number }>;
}

describe.each(FLOWS)('every question of the $id flow fits the first screen', ({ id, flow }) => {
  it.each(VIEWPORTS)('at $width×$height', async (viewport) => {
    const record = everyQuestionRecord(flow);
    const file = join(work.path, `every-question-${id}.json`);
    writeFileSync(file, serialiseNegotiation(record, FIXED_NOW));
    const { context, page, problems } = await newSession(app.browser, { viewport });
    try {
      await openHome(page, app.url, EN);
      await openFileInput(page, EN).setInputFiles(file);
      await stepsNavigation(page, EN).waitFor();
      const seen = new Set<string>();
      for (const entry of record.systems) {
        await chooseStep(page, EN, entry.name);
        const path = systemPath(flow, record, entry).questions;
        for (const [index, question] of path.entries()) {
          const where = `${id} ${entry.name} question ${index + 1} (${question.id}) at ${viewport.width}×${viewport.height}`;
          await waitForHeading(page, t(EN, `flow-${id}:questions.${question.id}.ask`));
          const screen = await firstScreen(page);
          expect(screen.statusTop, `${where}: the status controls start on screen`).toBeGreaterThanOrEqual(0);
          expect(screen.statusBottom, `${where}: the status controls end above "Save and continue"`).toBeLessThanOrEqual(screen.saveTop);
          expect(screen.saveBottom, `${where}: "Save and continue" is on screen`).toBeLessThanOrEqual(screen.viewport);
          await expectNoHorizontalScroll(page, where);
          if (index === 0) await expectNoAxeViolations(page, where);
          seen.add(question.id);
          await saveAndContinue(page, EN);
        }
      }
      expect(seen.size).toBe(flow.questions.length);
      expect(await stepTitle(page)).toBe(t(EN, 'review.title'));
      await expectNoHorizontalScroll(page, `the review at ${viewport.width}px`);
      await expectNoAxeViolations(page, `the review at ${viewport.width}px`);
      await goToDocuments(page, EN);
      await expectNoHorizontalScroll(page, `the documents at ${viewport.width}px`);
      await expectNoAxeViolations(page, `the documents at ${viewport.width}px`);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('a whole negotiation from the keyboard', () => {
  it('records two systems in a few keys per answer, focus always visible and in view', async () => {
    const { context, page, problems } = await newSession(app.browser, { viewport: { width: 1366, height: 768 } });
    try {
      await openHome(page, app.url, EN);
      await startNegotiation(page, EN, 'eu');
      await fillDetails(page, EN, { union: 'GMB Union', employer: 'Brightwell Care Homes' });
      await addSystem(page, EN, { name: 'RotaMax', category: 'scheduling' }, 1);
      await addSystem(page, EN, { name: 'HireFlow', category: 'hiring' }, 2);
      await page.getByRole('button', { name: t(EN, 'nav.continue'), exact: true }).press('Enter');

      const keysPerAnswer = await answerChecklistWithKeyboard(page, EN, (after) => expectFocusVisibleInView(page, after));
      const average = keysPerAnswer.reduce((sum, keys) => sum + keys, 0) / keysPerAnswer.length;
      console.log(`keyboard: ${keysPerAnswer.length} answers for two systems, ${average.toFixed(2)} keys per answer on average (words typed not counted), ${Math.max(...keysPerAnswer)} at most`);
      expect(keysPerAnswer.length).toBeGreaterThan(30);

      // The review shows the refusals first, and the documents are one key away from its top.
      await expectFocusVisibleInView(page, 'reaching the review');
      const open = page.getByRole('region', { name: /still open$/ });
      await expect.poll(() => open.getByText(t(EN, 'status.refused'), { exact: true }).count()).toBeGreaterThan(0);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(`document.activeElement?.textContent`)).toBe(t(EN, 'review.toDocuments'));
      await page.keyboard.press('Enter');
      await waitForHeading(page, t(EN, 'documents.title'));
      await expectFocusVisibleInView(page, 'opening the documents');

      // Back at the review and into an answer and out again: focus returns to that answer.
      await tabTo(page, page.getByRole('main').getByRole('button', { name: t(EN, 'documents.back'), exact: true }));
      await page.keyboard.press('Enter');
      await waitForHeading(page, t(EN, 'review.title'));
      const change = open.getByRole('button', { name: /^Change/ }).first();
      await tabTo(page, change);
      const changeName = await change.getAttribute('data-edit');
      await page.keyboard.press('Enter');
      await page.getByRole('button', { name: t(EN, 'nav.toReview'), exact: true }).press('Enter');
      await waitForHeading(page, t(EN, 'review.title'));
      expect(await page.evaluate(`document.activeElement?.getAttribute('data-edit')`)).toBe(changeName);
      await expectFocusVisibleInView(page, 'returning from an edit');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('at 400 % zoom (a 1280×1024 window seen as 320×256)', () => {
  it('a question, the review and the documents reflow without sideways scrolling, the answer reachable', async () => {
    const record = everyQuestionRecord(euFlow);
    const file = join(work.path, 'zoom.json');
    writeFileSync(file, serialiseNegotiation(record, FIXED_NOW));
    const { context, page, problems } = await newSession(app.browser, { viewport: { width: 320, height: 256 } });
    try {
      await openHome(page, app.url, EN);
      await openFileInput(page, EN).setInputFiles(file);
      await stepsNavigation(page, EN).waitFor();
      const first = record.systems[0];
      if (!first) throw new Error('the fixture has a system');
      await chooseStep(page, EN, first.name);
      await waitForHeading(page, t(EN, `flow-eu:questions.${euFlow.questions[0]?.id}.ask`));
      await expectNoHorizontalScroll(page, 'a question at 400 % zoom');
      await expectNoAxeViolations(page, 'a question at 400 % zoom');
      // Nothing sticks over the answer on so short a screen: "Save and continue" sits in the flow.
      expect(await page.locator('main form.question .actions').evaluate((element) => getComputedStyle(element).position)).toBe('static');
      await saveAndContinue(page, EN);
      await chooseStep(page, EN, t(EN, 'steps.review'));
      await waitForHeading(page, t(EN, 'review.title'));
      await expectNoHorizontalScroll(page, 'the review at 400 % zoom');
      await goToDocuments(page, EN);
      await expectNoHorizontalScroll(page, 'the documents at 400 % zoom');
      await expectNoAxeViolations(page, 'the documents at 400 % zoom');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

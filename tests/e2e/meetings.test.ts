import { afterAll, describe, expect, it } from 'vitest';
import { builtAppForThisFile } from '../support/e2e-app.ts';
import {
  downloadDocument,
  goToReview,
  mainHeading,
  newSession,
  openExample,
  openHome,
  questionText,
  reviewRow,
  statusRadio,
  t,
  temporaryDirectory,
  waitForHeading,
  waitUntilSaved,
  wordsBox,
  type Status,
} from '../support/e2e-journey.ts';
import { convertDocxFilesToPdf, normaliseText, pdfText } from '../support/office-convert.ts';
import { expectNoAxeViolations, expectNoHorizontalScroll } from '../support/page-checks.ts';
import type { Page } from 'playwright-core';

/**
 * A negotiation over three meetings: the South African example is the first; at the second
 * management completes an answer, at the third it withdraws one and still owes others. The
 * review and the brief say what changed since the last meeting, with both versions, earlier
 * meetings stay readable, and the letter asks only for what is still open.
 */

const EN = 'en' as const;
const FLOW = 'za';
const VOICE = 'VoiceIQ call recording and speech analytics';
const app = builtAppForThisFile();
const output = temporaryDirectory('meetings-');
afterAll(() => output.remove());

const meetings = (page: Page) => page.getByRole('region', { name: t(EN, 'meetings.title'), exact: true });
const changes = (page: Page) => page.getByRole('region', { name: t(EN, 'changes.title'), exact: true });

async function startNextMeeting(page: Page, number: number, date: string): Promise<void> {
  await goToReview(page, EN);
  const panel = meetings(page);
  await panel.getByRole('button', { name: t(EN, 'meetings.next', { number }), exact: true }).click();
  await panel.getByLabel(t(EN, 'meetings.nextDate'), { exact: true }).fill(date);
  await panel.getByRole('button', { name: t(EN, 'meetings.start', { number }), exact: true }).click();
  await waitForHeading(page, t(EN, 'details.title'));
  await page.getByText(t(EN, 'details.meeting', { number, previous: number - 1 }), { exact: true }).waitFor();
}

/** From the review, changes one answer of VoiceIQ and comes back to the review. */
async function changeAnswer(page: Page, questionId: string, status: Status, words?: string): Promise<void> {
  await goToReview(page, EN);
  await reviewRow(page, EN, FLOW, VOICE, questionId).getByRole('button', { name: new RegExp(`^${t(EN, 'review.edit')}`) }).click();
  await waitForHeading(page, questionText(EN, FLOW, questionId));
  await statusRadio(page, EN, status).check();
  if (words !== undefined) await wordsBox(page, EN).fill(words);
  await page.getByRole('button', { name: t(EN, 'nav.toReview'), exact: true }).click();
  await waitForHeading(page, t(EN, 'review.title'));
}

describe('three meetings of one negotiation', () => {
  it('keeps each meeting, shows what changed in the review and the brief, and asks only for what is still open', async () => {
    const { context, page, problems } = await newSession(app.browser);
    await openHome(page, app.url, EN);
    await openExample(page, EN, FLOW);

    await startNextMeeting(page, 2, '2026-12-01');
    const purposeWords = 'Quality assurance only; recordings are never used to train the vendor’s models.';
    await changeAnswer(page, 'purpose', 'answered', purposeWords);
    // Meeting 2 against meeting 1: the purpose is now answered in full.
    const second = changes(page);
    await expect(second.getByText(t(EN, 'changes.since', { number: 1, date: '24 November 2026' }), { exact: true }).count()).resolves.toBe(1);
    const purposeChange = second.getByRole('listitem').filter({ hasText: questionText(EN, FLOW, 'purpose') });
    await expect(purposeChange.getByText(t(EN, 'changes.kinds.changed'), { exact: true }).count()).resolves.toBe(1);
    await expect(purposeChange.getByText(purposeWords, { exact: true }).count()).resolves.toBe(1);

    await startNextMeeting(page, 3, '2027-01-12');
    await changeAnswer(page, 'data-categories', 'refused', '');
    await waitUntilSaved(page, EN);

    // A reload finds the third meeting, both earlier ones, and the changes since the second.
    await page.reload();
    await goToReview(page, EN);
    await meetings(page).getByText(t(EN, 'meetings.current', { number: 3, date: '12 January 2027' }), { exact: true }).waitFor();
    const third = changes(page);
    await third.getByText(t(EN, 'changes.since', { number: 2, date: '1 December 2026' }), { exact: true }).waitFor();
    const voice = third.getByRole('region', { name: t(EN, 'changes.systemLabel', { name: VOICE }), exact: true });
    const withdrawn = voice.getByRole('listitem').filter({ hasText: questionText(EN, FLOW, 'data-categories') });
    await expect(withdrawn.getByText(t(EN, 'changes.kinds.withdrawn'), { exact: true }).count()).resolves.toBe(1);
    await expect(withdrawn.getByText(/^Call recordings, transcripts/).count()).resolves.toBe(1);
    const owed = voice.getByRole('listitem').filter({ hasText: questionText(EN, FLOW, 'special-category-basis') });
    await expect(owed.getByText(t(EN, 'changes.kinds.still-owed'), { exact: true }).count()).resolves.toBe(1);
    // The purpose stood between the second and third meetings: not a change.
    await expect(voice.getByRole('listitem').filter({ hasText: questionText(EN, FLOW, 'purpose') }).count()).resolves.toBe(0);

    // Each earlier meeting reads as it stood.
    const first = meetings(page).getByRole('group').filter({ hasText: t(EN, 'meetings.earlier', { number: 1, date: '24 November 2026' }) });
    await first.getByText(t(EN, 'meetings.earlier', { number: 1, date: '24 November 2026' })).click();
    await expect(first.getByText(purposeWords, { exact: true }).count()).resolves.toBe(0);
    await expect(first.getByText(/^Quality assurance, compliance for insurance clients/).count()).resolves.toBe(1);
    await expect(mainHeading(page).count()).resolves.toBe(1);
    await expectNoAxeViolations(page, 'the review of a third meeting, an earlier one open');
    await page.setViewportSize({ width: 320, height: 640 });
    await expectNoHorizontalScroll(page, 'the review of a third meeting at 320 px');
    await page.setViewportSize({ width: 1366, height: 768 });

    const brief = await downloadDocument(page, EN, EN, 'brief', output.path);
    const letter = await downloadDocument(page, EN, EN, 'letter', output.path);
    const [briefPdf = '', letterPdf = ''] = await convertDocxFilesToPdf([brief.path, letter.path], output.path);
    const briefText = normaliseText(await pdfText(briefPdf));
    const section = briefText.slice(briefText.lastIndexOf(t(EN, 'document:changes.heading')));
    expect(section).toContain(normaliseText(t(EN, 'document:changes.intro', { number: '2', date: '1 December 2026' })));
    expect(section).toContain(normaliseText(`${t(EN, 'changes.kinds.withdrawn')}: ${questionText(EN, FLOW, 'data-categories')}`));
    expect(section).toContain(normaliseText(`${t(EN, 'changes.kinds.still-owed')}: ${questionText(EN, FLOW, 'special-category-basis')}`));
    expect(section).toContain('Call recordings, transcripts');
    const letterText = normaliseText(await pdfText(letterPdf));
    expect(letterText).toContain(normaliseText(questionText(EN, FLOW, 'data-categories')));
    expect(letterText).not.toContain(normaliseText(questionText(EN, FLOW, 'purpose')));
    expect(problems).toEqual([]);
    await context.close();
  });
});

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, serveBuiltApp } from '../support/browser.ts';
import {
  addSystem,
  answerAndContinue,
  answerQuestion,
  clauseHeading,
  continueToReview,
  docxAllParts,
  docxText,
  downloadDocument,
  eyebrow,
  fillDetails,
  mainHeading,
  newSession,
  openHome,
  progressText,
  questionText,
  reviewRow,
  reviewTable,
  saveAndContinue,
  startChecklist,
  startNegotiation,
  statusRadio,
  t,
  temporaryDirectory,
  textPattern,
  waitForHeading,
  type DownloadedDocument,
} from '../support/e2e-journey.ts';
import { convertDocxToPdf, normaliseText, pdfText } from '../support/office-convert.ts';

/**
 * An English-speaking representative negotiates under South African law with two systems and
 * downloads the document in English, then in French while the interface stays in English.
 */

const EN = 'en' as const;
const FR = 'fr' as const;
const FLOW = 'za' as const;

const DETAILS = {
  union: 'NUMSA Local 7',
  employer: 'Khanya Logistics (Pty) Ltd',
  workplace: 'Durban distribution centre',
  date: '2026-11-03',
  present: 'T. Dlamini (shop steward), R. Naidoo (HR), J. Botha (IT)',
};

const MONITORING = {
  name: 'ShiftWatch Pro',
  vendor: 'Panoptic Systems',
  category: 'monitoring',
  purpose: 'Track productivity on the warehouse floor',
  affected: 'Pickers, packers and drivers',
} as const;

const HIRING = {
  name: 'HireRank AI',
  vendor: 'TalentSift',
  category: 'hiring',
  purpose: 'Screen applicants',
  affected: 'Job applicants',
} as const;

/** Management's words, with accents, emoji and right-to-left text (Hebrew, then Arabic). */
const WORDS = {
  dataCategories: 'Badge swipes, GPS pings and café breaks ☕ — naïve “résumé” data; שלום עולם',
  purpose: 'We will not discuss purposes at this meeting.',
  objection: 'Nobody knows who decides — ask HR in Jo’burg 🤷 مرحبا',
  hiringData: 'CVs, video interviews 🎥 and psychometric tests',
  hiringPurpose: 'To shortlist candidates faster',
};

const WORDS_IN_PDF = ['Badge swipes, GPS pings and café breaks', 'We will not discuss purposes at this meeting.', 'CVs, video interviews'];

const NOTE_MARKER = 'UNION-NOTE-9c2e';
const NOTE = `${NOTE_MARKER}: the shop steward saw the vendor's demo — keep this to ourselves`;

let browser: Browser;
let server: PreviewServer;
let url: string;
const work = temporaryDirectory('e2e-za-en-');
let english: DownloadedDocument | undefined;
let french: DownloadedDocument | undefined;

beforeAll(async () => {
  ({ url, server } = await serveBuiltApp());
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  work.remove();
});

function required(document: DownloadedDocument | undefined): DownloadedDocument {
  if (!document) throw new Error('No document was downloaded: the journey test failed first.');
  return document;
}

describe('South Africa negotiation in English, two systems', () => {
  it('is walked with the keyboard, shows the gaps and downloads the document in English, then in French with the interface still English', async () => {
    const { context, page, problems } = await newSession(browser, { locale: 'en-ZA' });
    try {
      await openHome(page, url, EN);
      await startNegotiation(page, EN, FLOW);
      await fillDetails(page, EN, DETAILS);
      await addSystem(page, EN, MONITORING, 1);
      await addSystem(page, EN, HIRING, 2);
      await startChecklist(page, EN, FLOW, 'data-categories');

      // ── System 1 (monitoring). ──
      const [, system, stage, position] = textPattern(EN, 'question.eyebrow').exec(await eyebrow(page)) ?? [];
      expect([system, stage, position]).toEqual([MONITORING.name, t(EN, 'stages.collection'), '1']);
      await answerAndContinue(page, EN, FLOW, 'data-categories', { status: 'answered', words: WORDS.dataCategories, note: NOTE }, 'purpose');
      await answerAndContinue(page, EN, FLOW, 'purpose', { status: 'refused', words: WORDS.purpose }, 'legal-basis');

      // Branching: a ground that allows objection opens the follow-up on how to object.
      await answerQuestion(page, EN, FLOW, 'legal-basis', { choice: 'contract' });
      await saveAndContinue(page, EN);
      await waitForHeading(page, questionText(EN, FLOW, 'collection-notice'));
      await page.getByRole('main').getByRole('button', { name: t(EN, 'nav.back'), exact: true }).press('Enter');
      await waitForHeading(page, questionText(EN, FLOW, 'legal-basis'));
      await answerQuestion(page, EN, FLOW, 'legal-basis', { choice: 'legitimate-interests' });
      expect(await statusRadio(page, EN, 'answered').isChecked()).toBe(true);
      await saveAndContinue(page, EN);
      await waitForHeading(page, questionText(EN, FLOW, 'objection-route'));
      expect(await eyebrow(page)).toContain(`${MONITORING.name} · `);

      await answerAndContinue(page, EN, FLOW, 'objection-route', { status: 'unknown', words: WORDS.objection }, 'collection-notice');
      await answerAndContinue(page, EN, FLOW, 'collection-notice', { choice: 'incomplete' }, 'off-duty-collection');

      const rest1: string[] = [];
      while ((await eyebrow(page)).startsWith(`${MONITORING.name} · `)) {
        rest1.push((await mainHeading(page).textContent()) ?? '');
        await saveAndContinue(page, EN);
      }
      expect(rest1, 'monitoring systems are asked about pay targets').toContain(questionText(EN, FLOW, 'performance-pay-targets'));
      expect(rest1.at(-1)).toBe(questionText(EN, FLOW, 'review-and-audit'));

      // ── System 2 (hiring). ──
      await waitForHeading(page, questionText(EN, FLOW, 'data-categories'));
      expect(await eyebrow(page)).toContain(`${HIRING.name} · `);
      await answerAndContinue(page, EN, FLOW, 'data-categories', { status: 'partly', words: WORDS.hiringData }, 'purpose');
      await answerAndContinue(page, EN, FLOW, 'purpose', { status: 'answered', words: WORDS.hiringPurpose }, 'legal-basis');
      await answerAndContinue(page, EN, FLOW, 'legal-basis', { status: 'unknown' }, 'collection-notice');
      const rest2 = await continueToReview(page, EN);
      expect(rest2, 'hiring systems are asked about emotion detection').toContain(questionText(EN, FLOW, 'emotion-detection'));
      expect(rest2, 'no objection follow-up without a ground that allows objection').not.toContain(questionText(EN, FLOW, 'objection-route'));

      // ── Review. ──
      await waitForHeading(page, t(EN, 'review.title'));
      const [, answered, total] = textPattern(EN, 'steps.progress').exec(await progressText(page, EN)) ?? [];
      expect(Number(answered)).toBe(8);
      const summary = t(EN, 'review.summary', { total: Number(total), gaps: 3, missing: Number(total) - 8 });
      expect(await page.getByText(summary, { exact: true }).isVisible(), summary).toBe(true);
      const rowText = async (system: string, questionId: string) => (await reviewRow(page, EN, FLOW, system, questionId).textContent()) ?? '';
      expect(await rowText(MONITORING.name, 'purpose')).toContain(t(EN, 'status.refused'));
      expect(await rowText(MONITORING.name, 'objection-route')).toContain(t(EN, 'status.unknown'));
      expect(await rowText(MONITORING.name, 'collection-notice')).toContain(t(EN, 'flow-za:questions.collection-notice.options.incomplete'));
      expect(await rowText(MONITORING.name, 'off-duty-collection')).toContain(t(EN, 'status.missing'));
      expect(await rowText(HIRING.name, 'data-categories')).toContain(t(EN, 'status.partly'));
      expect(await rowText(HIRING.name, 'legal-basis')).toContain(t(EN, 'status.unknown'));
      expect(await reviewTable(page, EN, MONITORING.name).getByText(WORDS.dataCategories, { exact: true }).isVisible()).toBe(true);
      expect(await page.getByRole('main').getByText(NOTE_MARKER).count()).toBe(0);

      // ── Export in English. ──
      mkdirSync(join(work.path, 'en'));
      english = await downloadDocument(page, EN, EN, join(work.path, 'en'));
      expect(english.fileName).toMatch(/^data-rights-Khanya-Logistics-Pty-Ltd-\d{4}-\d{2}-\d{2}\.docx$/);

      // ── Export in French; the interface stays English. ──
      mkdirSync(join(work.path, 'fr'));
      french = await downloadDocument(page, EN, FR, join(work.path, 'fr'));
      await waitForHeading(page, t(EN, 'review.title'));
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      expect(await page.getByRole('combobox', { name: t(EN, 'header.language'), exact: true }).inputValue()).toBe('en');
      expect(await page.getByRole('combobox', { name: t(EN, 'export.language'), exact: true }).inputValue()).toBe('fr');
      expect(await page.getByRole('button', { name: t(EN, 'export.download'), exact: true }).isVisible()).toBe(true);
      expect(await page.getByRole('heading', { name: t(EN, 'export.title'), exact: true }).isVisible()).toBe(true);
      expect(await rowText(MONITORING.name, 'purpose')).toContain(t(EN, 'status.refused'));
      expect(await page.getByText(t(EN, 'footer.privacy'), { exact: true }).isVisible()).toBe(true);
      expect(await page.getByText(t(FR, 'export.done'), { exact: true }).count(), 'no French in the interface').toBe(0);
      expect(await page.getByText(t(FR, 'status.refused'), { exact: true }).count()).toBe(0);

      expect(problems, problems.join('\n')).toEqual([]);
    } finally {
      await context.close();
    }
  }, 240_000);

  it('the English .docx holds management’s words, the clauses for the gaps and the systems, but not the internal note', async () => {
    const { path } = required(english);
    const text = await docxText(path);

    expect(text).toContain(t(EN, 'document:title'));
    expect(text).toContain(t(EN, 'flow-za:title'));
    for (const value of [DETAILS.union, DETAILS.employer, DETAILS.workplace, DETAILS.present]) expect(text).toContain(value);
    expect(text).toContain(MONITORING.name);
    expect(text).toContain(HIRING.name);
    for (const words of Object.values(WORDS)) expect(text, `management's words: ${words}`).toContain(words);
    for (const status of ['refused', 'unknown', 'partly', 'missing'] as const) expect(text).toContain(t(EN, `status.${status}`));

    const expected = [
      'information-disclosure', // refused / unknown on both systems
      'purpose-limitation', // purpose refused
      'advance-notice', // only partial collection notice
      'data-minimisation', // data categories partly answered (hiring)
      'security-breach-notice',
      'union-expert',
      'periodic-review',
      'redress-no-retaliation',
    ];
    for (const clause of expected) expect(text, `clause heading ${clause}`).toContain(clauseHeading(EN, clause));
    expect(text).toContain(questionText(EN, FLOW, 'objection-route'));
    expect(text).toContain(`(${WORDS.hiringData})`);
    expect(text).not.toContain(clauseHeading(EN, 'no-consent-reliance'));
    expect(text).not.toContain(clauseHeading(FR, 'information-disclosure'));

    expect(text).not.toContain(NOTE_MARKER);
    expect(await docxAllParts(path)).not.toContain(NOTE_MARKER);
  });

  it('the French .docx, exported from the English interface, is written in French', async () => {
    const { path } = required(french);
    const text = await docxText(path);

    expect(text).toContain(t(FR, 'document:title'));
    expect(text).toContain(t(FR, 'flow-za:title'));
    expect(text).toContain(t(FR, 'document:record.heading'));
    for (const clause of ['information-disclosure', 'purpose-limitation', 'advance-notice', 'data-minimisation']) {
      expect(text, `French clause heading ${clause}`).toContain(clauseHeading(FR, clause));
    }
    expect(text).toContain(questionText(FR, FLOW, 'purpose'));
    expect(text).toContain(t(FR, 'status.refused'));
    expect(text).toContain(t(FR, 'status.missing'));
    // Management's words are quoted as typed, whatever the document's language.
    for (const words of Object.values(WORDS)) expect(text, `management's words: ${words}`).toContain(words);

    expect(text).not.toContain(t(EN, 'document:title'));
    expect(text).not.toContain(t(EN, 'document:record.heading'));
    expect(text).not.toContain(clauseHeading(EN, 'purpose-limitation'));
    expect(text).not.toContain(questionText(EN, FLOW, 'purpose'));
    expect(text).not.toContain(t(EN, 'status.refused'));
    expect(await docxAllParts(path)).not.toContain(NOTE_MARKER);
  });

  it('LibreOffice opens the English .docx and its PDF has the clause headings and management’s words', async () => {
    const { path } = required(english);
    const text = normaliseText(await pdfText(await convertDocxToPdf(path, join(work.path, 'office-en'))));

    expect(text).toContain(normaliseText(t(EN, 'document:title')));
    for (const clause of ['information-disclosure', 'purpose-limitation', 'advance-notice', 'data-minimisation']) {
      expect(text, `PDF clause heading ${clause}`).toContain(normaliseText(clauseHeading(EN, clause)));
    }
    for (const words of WORDS_IN_PDF) expect(text, `PDF words: ${words}`).toContain(normaliseText(words));
    expect(text).toContain(MONITORING.name);
    expect(text).toContain(HIRING.name);
    expect(text).not.toContain(NOTE_MARKER);
  }, 120_000);
});

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtAppForThisFile } from '../support/e2e-app.ts';
import {
  addSystem,
  answerAndContinue,
  answerQuestion,
  clauseHeading,
  continueToReview,
  docxAllParts,
  docxText,
  documentButton,
  documentLanguageSelect,
  downloadDocument,
  eyebrow,
  fillDetails,
  letterDeadlineSentences,
  negotiationFileButton,
  newSession,
  openHome,
  paragraphsOf,
  partsHold,
  progressText,
  questionText,
  reviewRow,
  reviewTable,
  saveAndContinue,
  startChecklist,
  stepTitle,
  startNegotiation,
  statusRadio,
  t,
  temporaryDirectory,
  textPattern,
  waitForHeading,
  DOCUMENT_KINDS,
  type DocumentKind,
  type DownloadedDocument,
} from '../support/e2e-journey.ts';
import { compactText, convertDocxToPdf, normaliseText, pdfText } from '../support/office-convert.ts';

/**
 * An English-speaking representative negotiates under South African law with two systems and
 * downloads the three documents in English, then the internal brief in French while the
 * interface stays in English. Management's words and the internal note belong in the brief.
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

/**
 * Management's words that a clause of the proposal may quote as a fact (the data categories
 * declared), with accents, emoji and right-to-left text (Hebrew).
 */
const FACT_WORDS = {
  dataCategories: 'Badge swipes, GPS pings and café breaks ☕ — naïve “résumé” data; שלום עולם',
  hiringData: 'CVs, video interviews 🎥 and psychometric tests',
};

/** Management's other words (Arabic in one), for the internal brief only. */
const OTHER_WORDS = {
  purpose: 'We will not discuss purposes at this meeting.',
  objection: 'Nobody knows who decides — ask HR in Jo’burg 🤷 مرحبا',
  hiringPurpose: 'To shortlist candidates faster',
};

const WORDS = { ...FACT_WORDS, ...OTHER_WORDS };

const WORDS_IN_PDF = ['Badge swipes, GPS pings and café breaks', 'We will not discuss purposes at this meeting.', 'CVs, video interviews'];

/** Clauses the answers below call for, on one system or the other. */
const EXPECTED_CLAUSES = [
  'information-disclosure', // refused / unknown on both systems
  'purpose-limitation', // purpose refused
  'worker-notice-compliance', // only partial worker notice
  'data-minimisation', // data categories partly answered (hiring)
  'security-breach-notice',
  'union-expert',
  'periodic-review',
  'redress-no-retaliation',
];

const NOTE_MARKER = 'UNION-NOTE-9c2e';
const NOTE = `${NOTE_MARKER}: the shop steward saw the vendor's demo — keep this to ourselves`;

const app = builtAppForThisFile();
const work = temporaryDirectory('e2e-za-en-');
const english: Partial<Record<DocumentKind, DownloadedDocument>> = {};
let frenchBrief: DownloadedDocument | undefined;
/** When the English letter was asked for and when it arrived, for its deadline. */
let letterMade: { readonly from: Date; readonly to: Date } | undefined;


afterAll(async () => {
  work.remove();
});

function required(document: DownloadedDocument | undefined): DownloadedDocument {
  if (!document) throw new Error('No document was downloaded: the journey test failed first.');
  return document;
}

describe('South Africa negotiation in English, two systems', () => {
  it('is walked with the keyboard, shows the gaps and downloads the three documents in English, then the brief in French with the interface still English', async () => {
    const { context, page, problems } = await newSession(app.browser, { locale: 'en-ZA' });
    try {
      await openHome(page, app.url, EN);
      await startNegotiation(page, EN, FLOW);
      await fillDetails(page, EN, DETAILS);
      await addSystem(page, EN, MONITORING, 1);
      await addSystem(page, EN, HIRING, 2);
      await startChecklist(page, EN, FLOW, 'data-categories');

      // ── System 1 (monitoring). ──
      const [, system, stage, position] = textPattern(EN, 'question.eyebrow').exec(await eyebrow(page)) ?? [];
      expect([system, stage, position]).toEqual([MONITORING.name, t(EN, 'stages.collection'), '1']);
      await answerAndContinue(page, EN, FLOW, 'data-categories', { status: 'answered', words: WORDS.dataCategories, note: NOTE }, 'purpose');
      await answerAndContinue(page, EN, FLOW, 'purpose', { status: 'refused', words: WORDS.purpose }, 'special-category-data');
      await saveAndContinue(page, EN);
      await waitForHeading(page, questionText(EN, FLOW, 'legal-basis'));

      // Branching: a ground that allows objection opens the follow-up on how to object.
      await answerQuestion(page, EN, FLOW, 'legal-basis', { choice: 'contract' });
      await saveAndContinue(page, EN);
      await waitForHeading(page, questionText(EN, FLOW, 'worker-notice'));
      await page.getByRole('main').getByRole('button', { name: t(EN, 'nav.back'), exact: true }).press('Enter');
      await waitForHeading(page, questionText(EN, FLOW, 'legal-basis'));
      await answerQuestion(page, EN, FLOW, 'legal-basis', { choice: 'legitimate-interests' });
      expect(await statusRadio(page, EN, 'answered').isChecked()).toBe(true);
      await saveAndContinue(page, EN);
      await waitForHeading(page, questionText(EN, FLOW, 'objection-route'));
      expect(await eyebrow(page)).toContain(`${MONITORING.name} · `);

      await answerAndContinue(page, EN, FLOW, 'objection-route', { status: 'unknown', words: WORDS.objection }, 'worker-notice');
      await answerAndContinue(page, EN, FLOW, 'worker-notice', { choice: 'partly' }, 'off-duty-collection');

      const rest1: string[] = [];
      while ((await eyebrow(page)).startsWith(`${MONITORING.name} · `)) {
        rest1.push(await stepTitle(page));
        await saveAndContinue(page, EN);
      }
      expect(rest1, 'monitoring systems are asked about work-pace targets').toContain(questionText(EN, FLOW, 'work-pace-targets'));
      expect(rest1.at(-1)).toBe(questionText(EN, FLOW, 'audit-review'));

      // ── System 2 (hiring). ──
      await waitForHeading(page, questionText(EN, FLOW, 'data-categories'));
      expect(await eyebrow(page)).toContain(`${HIRING.name} · `);
      await answerAndContinue(page, EN, FLOW, 'data-categories', { status: 'partly', words: WORDS.hiringData }, 'purpose');
      await answerAndContinue(page, EN, FLOW, 'purpose', { status: 'answered', words: WORDS.hiringPurpose }, 'special-category-data');
      await saveAndContinue(page, EN);
      await waitForHeading(page, questionText(EN, FLOW, 'legal-basis'));
      await answerAndContinue(page, EN, FLOW, 'legal-basis', { status: 'unknown' }, 'worker-notice');
      const rest2 = await continueToReview(page, EN);
      expect(rest2, 'hiring systems are asked about emotion recognition').toContain(questionText(EN, FLOW, 'emotion-recognition'));
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
      expect(await rowText(MONITORING.name, 'worker-notice')).toContain(t(EN, 'flow-za:questions.worker-notice.options.partly'));
      expect(await rowText(MONITORING.name, 'off-duty-collection')).toContain(t(EN, 'status.missing'));
      expect(await rowText(HIRING.name, 'data-categories')).toContain(t(EN, 'status.partly'));
      expect(await rowText(HIRING.name, 'legal-basis')).toContain(t(EN, 'status.unknown'));
      expect(await reviewTable(page, EN, MONITORING.name).getByText(WORDS.dataCategories, { exact: true }).isVisible()).toBe(true);
      expect(await page.getByRole('main').getByText(NOTE_MARKER).count()).toBe(0);

      // ── Export in English: the proposal, the internal brief and the information request. ──
      mkdirSync(join(work.path, 'en'));
      english.proposal = await downloadDocument(page, EN, EN, 'proposal', join(work.path, 'en'));
      english.brief = await downloadDocument(page, EN, EN, 'brief', join(work.path, 'en'));
      const from = new Date();
      english.letter = await downloadDocument(page, EN, EN, 'letter', join(work.path, 'en'));
      letterMade = { from, to: new Date() };
      for (const kind of DOCUMENT_KINDS) {
        expect(english[kind]?.fileName).toMatch(new RegExp(`^${t(EN, `document:fileNames.${kind}`)}-Khanya-Logistics-Pty-Ltd-\\d{4}-\\d{2}-\\d{2}\\.docx$`));
      }

      // ── The brief in French; the interface stays English. ──
      mkdirSync(join(work.path, 'fr'));
      frenchBrief = await downloadDocument(page, EN, FR, 'brief', join(work.path, 'fr'));
      await waitForHeading(page, t(EN, 'documents.title'));
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      expect(await page.getByRole('combobox', { name: t(EN, 'header.language'), exact: true }).inputValue()).toBe('en');
      expect(await documentLanguageSelect(page, EN).inputValue()).toBe('fr');
      for (const kind of DOCUMENT_KINDS) expect(await documentButton(page, EN, kind).isVisible(), `${kind} button in English`).toBe(true);
      expect(await negotiationFileButton(page, EN).isVisible()).toBe(true);
      expect(await page.getByRole('heading', { name: t(EN, 'export.title'), exact: true }).isVisible()).toBe(true);
      expect(await page.getByText(t(EN, 'footer.privacy'), { exact: true }).isVisible()).toBe(true);
      expect(await page.getByText(t(FR, 'export.done', { what: t(FR, 'export.names.brief') }), { exact: true }).count(), 'no French in the interface').toBe(0);
      expect(await documentButton(page, FR, 'brief').count()).toBe(0);
      expect(await page.getByText(t(FR, 'status.refused'), { exact: true }).count()).toBe(0);

      expect(problems, problems.join('\n')).toEqual([]);
    } finally {
      await context.close();
    }
  }, 240_000);

  it('the English internal brief holds management’s words, the record of answers, the clauses for the gaps, the systems and the internal note', async () => {
    const { path } = required(english.brief);
    const text = await docxText(path);

    expect(text).toContain(t(EN, 'document:kinds.brief.title'));
    expect(text).toContain(t(EN, 'document:kinds.brief.confidential'));
    expect(text).toContain(t(EN, 'regions.za.name'));
    for (const value of [DETAILS.union, DETAILS.employer, DETAILS.workplace]) expect(text).toContain(value);
    expect(text).toContain(MONITORING.name);
    expect(text).toContain(HIRING.name);
    for (const words of Object.values(WORDS)) expect(text, `management's words: ${words}`).toContain(words);
    expect(text).toContain(t(EN, 'document:record.heading'));
    expect(text).toContain(t(EN, 'document:record.columns.floor'));
    for (const status of ['refused', 'unknown', 'partly', 'missing'] as const) expect(text).toContain(t(EN, `status.${status}`));
    expect(text, 'the internal note is in the brief, whole').toContain(NOTE);

    for (const clause of EXPECTED_CLAUSES) expect(text, `clause heading ${clause}`).toContain(clauseHeading(EN, clause));
    expect(text).toContain(questionText(EN, FLOW, 'objection-route'));
    // The system's schedule quotes the fact: "… (clause N): <words>".
    expect(text).toContain(`: ${FACT_WORDS.hiringData}`);
    expect(text).not.toContain(clauseHeading(EN, 'no-consent-reliance'));
    expect(text).not.toContain(clauseHeading(FR, 'information-disclosure'));
  });

  it('the English internal brief names who was present at the meeting, as typed on the details step', async () => {
    const text = await docxText(required(english.brief).path);
    // Asked for on the details step; the brief is the union's record of the meeting.
    expect(text.includes(DETAILS.present), `who was present (${DETAILS.present}) is in the brief`).toBe(true);
    expect(text.includes(t(EN, 'document:cover.present')), 'the cover line\'s label').toBe(true);
  });

  it('the English proposal holds the clauses for the gaps and the systems, but no record of answers, none of management’s other words and no internal note', async () => {
    const { path } = required(english.proposal);
    const text = await docxText(path);

    expect(text).toContain(t(EN, 'document:kinds.proposal.title'));
    expect(text).toContain(t(EN, 'document:definitions.heading'));
    expect(text).toContain(t(EN, 'document:signatures.heading'));
    for (const value of [DETAILS.union, DETAILS.employer, DETAILS.workplace]) expect(text).toContain(value);
    expect(text).toContain(MONITORING.name);
    expect(text).toContain(HIRING.name);
    for (const clause of EXPECTED_CLAUSES) expect(text, `clause heading ${clause}`).toContain(clauseHeading(EN, clause));
    expect(text).toContain(questionText(EN, FLOW, 'objection-route'));
    // A clause may quote management's words as a fact: here, the data categories declared.
    // The system's schedule quotes the fact: "… (clause N): <words>".
    expect(text).toContain(`: ${FACT_WORDS.hiringData}`);

    expect(text).not.toContain(t(EN, 'document:record.heading'));
    expect(text).not.toContain(t(EN, 'document:record.columns.note'));
    expect(text).not.toContain(t(EN, 'document:kinds.brief.title'));
    for (const words of Object.values(OTHER_WORDS)) expect(text, `management's words outside the clauses: ${words}`).not.toContain(words);
    expect(text).not.toContain(NOTE_MARKER);
    expect(partsHold(await docxAllParts(path), NOTE_MARKER), 'the note in some XML part of the proposal').toBe(false);
  });

  it('the English information request asks for what was refused or not known, cites the LRA where it obliges an answer, sets a deadline, and holds no internal note', async () => {
    const { path } = required(english.letter);
    if (!letterMade) throw new Error('The letter was not downloaded: the journey test failed first.');
    const text = await docxText(path);
    const paragraphs = paragraphsOf(text);

    expect(text).toContain(t(EN, 'document:letter.subject', { workplace: DETAILS.workplace }));
    expect(text).toContain(MONITORING.name);
    expect(text).toContain(HIRING.name);
    const request = (questionId: string, status: 'refused' | 'unknown') => `${questionText(EN, FLOW, questionId)} (${t(EN, `document:letter.status.${status}`)})`;
    const after = (paragraph: string) => paragraphs[paragraphs.indexOf(paragraph) + 1];
    // Only LRA s. 16(2) and s. 16(3) oblige the employer to answer the union (the layer's review
    // B21): POPIA's notice duty (s. 18) is owed to each worker and is not cited as a duty here.
    const lra = (pinpoint: string) => t(EN, 'citation.section', { instrument: t(EN, 'flow-za:instruments.lra.short'), pinpoint });
    const popia18 = t(EN, 'citation.section', { instrument: t(EN, 'flow-za:instruments.popia.short'), pinpoint: '18' });
    // Purpose, refused: a shop steward's question, so s. 16(2) and s. 16(3).
    expect(paragraphs).toContain(request('purpose', 'refused'));
    expect(after(request('purpose', 'refused'))).toMatch(textPattern(EN, 'document:letter.obliged'));
    expect(after(request('purpose', 'refused'))).toBe(t(EN, 'document:letter.obliged', { citations: `${lra('16(2)')}; ${lra('16(3)')}` }));
    expect(after(request('purpose', 'refused'))).not.toContain(popia18);
    // Objection route, not known: a question about the system, so s. 16(3) alone.
    expect(paragraphs).toContain(request('objection-route', 'unknown'));
    expect(after(request('objection-route', 'unknown'))).toBe(t(EN, 'document:letter.obliged', { citations: lra('16(3)') }));
    expect(paragraphs).toContain(request('legal-basis', 'unknown'));
    const deadlines = letterDeadlineSentences(EN, letterMade.from, letterMade.to);
    expect(deadlines.some((sentence) => paragraphs.includes(sentence)), `one of: ${deadlines.join(' | ')}`).toBe(true);

    // The data categories were answered in part: the letter quotes that part back and asks for the rest; no other words.
    expect(text).toContain(`${t(EN, 'document:letter.partlyBefore')}${WORDS.hiringData}${t(EN, 'document:letter.partlyAfter')}`);
    for (const words of Object.values(WORDS).filter((words) => words !== WORDS.hiringData)) expect(text, `management's words: ${words}`).not.toContain(words);
    expect(text).not.toContain(NOTE_MARKER);
    expect(partsHold(await docxAllParts(path), NOTE_MARKER), 'the note in some XML part of the letter').toBe(false);
  });

  it('the French internal brief, exported from the English interface, is written in French', async () => {
    const { path } = required(frenchBrief);
    const text = await docxText(path);

    expect(text).toContain(t(FR, 'document:kinds.brief.title'));
    expect(text).toContain(t(FR, 'regions.za.name'));
    expect(text).toContain(t(FR, 'document:record.heading'));
    expect(text).toContain(t(FR, 'document:record.columns.floor'));
    for (const clause of ['information-disclosure', 'purpose-limitation', 'worker-notice-compliance', 'data-minimisation']) {
      expect(text, `French clause heading ${clause}`).toContain(clauseHeading(FR, clause));
    }
    expect(text).toContain(questionText(FR, FLOW, 'purpose'));
    expect(text).toContain(t(FR, 'status.refused'));
    expect(text).toContain(t(FR, 'status.missing'));
    // Management's words and the note are quoted as typed, whatever the document's language.
    for (const words of Object.values(WORDS)) expect(text, `management's words: ${words}`).toContain(words);
    expect(text).toContain(NOTE);

    expect(text).not.toContain(t(EN, 'document:kinds.brief.title'));
    expect(text).not.toContain(t(EN, 'document:record.heading'));
    expect(text).not.toContain(clauseHeading(EN, 'purpose-limitation'));
    expect(text).not.toContain(questionText(EN, FLOW, 'purpose'));
    expect(text).not.toContain(t(EN, 'status.refused'));
  });

  it('LibreOffice opens the English internal brief and its PDF has the clause headings, management’s words and the note', async () => {
    const { path } = required(english.brief);
    const text = normaliseText(await pdfText(await convertDocxToPdf(path, join(work.path, 'office-en'))));

    expect(text).toContain(normaliseText(t(EN, 'document:kinds.brief.title')));
    expect(text).toContain(normaliseText(t(EN, 'document:record.heading')));
    for (const clause of ['information-disclosure', 'purpose-limitation', 'worker-notice-compliance', 'data-minimisation']) {
      expect(text, `PDF clause heading ${clause}`).toContain(normaliseText(clauseHeading(EN, clause)));
    }
    for (const words of WORDS_IN_PDF) expect(text, `PDF words: ${words}`).toContain(normaliseText(words));
    expect(text).toContain(MONITORING.name);
    expect(text).toContain(HIRING.name);
    // The note sits in a narrow column of the record, where it may wrap at any hyphen.
    expect(compactText(text), 'the internal note in the PDF').toContain(compactText(NOTE_MARKER));
  }, 120_000);
});

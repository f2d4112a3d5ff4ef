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
  documentLanguageSelect,
  downloadDocument,
  eyebrow,
  fillDetails,
  goToDocuments,
  isFocused,
  mainHeading,
  newSession,
  noteBox,
  openHome,
  progressText,
  letterDeadlineSentences,
  paragraphsOf,
  partsHold,
  questionText,
  reviewRow,
  reviewTable,
  saveAndContinue,
  startChecklist,
  stepTitle,
  startNegotiation,
  statusRadio,
  switchInterfaceLanguage,
  t,
  tabTo,
  temporaryDirectory,
  textPattern,
  waitForHeading,
  wordsBox,
  DOCUMENT_KINDS,
  type DocumentKind,
  type DownloadedDocument,
} from '../support/e2e-journey.ts';
import { compactText, convertDocxToPdf, normaliseText, pdfText } from '../support/office-convert.ts';

/**
 * A French-speaking representative negotiates under EU law: the interface is switched to
 * French, two systems are inventoried, the checklist is walked with the keyboard, and the three
 * French documents are checked as text (the internal brief is also opened by LibreOffice and
 * read back from its PDF). Management's words and the internal note belong in the brief only.
 */

const FR = 'fr' as const;
const FLOW = 'eu' as const;

const DETAILS = {
  union: 'CGT Métallurgie — section « Données »',
  employer: "Société Générale d'Équipements",
  workplace: 'Usine de Besançon',
  date: '2026-12-01',
  present: 'Mme Dupré, M. Nguyễn, Mme Ørsted',
};

const PERFORMANCE = {
  name: 'Perf-Évalu 360',
  vendor: 'Évalutech SARL',
  category: 'performance',
  purpose: 'Mesurer la « productivité » des équipes',
  affected: 'Tous les opérateurs de ligne',
} as const;

const HIRING = {
  name: "Recrut'IA Sélecto",
  vendor: 'Sélecto Inc.',
  category: 'hiring',
  purpose: 'Trier les candidatures',
  affected: 'Candidats externes et internes',
} as const;

/**
 * Management's words that a clause of the proposal may quote as a fact (the data categories
 * declared), with accents, emoji and right-to-left text (Arabic).
 */
const FACT_WORDS = {
  dataCategories: "Journaux d'activité, géolocalisation et notes « qualité » 📊 — بيانات الموظفين",
  hiringData: 'CV, lettres de motivation, tests en ligne 🎯',
};

/** Management's other words, which belong in the internal brief and never in the proposal. */
const OTHER_WORDS = {
  specialData: 'Oui, des données de santé… hélas 😬',
  specialBasis: "Nous refusons d'en dire plus — שלום",
  legalBasis: 'Nous ne savons pas, il faut voir avec le siège à Zürich',
  hiringLegalBasis: 'Pas de commentaire, ça relève du groupe',
};

const WORDS = { ...FACT_WORDS, ...OTHER_WORDS };

/** The parts of management's words that survive any font: accented Latin text only. */
const WORDS_IN_PDF = [
  "Journaux d'activité, géolocalisation et notes « qualité »",
  'Nous ne savons pas, il faut voir avec le siège à Zürich',
  'CV, lettres de motivation, tests en ligne',
];

/** Clauses the answers below call for, on one system or the other. */
const EXPECTED_CLAUSES = [
  'information-disclosure', // refused / unknown answers on both systems
  'special-category-safeguards', // sensitive data: yes
  'no-union-activity-profiling', // sensitive data: yes
  'data-minimisation', // data categories only partly answered (hiring)
  'consultation', // consultation not agreed
  'union-expert',
  'periodic-review',
  'redress-no-retaliation',
];

const NOTE_MARKER = 'NOTE-INTERNE-7f3a';
const NOTE = `${NOTE_MARKER} : la direction ment sur la géolocalisation, ne pas citer`;

const app = builtAppForThisFile();
const work = temporaryDirectory('e2e-eu-fr-');
const downloaded: Partial<Record<DocumentKind, DownloadedDocument>> = {};
/** When the letter was asked for and when it arrived, for its deadline. */
let letterMade: { readonly from: Date; readonly to: Date } | undefined;


afterAll(async () => {
  work.remove();
});

function requireDocument(kind: DocumentKind): DownloadedDocument {
  const document = downloaded[kind];
  if (!document) throw new Error(`No ${kind} was downloaded: the journey test failed first.`);
  return document;
}

describe('EU negotiation in French, two systems', () => {
  it('is walked with the keyboard in French, shows the gaps at review and downloads the three documents in French', async () => {
    const { context, page, problems } = await newSession(app.browser, { locale: 'en-GB' });
    try {
      // Home page: English from the browser's language, then switched to French.
      await openHome(page, app.url, 'en');
      await switchInterfaceLanguage(page, 'en', FR);
      await waitForHeading(page, t(FR, 'home.title'));
      expect(await page.getByRole('button', { name: t(FR, 'home.start'), exact: true }).isVisible()).toBe(true);

      await startNegotiation(page, FR, FLOW);
      await fillDetails(page, FR, DETAILS);
      await addSystem(page, FR, PERFORMANCE, 1);
      await addSystem(page, FR, HIRING, 2);
      await startChecklist(page, FR, FLOW, 'data-categories');

      // ── System 1, question 1: the whole question with the keyboard alone. ──
      const heading = mainHeading(page, questionText(FR, FLOW, 'data-categories'));
      expect(await isFocused(heading), 'the new step’s heading takes the focus').toBe(true);
      expect(await eyebrow(page)).toContain(PERFORMANCE.name);
      await page.keyboard.press('Tab');
      const answered = statusRadio(page, FR, 'answered');
      expect(await isFocused(answered), 'Tab from the heading lands on the first status').toBe(true);
      await page.keyboard.press('Space');
      expect(await answered.isChecked()).toBe(true);
      await page.keyboard.press('Tab');
      expect(await isFocused(wordsBox(page, FR)), 'Tab from the status group lands on the words').toBe(true);
      await page.keyboard.type(WORDS.dataCategories);
      await page.keyboard.press('Tab');
      expect(await isFocused(noteBox(page, FR)), 'then on the internal note').toBe(true);
      await page.keyboard.type(NOTE);
      expect(await wordsBox(page, FR).inputValue()).toBe(WORDS.dataCategories);
      expect(await noteBox(page, FR).inputValue()).toBe(NOTE);
      await tabTo(page, page.getByRole('button', { name: t(FR, 'nav.next'), exact: true }));
      await page.keyboard.press('Enter');
      await waitForHeading(page, questionText(FR, FLOW, 'purpose'));

      // Question 2 (the purpose) is left unrecorded.
      await saveAndContinue(page, FR);
      await waitForHeading(page, questionText(FR, FLOW, 'special-category-data'));

      // Question 3: the branching choice. "Oui" opens the follow-up on the legal exception.
      const [, , totalBefore] = textPattern(FR, 'steps.progress').exec(await progressText(page, FR)) ?? [];
      await answerQuestion(page, FR, FLOW, 'special-category-data', { choice: 'yes', words: WORDS.specialData });
      expect(await statusRadio(page, FR, 'answered').isChecked(), 'choosing an option records the question as answered').toBe(true);
      const [, answeredAfter, totalAfter] = textPattern(FR, 'steps.progress').exec(await progressText(page, FR)) ?? [];
      expect(Number(totalAfter), 'the follow-up is added to the path').toBe(Number(totalBefore) + 1);
      expect(Number(answeredAfter)).toBe(2);
      await saveAndContinue(page, FR);
      await waitForHeading(page, questionText(FR, FLOW, 'special-category-basis'));
      expect(await eyebrow(page)).toContain(t(FR, 'stages.collection'));

      // Question 4 (the follow-up): refused. Question 5: unknown.
      await answerAndContinue(page, FR, FLOW, 'special-category-basis', { status: 'refused', words: WORDS.specialBasis }, 'legal-basis');
      await answerAndContinue(page, FR, FLOW, 'legal-basis', { status: 'unknown', words: WORDS.legalBasis }, 'worker-notice');

      // The rest of system 1, then system 2's first questions.
      const rest1: string[] = [];
      while ((await eyebrow(page)).startsWith(`${PERFORMANCE.name} · `)) {
        rest1.push(await stepTitle(page));
        await saveAndContinue(page, FR);
      }
      expect(rest1.at(-1), 'system 1 ends on the last governance question').toBe(questionText(FR, FLOW, 'audit-review'));
      expect(rest1).toContain(questionText(FR, FLOW, 'work-pace-targets'));
      expect(rest1, 'the performance system is asked about AI Act information duties').toContain(questionText(FR, FLOW, 'ai-act-worker-information'));

      await waitForHeading(page, questionText(FR, FLOW, 'data-categories'));
      expect(await eyebrow(page)).toContain(HIRING.name);
      await answerAndContinue(page, FR, FLOW, 'data-categories', { status: 'partly', words: WORDS.hiringData }, 'purpose');
      await saveAndContinue(page, FR);
      await waitForHeading(page, questionText(FR, FLOW, 'special-category-data'));
      await answerAndContinue(page, FR, FLOW, 'special-category-data', { choice: 'no' }, 'legal-basis');
      await answerAndContinue(page, FR, FLOW, 'legal-basis', { status: 'refused', words: WORDS.hiringLegalBasis });
      const rest2 = await continueToReview(page, FR);
      expect(rest2, 'no follow-up opens when management says no').not.toContain(questionText(FR, FLOW, 'special-category-basis'));
      expect(rest2, 'off-duty collection is not asked for a hiring system').not.toContain(questionText(FR, FLOW, 'off-duty-collection'));

      // ── Review: gaps and unrecorded answers are visible as status texts. ──
      await waitForHeading(page, t(FR, 'review.title'));
      const [, answeredCount, total] = textPattern(FR, 'steps.progress').exec(await progressText(page, FR)) ?? [];
      expect(Number(answeredCount)).toBe(7);
      const summary = t(FR, 'review.summary', { total: Number(total), gaps: 3, missing: Number(total) - 7 });
      expect(await page.getByText(summary, { exact: true }).isVisible(), summary).toBe(true);

      const table1 = reviewTable(page, FR, PERFORMANCE.name);
      const table2 = reviewTable(page, FR, HIRING.name);
      expect(await table1.isVisible()).toBe(true);
      expect(await table2.isVisible()).toBe(true);
      const rowText = async (system: string, questionId: string) => (await reviewRow(page, FR, FLOW, system, questionId).textContent()) ?? '';
      expect(await rowText(PERFORMANCE.name, 'data-categories')).toContain(t(FR, 'status.answered'));
      expect(await rowText(PERFORMANCE.name, 'data-categories')).toContain(WORDS.dataCategories);
      expect(await rowText(PERFORMANCE.name, 'special-category-data')).toContain(t(FR, `flow-eu:questions.special-category-data.options.yes`));
      expect(await rowText(PERFORMANCE.name, 'special-category-basis')).toContain(t(FR, 'status.refused'));
      expect(await rowText(PERFORMANCE.name, 'legal-basis')).toContain(t(FR, 'status.unknown'));
      expect(await rowText(PERFORMANCE.name, 'off-duty-collection')).toContain(t(FR, 'status.missing'));
      expect(await rowText(HIRING.name, 'data-categories')).toContain(t(FR, 'status.partly'));
      expect(await rowText(HIRING.name, 'legal-basis')).toContain(t(FR, 'status.refused'));
      expect(await table1.getByText(t(FR, 'status.refused'), { exact: true }).count()).toBe(1);
      expect(await table1.getByText(t(FR, 'status.unknown'), { exact: true }).count()).toBe(1);
      expect(await table2.getByText(t(FR, 'status.refused'), { exact: true }).count()).toBe(1);
      expect(await page.getByRole('main').getByText(NOTE_MARKER).count(), 'the internal note is not shown on the review').toBe(0);

      // ── Export in French: the proposal, the internal brief and the information request. ──
      const directory = join(work.path, 'fr');
      mkdirSync(directory);
      await goToDocuments(page, FR);
      expect(await documentLanguageSelect(page, FR).inputValue(), 'the documents start in the language the negotiation was started in').toBe('fr');
      downloaded.proposal = await downloadDocument(page, FR, FR, 'proposal', directory);
      downloaded.brief = await downloadDocument(page, FR, FR, 'brief', directory);
      const from = new Date();
      downloaded.letter = await downloadDocument(page, FR, FR, 'letter', directory);
      letterMade = { from, to: new Date() };
      expect(new Set(Object.values(downloaded).map(({ fileName }) => fileName)).size, 'three files with three names').toBe(3);
      expect(problems, problems.join('\n')).toEqual([]);
    } finally {
      await context.close();
    }
  }, 240_000);

  it('names each file after its kind, in French, and the employer, accented letters kept whole', () => {
    // "Société Générale d'Équipements" → one readable slug; an accent must not split a word.
    for (const kind of DOCUMENT_KINDS) {
      expect(requireDocument(kind).fileName).toMatch(new RegExp(`^${t(FR, `document:fileNames.${kind}`)}-Societe-Generale-d-Equipements-\\d{4}-\\d{2}-\\d{2}\\.docx$`));
    }
    expect(requireDocument('brief').fileName).toMatch(/^dossier-INTERNE-/);
  });

  it('the internal brief holds management’s words, the record of answers, the French clauses for the gaps, the systems and the internal note', async () => {
    const { path } = requireDocument('brief');
    const text = await docxText(path);

    expect(text).toContain(t(FR, 'document:kinds.brief.title'));
    expect(text).toContain(t(FR, 'document:kinds.brief.marking'));
    expect(text).toContain(t(FR, 'regions.eu.name'));
    expect(text).toContain(DETAILS.union);
    expect(text).toContain(DETAILS.employer);
    expect(text, 'the meeting date is written the French way').toContain('1 décembre 2026');
    expect(text).toContain(PERFORMANCE.name);
    expect(text).toContain(HIRING.name);
    expect(text).toContain(PERFORMANCE.vendor);

    for (const words of Object.values(WORDS)) expect(text, `management's words: ${words}`).toContain(words);

    // Record of answers: statuses in French, the internal note and the legal floor.
    expect(text).toContain(t(FR, 'document:record.heading'));
    for (const column of ['words', 'note', 'floor']) expect(text, `record column ${column}`).toContain(t(FR, `document:record.columns.${column}`));
    for (const status of ['refused', 'unknown', 'partly', 'missing'] as const) expect(text).toContain(t(FR, `status.${status}`));
    expect(text).toContain(t(FR, 'document:brief.gapsHeading'));
    expect(text, 'the internal note is in the brief, whole').toContain(NOTE);
    // The legal floor cites as French lawyers do, in the short form: GDPR Art. 5(1)(b) behind the purpose.
    expect(text).toContain('art. 5, § 1, b) RGPD');

    // Clauses for the gaps and answers created above.
    for (const clause of EXPECTED_CLAUSES) expect(text, `clause heading ${clause}`).toContain(clauseHeading(FR, clause));
    // The information clause lists the questions left open, in French.
    expect(text).toContain(questionText(FR, FLOW, 'special-category-basis'));
    expect(text).toContain(questionText(FR, FLOW, 'legal-basis'));
    // The data-minimisation clause quotes the categories management declared.
    // The system's schedule quotes the fact: "… (clause N) : <words>".
    expect(text).toContain(`: ${FACT_WORDS.hiringData}`);
    // No clause that the answers do not call for.
    expect(text).not.toContain(clauseHeading(FR, 'no-consent-reliance'));
    // Nothing in English.
    expect(text).not.toContain(clauseHeading('en', 'information-disclosure'));
    expect(text).not.toContain(t('en', 'document:record.heading'));
  });

  it('the internal brief names who was present at the meeting, as typed on the details step', async () => {
    const text = await docxText(requireDocument('brief').path);
    // Asked for on the details step; the brief is the union's record of the meeting.
    expect(text.includes(DETAILS.present), `who was present (${DETAILS.present}) is in the brief`).toBe(true);
    expect(text.includes(t(FR, 'document:cover.present')), 'the cover line\'s label').toBe(true);
  });

  it('the proposal holds the French clauses and the systems, but no record of answers, none of management’s other words and no internal note', async () => {
    const { path } = requireDocument('proposal');
    const text = await docxText(path);

    expect(text).toContain(t(FR, 'document:kinds.proposal.title'));
    expect(text).toContain(t(FR, 'document:definitions.heading'));
    expect(text).toContain(t(FR, 'document:signatures.heading'));
    expect(text).toContain(DETAILS.union);
    expect(text).toContain(DETAILS.employer);
    expect(text).toContain(PERFORMANCE.name);
    expect(text).toContain(HIRING.name);
    for (const clause of EXPECTED_CLAUSES) expect(text, `clause heading ${clause}`).toContain(clauseHeading(FR, clause));
    expect(text).toContain(questionText(FR, FLOW, 'special-category-basis'));
    // A clause may quote management's words as a fact: here, the data categories declared.
    // The system's schedule quotes the fact: "… (clause N) : <words>".
    expect(text).toContain(`: ${FACT_WORDS.hiringData}`);
    expect(text).not.toContain(clauseHeading(FR, 'no-consent-reliance'));

    // No record of answers, and no words of management beyond the facts quoted in clauses.
    expect(text).not.toContain(t(FR, 'document:record.heading'));
    expect(text).not.toContain(t(FR, 'document:record.columns.note'));
    expect(text).not.toContain(t(FR, 'document:kinds.brief.title'));
    for (const words of Object.values(OTHER_WORDS)) expect(text, `management's words outside the clauses: ${words}`).not.toContain(words);

    // The internal note is nowhere in the file: not in the text, not in any XML part.
    expect(text).not.toContain(NOTE_MARKER);
    expect(partsHold(await docxAllParts(path), NOTE_MARKER), 'the note in some XML part of the proposal').toBe(false);
  });

  it('the information request asks in French for what was refused, not known or answered in part, with a deadline, and holds no internal note', async () => {
    const { path } = requireDocument('letter');
    const text = await docxText(path);
    if (!letterMade) throw new Error('The letter was not downloaded: the journey test failed first.');

    expect(text).toContain(t(FR, 'document:letter.subject', { workplace: DETAILS.workplace }));
    expect(text).toContain(t(FR, 'document:letter.opening', { employer: DETAILS.employer }));
    expect(text).toContain(PERFORMANCE.name);
    expect(text).toContain(HIRING.name);
    // The questions refused (special-category-basis; hiring legal-basis) or not known (legal-basis).
    const paragraphs = paragraphsOf(text);
    const request = (questionId: string, status: 'refused' | 'unknown') => `${questionText(FR, FLOW, questionId)} (${t(FR, `document:letter.status.${status}`)})`;
    expect(paragraphs).toContain(request('special-category-basis', 'refused'));
    expect(paragraphs).toContain(request('legal-basis', 'unknown'));
    expect(paragraphs).toContain(request('legal-basis', 'refused'));
    const asksAbout = (questionId: string) => paragraphs.some((paragraph) => paragraph.startsWith(questionText(FR, FLOW, questionId)));
    expect(asksAbout('data-categories'), 'a partly answered question is asked again, for the rest').toBe(true);
    expect(text).toContain(`${t(FR, 'document:letter.partlyBefore')}${WORDS.hiringData}${t(FR, 'document:letter.partlyAfter')}`);
    const deadlines = letterDeadlineSentences(FR, letterMade.from, letterMade.to);
    expect(deadlines.some((sentence) => paragraphs.includes(sentence)), `one of: ${deadlines.join(' | ')}`).toBe(true);

    expect(text).not.toContain(NOTE_MARKER);
    expect(partsHold(await docxAllParts(path), NOTE_MARKER), 'the note in some XML part of the letter').toBe(false);
    for (const words of Object.values(WORDS).filter((words) => words !== WORDS.hiringData)) expect(text, `management's words: ${words}`).not.toContain(words);
    expect(text).not.toContain(t('en', 'document:letter.status.refused'));
  });

  it('LibreOffice opens the internal brief and its PDF has the clause headings, management’s words and the note', async () => {
    const { path } = requireDocument('brief');
    const pdf = await convertDocxToPdf(path, join(work.path, 'office'));
    const text = normaliseText(await pdfText(pdf));

    expect(text).toContain(normaliseText(t(FR, 'document:kinds.brief.title')));
    expect(text).toContain(normaliseText(t(FR, 'document:record.heading')));
    for (const clause of ['information-disclosure', 'special-category-safeguards', 'data-minimisation', 'consultation']) {
      expect(text, `PDF clause heading ${clause}`).toContain(normaliseText(clauseHeading(FR, clause)));
    }
    for (const words of WORDS_IN_PDF) expect(text, `PDF words: ${words}`).toContain(normaliseText(words));
    expect(text).toContain(PERFORMANCE.name);
    expect(text).toContain(normaliseText(HIRING.name));
    // The note sits in a narrow column of the record, where it may wrap at any hyphen.
    expect(compactText(text), 'the internal note in the PDF').toContain(compactText(NOTE_MARKER));
  }, 120_000);
});

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { builtAppForThisFile } from '../support/e2e-app.ts';
import {
  clauseHeading,
  docxAllParts,
  docxText,
  downloadDocument,
  downloadNegotiationFile,
  goToAllNegotiations,
  goToReview,
  letterDeadlineSentences,
  newSession,
  noteBox,
  openExample,
  openFileInput,
  openFileSection,
  openHome,
  paragraphsOf,
  partsHold,
  questionText,
  reviewRow,
  reviewTable,
  savedNegotiations,
  statusRadio,
  stepsNavigation,
  t,
  temporaryDirectory,
  textPattern,
  waitForHeading,
  wordsBox,
  type AppSession,
  type DocumentKind,
  type DownloadedDocument,
  type Language,
  type Status,
} from '../support/e2e-journey.ts';
import { convertDocxToPdf, normaliseText, pdfPageTexts } from '../support/office-convert.ts';
import { escapeRegExp } from '../support/reg-exp.ts';

/**
 * The three documents and the negotiation file, from the finished EU example: opened from the
 * home page, downloaded from the review, read with mammoth, printed to PDF by LibreOffice, and
 * the internal brief opened again as a new negotiation. Damaged files are refused with the
 * interface's explanation and leave the saved negotiations as they were.
 */

const EN = 'en' as const;
const FR = 'fr' as const;
const FLOW = 'eu' as const;

// ── The example, read as a file (examples/eu.json is data the app ships, not app code). ───

interface ExampleAnswer {
  readonly status?: Status;
  readonly choice?: string;
  readonly words: string;
  readonly note: string;
}

interface ExampleFile {
  readonly format: string;
  readonly formatVersion: number;
  readonly negotiations: readonly [{
    readonly id: string;
    readonly meta: { readonly union: string; readonly employer: string; readonly workplace: string; readonly round: string; readonly present: string };
    readonly systems: readonly { readonly id: string; readonly name: string; readonly vendor: string; readonly affected: string }[];
    readonly answers: Readonly<Record<string, Readonly<Record<string, ExampleAnswer>>>>;
  }];
}

const EXAMPLE_PATH = join(import.meta.dirname, '../../examples/eu.json');
const EXAMPLE_TEXT = readFileSync(EXAMPLE_PATH, 'utf8');
const EXAMPLE = JSON.parse(EXAMPLE_TEXT) as ExampleFile;
const { meta: META, systems: SYSTEMS } = EXAMPLE.negotiations[0];

interface ExampleEntry extends ExampleAnswer {
  readonly systemId: string;
  readonly systemName: string;
  readonly questionId: string;
}

const ENTRIES: readonly ExampleEntry[] = SYSTEMS.flatMap((system) =>
  Object.entries(EXAMPLE.negotiations[0].answers[system.id] ?? {}).map(([questionId, answer]) => ({ ...answer, systemId: system.id, systemName: system.name, questionId })),
);

/** Every internal note of the example: in the brief, never in the proposal or the letter. */
const NOTES = ENTRIES.map((entry) => entry.note.trim()).filter((note) => note !== '');

/** Questions whose words a clause may quote as a fact (data categories, retention, storage location). */
const FACT_QUESTIONS = new Set(['data-categories', 'retention-period', 'storage-location']);
/** Management's other words: the record of answers is in the brief only. */
const OTHER_WORDS = ENTRIES.filter((entry) => !FACT_QUESTIONS.has(entry.questionId) && entry.words.trim() !== '').map((entry) => entry.words.trim());

/** Refused, unknown, to-follow-up and partly answered questions: what the letter asks for again. */
const LETTER_STATUSES = ['refused', 'unknown', 'follow-up', 'partly'] as const;
type LetterStatus = (typeof LETTER_STATUSES)[number];
const GAPS = ENTRIES.filter((entry): entry is ExampleEntry & { status: LetterStatus } => (LETTER_STATUSES as readonly string[]).includes(entry.status ?? ''));
/** Management's partial answers, which the letter quotes back to ask for the rest. */
const PARTIAL_WORDS = GAPS.filter((gap) => gap.status === 'partly' && gap.words.trim() !== '').map((gap) => gap.words.trim());

/** A refused question whose provisions oblige an answer: the logic of PickRate's scores. */
const REFUSED = { systemId: 'pickrate-scanner-scoring', questionId: 'logic-explanation' } as const;

/** Clauses the example's answers call for, on one system or another. */
const EXPECTED_CLAUSES = [
  'information-disclosure',
  'consultation',
  'purpose-limitation',
  'no-off-duty-monitoring',
  'data-minimisation',
  'joint-impact-assessment',
  'human-review',
  'explanation-of-decisions',
  'vendor-safeguards',
  'cross-border-transfers',
  'bias-audit',
  'health-safety-intensity',
];

function entry(systemId: string, questionId: string): ExampleEntry {
  const found = ENTRIES.find((candidate) => candidate.systemId === systemId && candidate.questionId === questionId);
  if (!found) throw new Error(`examples/eu.json has no answer ${systemId}/${questionId}`);
  return found;
}


// ── Shared state: one browser session from the example to the re-import. ──────────────────

const app = builtAppForThisFile();
let session: AppSession | undefined;
const work = temporaryDirectory('e2e-documents-');

const english: Partial<Record<DocumentKind, DownloadedDocument>> = {};
let frenchProposal: DownloadedDocument | undefined;
let negotiationFile: DownloadedDocument | undefined;
let letterMade: { readonly from: Date; readonly to: Date } | undefined;
/** The example copy's review, table by table, to compare the re-imported copy with. */
let reviewBefore: { readonly summary: string; readonly tables: readonly string[] } | undefined;


afterAll(async () => {
  await session?.context.close();
  work.remove();
});

function requireSession(): AppSession {
  if (!session) throw new Error('No browser session: the first test failed.');
  return session;
}

function required(document: DownloadedDocument | undefined, what: string): DownloadedDocument {
  if (!document) throw new Error(`No ${what} was downloaded: the first test failed.`);
  return document;
}

/** The names of the scripts the page and its workers fetch from now on (the service worker's own precaching left out). */
function scriptsFetched(context: BrowserContext): { readonly matching: (name: RegExp) => readonly string[] } {
  const names = new Set<string>();
  context.on('request', (request) => {
    const name = /\/assets\/([^/]+\.js)$/.exec(request.url())?.[1];
    if (name && !request.serviceWorker()) names.add(name);
  });
  return { matching: (name) => [...names].filter((candidate) => name.test(candidate)) };
}

/** The review's summary and every system's table, as text. */
async function reviewSnapshot(page: Page): Promise<{ readonly summary: string; readonly tables: readonly string[] }> {
  const summary = (await page.getByRole('main').getByText(textPattern(EN, 'review.summary')).textContent()) ?? '';
  const tables: string[] = [];
  for (const system of SYSTEMS) tables.push(await reviewTable(page, EN, system.name).innerText());
  return { summary, tables };
}

/** Presses a review row's "Change" button and waits for its question. */
async function changeFromReview(page: Page, systemName: string, questionId: string): Promise<void> {
  const question = questionText(EN, FLOW, questionId);
  // The name is "Change" and a hidden ": <question> (<system>)"; Chromium may put a space before the colon.
  const name = new RegExp(`^${escapeRegExp(t(EN, 'review.edit'))}\\s*: ${escapeRegExp(question)} \\(${escapeRegExp(systemName)}\\)$`);
  await reviewRow(page, EN, FLOW, systemName, questionId).getByRole('button', { name }).click();
  await waitForHeading(page, question);
}

/** The footer of each page of a PDF, checked from `firstNumbered` on ("Page 2 of 23"). */
function expectPageFooters(pages: readonly string[], language: Language, firstNumbered: number, what: string): void {
  expect(pages.length, `${what} has pages`).toBeGreaterThanOrEqual(firstNumbered);
  for (let number = firstNumbered; number <= pages.length; number += 1) {
    const footer = normaliseText(`${t(language, 'document:page.before')}${number}${t(language, 'document:page.between')}${pages.length}`);
    expect(normaliseText(pages[number - 1] ?? ''), `${what}, page ${number}: "${footer}"`).toContain(footer);
  }
}

describe('Documents from the EU example', () => {
  it('opens the example as a new negotiation, and downloads the three documents in English, the proposal in French and the negotiation file', async () => {
    session = await newSession(app.browser);
    const { context, page, problems } = session;
    const scripts = scriptsFetched(context);
    await openHome(page, app.url, EN);
    expect(await savedNegotiations(page, EN).getByText(t(EN, 'home.none'), { exact: true }).isVisible()).toBe(true);

    await openExample(page, EN, FLOW);
    // The export worker starts once the wizard is idle with a system to warm up on, long before
    // the review, and loads its layout code before a document is asked for.
    await expect.poll(() => scripts.matching(/^build-docx-/), { message: 'the layout code, loaded while the first question is on screen', timeout: 15_000 }).toHaveLength(1);
    expect(scripts.matching(/^export-worker-/), 'the export worker, started while the first question is on screen').toHaveLength(1);
    await goToReview(page, EN);
    for (const system of SYSTEMS) expect(await reviewTable(page, EN, system.name).isVisible(), `review table of ${system.name}`).toBe(true);
    const refused = entry(REFUSED.systemId, REFUSED.questionId);
    const refusedRow = (await reviewRow(page, EN, FLOW, refused.systemName, REFUSED.questionId).textContent()) ?? '';
    expect(refusedRow).toContain(t(EN, 'status.refused'));
    expect(refusedRow).toContain(refused.words);
    reviewBefore = await reviewSnapshot(page);
    // One press from the top of the review to the documents; next to each button, what the document carries inside it.
    await page.getByRole('main').getByRole('button', { name: t(EN, 'review.toDocuments'), exact: true }).first().click();
    await waitForHeading(page, t(EN, 'documents.title'));
    const exportText = (await page.getByRole('main').innerText()).replace(/\s+/g, ' ');
    for (const kind of ['proposal', 'brief', 'letter', 'file'] as const) expect(exportText, `export.${kind} hint`).toContain(t(EN, kind === 'file' ? 'export.file.hint' : `export.kinds.${kind}.hint`));

    const directory = join(work.path, 'downloads');
    mkdirSync(directory);
    english.proposal = await downloadDocument(page, EN, EN, 'proposal', directory);
    english.brief = await downloadDocument(page, EN, EN, 'brief', directory);
    const from = new Date();
    english.letter = await downloadDocument(page, EN, EN, 'letter', directory);
    letterMade = { from, to: new Date() };
    negotiationFile = await downloadNegotiationFile(page, EN, directory);
    mkdirSync(join(directory, 'fr'));
    frenchProposal = await downloadDocument(page, EN, FR, 'proposal', join(directory, 'fr'));

    const slug = 'NordFreight-Logistics-GmbH-\\d{4}-\\d{2}-\\d{2}';
    // Each file says what it is in the document's language; the brief, that it is internal.
    for (const kind of ['proposal', 'brief', 'letter'] as const) expect(english[kind]?.fileName).toMatch(new RegExp(`^${t(EN, `document:fileNames.${kind}`)}-${slug}\\.docx$`));
    expect(english.brief?.fileName).toMatch(/^brief-INTERNAL-/);
    expect(frenchProposal.fileName).toMatch(new RegExp(`^${t(FR, 'document:fileNames.proposal')}-${slug}\\.docx$`));
    expect(negotiationFile.fileName).toMatch(new RegExp(`^negotiation-${slug}\\.json$`));
    // The worker has no translations of its own: the page's serve both. One file per language, not a second copy for the worker.
    for (const words of [/^ui-[\w-]{8}\.js$/, /^document-[\w-]{8}\.js$/, /^law-eu-[\w-]{8}\.js$/]) {
      expect(scripts.matching(words), `${words.source}: the English words, then the French ones for the French proposal`).toHaveLength(2);
    }
    expect(problems, problems.join('\n')).toEqual([]);
  }, 120_000);

  it('the proposal has the definitions, the clauses and the signatures, but no record of answers, none of management’s other words and none of the union’s notes', async () => {
    const { path } = required(english.proposal, 'proposal');
    const text = await docxText(path);

    expect(text).toContain(t(EN, 'document:kinds.proposal.title'));
    expect(text).toContain(t(EN, 'document:kinds.proposal.marking'));
    expect(text).toContain(t(EN, 'document:definitions.heading'));
    expect(text).toContain(t(EN, 'document:clauses.heading'));
    expect(text).toContain(t(EN, 'document:signatures.heading'));
    expect(text).toContain(t(EN, 'document:signatures.forEmployer', { party: META.employer }));
    expect(text).toContain(t(EN, 'document:signatures.forUnion', { party: META.union }));
    for (const system of SYSTEMS) expect(text).toContain(system.name);
    for (const clause of EXPECTED_CLAUSES) expect(text, `clause heading ${clause}`).toContain(clauseHeading(EN, clause));
    expect(text).not.toContain(clauseHeading(EN, 'no-consent-reliance'));
    // A clause may quote management's words as a fact: here, where the data are stored.
    expect(text).toContain(entry(REFUSED.systemId, 'storage-location').words);

    expect(text).not.toContain(t(EN, 'document:record.heading'));
    expect(text).not.toContain(t(EN, 'document:record.columns.floor'));
    expect(text).not.toContain(t(EN, 'document:brief.gapsHeading'));
    const parts = await docxAllParts(path);
    expect(OTHER_WORDS.filter((words) => text.includes(words) || partsHold(parts, words)), 'management’s words outside the clauses (text or any XML part)').toEqual([]);
    expect(SYSTEMS.filter((system) => partsHold(parts, system.affected)), 'who is affected, which the proposal does not show').toEqual([]);
    expect(NOTES.filter((note) => text.includes(note) || partsHold(parts, note)), 'union notes in the proposal (text or any XML part)').toEqual([]);
  });

  it('the French proposal is written in French and holds none of the union’s notes', async () => {
    const { path } = required(frenchProposal, 'French proposal');
    const text = await docxText(path);

    expect(text).toContain(t(FR, 'document:kinds.proposal.title'));
    expect(text).toContain(t(FR, 'document:definitions.heading'));
    expect(text).toContain(t(FR, 'document:signatures.heading'));
    expect(text).toContain(t(FR, 'regions.eu.name'));
    for (const clause of EXPECTED_CLAUSES) expect(text, `French clause heading ${clause}`).toContain(clauseHeading(FR, clause));
    expect(text).toContain(questionText(FR, FLOW, REFUSED.questionId));

    expect(text).not.toContain(t(EN, 'document:kinds.proposal.title'));
    expect(text).not.toContain(t(EN, 'document:definitions.heading'));
    expect(text).not.toContain(clauseHeading(EN, 'information-disclosure'));
    expect(text).not.toContain(questionText(EN, FLOW, REFUSED.questionId));
    const parts = await docxAllParts(path);
    expect(NOTES.filter((note) => text.includes(note) || partsHold(parts, note)), 'union notes in the French proposal').toEqual([]);
  });

  it('the internal brief holds every answer, the gaps, every union note and the legal floor', async () => {
    const { path } = required(english.brief, 'brief');
    const text = await docxText(path);

    expect(text).toContain(t(EN, 'document:kinds.brief.title'));
    expect(text).toContain(t(EN, 'document:kinds.brief.marking'));
    expect(text).toContain(t(EN, 'document:kinds.brief.confidential'));
    expect(text).toContain(t(EN, 'document:record.heading'));
    for (const column of ['question', 'status', 'words', 'note', 'floor'] as const) expect(text, `record column ${column}`).toContain(t(EN, `document:record.columns.${column}`));
    expect(text).toContain(t(EN, 'document:brief.gapsHeading'));
    for (const clause of EXPECTED_CLAUSES) expect(text, `clause heading ${clause}`).toContain(clauseHeading(EN, clause));

    expect(NOTES.length, 'the example has union notes').toBeGreaterThan(10);
    expect(NOTES.filter((note) => !text.includes(note)), 'union notes missing from the brief').toEqual([]);
    // The same search that finds no note in the proposal and the letter finds each one here.
    const parts = await docxAllParts(path);
    expect(NOTES.filter((note) => !partsHold(parts, note)), 'union notes the XML search misses in the brief').toEqual([]);
    expect(OTHER_WORDS.filter((words) => !text.includes(words)), 'management’s words missing from the brief').toEqual([]);

    // The refused question's row: status, management's words, the note, and the legal floor.
    const refused = entry(REFUSED.systemId, REFUSED.questionId);
    const paragraphs = paragraphsOf(text);
    // The record's heading is also listed in the contents: its last occurrence is the section's.
    const row = paragraphs.indexOf(questionText(EN, FLOW, REFUSED.questionId), paragraphs.lastIndexOf(t(EN, 'document:record.heading')));
    expect(row, 'the refused question has a row in the record').toBeGreaterThan(0);
    const gdpr15 = t(EN, 'citation.article', { instrument: t(EN, 'flow-eu:instruments.gdpr.short'), pinpoint: '15(1)(h)' });
    expect(paragraphs.slice(row + 1, row + 5)).toEqual([t(EN, 'status.refused'), refused.words, refused.note, expect.stringContaining(gdpr15)]);
    // The gaps list the refused question.
    expect(paragraphs).toContain(`${t(EN, 'status.refused')}: ${questionText(EN, FLOW, REFUSED.questionId)}`);
  });

  it('the information request lists every refused, unknown, to-follow-up and partly answered question with the provisions that oblige an answer, and a deadline', async () => {
    const { path } = required(english.letter, 'letter');
    if (!letterMade) throw new Error('The letter was not downloaded: the first test failed.');
    const text = await docxText(path);
    const paragraphs = paragraphsOf(text);

    expect(text).toContain(t(EN, 'document:letter.subject', { workplace: META.workplace }));
    expect(text).toContain(t(EN, 'document:letter.opening', { employer: META.employer }));
    const request = (questionId: string, status: LetterStatus) => `${questionText(EN, FLOW, questionId)} (${t(EN, `document:letter.status.${status}`)})`;
    // Two systems may share a gap (the same question, the same status): each request is looked for
    // in its own system's part of the letter, between its heading and the next system's.
    const headings = SYSTEMS.map((system) => paragraphs.indexOf(system.name));
    for (const gap of GAPS) {
      const start = paragraphs.indexOf(gap.systemName);
      expect(start, `${gap.systemName} has a heading in the letter`).toBeGreaterThanOrEqual(0);
      const end = Math.min(...headings.filter((heading) => heading > start), paragraphs.length);
      const index = paragraphs.indexOf(request(gap.questionId, gap.status), start);
      expect(index, `${gap.systemName}: ${gap.questionId} (${gap.status})`).toBeGreaterThan(start);
      expect(index, `${gap.systemName}: ${gap.questionId} (${gap.status}) before the next system`).toBeLessThan(end);
    }
    const statusSuffixes = LETTER_STATUSES.map((status) => ` (${t(EN, `document:letter.status.${status}`)})`);
    expect(paragraphs.filter((paragraph) => statusSuffixes.some((suffix) => paragraph.endsWith(suffix))), 'one request per gap').toHaveLength(GAPS.length);

    // The refused logic of the scores: GDPR Art. 15(1)(h) obliges only for Art. 22 decisions, which
    // the letter cannot tell apart (flows/layers/eu.ts, review A6), so it is asked as a request and
    // not cited as a duty.
    const refused = paragraphs.indexOf(request(REFUSED.questionId, 'refused'));
    const gdpr15 = t(EN, 'citation.article', { instrument: t(EN, 'flow-eu:instruments.gdpr.short'), pinpoint: '15(1)(h)' });
    expect(paragraphs[refused + 1], 'the words under the refused question').toBe(t(EN, 'document:letter.request'));
    expect(paragraphs[refused + 1]).not.toContain(gdpr15);
    // Other gaps do have provisions that oblige an answer, and the letter cites them.
    expect(paragraphs.filter((paragraph) => textPattern(EN, 'document:letter.obliged').test(paragraph)).length, 'gaps with a duty cited').toBeGreaterThan(0);

    const deadlines = letterDeadlineSentences(EN, letterMade.from, letterMade.to);
    expect(deadlines.some((sentence) => paragraphs.includes(sentence)), `the deadline, one of: ${deadlines.join(' | ')}`).toBe(true);
    expect(text).toContain(t(EN, 'document:letter.signature', { party: META.union }));

    const parts = await docxAllParts(path);
    // Management's partial answers are quoted back, asking for the rest; no other words of theirs appear.
    expect(PARTIAL_WORDS.length).toBeGreaterThan(5);
    for (const words of PARTIAL_WORDS) expect(text).toContain(`${t(EN, 'document:letter.partlyBefore')}${words}${t(EN, 'document:letter.partlyAfter')}`);
    const allWords = ENTRIES.map((entry) => entry.words.trim()).filter((words) => words !== '' && !PARTIAL_WORDS.includes(words));
    expect(allWords.filter((words) => text.includes(words) || partsHold(parts, words)), 'management’s words in the letter (text or any XML part)').toEqual([]);
    const unshown = [META.round, META.present, ...SYSTEMS.flatMap((system) => [system.vendor, system.affected])];
    expect(unshown.filter((value) => partsHold(parts, value)), 'what the letter does not show (round, people present, vendors, who is affected)').toEqual([]);
    expect(NOTES.filter((note) => text.includes(note) || partsHold(parts, note)), 'union notes in the letter (text or any XML part)').toEqual([]);
  });

  it('the negotiation file (.json) is the example’s negotiation, notes included, as a new copy', () => {
    const { path } = required(negotiationFile, 'negotiation file');
    const file = JSON.parse(readFileSync(path, 'utf8')) as ExampleFile & { readonly includesNotes: unknown; readonly contents: unknown };
    expect(file.format).toBe('data-rights-negotiation');
    expect(file.formatVersion).toBe(2);
    expect(file.contents).toBe('full');
    expect(file.includesNotes).toBe(true);
    expect(file.negotiations[0].id, 'a copy has an id of its own').not.toBe(EXAMPLE.negotiations[0].id);
    expect(file.negotiations[0].meta).toEqual(EXAMPLE.negotiations[0].meta);
    expect(file.negotiations[0].systems).toEqual(EXAMPLE.negotiations[0].systems);
    expect(file.negotiations[0].answers).toEqual(EXAMPLE.negotiations[0].answers);
  });

  it('LibreOffice prints the three documents to PDF with their headings and a "Page N of M" footer', async () => {
    const office = join(work.path, 'office');
    const pdfPages = async (kind: DocumentKind) => pdfPageTexts(await convertDocxToPdf(required(english[kind], kind).path, office));

    // Proposal and brief: a cover without a footer, then numbered pages.
    const proposal = await pdfPages('proposal');
    const proposalText = normaliseText(proposal.join('\n'));
    for (const key of ['kinds.proposal.title', 'definitions.heading', 'clauses.heading', 'signatures.heading']) {
      expect(proposalText, `proposal PDF: ${key}`).toContain(normaliseText(t(EN, `document:${key}`)));
    }
    expect(proposalText).toContain(normaliseText(clauseHeading(EN, 'information-disclosure')));
    expectPageFooters(proposal, EN, 2, 'proposal PDF');

    const brief = await pdfPages('brief');
    const briefText = normaliseText(brief.join('\n'));
    for (const key of ['kinds.brief.title', 'definitions.heading', 'clauses.heading', 'record.heading', 'record.columns.floor', 'brief.gapsHeading']) {
      expect(briefText, `brief PDF: ${key}`).toContain(normaliseText(t(EN, `document:${key}`)));
    }
    expectPageFooters(brief, EN, 2, 'brief PDF');

    // The letter has no cover: its first page is numbered.
    const letter = await pdfPages('letter');
    const letterText = normaliseText(letter.join('\n'));
    expect(letterText).toContain(normaliseText(t(EN, 'document:letter.subject', { workplace: META.workplace })));
    for (const system of SYSTEMS) expect(letterText).toContain(normaliseText(system.name));
    expect(letterText).toContain(normaliseText(questionText(EN, FLOW, REFUSED.questionId)));
    expect(normaliseText(letter[0] ?? '')).toContain(normaliseText(`${t(EN, 'document:page.before')}1${t(EN, 'document:page.between')}`));
    expectPageFooters(letter, EN, 1, 'letter PDF');
  }, 240_000);

  it('reopens the downloaded brief from "All negotiations" as a new negotiation with the same systems, answers and notes', async () => {
    const { page, problems } = requireSession();
    const { path } = required(english.brief, 'brief');
    if (!reviewBefore) throw new Error('The review of the example was not read: the first test failed.');
    const title = `${META.employer} · ${META.union}`;

    await goToAllNegotiations(page, EN);
    const saved = savedNegotiations(page, EN);
    await saved.getByRole('heading', { name: title, exact: true }).waitFor();
    expect(await saved.getByRole('listitem').count(), 'the example copy is saved').toBe(1);

    await openFileInput(page, EN).setInputFiles(path);
    await stepsNavigation(page, EN).waitFor();
    await goToReview(page, EN);
    expect(await page.getByRole('main').getByRole('table').count(), 'one table per system').toBe(SYSTEMS.length);
    const reviewAfter = await reviewSnapshot(page);
    expect(reviewAfter.summary).toBe(reviewBefore.summary);
    SYSTEMS.forEach((system, index) => expect(reviewAfter.tables[index], `review of ${system.name}`).toBe(reviewBefore?.tables[index]));
    const retention = entry('sitesight-camera-analytics', 'retention-period');
    expect(await reviewRow(page, EN, FLOW, retention.systemName, retention.questionId).textContent()).toContain(retention.words);

    // The union's note on the refused question came back with the brief.
    const refused = entry(REFUSED.systemId, REFUSED.questionId);
    await changeFromReview(page, refused.systemName, REFUSED.questionId);
    expect(await statusRadio(page, EN, 'refused').isChecked()).toBe(true);
    expect(await wordsBox(page, EN).inputValue()).toBe(refused.words);
    expect(await noteBox(page, EN).inputValue(), 'the union note').toBe(refused.note);

    // A new copy: the example copy is still there beside it.
    await goToAllNegotiations(page, EN);
    await saved.getByRole('listitem').nth(1).waitFor();
    expect(await saved.getByRole('listitem').count()).toBe(2);
    expect(await saved.getByRole('heading', { name: title, exact: true }).count()).toBe(2);
    expect(problems, problems.join('\n')).toEqual([]);
  }, 120_000);

  it('refuses damaged files with the explanation of "open.problems" and "open.nothingChanged", and changes nothing saved', async () => {
    const { page, problems } = requireSession();
    const directory = join(work.path, 'damaged');
    mkdirSync(directory);

    // Bytes that look random but are the same on every run; the first is neither "P" nor "{".
    const noise = (length: number) => Uint8Array.from({ length }, (_, index) => (index === 0 ? 0x9b : (index * 7919 + 104729) % 251));
    const file = (name: string, bytes: Uint8Array | string) => {
      const path = join(directory, name);
      writeFileSync(path, bytes);
      return path;
    };
    const wordDocument = new JSZip();
    wordDocument.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
    wordDocument.file('word/document.xml', '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>');
    const newer = JSON.parse(EXAMPLE_TEXT) as Record<string, unknown>;
    newer.formatVersion = 3;
    const broken = JSON.parse(EXAMPLE_TEXT) as { negotiations: [Record<string, unknown>] };
    broken.negotiations[0].systems = 'three systems';

    const cases: readonly { readonly what: string; readonly path: string; readonly expected: readonly string[] }[] = [
      { what: 'a .docx of random bytes', path: file('random.docx', noise(4096)), expected: [t(EN, 'open.problems.not-json')] },
      {
        what: 'a .docx that is a damaged zip',
        path: file('damaged.docx', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...noise(4096)])),
        expected: [t(EN, 'open.problems.no-embedded-record')],
      },
      {
        what: 'a Word document not made by this tool',
        path: file('letter-from-elsewhere.docx', await wordDocument.generateAsync({ type: 'uint8array' })),
        expected: [t(EN, 'open.problems.no-embedded-record')],
      },
      { what: 'a .json of something else', path: file('wrong.json', JSON.stringify({ name: 'shopping list', items: ['tea', 'milk'] })), expected: [t(EN, 'open.problems.not-a-negotiation-file')] },
      { what: 'a .json that is not JSON', path: file('truncated.json', EXAMPLE_TEXT.slice(0, 400)), expected: [t(EN, 'open.problems.not-json')] },
      { what: 'a negotiation file of a newer format', path: file('newer.json', JSON.stringify(newer)), expected: [t(EN, 'open.problems.newer-file-version', { version: 3 })] },
      { what: 'a negotiation file with a damaged record', path: file('broken.json', JSON.stringify(broken)), expected: [t(EN, 'open.problems.record'), t(EN, 'home.damaged.invalid')] },
    ];

    const saved = savedNegotiations(page, EN);
    await saved.getByRole('listitem').nth(1).waitFor();
    const savedBefore = await saved.innerText();
    for (const { what, path, expected } of cases) {
      // A fresh page each time, so that each alert is the answer to this file.
      await page.reload();
      await waitForHeading(page, t(EN, 'home.title'));
      await openFileInput(page, EN).setInputFiles(path);
      const alert = openFileSection(page, EN).getByRole('alert');
      await alert.waitFor();
      const text = await alert.innerText();
      for (const sentence of [...expected, t(EN, 'open.nothingChanged')]) expect(text, `${what}: "${sentence}"`).toContain(sentence);
      expect(await page.getByRole('main').getByRole('heading', { level: 1 }).textContent(), `${what}: still on the home page`).toBe(t(EN, 'home.title'));
      expect(await saved.innerText(), `${what}: the saved negotiations`).toBe(savedBefore);
    }

    await page.reload();
    await waitForHeading(page, t(EN, 'home.title'));
    expect(await saved.innerText(), 'after a reload, the saved negotiations are as they were').toBe(savedBefore);
    expect(await saved.getByRole('listitem').count()).toBe(2);
    expect(problems, problems.join('\n')).toEqual([]);
  }, 120_000);

  it('reopens the downloaded proposal as a new negotiation with its parties, its systems and the words it quotes, and says it lacks the answers and the notes', async () => {
    const { page, problems } = requireSession();
    const saved = savedNegotiations(page, EN);
    const before = await saved.getByRole('listitem').count();

    await openFileInput(page, EN).setInputFiles(required(english.proposal, 'proposal').path);
    await stepsNavigation(page, EN).waitFor();
    expect(await page.getByText(t(EN, 'open.fromProposal'), { exact: true }).isVisible(), 'the notice of what the copy lacks').toBe(true);
    await goToReview(page, EN);
    for (const system of SYSTEMS) expect(await reviewTable(page, EN, system.name).isVisible(), `review table of ${system.name}`).toBe(true);

    // Where the data are stored: quoted in a clause, so the words came back, without a status.
    const quoted = entry(REFUSED.systemId, 'storage-location');
    await changeFromReview(page, quoted.systemName, quoted.questionId);
    expect(await wordsBox(page, EN).inputValue()).toBe(quoted.words);
    for (const status of ['answered', 'partly', 'refused'] as const) expect(await statusRadio(page, EN, status).isChecked(), `status ${status}`).toBe(false);
    expect(await noteBox(page, EN).inputValue(), 'no union note travels in a document for management').toBe('');

    // The data categories of the same system: not quoted in its clauses, so not carried.
    await goToReview(page, EN);
    const unquoted = entry(REFUSED.systemId, 'data-categories');
    await changeFromReview(page, unquoted.systemName, unquoted.questionId);
    expect(await wordsBox(page, EN).inputValue()).toBe('');
    expect(await statusRadio(page, EN, 'answered').isChecked()).toBe(false);

    await goToAllNegotiations(page, EN);
    await saved.getByRole('listitem').nth(before).waitFor();
    expect(await saved.getByRole('listitem').count()).toBe(before + 1);
    expect(problems, problems.join('\n')).toEqual([]);
  }, 120_000);

  it('reopens the downloaded letter with the questions it asks and their status, and says what it lacks', async () => {
    const { page, problems } = requireSession();
    await openFileInput(page, EN).setInputFiles(required(english.letter, 'letter').path);
    await stepsNavigation(page, EN).waitFor();
    expect(await page.getByText(t(EN, 'open.fromLetter'), { exact: true }).isVisible(), 'the notice of what the copy lacks').toBe(true);
    await goToReview(page, EN);

    // Whether the scores were tested for bias: management did not know, and the letter asks again.
    const asked = entry(REFUSED.systemId, 'bias-testing');
    expect(asked.status).toBe('unknown');
    await changeFromReview(page, asked.systemName, asked.questionId);
    expect(await statusRadio(page, EN, 'unknown').isChecked()).toBe(true);
    expect(await wordsBox(page, EN).inputValue(), 'management’s words are not in the letter').toBe('');
    expect(await noteBox(page, EN).inputValue(), 'no union note travels in a document for management').toBe('');
    expect(problems, problems.join('\n')).toEqual([]);
  }, 120_000);
});

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TFunction } from 'i18next';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { euFlow, zaFlow } from '../support/flows.ts';

const FLOWS = [euFlow, zaFlow];
import type { FlowDefinition } from '../../src/engine/flow-types.ts';
import { LANGUAGES, type Language, type NegotiationRecord } from '../../src/engine/negotiation.ts';
import { buildDocx } from '../../src/export/build-docx.ts';
import { composeDocument } from '../../src/export/compose-document.ts';
import { DOCUMENT_KINDS, type DocumentKind, type LetterModel } from '../../src/export/document-model.ts';
import { selectClauses } from '../../src/export/select-clauses.ts';
import { flowNamespace } from '../../src/i18n/namespaces.ts';
import { parseNegotiationFile } from '../../src/record/negotiation-file.ts';
import { readDocx, runText } from '../support/docx-reading.ts';
import { readLocale } from '../support/locales.ts';
import { fixedT } from '../support/node-i18n.ts';
import { convertDocxFilesToPdf, normaliseText, pdfText } from '../support/office-convert.ts';
import { answeredRecord, FIXED_NOW } from '../support/records.ts';
import { generalProvisions } from '../../src/export/agreement.ts';

/**
 * Every document the wizard makes, from each flow's example negotiation, in each language: read
 * back by mammoth (an independent .docx reader) and opened by LibreOffice and printed to PDF,
 * all twelve in one LibreOffice run. Checks that the headings, the clause numbers and the
 * negotiation's facts survive, and that no internal note reaches a document for management.
 */

const ROOT = join(import.meta.dirname, '../..');

interface DocumentTexts {
  readonly document: {
    kinds: Record<DocumentKind, { title: string }>;
    contents: string;
    definitions: { heading: string };
    clauses: { heading: string };
    schedules: { heading: string; title: string };
    letter: { deadline: string };
  };
  readonly clauses: Record<string, { heading: string; body: string }>;
  readonly flow: { questions: Record<string, { ask: string }> };
}

function texts(language: Language, flow: FlowDefinition): DocumentTexts {
  return {
    document: readLocale(language, 'document') as unknown as DocumentTexts['document'],
    clauses: readLocale(language, 'clauses') as DocumentTexts['clauses'],
    flow: readLocale(language, flowNamespace(flow.id)) as unknown as DocumentTexts['flow'],
  };
}

function exampleRecord(flow: FlowDefinition): NegotiationRecord {
  const reading = parseNegotiationFile(readFileSync(join(ROOT, 'examples', `${flow.id}.json`), 'utf8'));
  if (!reading.ok) throw new Error(`examples/${flow.id}.json does not read: ${JSON.stringify(reading.problem)}`);
  return reading.file.negotiations[0];
}

/** Every internal note of the record (the examples' are whole sentences, which no clause says by chance). */
function internalNotes(record: NegotiationRecord): readonly string[] {
  return Object.values(record.answers)
    .flatMap((byQuestion) => Object.values(byQuestion).map((answer) => answer.note.trim()))
    .filter((note) => note !== '');
}

interface Case {
  readonly label: string;
  readonly flow: FlowDefinition;
  readonly record: NegotiationRecord;
  readonly kind: DocumentKind;
  readonly language: Language;
  readonly docxPath: string;
  bytes?: Uint8Array;
  pdf?: string;
}

const CASES: Case[] = [];
let work = '';

/** Ten systems, every one answered along its whole path: the agreement at its largest. */
const TEN_SYSTEMS = 10;
const LARGE_KINDS = ['proposal', 'brief'] as const;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'e2e-office-documents-'));
  const translations = new Map<Language, TFunction>();
  for (const language of LANGUAGES) translations.set(language, await fixedT(language));
  for (const flow of FLOWS) {
    const record = exampleRecord(flow);
    for (const language of LANGUAGES) {
      for (const kind of DOCUMENT_KINDS) {
        const t = translations.get(language);
        if (!t) throw new Error(`no translations for ${language}`);
        const entry: Case = { label: 'example', flow, record, kind, language, docxPath: join(work, `${flow.id}-${kind}-${language}.docx`) };
        entry.bytes = await buildDocx(flow, record, { kind, language, generatedAt: FIXED_NOW }, t);
        await writeFile(entry.docxPath, entry.bytes);
        CASES.push(entry);
      }
    }
    const large = answeredRecord(flow, TEN_SYSTEMS);
    const t = translations.get('en');
    if (!t) throw new Error('no English translations');
    for (const kind of LARGE_KINDS) {
      const entry: Case = { label: 'ten', flow, record: large, kind, language: 'en', docxPath: join(work, `${flow.id}-${kind}-ten.docx`) };
      entry.bytes = await buildDocx(flow, large, { kind, language: 'en', generatedAt: FIXED_NOW }, t);
      await writeFile(entry.docxPath, entry.bytes);
      CASES.push(entry);
    }
  }
  const pdfs = await convertDocxFilesToPdf(
    CASES.map((entry) => entry.docxPath),
    join(work, 'office'),
  );
  const printed = await Promise.all(pdfs.map((pdf) => pdfText(pdf)));
  CASES.forEach((entry, index) => {
    entry.pdf = normaliseText(printed[index] ?? '');
  });
});

afterAll(() => {
  if (!work) return;
  if (process.env.E2E_KEEP_OUTPUT) console.log(`E2E output kept in ${work}`);
  else rmSync(work, { recursive: true, force: true });
});

function built(flow: FlowDefinition, kind: DocumentKind, language: Language, label = 'example'): Case & { bytes: Uint8Array; pdf: string } {
  const entry = CASES.find((candidate) => candidate.label === label && candidate.flow === flow && candidate.kind === kind && candidate.language === language);
  if (!entry?.bytes || entry.pdf === undefined) throw new Error(`${flow.id}/${kind}/${language} was not built and converted: see the failure of beforeAll`);
  return entry as Case & { bytes: Uint8Array; pdf: string };
}

const n = normaliseText;
const fill = (template: string, values: Readonly<Record<string, string>>) => template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');
const occurrences = (text: string, part: string) => text.split(part).length - 1;

/** XML text as a reader shows it: the five named entities and character references decoded. */
function unescapeXml(text: string): string {
  const named: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return text.replace(/&(?:#(\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));/g, (_, decimal: string | undefined, hex: string | undefined, name: string | undefined) =>
    decimal ? String.fromCodePoint(Number(decimal)) : hex ? String.fromCodePoint(Number.parseInt(hex, 16)) : (named[name ?? ''] ?? ''),
  );
}

for (const flow of FLOWS) {
  describe(`${flow.id} example`, () => {
    for (const language of LANGUAGES) {
      describe(`in ${language}`, () => {
        const wording = texts(language, flow);
        const record = exampleRecord(flow);
        const selection = selectClauses(flow, record);
        const notes = internalNotes(record);

        it.each(['proposal', 'brief'] as const)('%s: mammoth reads the headings of every section and every selected clause; the PDF keeps the title, the clause numbers and the facts', async (kind) => {
          const entry = built(flow, kind, language);
          const { text } = await readDocx(entry.bytes);
          const mammoth = n(text);
          expect(mammoth).toContain(n(wording.document.kinds[kind].title));
          expect(mammoth).toContain(n(wording.document.definitions.heading));
          expect(mammoth).toContain(n(wording.document.clauses.heading));
          const clauseIds = new Set(selection.systems.flatMap(({ clauses }) => clauses.map((clause) => clause.clauseId)));
          expect(clauseIds.size).toBeGreaterThan(0);
          for (const clauseId of clauseIds) {
            const heading = wording.clauses[clauseId]?.heading;
            expect(heading, `clauses:${clauseId}.heading in ${language}`).toBeTruthy();
            expect(mammoth).toContain(n(heading ?? ''));
          }

          expect(entry.pdf).toContain(n(wording.document.kinds[kind].title));
          // The numbers the headings carry, as LibreOffice prints them, are those the schedules cite.
          for (const clause of generalProvisions(flow, selection.systems)) expect(entry.pdf).toContain(n(`${clause.number}. ${wording.clauses[clause.clauseId]?.heading ?? clause.clauseId}`));
          record.systems.forEach((system, index) => expect(entry.pdf).toContain(n(fill(wording.document.schedules.title, { number: String(index + 1), system: system.name }))));
          expect(entry.pdf).toContain(n(record.meta.employer));
          for (const system of record.systems) expect(entry.pdf).toContain(n(system.name));
        });

        it('letter: mammoth reads the requested questions and the deadline; the PDF keeps the title and the facts', async () => {
          const entry = built(flow, 'letter', language);
          const { text, parts } = await readDocx(entry.bytes);
          const mammoth = n(text);
          // The letter's title is its running header only (its body opens with To/From/Subject),
          // and mammoth does not extract headers: the header part is read instead.
          const headers = Object.entries(parts).filter(([name]) => /^word\/header\d*\.xml$/.test(name));
          expect(headers.map(([, xml]) => n(unescapeXml(runText(xml)))).join(' ')).toContain(n(wording.document.kinds.letter.title));
          const deadlineStart = wording.document.letter.deadline.split('{{date}}')[0] ?? '';
          expect(deadlineStart.trim().length).toBeGreaterThan(5);
          expect(mammoth).toContain(n(deadlineStart));
          const letter = composeDocument(flow, record, { kind: 'letter', language, generatedAt: FIXED_NOW }) as LetterModel;
          const questions = letter.systems.flatMap(({ requests }) => requests.map((request) => request.questionId));
          expect(questions.length).toBeGreaterThan(0);
          for (const questionId of questions) {
            const ask = wording.flow.questions[questionId]?.ask;
            expect(ask, `${flowNamespace(flow.id)}:questions.${questionId}.ask in ${language}`).toBeTruthy();
            expect(mammoth).toContain(n(ask ?? ''));
          }

          expect(entry.pdf).toContain(n(wording.document.kinds.letter.title));
          expect(entry.pdf).toContain(n(deadlineStart));
          expect(entry.pdf).toContain(n(record.meta.employer));
          for (const { system } of letter.systems) expect(entry.pdf).toContain(n(system.name));
        });

        it.each(['proposal', 'letter'] as const)('%s: no internal note reaches the text mammoth reads or the PDF', async (kind) => {
          expect(notes.length).toBeGreaterThan(0);
          const entry = built(flow, kind, language);
          const mammoth = n((await readDocx(entry.bytes)).text);
          for (const note of notes) {
            expect(mammoth).not.toContain(n(note));
            expect(entry.pdf).not.toContain(n(note));
          }
        });

        it('brief: the internal notes are there, for the union side (so the check above can find them)', async () => {
          const entry = built(flow, 'brief', language);
          const mammoth = n((await readDocx(entry.bytes)).text);
          for (const note of notes) expect(mammoth).toContain(n(note));
          // The PDF's layout may break a note in a table cell; most still read whole.
          expect(notes.filter((note) => entry.pdf.includes(n(note))).length).toBeGreaterThan(notes.length / 2);
        });
      });
    }
  });
}

for (const flow of FLOWS) {
  describe(`${flow.id} with ${TEN_SYSTEMS} systems, laid out by LibreOffice`, () => {
    const wording = texts('en', flow);
    const record = answeredRecord(flow, TEN_SYSTEMS);
    const general = generalProvisions(flow, selectClauses(flow, record).systems);

    it.each(LARGE_KINDS)('%s: one contents list, each clause heading in it and in the text, each clause’s text once, a schedule per system', (kind) => {
      const { pdf } = built(flow, kind, 'en', 'ten');
      const contents = n(wording.document.contents);
      expect(occurrences(pdf, `${contents} ${n(wording.document.clauses.heading)}`), 'the contents heading, followed by its first entry').toBe(1);
      expect(general.length).toBeGreaterThan(10);
      for (const clause of general) {
        const { heading = '?', body = '?' } = wording.clauses[clause.clauseId] ?? {};
        expect(occurrences(pdf, n(`${clause.number}. ${heading}`)), `heading of ${clause.clauseId}`).toBe(2);
        // The opening words only: a paragraph that runs onto the next page has the running header, the footer and footnotes printed inside it.
        // (Another clause may quote the same opening words: each clause's text is printed once.)
        const opening = n(body).slice(0, 40);
        const sharing = general.filter((other) => n(wording.clauses[other.clauseId]?.body ?? '').includes(opening)).length;
        expect(occurrences(pdf, opening), `text of ${clause.clauseId}`).toBe(sharing);
      }
      expect(occurrences(pdf, n(wording.document.schedules.heading))).toBe(2);
      record.systems.forEach((system, index) => {
        expect(occurrences(pdf, n(fill(wording.document.schedules.title, { number: String(index + 1), system: system.name }))), system.name).toBe(2);
      });
    });
  });
}

import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { ALL_FLOWS, euFlow } from '../support/flows.ts';
import { GAP_STATUSES, INFORMATION_CLAUSE_ID, type AnswerStatus } from '../../src/engine/flow-types.ts';
import { LANGUAGES, type Language, type NegotiationRecord } from '../../src/engine/negotiation.ts';
import { withAnswer, withMeta, withSystemAdded } from '../../src/engine/record-updates.ts';
import { generalProvisions } from '../../src/export/agreement.ts';
import { buildDocx } from '../../src/export/build-docx.ts';
import { composeDocument, type ComposeOptions } from '../../src/export/compose-document.ts';
import type { DocumentKind, LetterModel } from '../../src/export/document-model.ts';
import { BREAK_OPPORTUNITY } from '../../src/export/docx/user-text.ts';
import { exportDocument } from '../../src/export/export-document.ts';
import { selectClauses } from '../../src/export/select-clauses.ts';
import { createI18n } from '../../src/i18n/create-i18n.ts';
import { flowNamespace } from '../../src/i18n/namespaces.ts';
import { paragraphTexts, readDocx, runText, type PackedDocument } from '../support/docx-reading.ts';
import { loadFromDisk, readLocale } from '../support/locales.ts';
import { fixedT } from '../support/node-i18n.ts';
import { answeredRecord, emptyRecord, FIXED_NOW, system, type AnswerPicker } from '../support/records.ts';

/**
 * The proposal and the brief read as one agreement: every clause written once in the general
 * provisions, a schedule per system that cites them by number; the letter asks for every gap
 * and the rest of every partial answer, on the date and with the deadline set; file names and
 * markings say what each document is.
 */


interface Wording {
  readonly clauses: Readonly<Record<string, { heading: string; body: string; facts?: Record<string, string> }>>;
  readonly document: {
    readonly placeholder: string;
    readonly schedules: { title: string; vendor: string; purpose: string; applies: string; outstanding: string; fact: string; reference: string };
    readonly kinds: { brief: { marking: string } };
    readonly letter: { partlyBefore: string; partlyAfter: string };
    readonly labelled: string;
  };
  readonly flow: { questions: Record<string, { ask: string }> };
}

const wording = (language: Language): Wording => ({
  clauses: readLocale(language, 'clauses') as unknown as Wording['clauses'],
  document: readLocale(language, 'document') as unknown as Wording['document'],
  flow: readLocale(language, flowNamespace('eu')) as unknown as Wording['flow'],
});
const EN = wording('en');

/** Every status in turn, with management's words where there is an answer of substance. */
const STATUS_CYCLE: readonly AnswerStatus[] = ['answered', 'partly', 'refused', 'answered', 'unknown', 'follow-up', 'partly'];
const everyStatus: AnswerPicker = (question, index) => {
  const status = STATUS_CYCLE[index % STATUS_CYCLE.length] ?? 'answered';
  const substantive = status === 'answered' || status === 'partly';
  return { status, words: substantive ? `Said on ${question.id} (${index}).` : '', note: `NOTE ${question.id}`, ...(substantive && question.options ? { choice: question.options[0] } : {}) };
};

const translations = new Map<Language, TFunction>();
beforeAll(async () => {
  for (const language of LANGUAGES) translations.set(language, await fixedT(language));
});

async function made(record: NegotiationRecord, kind: DocumentKind, extra: Partial<ComposeOptions> = {}): Promise<PackedDocument> {
  const language = record.documentLanguage;
  const t = translations.get(language);
  if (!t) throw new Error(`no translations for ${language}`);
  return readDocx(await buildDocx(euFlow!, record, { kind, language, generatedAt: FIXED_NOW, ...extra }, t));
}

const count = (text: string, part: string) => text.split(part).length - 1;
const fill = (template: string, values: Readonly<Record<string, string>>) => template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');
const withoutBreaks = (text: string) => text.replaceAll(BREAK_OPPORTUNITY, '');
/** French puts a no-break space before a colon; the tests compare with plain spaces. */
const plainSpaces = (text: string) => text.replace(/[\u00A0\u202F]/g, ' ');

/** The body's paragraphs as Word shows them (typed line breaks kept), empty ones dropped. */
const lines = (document: PackedDocument) => paragraphTexts(document.parts['word/document.xml'] ?? '').map(plainSpaces).filter((line) => line.trim() !== '');

/** The lines of one system's schedule: from its heading to the next schedule or part. */
function scheduleLines(document: PackedDocument, title: string, next: string | undefined): string[] {
  const all = lines(document);
  // The first occurrence of a heading is its line in the contents; the last is the heading.
  const start = all.lastIndexOf(title);
  expect(start, `the schedule "${title}"`).toBeGreaterThan(all.indexOf(title));
  const end = next ? all.lastIndexOf(next) : all.findIndex((line, index) => index > start && /^(Legal references|Signatures|Record of management's answers)$/.test(line));
  return all.slice(start + 1, end > start ? end : undefined);
}

describe.each([1, 3, 10])('with %i systems', (systems) => {
  const record = answeredRecord(euFlow, systems, everyStatus);
  const selection = selectClauses(euFlow, record).systems;
  const general = generalProvisions(euFlow, selection);

  it('the record exercises facts, partial answers and several clauses', () => {
    expect(general.length).toBeGreaterThan(5);
    expect(selection.every((section) => section.clauses.some((clause) => clause.clauseId === INFORMATION_CLAUSE_ID))).toBe(true);
  });

  describe.each(['proposal', 'brief'] as const)('the %s', (kind) => {
    let document: PackedDocument;
    beforeAll(async () => {
      document = await made(record, kind);
    });

    it('writes each proposed clause once: its text once, its numbered heading in the contents and in the text only', () => {
      const text = withoutBreaks(document.text);
      for (const clause of general) {
        const { heading, body } = EN.clauses[clause.clauseId] ?? { heading: '?', body: '?' };
        expect(count(text, body), `body of ${clause.clauseId}`).toBe(1);
        expect(count(text, `\n${clause.number}. ${heading}\n`), `heading of ${clause.clauseId}`).toBe(2);
      }
      const paragraphs = lines(document);
      for (const clause of general) expect(paragraphs.filter((line) => line.includes(EN.clauses[clause.clauseId]?.body ?? '?'))).toEqual([EN.clauses[clause.clauseId]?.body]);
    });

    it('gives each system a schedule citing, by number and heading, exactly the clauses proposed for it, and its outstanding questions', () => {
      const text = withoutBreaks(document.text);
      const titles = record.systems.map((entry, index) => fill(EN.document.schedules.title, { number: String(index + 1), system: entry.name }));
      selection.forEach((section, index) => {
        const schedule = scheduleLines(document, titles[index] ?? '?', titles[index + 1]);
        const appliesLabel = fill(EN.document.labelled, { label: EN.document.schedules.applies });
        const applies = schedule.find((line) => line.startsWith(appliesLabel));
        expect(applies, `clauses that apply to schedule ${index + 1}`).toBeDefined();
        const cited = (applies ?? '').slice(appliesLabel.length).split('; ').map((reference) => {
          const [, number, heading] = /^(\d+) \((.+)\)$/.exec(reference) ?? [];
          return { number: Number(number), heading };
        });
        const expected = section.clauses.map((clause) => general.find((candidate) => candidate.clauseId === clause.clauseId));
        expect(cited).toEqual(expected.map((clause) => ({ number: clause?.number, heading: EN.clauses[clause?.clauseId ?? '']?.heading })).sort((a, b) => (a.number ?? 0) - (b.number ?? 0)));
        // Each citation points at a heading the general provisions carry.
        for (const { number, heading } of cited) expect(text).toContain(`\n${number}. ${heading}\n`);

        const information = section.clauses.find((clause) => clause.clauseId === INFORMATION_CLAUSE_ID);
        const number = general.find((clause) => clause.clauseId === INFORMATION_CLAUSE_ID)?.number;
        const heading = fill(EN.document.schedules.outstanding, { number: String(number) });
        const items = schedule.slice(schedule.indexOf(heading) + 1, schedule.indexOf(heading) + 1 + (information?.items.length ?? 0));
        expect(schedule).toContain(heading);
        expect(items).toEqual(information?.items.map((questionId) => EN.flow.questions[questionId]?.ask));
      });
    });

    it('lists among the outstanding questions every one answered only in part, as well as every gap', () => {
      selection.forEach((section) => {
        const outstanding = section.answers.filter((answer) => answer.status === 'partly' || (answer.status && GAP_STATUSES.includes(answer.status))).map((answer) => answer.questionId);
        expect(section.answers.some((answer) => answer.status === 'partly')).toBe(true);
        expect(section.clauses.find((clause) => clause.clauseId === INFORMATION_CLAUSE_ID)?.items).toEqual(outstanding);
      });
    });
  });
});

describe('a schedule', () => {
  const base = withSystemAdded(emptyRecord(euFlow), { ...system('s1', 'monitoring', 'CamWatch'), vendor: '', purpose: 'Watches the yard\nand the gates' });

  it('shows a highlighted placeholder where a fact the clauses rely on, or the supplier, is missing, and keeps typed lines', async () => {
    const record = withAnswer(base, 's1', 'retention-period', { status: 'refused', words: 'Commercially sensitive', note: '' });
    const document = await made(record, 'proposal');
    const retention = generalProvisions(euFlow, selectClauses(euFlow, record).systems).find((clause) => clause.clauseId === 'retention-deletion');
    expect(retention).toBeDefined();
    const fact = fill(EN.document.schedules.fact, { fact: EN.clauses['retention-deletion']?.facts?.retention ?? '?', number: String(retention?.number) });
    const all = lines(document);
    expect(all).toContain(`${fill(EN.document.labelled, { label: fact })}${EN.document.placeholder}`);
    expect(all).toContain(`${fill(EN.document.labelled, { label: EN.document.schedules.vendor })}${EN.document.placeholder}`);
    expect(document.text).not.toContain('Commercially sensitive');
    expect(document.parts['word/document.xml']).toMatch(/<w:highlight w:val="yellow"\/>(?:<[^>]+>)*<w:t[^>]*>\[to be confirmed by management\]/);
    expect(all).toContain(`${fill(EN.document.labelled, { label: EN.document.schedules.purpose })}Watches the yard\nand the gates`);
  });

  it('quotes the fact management gave instead', async () => {
    const record = withAnswer(base, 's1', 'retention-period', { status: 'answered', choice: 'indefinite', words: 'Ninety days', note: '' });
    const document = await made(record, 'proposal');
    expect(lines(document).find((line) => line.endsWith('Ninety days'))).toMatch(/\(clause \d+\): Ninety days$/);
  });
});

describe('the general provisions', () => {
  it('merge each clause’s legal bases across systems, naming the schedules where they differ', () => {
    const clause = (provisions: readonly string[]) => ({ clauseId: 'human-review', provisions, facts: {}, items: [] });
    const periodic = { clauseId: 'periodic-review', provisions: ['ai-act-art-26-5'], facts: {}, items: [] };
    const general = generalProvisions(euFlow, [{ clauses: [clause(['gdpr-art-22-3']), periodic] }, { clauses: [periodic] }, { clauses: [clause([]), periodic] }]);
    expect(general.map((entry) => [entry.clauseId, entry.number])).toEqual([
      ['human-review', 3],
      ['periodic-review', 4],
    ]);
    expect(general[0]?.bases).toEqual([
      { provisions: ['gdpr-art-22-3'], schedules: [1] },
      { provisions: [], schedules: [3] },
    ]);
    expect(general[1]?.bases).toEqual([{ provisions: ['ai-act-art-26-5'], schedules: [1, 2, 3] }]);
  });

  it('footnote the bases of a clause once, by schedule where they differ', async () => {
    let record = withSystemAdded(withSystemAdded(emptyRecord(euFlow), system('s1', 'hiring', 'HireBot')), system('s2', 'hiring', 'SortBot'));
    record = withAnswer(record, 's1', 'automated-decisions', { status: 'answered', choice: 'solely', words: '', note: '' });
    record = withAnswer(record, 's2', 'automated-decisions', { status: 'answered', choice: 'partly', words: '', note: '' });
    record = withAnswer(record, 's2', 'human-review', { status: 'answered', choice: 'no', words: '', note: '' });
    const human = generalProvisions(euFlow, selectClauses(euFlow, record).systems).find((clause) => clause.clauseId === 'human-review');
    expect(human?.bases.length, 'the two systems rest on different provisions').toBeGreaterThan(1);
    const { parts } = await made(record, 'proposal');
    const footnotes = runText(parts['word/footnotes.xml'] ?? '');
    expect(footnotes).toContain('Schedule 1:');
    expect(footnotes).toContain('Schedule 2:');
  });
});

describe('the cover', () => {
  it('keeps the lines typed for the people present', async () => {
    const record = withMeta(answeredRecord(euFlow, 1), { present: 'Union: A. Steward\nManagement: B. Manager\r\nC. Officer' });
    for (const kind of ['proposal', 'brief'] as const) {
      const document = await made(record, kind);
      expect(lines(document)).toContain('Present: Union: A. Steward\nManagement: B. Manager\nC. Officer');
    }
  });
});

describe('the brief', () => {
  it('is marked internal on every page, the cover’s header included; the proposal is not', async () => {
    const record = answeredRecord(euFlow, 1);
    const headers = (document: PackedDocument) => Object.entries(document.parts).filter(([name]) => /^word\/header\d*\.xml$/.test(name)).map(([, xml]) => runText(xml));
    const marking = EN.document.kinds.brief.marking;
    const brief = headers(await made(record, 'brief'));
    expect(brief.length).toBe(2);
    for (const header of brief) expect(header).toContain(marking);
    expect((await made(record, 'brief')).parts['word/document.xml']).toMatch(/<w:headerReference w:type="first"/);
    for (const header of headers(await made(record, 'proposal'))) expect(header).not.toContain(marking);
  });
});

describe('the information request', () => {
  const record = answeredRecord(euFlow, 2, everyStatus);

  it('asks for every gap and for the rest of every partial answer, quoting management’s words, never the note', async () => {
    const letter = composeDocument(euFlow, record, { kind: 'letter', language: 'en', generatedAt: FIXED_NOW }) as LetterModel;
    const document = await made(record, 'letter');
    const text = withoutBreaks(document.text);
    let partly = 0;
    for (const section of selectClauses(euFlow, record).systems) {
      const asked = letter.systems.find((entry) => entry.system.id === section.system.id)?.requests.map((request) => request.questionId);
      const outstanding = section.answers.filter((answer) => answer.status === 'partly' || (answer.status && GAP_STATUSES.includes(answer.status)));
      expect(asked).toEqual(outstanding.map((answer) => answer.questionId));
      for (const answer of outstanding) {
        expect(text).toContain(EN.flow.questions[answer.questionId]?.ask);
        if (answer.status !== 'partly') continue;
        partly += 1;
        expect(text).toContain(`${EN.document.letter.partlyBefore}${answer.words}${EN.document.letter.partlyAfter}`);
      }
    }
    expect(partly).toBeGreaterThan(1);
    expect(text).not.toContain('NOTE ');
  });

  it.each([
    ['en', { date: '2026-12-03', replyDays: 14 }, 'Date: 3 December 2026', 'by 17 December 2026'],
    ['fr', { date: '2026-12-03', replyBy: '2027-01-08' }, 'Date : 3 décembre 2026', 'au plus tard le 8 janvier 2027'],
    ['en', {}, 'Date: 30 November 2026', 'by 30 December 2026'],
  ] as const)('in %s, with %o, shows its date and deadline written in the document’s language', async (language, letter, date, deadline) => {
    const document = await made({ ...record, documentLanguage: language }, 'letter', { letter });
    expect(lines(document)).toContain(date);
    expect(plainSpaces(document.text)).toContain(deadline);
  });
});

describe('file names', () => {
  const record = answeredRecord(euFlow, 1);

  it.each([
    ['en', 'proposal', 'proposal-Acme-Logistics-2026-11-30.docx'],
    ['en', 'brief', 'brief-INTERNAL-Acme-Logistics-2026-11-30.docx'],
    ['en', 'letter', 'information-request-Acme-Logistics-2026-11-30.docx'],
    ['fr', 'proposal', 'projet-accord-Acme-Logistics-2026-11-30.docx'],
    ['fr', 'brief', 'dossier-INTERNE-Acme-Logistics-2026-11-30.docx'],
    ['fr', 'letter', 'demande-informations-Acme-Logistics-2026-11-30.docx'],
  ] as const)('are in the document’s language, whatever the interface’s (%s %s)', async (language, kind, fileName) => {
    // The interface speaks the other language: the document's decides.
    const i18n = await createI18n({ load: loadFromDisk, language: language === 'en' ? 'fr' : 'en', namespaces: ALL_FLOWS.map((flow) => flowNamespace(flow.id)) });
    const exported = await exportDocument(euFlow, record, i18n, { kind, language, generatedAt: FIXED_NOW });
    expect(exported.fileName).toBe(fileName);
    expect(exported.bytes.byteLength).toBeGreaterThan(1000);
  });
});

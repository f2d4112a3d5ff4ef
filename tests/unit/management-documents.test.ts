import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { ALL_FLOWS, euFlow } from '../support/flows.ts';
import { systemPath } from '../../src/engine/checklist.ts';
import { GAP_STATUSES, SYSTEM_CATEGORIES, type AnswerStatus, type FlowDefinition, type QuestionDef } from '../../src/engine/flow-types.ts';
import { LANGUAGES, type Language, type NegotiationRecord } from '../../src/engine/negotiation.ts';
import { withMeta, withSystemAdded } from '../../src/engine/record-updates.ts';
import { buildDocx } from '../../src/export/build-docx.ts';
import { composeBrief, composeLetter, composeProposal } from '../../src/export/compose-document.ts';
import { proposalCopy } from '../../src/export/document-copy.ts';
import type { InformationRequest, ProposalModel } from '../../src/export/document-model.ts';
import { EMBEDDED_RECORD_PATH, readEmbeddedRecord } from '../../src/record/embedded-record.ts';
import { readNegotiationBytes } from '../../src/record/import-file.ts';
import { forManagement, type SharedAnswer } from '../../src/record/management-record.ts';
import { parseNegotiationFile, type NegotiationFile } from '../../src/record/negotiation-file.ts';
import { readDocx, type PackedDocument } from '../support/docx-reading.ts';
import { fixedT } from '../support/node-i18n.ts';
import { answerPath, emptyRecord, FIXED_NOW } from '../support/records.ts';

/**
 * Documents for management hold no note by construction, and only what they show: for every
 * flow, both documents for management and both languages, a negotiation whose every answer
 * carries a unique sentinel note, and whose other union-only text (management's words no
 * clause quotes, who is affected, the people present in the letter) is sentinel text too.
 */

const MANAGEMENT_KINDS = ['proposal', 'letter'] as const;
type ManagementKind = (typeof MANAGEMENT_KINDS)[number];

/** Statuses in turn, so that some facts are quoted, some refused, and the letter has requests. */
const STATUS_CYCLE: readonly AnswerStatus[] = ['answered', 'partly', 'refused', 'answered', 'unknown', 'follow-up', 'answered'];

const sentinel = (what: string, ...ids: string[]) => `${what}-SENTINEL-${ids.join('-')}-END`;

/** One system of every category, each answered along its whole path with sentinel words and notes. */
function sentinelRecord(flow: FlowDefinition): NegotiationRecord {
  let record = withMeta(emptyRecord(flow), { round: sentinel('ROUND'), present: sentinel('PRESENT') });
  SYSTEM_CATEGORIES.forEach((category, systemIndex) => {
    const id = `s${systemIndex + 1}`;
    record = withSystemAdded(record, {
      id,
      name: `System ${id} (${category})`,
      vendor: sentinel('VENDOR', id),
      category,
      purpose: sentinel('PURPOSE', id),
      affected: sentinel('AFFECTED', id),
    });
    record = answerPath(flow, record, id, (question: QuestionDef, index) => ({
      status: STATUS_CYCLE[(systemIndex + index) % STATUS_CYCLE.length] ?? 'answered',
      ...(question.options ? { choice: question.options[0] } : {}),
      words: sentinel('WORDS', id, question.id),
      note: sentinel('NOTE', id, question.id),
    }));
  });
  return record;
}

function notesOf(record: NegotiationRecord): readonly string[] {
  return Object.values(record.answers).flatMap((byQuestion) => Object.values(byQuestion).map((answer) => answer.note));
}

/** Every part of the package, as one text: the body, footnotes, headers, properties and the embedded record. */
const allParts = (document: PackedDocument) => Object.values(document.parts).join('\n');

function embedded(document: PackedDocument): NegotiationFile {
  const reading = readEmbeddedRecord(document.parts[EMBEDDED_RECORD_PATH]);
  if (!reading.ok) throw new Error(`no embedded record: ${JSON.stringify(reading.problem)}`);
  return reading.file;
}

/** The free text a record holds (parties, systems, management's words), leaving out ids, dates and codes. */
function freeText(record: NegotiationRecord): readonly string[] {
  const { union, employer, workplace, round, present } = record.meta;
  const systems = record.systems.flatMap((system) => [system.name, system.vendor, system.purpose, system.affected]);
  const words = Object.values(record.answers).flatMap((byQuestion) => Object.values(byQuestion).map((answer) => answer.words));
  return [union, employer, workplace, round, present, ...systems, ...words, ...notesOf(record)].filter((text) => text.trim() !== '');
}

/** A question the letter asks: its status, and management's words when it quotes a partial answer back. */
interface Asked {
  readonly status: AnswerStatus;
  readonly words: string;
}

/** The questions each system's letter asks: every gap and every partial answer on its path. */
function askedOf(flow: FlowDefinition, record: NegotiationRecord): Readonly<Record<string, Readonly<Record<string, Asked>>>> {
  const bySystem = record.systems.map((system) => {
    const path = systemPath(flow, record, system);
    const gaps = path.questions.flatMap((question): (readonly [string, Asked])[] => {
      const answer = path.answers[question.id];
      const status = answer?.status;
      if (status === 'partly') return [[question.id, { status, words: answer?.words ?? '' }] as const];
      return status && GAP_STATUSES.includes(status) ? [[question.id, { status, words: '' }] as const] : [];
    });
    return [system.id, Object.fromEntries(gaps)] as const;
  });
  return Object.fromEntries(bySystem.filter(([, gaps]) => Object.keys(gaps).length > 0));
}

const translations = new Map<Language, TFunction>();
beforeAll(async () => {
  for (const language of LANGUAGES) translations.set(language, await fixedT(language));
});

function translationFor(language: Language): TFunction {
  const t = translations.get(language);
  if (!t) throw new Error(`no translations for ${language}`);
  return t;
}

async function made(flow: FlowDefinition, record: NegotiationRecord, kind: ManagementKind | 'brief', language: Language): Promise<PackedDocument> {
  return readDocx(await buildDocx(flow, record, { kind, language, generatedAt: FIXED_NOW }, translationFor(language)));
}

for (const flow of ALL_FLOWS.filter((candidate) => candidate.layers.length === 1)) {
  describe(`the ${flow.id} flow`, () => {
    const record = sentinelRecord(flow);
    const notes = notesOf(record);
    const factQuestions = new Set(flow.clauseRules.flatMap((rule) => Object.values(rule.facts ?? {})));
    const unquotable = Object.values(record.answers).flatMap((byQuestion) =>
      Object.entries(byQuestion).filter(([questionId]) => !factQuestions.has(questionId)).map(([, answer]) => answer.words),
    );
    const affected = record.systems.map((system) => system.affected);
    // The letter quotes back management's words on a question answered in part, and no others.
    const quotedBack = Object.values(askedOf(flow, record)).flatMap((byQuestion) => Object.values(byQuestion).map((asked) => asked.words)).filter((words) => words !== '');

    it('has a sentinel note on every answer of every system path, and words no clause can quote', () => {
      expect(record.systems.map((system) => system.category)).toEqual([...SYSTEM_CATEGORIES]);
      for (const system of record.systems) {
        const path = systemPath(flow, record, system);
        expect(path.questions.map((question) => path.answers[question.id]?.note)).toEqual(path.questions.map((question) => sentinel('NOTE', system.id, question.id)));
      }
      expect(new Set(notes).size).toBe(notes.length);
      expect(unquotable.length).toBeGreaterThan(10);
    });

    for (const language of LANGUAGES) {
      describe(`in ${language}`, () => {
        it.each(MANAGEMENT_KINDS)('the %s holds no note and no union-only text in any part of its package', async (kind) => {
          const document = await made(flow, record, kind, language);
          const parts = allParts(document);
          expect(Object.keys(document.parts)).toEqual(expect.arrayContaining([EMBEDDED_RECORD_PATH, 'docProps/core.xml', 'word/document.xml']));
          expect(notes.filter((note) => parts.includes(note)), 'notes').toEqual([]);
          const shown = kind === 'letter' ? quotedBack : [];
          expect(unquotable.filter((words) => parts.includes(words) && !shown.includes(words)), 'management’s words no clause or request quotes').toEqual([]);
          expect(affected.filter((text) => parts.includes(text)), 'who is affected').toEqual([]);
          if (kind === 'letter') {
            // The letter names the parties and the systems, asks its questions and quotes partial answers back: nothing more.
            expect(quotedBack.length, 'partial answers quoted back').toBeGreaterThan(0);
            expect(quotedBack.filter((words) => !document.text.includes(words)), 'partial answers the letter does not quote').toEqual([]);
            expect(freeText(record).filter((text) => parts.includes(text) && text.includes('-SENTINEL-') && !quotedBack.includes(text)), 'union-only text in the letter').toEqual([]);
          }
        });

        it.each(MANAGEMENT_KINDS)('the %s carries inside only text it shows', async (kind) => {
          const document = await made(flow, record, kind, language);
          const copy = embedded(document);
          expect(copy.contents).toBe(kind);
          expect(copy.includesNotes).toBe(false);
          const held = freeText(copy.negotiations[0]);
          expect(held).toContain(record.meta.employer);
          expect(held.filter((text) => !document.text.includes(text)), 'held inside but not shown').toEqual([]);
        });

        it('the proposal quotes some of management’s words, and carries exactly those', async () => {
          const document = await made(flow, record, 'proposal', language);
          const quoted = Object.values(embedded(document).negotiations[0].answers).flatMap((byQuestion) => Object.values(byQuestion));
          expect(quoted.length, 'facts quoted in the clauses').toBeGreaterThan(0);
          for (const answer of quoted) {
            expect(answer.words).toMatch(/^WORDS-SENTINEL-/);
            expect(document.text).toContain(answer.words);
            expect(answer).toEqual({ words: answer.words, note: '' });
          }
        });

        it('the brief, by contrast, shows every note and carries the whole record', async () => {
          const document = await made(flow, record, 'brief', language);
          expect(notes.filter((note) => !document.text.includes(note)), 'notes missing from the brief').toEqual([]);
          const copy = embedded(document);
          expect(copy.contents).toBe('full');
          expect(copy.negotiations[0]).toEqual(record);
        });
      });
    }

    describe('reopened', () => {
      const reopen = async (kind: ManagementKind | 'brief') => {
        const reading = await readNegotiationBytes(await buildDocx(flow, record, { kind, language: 'fr', generatedAt: FIXED_NOW }, translationFor('fr')));
        if (!reading.ok) throw new Error(JSON.stringify(reading.problem));
        return reading.file;
      };
      const identity = { schemaVersion: record.schemaVersion, id: record.id, flowId: record.flowId, flowVersion: record.flowVersion, createdAt: FIXED_NOW, updatedAt: FIXED_NOW, documentLanguage: 'fr' };

      it('the brief gives back the whole record, notes included', async () => {
        const file = await reopen('brief');
        expect(file.contents).toBe('full');
        expect(file.negotiations).toEqual([record]);
      });

      it('the proposal gives back its cover, the systems it names and the words it quotes, and nothing more', async () => {
        const { contents, negotiations: [copy] } = await reopen('proposal');
        expect(contents).toBe('proposal');
        expect(copy).toMatchObject(identity);
        expect(copy.meta).toEqual(record.meta);
        expect(copy.systems.map(({ id, name, category, affected: none }) => ({ id, name, category, none }))).toEqual(record.systems.map(({ id, name, category }) => ({ id, name, category, none: '' })));
        for (const system of copy.systems) {
          expect([sentinel('VENDOR', system.id), '']).toContain(system.vendor);
          expect([sentinel('PURPOSE', system.id), '']).toContain(system.purpose);
        }
        const answers = Object.entries(copy.answers).flatMap(([systemId, byQuestion]) => Object.entries(byQuestion).map(([questionId, answer]) => ({ systemId, questionId, answer })));
        for (const { systemId, questionId, answer } of answers) {
          expect(factQuestions.has(questionId), `${questionId} is a fact question`).toBe(true);
          expect(answer).toEqual({ words: sentinel('WORDS', systemId, questionId), note: '' });
        }
      });

      it('the letter gives back the parties, the systems it asks about and each question it asks with its status (and the partial answers it quotes), and nothing more', async () => {
        const { contents, negotiations: [copy] } = await reopen('letter');
        expect(contents).toBe('letter');
        const gaps = askedOf(flow, record);
        expect(Object.keys(gaps).length).toBeGreaterThan(1);
        expect(copy).toEqual({
          ...identity,
          meta: { title: '', union: record.meta.union, employer: record.meta.employer, workplace: record.meta.workplace, date: '', round: '', present: '' },
          systems: record.systems
            .filter((system) => system.id in gaps)
            .map(({ id, name, category }) => ({ id, name, category, vendor: '', purpose: '', affected: '' })),
          answers: Object.fromEntries(
            Object.entries(gaps).map(([systemId, byQuestion]) => [systemId, Object.fromEntries(Object.entries(byQuestion).map(([questionId, { status, words }]) => [questionId, { status, words, note: '' }]))]),
          ),
          rounds: [],
        });
      });
    });
  });
}

describe('notes that repeat what a document for management shows', () => {
  const reading = parseNegotiationFile(readFileSync(join(import.meta.dirname, '../../examples/eu.json'), 'utf8'));
  if (!reading.ok) throw new Error('examples/eu.json does not read');
  const example = reading.file.negotiations[0];
  const flow = euFlow;
  const [first] = example.systems;
  if (!first) throw new Error('the example has no system');
  const quoted = example.answers[first.id]?.['storage-location']?.words ?? '';
  // The vendor's name, the system's name, management's own words and the employer's name.
  const shown = ['Kestrel Warehouse Systems B.V.', first.name, quoted, example.meta.employer];
  const repeating: NegotiationRecord = {
    ...example,
    answers: Object.fromEntries(
      Object.entries(example.answers).map(([systemId, byQuestion]) => [
        systemId,
        Object.fromEntries(Object.entries(byQuestion).map(([questionId, answer], index) => [questionId, { ...answer, note: shown[index % shown.length] ?? '' }])),
      ]),
    ),
  };

  it('are what the example shows', () => {
    expect(first.vendor).toBe(shown[0]);
    expect(quoted.length).toBeGreaterThan(10);
  });

  it.each(MANAGEMENT_KINDS)('do not stop the %s, which shows that text as it always does', async (kind) => {
    const document = await made(flow, repeating, kind, 'en');
    expect(document.text).toContain(first.name);
    expect(document.text).toContain(example.meta.employer);
    if (kind === 'proposal') {
      expect(document.text).toContain(shown[0]);
      expect(document.text).toContain(quoted);
    }
    expect(notesOf(embedded(document).negotiations[0]).filter((note) => note !== '')).toEqual([]);
  });
});

describe('the proposal’s copy', () => {
  const flow = euFlow;
  const base = sentinelRecord(flow);
  const [first] = base.systems;
  if (!first) throw new Error('no system');
  const record = { ...base, systems: [first] };
  const shared = forManagement(record);
  const model = (clauses: ProposalModel['systems'][number]['clauses']): ProposalModel => ({ ...composeProposal(flow, shared, { language: 'en', generatedAt: FIXED_NOW }), systems: [{ system: first, clauses }] });
  const clause = (clauseId: string, facts: Readonly<Record<string, string | null>> = {}) => ({ clauseId, provisions: [], facts, items: [] });

  it('carries each system’s name, vendor and purpose, which its schedule states, and nothing else of it', () => {
    expect(proposalCopy(flow, shared, model([clause('periodic-review')])).systems[0]).toEqual({ id: first.id, name: first.name, category: first.category, vendor: first.vendor, purpose: first.purpose, affected: '' });
  });

  it('carries a fact when the schedule quotes it, with the words as shown, and none when it is missing', () => {
    const rule = flow.clauseRules.find((candidate) => Object.keys(candidate.facts ?? {}).length > 0);
    const [name, questionId] = Object.entries(rule?.facts ?? {})[0] ?? [];
    if (!rule || !name || !questionId) throw new Error('the eu flow quotes no fact');
    const words = sentinel('WORDS', first.id, questionId);
    expect(proposalCopy(flow, shared, model([clause(rule.clause, { [name]: words })])).answers).toEqual({ [first.id]: { [questionId]: { words } } });
    expect(proposalCopy(flow, shared, model([clause(rule.clause, { [name]: null })])).answers).toEqual({});
    // Words that no rule of the clause draws from that question are not the schedule's fact.
    expect(proposalCopy(flow, shared, model([clause('periodic-review', { [name]: words })])).answers).toEqual({});
  });
});

describe('the types', () => {
  it('keep notes out of documents for management (checked by `tsc --noEmit`)', () => {
    const flow = euFlow;
    const record = emptyRecord(flow);
    const options = { language: 'en', generatedAt: FIXED_NOW } as const;
    const brief = composeBrief(flow, record, options);
    // Each line below must stay a type error: if one compiles, `tsc` reports the unused directive.
    const typeErrors = () => {
      // @ts-expect-error a stored record has notes: the proposal takes only the record for management.
      composeProposal(flow, record, options);
      // @ts-expect-error likewise for the letter.
      composeLetter(flow, record, options);
      // @ts-expect-error a shared answer has no note.
      const answer: SharedAnswer = { words: '', note: 'private' };
      // @ts-expect-error a brief's sections, whose answers carry notes, are not a proposal's.
      const proposal: ProposalModel = { ...brief, kind: 'proposal' };
      // @ts-expect-error a request put to management has no note.
      const request: InformationRequest = { questionId: 'q', status: 'refused', provisions: [], note: 'private' };
      return [answer, proposal, request];
    };
    expect(typeof typeErrors).toBe('function');
    expect(composeProposal(flow, forManagement(record), options).kind).toBe('proposal');
  });
});

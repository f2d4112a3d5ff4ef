import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFlow } from '../../flows/index.ts';
import { ANSWER_MIGRATIONS, CHECKLIST_VERSION } from '../../flows/migrations.ts';
import type { AnswerStatus } from '../../src/engine/flow-types.ts';
import { migrateAnswers } from '../../src/engine/migrate-answers.ts';
import { createRecord, type Answer, type NegotiationRecord } from '../../src/engine/negotiation.ts';
import { readNegotiationBytes } from '../../src/record/import-file.ts';
import { parseNegotiationFile } from '../../src/record/negotiation-file.ts';
import { readRecord } from '../../src/record/record-schema.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/v1');

/** The version 1 checklists as they shipped: each question's id and options. */
const V1 = JSON.parse(readFileSync(join(FIXTURES, 'checklists.json'), 'utf8')) as Record<'eu' | 'za', { id: string; options: string[] }[]>;

function v1Record(flowId: 'eu' | 'za', answers: Record<string, Answer>): NegotiationRecord {
  const record = createRecord({ id: 'r', flowId, flowVersion: 1, now: '2026-11-30T00:00:00.000Z', documentLanguage: 'en' });
  return { ...record, systems: [{ id: 's', name: 'S', vendor: '', category: 'monitoring', purpose: '', affected: '' }], answers: { s: answers } };
}

/** Every version 1 question answered with every one of its options, one record per option index. */
function everyV1Answer(flowId: 'eu' | 'za', optionIndex: number): Record<string, Answer> {
  return Object.fromEntries(
    V1[flowId].map(({ id, options }) => {
      const choice = options[optionIndex % Math.max(options.length, 1)];
      return [id, { status: 'answered' as AnswerStatus, ...(choice ? { choice } : {}), words: `words for ${id}`, note: `note on ${id}` }];
    }),
  );
}

describe.each(['eu', 'za'] as const)('answers saved under the version 1 %s checklist', (flowId) => {
  it.each([0, 1, 2])('all land on questions of today’s checklist, every word and note kept, with option set %i', async (optionIndex) => {
    const flow = await loadFlow(flowId);
    if (!flow) throw new Error(`no checklist ${flowId}`);
    const before = everyV1Answer(flowId, optionIndex);
    const after = migrateAnswers(v1Record(flowId, before), ANSWER_MIGRATIONS, CHECKLIST_VERSION);
    expect(after.flowVersion).toBe(CHECKLIST_VERSION);
    const migrated = after.answers.s ?? {};
    const questions = new Map(flow.questions.map((question) => [question.id, question]));
    for (const [id, answer] of Object.entries(migrated)) {
      const question = questions.get(id);
      expect(question, `${id} is a question of today's ${flowId} checklist`).toBeDefined();
      if (answer.choice !== undefined) expect(question?.options, `${id}: ${answer.choice}`).toContain(answer.choice);
    }
    const words = (answers: Record<string, Answer>) => Object.values(answers).map((answer) => answer.words).filter(Boolean).sort();
    const notes = (answers: Record<string, Answer>) => Object.values(answers).map((answer) => answer.note).filter(Boolean).sort();
    expect(words(migrated)).toEqual(words(before));
    expect(notes(migrated)).toEqual(notes(before));
  });

  it('comes back unchanged once migrated', () => {
    const once = migrateAnswers(v1Record(flowId, everyV1Answer(flowId, 0)), ANSWER_MIGRATIONS, CHECKLIST_VERSION);
    expect(migrateAnswers(once, ANSWER_MIGRATIONS, CHECKLIST_VERSION)).toBe(once);
  });
});

describe('the questions version 1 asked two things in', () => {
  it('splits the EU vendor question into "is there a vendor" and "is there a contract"', () => {
    const migrate = (choice: string) => migrateAnswers(v1Record('eu', { 'vendor-processor': { status: 'answered', choice, words: 'Acme', note: 'n' } }), ANSWER_MIGRATIONS, 2).answers.s;
    expect(migrate('no')).toEqual({
      'vendor-involved': { status: 'answered', choice: 'yes', words: 'Acme', note: 'n' },
      'vendor-contract': { status: 'answered', choice: 'no', words: '', note: '' },
    });
    expect(migrate('no-vendor')).toEqual({ 'vendor-involved': { status: 'answered', choice: 'no', words: 'Acme', note: 'n' } });
  });

  it('keeps a refused vendor answer as refused, with nothing invented for the contract', () => {
    const migrated = migrateAnswers(v1Record('eu', { 'vendor-processor': { status: 'refused', words: '', note: 'ask again' } }), ANSWER_MIGRATIONS, 2).answers.s;
    expect(migrated).toEqual({ 'vendor-involved': { status: 'refused', words: '', note: 'ask again' } });
  });

  it('reads "stored outside South Africa" as a cross-border transfer, keeping where it is stored', () => {
    const migrated = migrateAnswers(
      v1Record('za', { 'storage-location': { status: 'partly', choice: 'both', words: 'AWS Cape Town and Dublin', note: '' } }),
      ANSWER_MIGRATIONS,
      2,
    ).answers.s;
    expect(migrated).toEqual({
      'storage-location': { status: 'partly', words: 'AWS Cape Town and Dublin', note: '' },
      'cross-border-transfers': { status: 'partly', choice: 'yes', words: '', note: '' },
    });
  });

  it('renames South African options to the core’s', () => {
    const migrated = migrateAnswers(
      v1Record('za', {
        'collection-notice': { status: 'answered', choice: 'incomplete', words: '', note: '' },
        'legal-basis': { status: 'answered', choice: 'public-law-duty', words: '', note: '' },
        'human-review': { status: 'answered', choice: 'every-decision', words: '', note: '' },
      }),
      ANSWER_MIGRATIONS,
      2,
    ).answers.s;
    expect(migrated?.['worker-notice']?.choice).toBe('partly');
    expect(migrated?.['legal-basis']?.choice).toBe('public-task');
    expect(migrated?.['human-review']?.choice).toBe('always');
  });
});

describe('files and records of version 1', () => {
  it.each(['eu', 'za'] as const)('the %s example negotiation file opens with every answer kept', async (flowId) => {
    const text = readFileSync(join(FIXTURES, `${flowId}-negotiation.json`), 'utf8');
    const original = (JSON.parse(text) as { record: NegotiationRecord }).record;
    const reading = parseNegotiationFile(text);
    if (!reading.ok) throw new Error(JSON.stringify(reading.problem));
    const [record] = reading.file.negotiations;
    expect(record.flowVersion).toBe(CHECKLIST_VERSION);
    const flow = await loadFlow(record.flowId);
    const ids = new Set(flow?.questions.map((question) => question.id));
    for (const system of record.systems) {
      const answers = Object.entries(record.answers[system.id] ?? {});
      expect(answers.map(([id]) => id).filter((id) => !ids.has(id))).toEqual([]);
      const count = (list: [string, Answer][]) => list.filter(([, answer]) => answer.words !== '' || answer.note !== '').length;
      expect(count(answers)).toBe(count(Object.entries(original.answers[system.id] ?? {})));
    }
  });

  it.each(['eu-brief.docx', 'za-proposal.docx', 'za-letter.docx'])('a document made by version 1 (%s) opens under today’s ids', async (name) => {
    const reading = await readNegotiationBytes(new Uint8Array(readFileSync(join(FIXTURES, name))));
    if (!reading.ok) throw new Error(JSON.stringify(reading.problem));
    const flow = await loadFlow(reading.file.negotiations[0].flowId);
    const ids = new Set(flow?.questions.map((question) => question.id));
    const stored = Object.values(reading.file.negotiations[0].answers).flatMap((answers) => Object.keys(answers));
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('a stored record of version 1 reads migrated; one from a newer checklist is refused, not misread', () => {
    const v1 = v1Record('za', { 'emotion-detection': { status: 'answered', choice: 'yes', words: 'voice stress', note: '' } });
    const reading = readRecord(JSON.parse(JSON.stringify(v1)));
    expect(reading.ok && reading.record.answers.s).toEqual({ 'emotion-recognition': { status: 'answered', choice: 'yes', words: 'voice stress', note: '' } });
    expect(readRecord({ ...v1, flowVersion: CHECKLIST_VERSION + 1 })).toEqual({ ok: false, problem: { kind: 'newer-version', version: CHECKLIST_VERSION + 1 } });
  });
});

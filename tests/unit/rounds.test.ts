import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withAnswer, withMeta, withSystemAdded, withSystemRemoved } from '../../src/engine/record-updates.ts';
import { changesBetween, changesSinceLastRound, currentRoundNumber, roundJson, withNextRound } from '../../src/engine/rounds.ts';
import { diffRecords, foldEdit } from '../../src/record/record-merge.ts';
import { readRecord, readRecordEdit } from '../../src/record/record-schema.ts';
import { loadFlow } from '../../flows/index.ts';
import { composeLetter } from '../../src/export/compose-document.ts';
import { forManagement } from '../../src/record/management-record.ts';
import { exportAndRead } from '../support/docx-reading.ts';
import { readLocale } from '../support/locales.ts';
import { emptyRecord, FIXED_NOW, system } from '../support/records.ts';

const flow = (await loadFlow('eu'))!;
const ORDER = flow.questions.map((question) => question.id);
const words = readLocale('en', 'flow-eu') as { questions: Record<string, { ask: string }> };
const ask = (id: string) => words.questions[id]?.ask ?? id;
const [first, second, third, fourth, fifth] = ORDER as [string, string, string, string, string];

function firstMeeting() {
  let record = withSystemAdded(emptyRecord(flow), system('s1', 'monitoring', 'Tracker'));
  record = withAnswer(record, 's1', first, { status: 'answered', words: 'GPS every minute', note: 'they hesitated' });
  record = withAnswer(record, 's1', second, { status: 'follow-up', words: 'will check with the vendor' });
  record = withAnswer(record, 's1', third, { status: 'refused' });
  record = withAnswer(record, 's1', fourth, { status: 'answered', words: 'Kept 30 days' });
  return withMeta(record, { date: '2026-10-01', round: 'First meeting', present: 'A, B' });
}

describe('the next meeting', () => {
  it('keeps the meeting under way as a round and starts from its answers, with the new date', () => {
    const before = firstMeeting();
    const next = withNextRound(before, { id: 'r1', closedAt: '2026-10-01T18:00:00.000Z' }, { date: '2026-11-01' });
    expect(next.rounds).toEqual([{ id: 'r1', closedAt: '2026-10-01T18:00:00.000Z', meeting: { date: '2026-10-01', round: 'First meeting', present: 'A, B' }, systems: before.systems, answers: before.answers }]);
    expect(next.answers).toBe(before.answers);
    expect(next.meta).toMatchObject({ date: '2026-11-01', round: '', present: 'A, B', union: before.meta.union });
    expect(currentRoundNumber(next)).toBe(2);
  });
});

describe('what changed since the last meeting', () => {
  it('names each answer management changed, withdrew, added or still owes, with both versions, in checklist order', () => {
    let record = withNextRound(firstMeeting(), { id: 'r1', closedAt: '2026-10-01T18:00:00.000Z' }, {});
    record = withAnswer(record, 's1', first, { status: 'answered', words: 'GPS every five minutes' });
    record = withAnswer(record, 's1', fourth, { status: 'refused' });
    record = withAnswer(record, 's1', fifth, { status: 'answered', words: 'Only HR' });
    // A note is the union's own: changing it is not something management said.
    record = withAnswer(record, 's1', third, { note: 'ask the regulator' });
    const [changes] = changesSinceLastRound(record, ORDER) ?? [];
    expect(changes?.presence).toBe('kept');
    expect(changes?.changes.map(({ questionId, kind }) => [questionId, kind])).toEqual([
      [first, 'changed'],
      [second, 'still-owed'],
      [third, 'still-owed'],
      [fourth, 'withdrawn'],
      [fifth, 'added'],
    ]);
    expect(changes?.changes[0]?.before?.words).toBe('GPS every minute');
    expect(changes?.changes[0]?.after?.words).toBe('GPS every five minutes');
  });

  it('says nothing of an answer that stands, and nothing at the first meeting', () => {
    const record = firstMeeting();
    expect(changesSinceLastRound(record, ORDER)).toBeUndefined();
    const next = withNextRound(record, { id: 'r1', closedAt: '2026-10-01T18:00:00.000Z' }, {});
    expect(changesBetween(next.rounds[0]!, { systems: next.systems, answers: { s1: { [first]: next.answers.s1![first]! } } }, ORDER)[0]?.changes.map((change) => change.kind)).toEqual(['withdrawn', 'withdrawn', 'withdrawn']);
    const unchanged = withAnswer(next, 's1', first, { status: 'answered', words: 'GPS every minute' });
    expect(changesSinceLastRound(unchanged, ORDER)?.[0]?.changes.map((change) => change.questionId)).toEqual([second, third]);
  });

  it('tells a system added since the last meeting from one removed', () => {
    let record = withNextRound(firstMeeting(), { id: 'r1', closedAt: '2026-10-01T18:00:00.000Z' }, {});
    record = withSystemRemoved(record, 's1');
    record = withSystemAdded(record, system('s2', 'hiring', 'Screener'));
    const changes = changesSinceLastRound(record, ORDER) ?? [];
    expect(changes.map((entry) => [entry.system.id, entry.presence, entry.changes.length])).toEqual([
      ['s2', 'new', 0],
      ['s1', 'removed', 4],
    ]);
  });
});

describe('a round in two tabs and in storage', () => {
  it('travels as one leaf of an edit, and lands once', () => {
    const before = firstMeeting();
    const after = withNextRound(before, { id: 'r1', closedAt: '2026-10-01T18:00:00.000Z' }, { date: '2026-11-01' });
    const edit = diffRecords(before, after);
    expect(edit.changes.filter((change) => change.path[0] === 'round')).toEqual([{ path: ['round', 'r1'], before: undefined, after: roundJson(after.rounds[0]!) }]);
    const read = readRecordEdit(JSON.parse(JSON.stringify(edit)));
    expect(read).toBeDefined();
    const folded = foldEdit(before, read!);
    expect(folded.conflicts).toEqual([]);
    expect(folded.record.rounds).toEqual(after.rounds);
    expect(foldEdit(folded.record, read!).record.rounds).toHaveLength(1);
  });

  it('keeps the meetings of two tabs in the order they were held', () => {
    const base = firstMeeting();
    const early = withNextRound(base, { id: 'r-late-id', closedAt: '2026-10-01T18:00:00.000Z' }, {});
    const late = withNextRound(base, { id: 'a-early-id', closedAt: '2026-10-02T18:00:00.000Z' }, {});
    const once = foldEdit(base, diffRecords(base, late)).record;
    const both = foldEdit(once, diffRecords(base, early)).record;
    expect(both.rounds.map((round) => round.id)).toEqual(['r-late-id', 'a-early-id']);
  });

  it('refuses a round leaf that is not a round, or names another round', () => {
    const base = firstMeeting();
    const edit = diffRecords(base, withNextRound(base, { id: 'r1', closedAt: '2026-10-01T18:00:00.000Z' }, {}));
    const change = edit.changes.find((entry) => entry.path[0] === 'round')!;
    expect(readRecordEdit({ ...edit, changes: [{ ...change, after: '{"id":"r1"' }] })).toBeUndefined();
    expect(readRecordEdit({ ...edit, changes: [{ ...change, path: ['round', 'r2'] }] })).toBeUndefined();
    expect(readRecordEdit({ ...edit, changes: [{ ...change, after: JSON.stringify({ ...JSON.parse(change.after!), closedAt: 'yesterday' }) }] })).toBeUndefined();
  });
});

describe('records of earlier schema versions', () => {
  it('reads a version 1 record as version 2: no earlier meetings, no name of its own, every answer kept', () => {
    const raw = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/v1/eu-negotiation.json'), 'utf8')).record;
    expect(raw.schemaVersion).toBe(1);
    const reading = readRecord(raw);
    if (!reading.ok) throw new Error(JSON.stringify(reading.problem));
    expect(reading.record.schemaVersion).toBe(2);
    expect(reading.record.rounds).toEqual([]);
    expect(reading.record.meta.title).toBe('');
    expect(reading.record.meta.employer).toBe(raw.meta.employer);
    expect(Object.keys(reading.record.answers)).toEqual(Object.keys(raw.answers));
  });

  it('refuses a version 2 record without its rounds, and two meetings with one id', () => {
    const record = withNextRound(firstMeeting(), { id: 'r1', closedAt: '2026-10-01T18:00:00.000Z' }, {});
    const json = JSON.parse(JSON.stringify(record));
    expect(readRecord(json).ok).toBe(true);
    expect(readRecord({ ...json, rounds: undefined }).ok).toBe(false);
    expect(readRecord({ ...json, rounds: [json.rounds[0], json.rounds[0]] })).toMatchObject({ ok: false, problem: { kind: 'invalid' } });
  });
});

describe('the documents of a later meeting', () => {
  const secondMeeting = () => {
    let record = withNextRound(firstMeeting(), { id: 'r1', closedAt: '2026-10-01T18:00:00.000Z' }, { date: '2026-11-01' });
    record = withAnswer(record, 's1', first, { status: 'answered', words: 'GPS every five minutes' });
    record = withAnswer(record, 's1', second, { status: 'answered', words: 'The vendor keeps nothing' });
    return record;
  };

  it('the brief says what changed since the last meeting, both versions, and the first meeting’s brief says nothing of it', async () => {
    const { text } = await exportAndRead(flow, secondMeeting(), 'brief');
    const section = text.slice(text.lastIndexOf('What changed since the last meeting'));
    expect(section).toMatch(/^What changed since the last meeting\s+Compared with meeting 1 \(1 October 2026\)/);
    const tracker = section.slice(section.indexOf('Tracker'), section.indexOf("Record of management's answers"));
    expect(tracker).toContain(`Changed: ${ask(first)}`);
    expect(tracker).toContain('GPS every minute');
    expect(tracker).toContain('GPS every five minutes');
    expect(tracker).toContain(`Still owed: ${ask(third)}`);
    // The note is the union's own, in the record below, not a change of management's.
    expect(tracker).not.toContain('they hesitated');
    const firstBrief = await exportAndRead(flow, firstMeeting(), 'brief');
    expect(firstBrief.text).not.toContain('What changed since the last meeting');
  });

  it('the letter asks only for what is still open at this meeting', () => {
    const letter = composeLetter(flow, forManagement(secondMeeting()), { language: 'en', generatedAt: FIXED_NOW });
    const asked = letter.systems.flatMap((entry) => entry.requests.map((request) => request.questionId));
    expect(asked).toContain(third);
    expect(asked).not.toContain(second);
    const before = composeLetter(flow, forManagement(firstMeeting()), { language: 'en', generatedAt: FIXED_NOW });
    expect(before.systems.flatMap((entry) => entry.requests.map((request) => request.questionId))).toContain(second);
  });

  it('documents for management carry no earlier meeting', () => {
    expect(forManagement(secondMeeting()).rounds).toEqual([]);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHECKLIST_VERSION } from '../../flows/migrations.ts';
import { consistentAnswer } from '../../src/engine/answer-model.ts';
import { ANSWER_STATUSES, SYSTEM_CATEGORIES } from '../../src/engine/flow-types.ts';
import { LANGUAGES, RECORD_SCHEMA_VERSION, type Answer, type NegotiationRecord, type Round, type SystemEntry } from '../../src/engine/negotiation.ts';
import { changesBetween } from '../../src/engine/rounds.ts';
import { diffRecords, foldEdit } from '../../src/record/record-merge.ts';
import { readRecord, readRecordEdit } from '../../src/record/record-schema.ts';

/**
 * Properties of the record over thousands of random negotiations: what a tab saves is exactly
 * what it changed, the journal's reader accepts every save the app can make, a record survives
 * storage and files unchanged, and two meetings compare sensibly.
 */

const QUESTIONS = ['q1', 'q2', 'q3', 'q4'] as const;
const SYSTEM_IDS = ['s1', 's2', 's3'] as const;
const ROUND_IDS = ['r1', 'r2', 'r3'] as const;

/** Text as people paste it: empty, plain, any unicode, lone surrogates and control characters included. */
const text = fc.oneof(fc.constant(''), fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 8 }), fc.constantFrom('GPS', 'GPS ', '__proto__', 'constructor'));

const answer: fc.Arbitrary<Answer> = fc
  .record({
    status: fc.option(fc.constantFrom(...ANSWER_STATUSES), { nil: undefined }),
    choice: fc.option(fc.constantFrom('yes', 'no', 'partly'), { nil: undefined }),
    words: text,
    note: text,
  })
  .map(({ status, choice, words, note }) => consistentAnswer({ ...(status ? { status } : {}), ...(choice ? { choice } : {}), words, note }));

const isEmpty = (value: Answer) => value.status === undefined && value.choice === undefined && value.words === '' && value.note === '';

/** Answers for some questions of the given systems; empty answers are never stored. */
const answersFor = (systems: readonly SystemEntry[]) =>
  fc.tuple(...systems.map(() => fc.dictionary(fc.constantFrom(...QUESTIONS), answer, { maxKeys: QUESTIONS.length }))).map((bySystem) =>
    Object.fromEntries(
      systems
        .map((system, index) => [system.id, Object.fromEntries(Object.entries(bySystem[index] ?? {}).filter(([, value]) => !isEmpty(value)))] as const)
        .filter(([, byQuestion]) => Object.keys(byQuestion).length > 0),
    ),
  );

const systemsOf = fc.subarray([...SYSTEM_IDS]).chain((ids) =>
  fc.tuple(...ids.map((id) => fc.record({ id: fc.constant(id), name: text, vendor: text, category: fc.constantFrom(...SYSTEM_CATEGORIES), purpose: text, affected: text }))),
);

const meeting = { answers: systemsOf.chain((systems) => answersFor(systems).map((answers) => ({ systems, answers }))) };

const rounds: fc.Arbitrary<Round[]> = fc.subarray([...ROUND_IDS]).chain((ids) =>
  fc.tuple(
    ...ids.map((id) =>
      fc.record({ date: text, round: text, present: text }).chain((details) =>
        meeting.answers.map(({ systems, answers }): Round => ({ id, closedAt: `2026-0${ROUND_IDS.indexOf(id as (typeof ROUND_IDS)[number]) + 1}-01T10:00:00.000Z`, meeting: details, systems, answers })),
      ),
    ),
  ),
);

const record: fc.Arbitrary<NegotiationRecord> = fc
  .record({
    meta: fc.record({ title: text, union: text, employer: text, workplace: text, date: text, round: text, present: text }),
    now: meeting.answers,
    rounds,
    documentLanguage: fc.constantFrom(...LANGUAGES),
  })
  .map(({ meta, now, rounds: earlier, documentLanguage }) => ({
    schemaVersion: RECORD_SCHEMA_VERSION,
    id: 'negotiation',
    flowId: 'eu',
    flowVersion: CHECKLIST_VERSION,
    createdAt: '2026-01-01T10:00:00.000Z',
    updatedAt: '2026-01-01T10:00:00.000Z',
    meta,
    systems: now.systems,
    answers: now.answers,
    rounds: earlier,
    documentLanguage,
  }));

const byId = (systems: readonly SystemEntry[]) => [...systems].sort((a, b) => a.id.localeCompare(b.id));

describe('the record, over random negotiations', () => {
  it('a save folded into the record it started from gives exactly the record the tab holds, with no conflict', () => {
    fc.assert(
      fc.property(record, record, (before, after) => {
        const edit = readRecordEdit(JSON.parse(JSON.stringify(diffRecords(before, after))));
        expect(edit, 'the journal reads back every save').toBeDefined();
        const folded = foldEdit(before, edit!);
        expect(folded.conflicts).toEqual([]);
        const { record: result } = folded;
        expect(result.meta).toEqual(after.meta);
        expect(result.documentLanguage).toBe(after.documentLanguage);
        // Systems already stored keep their place; what matters is which, and what they hold.
        expect(byId(result.systems)).toEqual(byId(after.systems));
        expect(result.answers).toEqual(after.answers);
        expect(result.rounds).toEqual(after.rounds);
      }),
      { numRuns: 1500 },
    );
  });

  it('a record goes through storage or a file and comes back the same', () => {
    fc.assert(
      fc.property(record, (stored) => {
        const reading = readRecord(JSON.parse(JSON.stringify(stored)));
        expect(reading).toEqual({ ok: true, record: stored });
      }),
      { numRuns: 1000 },
    );
  });

  it('a meeting compared with itself shows only what is still owed', () => {
    fc.assert(
      fc.property(meeting.answers, (same) => {
        const kinds = changesBetween(same, same, QUESTIONS).flatMap((entry) => entry.changes.map((change) => change.kind));
        expect(kinds.every((kind) => kind === 'still-owed')).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('between two meetings, every answer management said differently is named once, and only those', () => {
    fc.assert(
      fc.property(meeting.answers, meeting.answers, (earlier, later) => {
        const listed = changesBetween(earlier, later, QUESTIONS);
        const kept = later.systems.filter((system) => earlier.systems.some((other) => other.id === system.id));
        for (const system of kept) {
          const entry = listed.find((candidate) => candidate.system.id === system.id);
          for (const question of QUESTIONS) {
            const before = earlier.answers[system.id]?.[question];
            const now = later.answers[system.id]?.[question];
            const said = (value: Answer | undefined) => (value?.status ? [value.status, value.choice ?? '', value.words.trim()].join('|') : '');
            const changes = entry?.changes.filter((change) => change.questionId === question) ?? [];
            expect(changes.length).toBeLessThanOrEqual(1);
            if (said(before) !== said(now)) expect(changes.map((change) => change.kind)).not.toContain('still-owed');
            if (said(before) !== said(now)) expect(changes).toHaveLength(1);
            if (said(before) === said(now)) expect(changes.every((change) => change.kind === 'still-owed')).toBe(true);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });
});

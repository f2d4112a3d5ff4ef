import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHECKLIST_VERSION } from '../../flows/migrations.ts';
import { consistentAnswer } from '../../src/engine/answer-model.ts';
import { ANSWER_STATUSES, SYSTEM_CATEGORIES } from '../../src/engine/flow-types.ts';
import { LANGUAGES, type Answer, type NegotiationRecord, type Round, type SystemEntry } from '../../src/engine/negotiation.ts';
import { FILE_PROBLEM_KINDS, parseNegotiationFile, serialiseWorkspace } from '../../src/record/negotiation-file.ts';
import { applyImport, planImport, type ImportTarget, type SameIdChoice } from '../../src/record/workspace-import.ts';
import { deviceWith, dumpDevice, importBytes } from '../support/import-harness.ts';

/**
 * Properties of the negotiation file and of the import, over records built from the record's
 * own shape: any systems, answers (every status, options, words and notes in any script, with
 * control characters, lone surrogates and markup), earlier meetings, names.
 */

const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);
const idArb = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,15}$/).filter((id) => !RESERVED.has(id));
/** Any text: the whole of Unicode, lone surrogates included, plus the characters files trip on. */
const textArb = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom('', '<w:t>&amp;</w:t>', ']]>', '\u0000\u0007\uFFFE\uFFFF', '\uD800', 'العربية 👩🏽‍🔧', '"\\\n\t', '{"__proto__":1}'),
);
const timestampArb = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true }).map((date) => date.toISOString());

/** An answer as storage keeps it: an option only beside "answered" or "partly". */
const answerArb: fc.Arbitrary<Answer> = fc
  .record({ status: fc.option(fc.constantFrom(...ANSWER_STATUSES), { nil: undefined }), choice: fc.option(idArb, { nil: undefined }), words: textArb, note: textArb })
  .map(({ status, choice, words, note }) => consistentAnswer({ ...(status ? { status } : {}), ...(choice !== undefined ? { choice } : {}), words, note }));

const systemArb = (id: string): fc.Arbitrary<SystemEntry> =>
  fc.record({ name: textArb, vendor: textArb, category: fc.constantFrom(...SYSTEM_CATEGORIES), purpose: textArb, affected: textArb }).map((fields) => ({ id, ...fields }));

/** Systems with distinct ids, and answers keyed by those ids and by question ids. */
const meetingArb = fc.uniqueArray(idArb, { maxLength: 3 }).chain((ids) =>
  fc.record({
    systems: ids.length === 0 ? fc.constant([]) : fc.tuple(...ids.map(systemArb)),
    answers: fc.tuple(...ids.map((id) => fc.dictionary(idArb, answerArb, { maxKeys: 4 }).map((byQuestion) => [id, byQuestion] as const))).map((entries) => Object.fromEntries(entries)),
  }),
);

const roundsArb: fc.Arbitrary<Round[]> = fc.uniqueArray(idArb, { maxLength: 2 }).chain((ids) =>
  ids.length === 0
    ? fc.constant([])
    : fc.tuple(
        ...ids.map((id) =>
          fc.record({ closedAt: timestampArb, meeting: fc.record({ date: textArb, round: textArb, present: textArb }), meeting2: meetingArb }).map(({ closedAt, meeting, meeting2 }) => ({ id, closedAt, meeting, ...meeting2 })),
        ),
      ),
);

const recordArb = (id: string): fc.Arbitrary<NegotiationRecord> =>
  fc
    .record({
      createdAt: timestampArb,
      updatedAt: timestampArb,
      meta: fc.record({ title: textArb, union: textArb, employer: textArb, workplace: textArb, date: textArb, round: textArb, present: textArb }),
      meeting: meetingArb,
      rounds: roundsArb,
      documentLanguage: fc.constantFrom(...LANGUAGES),
      flowId: fc.constantFrom('eu', 'za', 'us+us-ny+us-ny-nyc'),
    })
    .map(({ meeting, ...fields }) => ({ schemaVersion: 2, id, flowVersion: CHECKLIST_VERSION, ...fields, ...meeting }));

/** One to four negotiations with distinct ids: a workspace. */
const workspaceArb = fc.uniqueArray(idArb, { minLength: 1, maxLength: 4 }).chain((ids) => fc.tuple(...ids.map(recordArb)));

const NOW = '2026-12-01T09:00:00.000Z';

describe('the negotiation file, over any records', () => {
  it('gives back the very records it was given, in order, whatever they hold', () => {
    fc.assert(
      fc.property(workspaceArb, (records) => {
        const reading = parseNegotiationFile(serialiseWorkspace(records, NOW));
        expect(reading.ok && reading.file.negotiations).toEqual(records);
      }),
      { numRuns: 1000 },
    );
  });
});

type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
type Path = readonly (string | number)[];

/** Every path in a JSON value, found without recursion. */
function pathsOf(value: JsonValue): Path[] {
  const paths: Path[] = [];
  const pending: [JsonValue, Path][] = [[value, []]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [item, path] = next;
    paths.push(path);
    if (Array.isArray(item)) item.forEach((child, index) => pending.push([child, [...path, index]]));
    else if (item !== null && typeof item === 'object') Object.entries(item).forEach(([key, child]) => pending.push([child, [...path, key]]));
  }
  return paths;
}

function at(value: JsonValue, path: Path): JsonValue | undefined {
  let current: JsonValue | undefined = value;
  for (const key of path) current = current !== null && typeof current === 'object' ? (current as Record<string | number, JsonValue>)[key] : undefined;
  return current;
}

/** Sets (or with `undefined`, deletes) the value at a path of a copy. */
function edited(value: JsonValue, path: Path, replacement: JsonValue | undefined): JsonValue | undefined {
  if (path.length === 0) return replacement;
  const copy = structuredClone(value);
  const parent = at(copy, path.slice(0, -1)) as Record<string | number, JsonValue> | JsonValue[];
  const key = path.at(-1) as string | number;
  if (replacement !== undefined) (parent as Record<string | number, JsonValue>)[key] = replacement;
  else if (Array.isArray(parent)) parent.splice(Number(key), 1);
  else Reflect.deleteProperty(parent, key);
  return copy;
}

const replacementArb: fc.Arbitrary<JsonValue> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.string({ maxLength: 8 }),
  fc.constant<JsonValue>([]),
  fc.constant<JsonValue>({}),
  fc.constantFrom('answered', 'eu', '2026-11-30T10:00:00.000Z', 2, 1, 3, 0, -1, 'data-rights-negotiation'),
);

/** A random edit of a file's text: the ways a file is damaged in transit or by hand. */
const mutationArb = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('retype' as const), at: fc.nat(), value: replacementArb }),
  fc.record({ kind: fc.constant('wrap' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate-id' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('version' as const), value: fc.integer({ min: -2, max: 9 }) }),
);

type Mutation = typeof mutationArb extends fc.Arbitrary<infer M> ? M : never;

function mutate(text: string, mutation: Mutation): string {
  const value = JSON.parse(text) as JsonValue;
  const paths = pathsOf(value);
  const path = 'at' in mutation ? (paths[mutation.at % paths.length] ?? []) : [];
  switch (mutation.kind) {
    case 'truncate':
      return text.slice(0, mutation.at % text.length);
    case 'delete':
      return JSON.stringify(edited(value, path, undefined) ?? null);
    case 'retype':
      return JSON.stringify(edited(value, path, mutation.value));
    case 'wrap':
      return JSON.stringify(edited(value, path, [at(value, path) ?? null]));
    case 'version':
      return JSON.stringify(edited(value, ['formatVersion'], mutation.value));
    case 'duplicate-id': {
      const negotiations = (value as { negotiations: { id: string }[] }).negotiations;
      const first = negotiations[0];
      const other = negotiations[mutation.at % negotiations.length];
      if (first && other) other.id = first.id;
      return JSON.stringify(value);
    }
  }
}

const KINDS = new Set<string>(FILE_PROBLEM_KINDS);

describe('importing a damaged file', () => {
  it('either imports exactly what the file holds, or refuses it with a reason and leaves the device byte for byte as it was', async () => {
    const resident = fc.sample(workspaceArb, { numRuns: 1, seed: 7 })[0] ?? [];
    let device = await deviceWith(resident);
    let imported = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(workspaceArb, mutationArb, fc.boolean(), async (records, mutation, clash) => {
        // Half the time one negotiation of the file has the id of one already on the device.
        const first = records[0];
        const here = resident[0];
        const given = clash && first && here && !records.some((record) => record.id === here.id) ? [{ ...first, id: here.id }, ...records.slice(1)] : records;
        const text = mutate(serialiseWorkspace(given, NOW), mutation);
        const before = await dumpDevice(device.factory);
        const storedBefore = await device.store.list();
        const { reading, result } = await importBytes(device.store, new TextEncoder().encode(text));
        if (!reading.ok) {
          refused += 1;
          expect(KINDS.has(reading.problem.kind), reading.problem.kind).toBe(true);
          expect(await dumpDevice(device.factory)).toBe(before);
          return;
        }
        imported += 1;
        // Imported: each new negotiation is stored as the file has it; every other is untouched.
        const after = new Map((await device.store.list()).map((stored) => [stored.id, stored]));
        for (const record of result?.added ?? []) expect(after.get(record.id)?.reading).toEqual({ ok: true, record });
        for (const stored of storedBefore) expect(after.get(stored.id)?.raw).toEqual(stored.raw);
        expect(after.size).toBe(storedBefore.length + (result?.added.length ?? 0));
        expect((result?.added.length ?? 0) + (result?.skipped.length ?? 0) + (result?.unchanged.length ?? 0)).toBe(reading.file.negotiations.length);
        // A fresh device for the next run, so that each starts from the same negotiations.
        device.store.close();
        device = await deviceWith(resident);
      }),
      { numRuns: 2500 },
    );
    // Both sides of the property were exercised, not only refusals.
    console.info(`damaged files: ${imported} imported, ${refused} refused`);
    expect(imported).toBeGreaterThan(50);
    expect(refused).toBeGreaterThan(500);
  }, 60_000);
});

describe('the import plan and its choices', () => {
  const choiceArb = fc.constantFrom<SameIdChoice>('replace', 'copy', 'skip');

  it('writes exactly what was chosen: adds created, replacements replaced, copies under new ids, skips and identical ones untouched', () => {
    fc.assert(
      fc.asyncProperty(workspaceArb, fc.array(fc.nat(), { maxLength: 4 }), fc.array(choiceArb, { minLength: 4, maxLength: 4 }), async (records, changedIndexes, choices) => {
        // Some of the file's negotiations are already here: some as they are, some changed.
        const changed = new Set(changedIndexes.map((index) => index % records.length));
        const stored = records.slice(0, Math.ceil(records.length / 2)).map((record, index) => ({
          id: record.id,
          reading: { ok: true as const, record: changed.has(index) ? { ...record, updatedAt: '1999-01-01T00:00:00.000Z' } : record },
        }));
        const plan = planImport({ negotiations: records as [NegotiationRecord, ...NegotiationRecord[]] }, stored);
        const decisions = Object.fromEntries(plan.items.filter((item) => item.kind === 'same-id').map((item, index) => [item.record.id, choices[index % choices.length] ?? 'skip']));
        const writes: { op: 'create' | 'replace'; record: NegotiationRecord }[] = [];
        const target: ImportTarget = {
          create: async (record) => writes.push({ op: 'create', record }),
          replace: async (record) => writes.push({ op: 'replace', record }),
          setArchived: () => Promise.reject(new Error('these files archive nothing')),
        };
        let next = 0;
        const result = await applyImport(target, plan, decisions, () => `new-${(next += 1)}`, () => NOW);
        const storedIds = new Set(stored.map((negotiation) => negotiation.id));
        const expected = plan.items.flatMap((item) => {
          if (item.kind === 'add') return [{ op: 'create', record: item.record }];
          if (item.kind === 'unchanged') return [];
          const choice = decisions[item.record.id];
          if (choice === 'replace') return [{ op: 'replace', record: item.record }];
          return choice === 'copy' ? [{ op: 'create', record: expect.objectContaining({ ...item.record, id: expect.stringMatching(/^new-/), updatedAt: NOW }) }] : [];
        });
        expect(writes).toEqual(expected);
        expect(plan.items.filter((item) => item.kind === 'add').every((item) => !storedIds.has(item.record.id))).toBe(true);
        expect(plan.items.filter((item) => item.kind === 'unchanged').every((item) => !changed.has(records.indexOf(item.record)))).toBe(true);
        expect(result.added.length + result.replaced.length + result.copied.length + result.skipped.length + result.unchanged.length).toBe(records.length);
      }),
      { numRuns: 1000 },
    );
  });

  it('skips a same-id negotiation when nothing was chosen', async () => {
    const [record] = fc.sample(recordArb('same'), { numRuns: 1, seed: 3 });
    if (!record) throw new Error('no sample');
    const plan = planImport({ negotiations: [record] }, [{ id: 'same', reading: { ok: true, record: { ...record, updatedAt: '1999-01-01T00:00:00.000Z' } } }]);
    expect(plan.items.map((item) => item.kind)).toEqual(['same-id']);
    const writes: unknown[] = [];
    const result = await applyImport({ create: async (r) => writes.push(r), replace: async (r) => writes.push(r), setArchived: async (id) => writes.push(id) }, plan, {}, () => 'x', () => NOW);
    expect(writes).toEqual([]);
    expect(result.skipped).toEqual([record]);
  });
});

describe('planning against what the device holds', () => {
  const [record] = fc.sample(recordArb('here'), { numRuns: 1, seed: 11 });
  if (!record) throw new Error('no sample');

  it('calls identical a negotiation whose stored copy has its keys in another order', () => {
    const reordered = JSON.parse(JSON.stringify(Object.fromEntries(Object.entries(record).reverse()))) as NegotiationRecord;
    expect(planImport({ negotiations: [record] }, [{ id: 'here', reading: { ok: true, record: reordered } }]).items.map((item) => item.kind)).toEqual(['unchanged']);
  });

  it('asks about a negotiation whose stored copy cannot be read, saying so, and about one deleted and waiting', () => {
    const damaged = planImport({ negotiations: [record] }, [{ id: 'here', reading: { ok: false, problem: { kind: 'invalid', detail: 'systems' } } }]);
    expect(damaged.items).toEqual([expect.objectContaining({ kind: 'same-id', deleted: false })]);
    expect(damaged.items[0]).not.toHaveProperty('existing');
    const deleted = planImport({ negotiations: [record] }, [{ id: 'here', reading: { ok: true, record }, deletedAt: NOW }]);
    expect(deleted.items).toEqual([expect.objectContaining({ kind: 'same-id', deleted: true })]);
  });

  it('shows both sides of a clash: name, parties, last change, meetings and systems', () => {
    const older = { ...record, updatedAt: '2020-01-01T00:00:00.000Z', rounds: [], systems: [] };
    const [item] = planImport({ negotiations: [record] }, [{ id: 'here', reading: { ok: true, record: older } }]).items;
    expect(item).toMatchObject({
      kind: 'same-id',
      incoming: { title: record.meta.title, employer: record.meta.employer, updatedAt: record.updatedAt, meetings: record.rounds.length + 1, systems: record.systems.length },
      existing: { updatedAt: '2020-01-01T00:00:00.000Z', meetings: 1, systems: 0 },
    });
  });
});

import * as v from 'valibot';
import { ANSWER_MIGRATIONS, CHECKLIST_VERSION } from '../../flows/migrations.ts';
import { consistentAnswer } from '../engine/answer-model.ts';
import { migrateAnswers } from '../engine/migrate-answers.ts';
import { ANSWER_STATUSES, SYSTEM_CATEGORIES } from '../engine/flow-types.ts';
import { LANGUAGES, RECORD_SCHEMA_VERSION, type NegotiationRecord } from '../engine/negotiation.ts';
import type { Conflict, RecordEdit } from './record-merge.ts';

// Generous caps: a pasted 1 MB answer is accepted, a runaway file is not.
const text = v.pipe(v.string(), v.maxLength(2_000_000));
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));

// Records saved before the one answer model may hold an option beside a gap: read it consistent.
const answerSchema = v.pipe(
  v.object({
    status: v.optional(v.picklist(ANSWER_STATUSES)),
    choice: v.optional(v.pipe(v.string(), v.maxLength(200))),
    words: text,
    note: text,
  }),
  v.transform(consistentAnswer),
);

const systemSchema = v.object({
  id,
  name: text,
  vendor: text,
  category: v.picklist(SYSTEM_CATEGORIES),
  purpose: text,
  affected: text,
});

const systemAnswersSchema = v.record(id, v.record(id, answerSchema));

const roundSchema = v.object({
  id,
  closedAt: v.pipe(v.string(), v.isoTimestamp()),
  meeting: v.object({ date: text, round: text, present: text }),
  systems: v.pipe(v.array(systemSchema), v.maxLength(500)),
  answers: systemAnswersSchema,
});

const recordSchema = v.object({
  schemaVersion: v.literal(RECORD_SCHEMA_VERSION),
  id,
  flowId: id,
  flowVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  createdAt: v.pipe(v.string(), v.isoTimestamp()),
  updatedAt: v.pipe(v.string(), v.isoTimestamp()),
  // `round` arrived after version 1 first shipped; older records read as having none.
  meta: v.object({ title: text, union: text, employer: text, workplace: text, date: text, round: v.optional(text, ''), present: text }),
  systems: v.pipe(v.array(systemSchema), v.maxLength(500)),
  answers: systemAnswersSchema,
  rounds: v.pipe(
    v.array(roundSchema),
    v.maxLength(1000),
    v.check((rounds) => new Set(rounds.map((round) => round.id)).size === rounds.length, 'two meetings have the same id'),
  ),
  documentLanguage: v.picklist(LANGUAGES),
});

/**
 * How a record of each earlier schema version becomes the next one, applied to the raw data
 * before it is validated: version 1 kept one meeting's answers and had no name of its own.
 * Only fields are added; whatever else the data holds is validated as it stands.
 */
const RECORD_UPGRADES: Readonly<Record<number, (raw: Readonly<Record<string, unknown>>) => Record<string, unknown>>> = {
  1: (raw) => ({ ...raw, schemaVersion: 2, rounds: [], meta: isObject(raw.meta) ? { title: '', ...raw.meta } : raw.meta }),
};

function upgraded(raw: Readonly<Record<string, unknown>>): Readonly<Record<string, unknown>> {
  let current = raw;
  for (let version = Number(raw.schemaVersion); version < RECORD_SCHEMA_VERSION; version += 1) {
    const step = RECORD_UPGRADES[version];
    if (!step) return current;
    current = step(current);
  }
  return current;
}

/** Why a stored or imported record could not be read, in terms the interface can explain. */
export type RecordProblem =
  | { readonly kind: 'not-a-record' }
  | { readonly kind: 'newer-version'; readonly version: number }
  | { readonly kind: 'invalid'; readonly detail: string };

export type RecordReading =
  | { readonly ok: true; readonly record: NegotiationRecord }
  | { readonly ok: false; readonly problem: RecordProblem };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads a record from untrusted data (storage, a file). Never throws: an unreadable record
 * comes back as a problem to explain, and the caller keeps the raw data as it was.
 */
export function readRecord(raw: unknown): RecordReading {
  if (!isObject(raw) || !('schemaVersion' in raw)) return { ok: false, problem: { kind: 'not-a-record' } };
  const version = raw.schemaVersion;
  if (typeof version === 'number' && version > RECORD_SCHEMA_VERSION) {
    return { ok: false, problem: { kind: 'newer-version', version } };
  }
  // A checklist from a later version of the app is refused too: its ids would be read wrongly.
  if (typeof raw.flowVersion === 'number' && raw.flowVersion > CHECKLIST_VERSION) {
    return { ok: false, problem: { kind: 'newer-version', version: raw.flowVersion } };
  }
  const result = v.safeParse(recordSchema, typeof version === 'number' && Number.isInteger(version) ? upgraded(raw) : raw);
  // Answers saved under an earlier checklist move to today's ids; nothing is dropped.
  if (result.success) return { ok: true, record: migrateAnswers(result.output, ANSWER_MIGRATIONS, CHECKLIST_VERSION) };
  const issue = result.issues[0];
  const path = issue?.path?.map((item) => String(item.key)).join('.') ?? '';
  const detail = path ? `${path}: ${issue?.message}` : String(issue?.message);
  // The detail quotes untrusted keys and values: keep it to one short line.
  return { ok: false, problem: { kind: 'invalid', detail: detail.replace(/\s+/g, ' ').slice(0, 300) } };
}

const leafPathSchema = v.union([
  v.strictTuple([v.literal('meta'), v.picklist(['title', 'union', 'employer', 'workplace', 'date', 'round', 'present'])]),
  v.strictTuple([v.literal('documentLanguage')]),
  v.strictTuple([v.literal('system'), id]),
  v.strictTuple([v.literal('system'), id, v.picklist(['name', 'vendor', 'category', 'purpose', 'affected'])]),
  v.strictTuple([v.literal('answer'), id, id, v.picklist(['status', 'choice', 'words', 'note'])]),
  v.strictTuple([v.literal('round'), id]),
]);

/** An earlier meeting is one leaf holding the whole round, so it may be as long as a record. */
const leafValue = v.optional(v.pipe(v.string(), v.maxLength(50_000_000)));

/** True when a round leaf's text is a round this version can read, with the id of its path. */
function isRoundJson(json: string, roundId: string): boolean {
  try {
    const result = v.safeParse(roundSchema, JSON.parse(json));
    return result.success && result.output.id === roundId;
  } catch {
    return false;
  }
}

const leafChangeSchema = v.pipe(
  v.object({ path: leafPathSchema, before: leafValue, after: leafValue }),
  // The few leaves whose values come from a closed list must hold one of its values.
  v.check(({ path, before, after }) => {
    if (path[0] === 'round') return after === undefined || isRoundJson(after, path[1]);
    if ((before?.length ?? 0) > 2_000_000 || (after?.length ?? 0) > 2_000_000) return false;
    if (after === undefined) return path[0] !== 'documentLanguage';
    if (path[0] === 'documentLanguage') return (LANGUAGES as readonly string[]).includes(after);
    if (path[0] === 'system' && path.length === 2) return after === 'present';
    if (path[0] === 'system' && path[2] === 'category') return (SYSTEM_CATEGORIES as readonly string[]).includes(after);
    if (path[0] === 'answer' && path[3] === 'status') return (ANSWER_STATUSES as readonly string[]).includes(after);
    if (path[0] === 'answer' && path[3] === 'choice') return after.length <= 200;
    return true;
  }),
);

const recordEditSchema = v.object({
  changes: v.array(leafChangeSchema),
  order: v.array(id),
  snapshots: v.record(id, v.object({ system: systemSchema, answers: v.record(id, answerSchema) })),
});

/**
 * Reads one tab's saved edit back from the journal. Checking the edit, rather than the whole
 * record it makes, keeps a save's cost to the size of what was typed.
 */
export function readRecordEdit(raw: unknown): RecordEdit | undefined {
  const result = v.safeParse(recordEditSchema, raw);
  return result.success ? (result.output as RecordEdit) : undefined;
}

const conflictSchema = v.object({
  path: leafPathSchema,
  others: v.array(v.optional(text)),
  snapshot: v.optional(v.object({ system: systemSchema, answers: v.record(id, answerSchema) })),
});

/** The conflicts stored with a record, leaving out any that could not be read. */
export function readConflicts(raw: unknown): Conflict[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((item) => {
    const result = v.safeParse(conflictSchema, item);
    return result.success ? [result.output as Conflict] : [];
  });
}

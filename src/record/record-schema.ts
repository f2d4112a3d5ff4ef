import * as v from 'valibot';
import { ANSWER_STATUSES, SYSTEM_CATEGORIES } from '../engine/flow-types.ts';
import { LANGUAGES, RECORD_SCHEMA_VERSION, type NegotiationRecord } from '../engine/negotiation.ts';

// Generous caps: a pasted 1 MB answer is accepted, a runaway file is not.
const text = v.pipe(v.string(), v.maxLength(2_000_000));
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));

const answerSchema = v.object({
  status: v.optional(v.picklist(ANSWER_STATUSES)),
  choice: v.optional(v.pipe(v.string(), v.maxLength(200))),
  words: text,
  note: text,
});

const systemSchema = v.object({
  id,
  name: text,
  vendor: text,
  category: v.picklist(SYSTEM_CATEGORIES),
  purpose: text,
  affected: text,
});

const recordSchema = v.object({
  schemaVersion: v.literal(RECORD_SCHEMA_VERSION),
  id,
  flowId: id,
  flowVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  createdAt: v.pipe(v.string(), v.isoTimestamp()),
  updatedAt: v.pipe(v.string(), v.isoTimestamp()),
  // `round` arrived after version 1 first shipped; older records read as having none.
  meta: v.object({ union: text, employer: text, workplace: text, date: text, round: v.optional(text, ''), present: text }),
  systems: v.pipe(v.array(systemSchema), v.maxLength(500)),
  answers: v.record(id, v.record(id, answerSchema)),
  documentLanguage: v.picklist(LANGUAGES),
});

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
  const result = v.safeParse(recordSchema, raw);
  if (result.success) return { ok: true, record: result.output };
  const issue = result.issues[0];
  const path = issue?.path?.map((item) => String(item.key)).join('.') ?? '';
  const detail = path ? `${path}: ${issue?.message}` : String(issue?.message);
  // The detail quotes untrusted keys and values: keep it to one short line.
  return { ok: false, problem: { kind: 'invalid', detail: detail.replace(/\s+/g, ' ').slice(0, 300) } };
}

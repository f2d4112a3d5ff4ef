import { ANSWER_MIGRATIONS, CHECKLIST_VERSION } from '../../flows/migrations.ts';
import type { NegotiationRecord } from '../engine/negotiation.ts';
import { migrateEdit } from './migrate-edit.ts';
import { summariseReading, type NegotiationSummary } from './negotiation-summary.ts';
import { foldEdit, mergeConflicts, samePath, type Conflict, type RecordEdit } from './record-merge.ts';
import { readConflicts, readRecord, readRecordEdit, type RecordReading } from './record-schema.ts';
import type { Envelope, JournalEntry } from './storage-schema.ts';

/**
 * Reading and merging what storage holds: validation (valibot), the merge and the migrations.
 * Storage loads this module the first time it reads or writes a record, so the home page lists
 * negotiations from their summaries without any of it.
 */

export { CHECKLIST_VERSION, readRecord, readRecordEdit };

/** A negotiation as stored: the record (validated on every read), its revision and what waits on it. */
export interface StoredNegotiation {
  readonly id: string;
  readonly reading: RecordReading;
  /** The data exactly as stored, kept for download when it cannot be read. */
  readonly raw: unknown;
  /** Goes up by one with every write; a write is always computed from the revision it replaces. */
  readonly revision: number;
  /** Values two tabs gave the same field, waiting for the user to pick one. */
  readonly conflicts: readonly Conflict[];
  readonly archived: boolean;
  /** Set when the user deleted it; it is erased for good once the time to undo has passed. */
  readonly deletedAt?: string;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads an envelope leniently: whatever it holds, the record inside is validated on its own. */
export function envelopeOf(value: unknown): Envelope {
  if (!isObject(value) || typeof value.revision !== 'number' || !('record' in value)) {
    return { revision: 0, record: value, conflicts: [] };
  }
  return {
    revision: value.revision,
    record: value.record,
    conflicts: readConflicts(value.conflicts),
    ...(value.archived === true ? { archived: true } : {}),
    ...(typeof value.deletedAt === 'string' ? { deletedAt: value.deletedAt } : {}),
  };
}

export function flagsOf(envelope: Envelope): { readonly archived: boolean; readonly deletedAt?: string } {
  return { archived: envelope.archived === true, ...(envelope.deletedAt !== undefined ? { deletedAt: envelope.deletedAt } : {}) };
}

/** A summary computed from the stored data alone, validating the record inside (a damaged one says why). */
export function summaryOfStored(id: string, raw: unknown): NegotiationSummary {
  const envelope = envelopeOf(raw);
  return summariseReading(id, readRecord(envelope.record), flagsOf(envelope));
}

export function storedNegotiation(id: string, envelope: Envelope, reading?: RecordReading): StoredNegotiation {
  return {
    id,
    raw: envelope.record,
    reading: reading ?? readRecord(envelope.record),
    revision: envelope.revision,
    conflicts: envelope.conflicts,
    archived: envelope.archived === true,
    ...(envelope.deletedAt !== undefined ? { deletedAt: envelope.deletedAt } : {}),
  };
}

/** A journal entry this version can read, with the key to delete it by once merged. */
export interface ReadableEntry<Key> {
  readonly key: Key;
  readonly edit: RecordEdit;
  readonly flowVersion: number | undefined;
  readonly savedAt: string;
  readonly raise: readonly Conflict[];
  readonly settled: readonly Conflict['path'][];
  readonly template: unknown;
}

/** The journal's entries this version can read; the others stay in the journal, untouched. */
export function readableEntries<Key>(entries: readonly JournalEntry[], keys: readonly (Key | undefined)[]): ReadableEntry<Key>[] {
  return entries.flatMap((entry, index) => {
    const edit = readRecordEdit(entry.edit);
    const key = keys[index];
    return edit && key !== undefined
      ? [{ key, edit, flowVersion: typeof entry.flowVersion === 'number' ? entry.flowVersion : undefined, savedAt: String(entry.savedAt), raise: readConflicts(entry.raise), settled: readConflicts(entry.settled?.map((path) => ({ path, others: [] }))).map((conflict) => conflict.path), template: entry.template }]
      : [];
  });
}

/** The empty record a not-yet-stored negotiation starts from, if its first save carried a valid one. */
export function firstTemplate(entries: readonly { readonly template?: unknown }[]): NegotiationRecord | undefined {
  for (const entry of entries) {
    const reading = entry.template === undefined ? undefined : readRecord(entry.template);
    if (reading?.ok) return reading.record;
  }
  return undefined;
}

/** The journal's edits folded into a record, in order, with the conflicts they raise and settle. */
export function foldJournal(record: NegotiationRecord, conflicts: readonly Conflict[], entries: readonly ReadableEntry<unknown>[]): { readonly record: NegotiationRecord; readonly conflicts: readonly Conflict[] } {
  let folded = record;
  let waiting = conflicts;
  let updatedAt = record.updatedAt;
  for (const entry of entries) {
    // A conflict the user settled goes; the choice itself arrives as an edit like any other.
    waiting = waiting.filter((conflict) => !entry.settled.some((path) => samePath(path, conflict.path)));
    // A save left by a tab of an earlier version lands under today's question ids.
    const step = foldEdit(folded, migrateEdit(entry.edit, ANSWER_MIGRATIONS[folded.flowId], entry.flowVersion, CHECKLIST_VERSION));
    folded = step.record;
    waiting = mergeConflicts(waiting, [...step.conflicts, ...entry.raise]);
    if (entry.savedAt > updatedAt) updatedAt = entry.savedAt;
  }
  return { record: { ...folded, updatedAt }, conflicts: waiting };
}

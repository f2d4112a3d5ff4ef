import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { NegotiationRecord } from '../engine/negotiation.ts';
import { summariseReading } from './negotiation-summary.ts';
import type { NegotiationSummary } from './negotiation-summary.ts';
import type { Conflict, LeafPath, RecordEdit } from './record-merge.ts';
import { readConflicts, readRecord } from './record-schema.ts';

/**
 * The database's layout and how each earlier version becomes the current one. Everything read
 * from it is typed `unknown`: it may have been written by another version of the app, or
 * damaged, and is validated where it is read.
 */

export const DATABASE = 'data-rights-wizard';
/**
 * 1: records stored bare. 2: records in an envelope with a revision; the edit journal.
 * 3: a summary of each negotiation beside its record, for the home page's list.
 */
export const DATABASE_VERSION = 3;
export const RECORDS = 'records';
export const CURSORS = 'cursors';
export const SETTINGS = 'settings';
export const EDITS = 'edits';
export const SUMMARIES = 'summaries';
export const BY_NEGOTIATION = 'by-negotiation';

export interface WizardDatabase extends DBSchema {
  records: { key: string; value: unknown };
  cursors: { key: string; value: unknown };
  settings: { key: string; value: unknown };
  edits: { key: number; value: unknown; indexes: { 'by-negotiation': string } };
  summaries: { key: string; value: unknown };
}

export type Database = IDBPDatabase<WizardDatabase>;
type UpgradeTransaction = IDBPTransaction<WizardDatabase, StoreNames<WizardDatabase>[], 'versionchange'>;

export interface Envelope {
  readonly revision: number;
  readonly record: unknown;
  readonly conflicts: readonly Conflict[];
  readonly archived?: boolean;
  readonly deletedAt?: string;
}

/** One save of one tab, written before it is merged, so that a closing tab loses nothing. */
export interface JournalEntry {
  readonly negotiationId: string;
  readonly savedAt: string;
  readonly edit: RecordEdit;
  /** The checklist version of the edit's question ids; absent in saves written before it was kept. */
  readonly flowVersion?: number;
  /** For a negotiation not stored yet: the empty record the edit starts from. */
  readonly template?: NegotiationRecord;
  /** Values this tab replaced locally while it merged another tab's save. */
  readonly raise?: readonly Conflict[];
  /** Conflicts the user settled with this edit. */
  readonly settled?: readonly LeafPath[];
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

/**
 * Brings a database of any earlier version to the current one, inside the upgrade
 * transaction. The steps chain IndexedDB requests only, so the transaction stays alive.
 */
export async function upgradeDatabase(db: Database, oldVersion: number, upgrade: UpgradeTransaction): Promise<void> {
  for (const store of [RECORDS, CURSORS, SETTINGS, SUMMARIES] as const) {
    if (!db.objectStoreNames.contains(store)) db.createObjectStore(store);
  }
  if (!db.objectStoreNames.contains(EDITS)) {
    db.createObjectStore(EDITS, { autoIncrement: true }).createIndex(BY_NEGOTIATION, 'negotiationId');
  }
  if (oldVersion === 1) await wrapBareRecords(upgrade);
  if (oldVersion >= 1 && oldVersion < 3) await summariseEveryRecord(upgrade);
}

/** Version 1 stored each record bare; version 2 keeps it, byte for byte, inside an envelope. */
async function wrapBareRecords(upgrade: UpgradeTransaction): Promise<void> {
  let cursor = await upgrade.objectStore(RECORDS).openCursor();
  while (cursor) {
    await cursor.update({ revision: 1, record: cursor.value, conflicts: [] } satisfies Envelope);
    cursor = await cursor.continue();
  }
}

/** Version 3 lists from summaries: one for every record already stored, damaged ones included. */
async function summariseEveryRecord(upgrade: UpgradeTransaction): Promise<void> {
  const summaries = upgrade.objectStore(SUMMARIES);
  let cursor = await upgrade.objectStore(RECORDS).openCursor();
  while (cursor) {
    const id = String(cursor.key);
    await summaries.put(summaryOfStored(id, cursor.value), id);
    cursor = await cursor.continue();
  }
}

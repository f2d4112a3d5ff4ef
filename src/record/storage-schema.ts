import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { NegotiationRecord } from '../engine/negotiation.ts';
import type { Conflict, LeafPath, RecordEdit } from './record-merge.ts';

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
  // Version 3's summaries are not written here: the first list finds them missing and computes
  // them from their records, which needs the validation the upgrade should not have to load.
}

/** Version 1 stored each record bare; version 2 keeps it, byte for byte, inside an envelope. */
async function wrapBareRecords(upgrade: UpgradeTransaction): Promise<void> {
  let cursor = await upgrade.objectStore(RECORDS).openCursor();
  while (cursor) {
    await cursor.update({ revision: 1, record: cursor.value, conflicts: [] } satisfies Envelope);
    cursor = await cursor.continue();
  }
}

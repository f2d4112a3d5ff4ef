import { CHECKLIST_VERSION } from '../../flows/migrations.ts';
import type { NegotiationRecord } from '../engine/negotiation.ts';
import type { WizardCursor } from '../engine/resume.ts';
import { foldEdit, mergeConflicts, samePath, type Conflict, type LeafPath, type RecordEdit } from './record-merge.ts';
import { readConflicts, readRecord, readRecordEdit, type RecordReading } from './record-schema.ts';
import { DamagedRecordError, ExistingRecordError, JournalWriteError, NotStoredError, StorageBlockedError, UnsavableEditError } from './storage-errors.ts';

export { DamagedRecordError, ExistingRecordError, JournalWriteError, NotStoredError, StorageBlockedError, UnsavableEditError };

/** Where the wizard was in a negotiation: only a cursor, stored apart from the record. */
export type Cursor = WizardCursor;

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

/** What a tab holds after a save or a refresh: the stored record as it now stands. */
export interface Synced {
  readonly revision: number;
  readonly record: NegotiationRecord;
  readonly conflicts: readonly Conflict[];
}

export type Setting = 'lastOpened' | 'interfaceLanguage';

const DATABASE = 'data-rights-wizard';
/** 1: records stored bare. 2: records in an envelope with a revision; the edit journal. */
const DATABASE_VERSION = 2;
const RECORDS = 'records';
const CURSORS = 'cursors';
const SETTINGS = 'settings';
const EDITS = 'edits';
const BY_NEGOTIATION = 'by-negotiation';

interface Envelope {
  readonly revision: number;
  readonly record: unknown;
  readonly conflicts: readonly Conflict[];
  readonly archived?: boolean;
  readonly deletedAt?: string;
}

/** One save of one tab, written before it is merged, so that a closing tab loses nothing. */
interface JournalEntry {
  readonly negotiationId: string;
  readonly savedAt: string;
  readonly edit: RecordEdit;
  /** For a negotiation not stored yet: the empty record the edit starts from. */
  readonly template?: NegotiationRecord;
  /** Values this tab replaced locally while it merged another tab's save. */
  readonly raise?: readonly Conflict[];
  /** Conflicts the user settled with this edit. */
  readonly settled?: readonly LeafPath[];
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function completion(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads an envelope leniently: whatever it holds, the record inside is validated on its own. */
function envelopeOf(value: unknown): Envelope {
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


/**
 * The only module that touches storage. It holds many negotiations; everything it reads is
 * treated as untrusted and validated, and a record that fails validation is never overwritten.
 *
 * Writes never replace newer data: a tab hands over the fields it changed (`RecordEdit`), which
 * are first written to a journal on their own, then merged into the stored record inside one
 * transaction that reads the record's current revision. A tab that closes between the two
 * steps leaves its edit in the journal, and the next read of that negotiation merges it.
 */
export class NegotiationStore {
  private readonly db: IDBDatabase;
  /** The revision of each record this store last validated or wrote itself. */
  private readonly validated = new Map<string, number>();

  private constructor(db: IDBDatabase) {
    this.db = db;
  }

  static async open(factory: IDBFactory = indexedDB, name = DATABASE): Promise<NegotiationStore> {
    const opening = factory.open(name, DATABASE_VERSION);
    opening.onupgradeneeded = (event) => {
      const db = opening.result;
      for (const store of [RECORDS, CURSORS, SETTINGS]) {
        if (!db.objectStoreNames.contains(store)) db.createObjectStore(store);
      }
      if (!db.objectStoreNames.contains(EDITS)) {
        db.createObjectStore(EDITS, { autoIncrement: true }).createIndex(BY_NEGOTIATION, 'negotiationId');
      }
      if (event.oldVersion === 1) wrapBareRecords(opening.transaction);
    };
    const blocked = new Promise<never>((_, reject) => {
      opening.onblocked = () => reject(new StorageBlockedError('Another tab holds the saved negotiations open with an older version of the wizard.'));
    });
    const db = await Promise.race([request(opening), blocked]);
    // Another tab opened a newer version of the database: let it upgrade rather than block it.
    db.onversionchange = () => db.close();
    return new NegotiationStore(db);
  }

  close(): void {
    this.db.close();
  }

  /** Every negotiation on this device, deleted ones included until they are erased. */
  async list(): Promise<readonly StoredNegotiation[]> {
    const store = this.db.transaction(RECORDS, 'readonly').objectStore(RECORDS);
    const [keys, values] = await Promise.all([request(store.getAllKeys()), request(store.getAll())]);
    return keys.map((key, index) => storedNegotiation(String(key), envelopeOf(values[index])));
  }

  /** A negotiation and its cursor, with any edit a closed tab left in the journal merged first. */
  async load(id: string): Promise<{ readonly stored: StoredNegotiation; readonly cursor?: Cursor } | undefined> {
    await this.merge(id).catch((error: unknown) => {
      // A damaged record is still shown and explained; its journal stays for later.
      if (!(error instanceof DamagedRecordError || error instanceof NotStoredError)) throw error;
    });
    const tx = this.db.transaction([RECORDS, CURSORS], 'readonly');
    const [raw, cursor] = await Promise.all([request(tx.objectStore(RECORDS).get(id)), request(tx.objectStore(CURSORS).get(id))]);
    if (raw === undefined) return undefined;
    const stored = storedNegotiation(id, envelopeOf(raw));
    return isCursor(cursor) ? { stored, cursor } : { stored };
  }

  /** Stores a negotiation under a new id (an opened file, an example); never replaces one. */
  async create(record: NegotiationRecord): Promise<Synced> {
    const tx = this.db.transaction(RECORDS, 'readwrite');
    const envelope: Envelope = { revision: 1, record, conflicts: [] };
    const adding = request(tx.objectStore(RECORDS).add(envelope, record.id));
    try {
      await Promise.all([adding, completion(tx)]);
    } catch (error) {
      if (error instanceof DOMException && error.name === 'ConstraintError') throw new ExistingRecordError(`A negotiation ${record.id} is already stored.`);
      throw error;
    }
    return { revision: 1, record, conflicts: [] };
  }

  /**
   * Saves one tab's edit. The journal write is issued and committed at once, without a read,
   * because a closing page has no time for one; the merge follows in its own transaction.
   * An edit storage could never merge (text over the size limit) is refused before anything
   * is written, so it cannot wait in the journal while the tab believes it saved.
   */
  saveEdit(id: string, entry: Omit<JournalEntry, 'negotiationId'>): Promise<Synced> {
    if (!readRecordEdit(entry.edit)) return Promise.reject(new UnsavableEditError('This change cannot be stored: a text is longer than the wizard keeps.'));
    let journal: IDBTransaction;
    try {
      journal = this.db.transaction(EDITS, 'readwrite');
      journal.objectStore(EDITS).add({ negotiationId: id, ...entry } satisfies JournalEntry);
      journal.commit();
    } catch (error) {
      return Promise.reject(new JournalWriteError('The change could not be written to this device.', { cause: error }));
    }
    const written = completion(journal).catch((error: unknown) => {
      throw new JournalWriteError('The change could not be written to this device.', { cause: error });
    });
    return Promise.all([written, this.merge(id)]).then(([, merged]) => merged);
  }

  /**
   * Merges what closed tabs left in the journal, including the first save of a negotiation
   * that never reached the records; returns nothing, fails on nothing.
   */
  async recoverJournal(): Promise<void> {
    const entries = await request(this.db.transaction(EDITS, 'readonly').objectStore(EDITS).getAll() as IDBRequest<{ negotiationId?: unknown }[]>);
    const ids = new Set(entries.map((entry) => entry.negotiationId).filter((id): id is string => typeof id === 'string'));
    for (const id of ids) await this.merge(id).catch(() => undefined);
  }

  /** The stored record as it now stands, with every waiting edit merged. */
  refresh(id: string): Promise<Synced> {
    return this.merge(id);
  }

  /** Merges the journal into the record, in one transaction that reads the current revision. */
  private async merge(id: string): Promise<Synced> {
    const tx = this.db.transaction([RECORDS, EDITS], 'readwrite');
    const records = tx.objectStore(RECORDS);
    const journal = tx.objectStore(EDITS).index(BY_NEGOTIATION);
    const [raw, keys, entries] = await Promise.all([
      request(records.get(id)),
      request(journal.getAllKeys(id)),
      request(journal.getAll(id) as IDBRequest<JournalEntry[]>),
    ]);
    const envelope = raw === undefined ? undefined : envelopeOf(raw);
    // Entries this version cannot read stay in the journal, untouched, and are not merged.
    const readable = entries.flatMap((entry, index) => {
      const edit = readRecordEdit(entry.edit);
      const key = keys[index];
      return edit && key !== undefined
        ? [{ key, edit, savedAt: String(entry.savedAt), raise: readConflicts(entry.raise), settled: readConflicts(entry.settled?.map((path) => ({ path, others: [] }))).map((conflict) => conflict.path), template: entry.template }]
        : [];
    });
    if (envelope?.deletedAt !== undefined) {
      tx.abort();
      throw new NotStoredError(`The negotiation ${id} was deleted on this device.`);
    }
    let record = envelope ? this.readStored(id, envelope) : firstTemplate(readable);
    if (!record) {
      tx.abort();
      throw envelope ? new DamagedRecordError(`The stored negotiation ${id} could not be read, so it was not replaced.`) : new NotStoredError(`No negotiation ${id} is stored.`);
    }
    let conflicts = envelope?.conflicts ?? [];
    let updatedAt = record.updatedAt;
    for (const entry of readable) {
      // A conflict the user settled goes; the choice itself arrives as an edit like any other.
      conflicts = conflicts.filter((waiting) => !entry.settled.some((path) => samePath(path, waiting.path)));
      const folded = foldEdit(record, entry.edit);
      record = folded.record;
      conflicts = mergeConflicts(conflicts, [...folded.conflicts, ...entry.raise]);
      if (entry.savedAt > updatedAt) updatedAt = entry.savedAt;
    }
    const revision = (envelope?.revision ?? 0) + (readable.length > 0 || !envelope ? 1 : 0);
    const result: Synced = { revision, record: { ...record, updatedAt }, conflicts };
    if (revision !== envelope?.revision) {
      records.put({ ...envelope, revision, record: result.record, conflicts } satisfies Envelope, id);
      for (const { key } of readable) tx.objectStore(EDITS).delete(key);
    }
    await completion(tx);
    this.validated.set(id, revision);
    return result;
  }

  /**
   * The stored record, validated unless this store already validated or wrote this very
   * revision: a save then costs what was typed, not a full check of a large negotiation.
   */
  private readStored(id: string, envelope: Envelope): NegotiationRecord | undefined {
    // A record stored under an earlier checklist is read again, so that its answers migrate.
    const raw = envelope.record as NegotiationRecord;
    if (this.validated.get(id) === envelope.revision && raw.flowVersion === CHECKLIST_VERSION) return raw;
    const reading = readRecord(envelope.record);
    if (!reading.ok) return undefined;
    this.validated.set(id, envelope.revision);
    return reading.record;
  }

  async setArchived(id: string, archived: boolean): Promise<void> {
    await this.setFlags(id, (envelope) => (archived ? { ...envelope, archived } : without(envelope, 'archived')));
  }

  /** Hides a negotiation at once; `erase` removes it for good, `undelete` brings it back. */
  async markDeleted(id: string, deletedAt: string): Promise<void> {
    await this.setFlags(id, (envelope) => ({ ...envelope, deletedAt }));
  }

  async undelete(id: string): Promise<void> {
    await this.setFlags(id, (envelope) => without(envelope, 'deletedAt'));
  }

  /** Removes a negotiation, its cursor and its journal from this device. */
  async erase(id: string): Promise<void> {
    const tx = this.db.transaction([RECORDS, CURSORS, EDITS], 'readwrite');
    tx.objectStore(RECORDS).delete(id);
    tx.objectStore(CURSORS).delete(id);
    const keys = await request(tx.objectStore(EDITS).index(BY_NEGOTIATION).getAllKeys(id));
    for (const key of keys) tx.objectStore(EDITS).delete(key);
    await completion(tx);
  }

  /** Erases every negotiation deleted before `before` (its time to undo has passed). */
  async eraseDeletedBefore(before: string): Promise<void> {
    const expired = (await this.list()).filter((stored) => stored.deletedAt !== undefined && stored.deletedAt < before);
    for (const stored of expired) await this.erase(stored.id);
  }

  /**
   * Changes an envelope's flags (archived, deleted), one revision up, in one transaction. The
   * record inside is carried over as it is, damaged or not: these are choices about the
   * negotiation, not edits of it.
   */
  private async setFlags(id: string, change: (envelope: Envelope) => Envelope): Promise<void> {
    const tx = this.db.transaction(RECORDS, 'readwrite');
    const raw: unknown = await request(tx.objectStore(RECORDS).get(id));
    if (raw === undefined) {
      tx.abort();
      throw new NotStoredError(`No negotiation ${id} is stored.`);
    }
    const envelope = envelopeOf(raw);
    tx.objectStore(RECORDS).put({ ...change(envelope), revision: envelope.revision + 1 } satisfies Envelope, id);
    await completion(tx);
  }

  async saveCursor(id: string, cursor: Cursor): Promise<void> {
    const tx = this.db.transaction(CURSORS, 'readwrite');
    tx.objectStore(CURSORS).put(cursor, id);
    tx.commit();
    await completion(tx);
  }

  async getSetting(key: Setting): Promise<string | undefined> {
    const value: unknown = await request(this.db.transaction(SETTINGS, 'readonly').objectStore(SETTINGS).get(key));
    return typeof value === 'string' ? value : undefined;
  }

  async setSetting(key: Setting, value: string): Promise<void> {
    const tx = this.db.transaction(SETTINGS, 'readwrite');
    tx.objectStore(SETTINGS).put(value, key);
    await completion(tx);
  }
}

function without(envelope: Envelope, flag: 'archived' | 'deletedAt'): Envelope {
  return Object.fromEntries(Object.entries(envelope).filter(([key]) => key !== flag)) as unknown as Envelope;
}

/** The empty record a not-yet-stored negotiation starts from, if its first save carried a valid one. */
function firstTemplate(entries: readonly { readonly template?: unknown }[]): NegotiationRecord | undefined {
  for (const entry of entries) {
    const reading = entry.template === undefined ? undefined : readRecord(entry.template);
    if (reading?.ok) return reading.record;
  }
  return undefined;
}

function storedNegotiation(id: string, envelope: Envelope): StoredNegotiation {
  return {
    id,
    raw: envelope.record,
    reading: readRecord(envelope.record),
    revision: envelope.revision,
    conflicts: envelope.conflicts,
    archived: envelope.archived === true,
    ...(envelope.deletedAt !== undefined ? { deletedAt: envelope.deletedAt } : {}),
  };
}

/** Version 1 stored each record bare; version 2 keeps it, byte for byte, inside an envelope. */
function wrapBareRecords(upgrade: IDBTransaction | null): void {
  if (!upgrade) return;
  const cursorRequest = upgrade.objectStore(RECORDS).openCursor();
  cursorRequest.onsuccess = () => {
    const cursor = cursorRequest.result;
    if (!cursor) return;
    cursor.update({ revision: 1, record: cursor.value as unknown, conflicts: [] } satisfies Envelope);
    cursor.continue();
  };
}

function isCursor(value: unknown): value is Cursor {
  return (
    typeof value === 'object' &&
    value !== null &&
    'value' in value &&
    'systemIndex' in value &&
    typeof value.systemIndex === 'number'
  );
}

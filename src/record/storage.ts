import type { NegotiationRecord } from '../engine/negotiation.ts';
import type { WizardCursor } from '../engine/resume.ts';
import { readSummary, summariseRecord, withSummaryFlags, type NegotiationSummary } from './negotiation-summary.ts';
import type { Conflict } from './record-merge.ts';
import { openDatabase, openPageDatabase } from './open-database.ts';
import { BY_NEGOTIATION, CURSORS, DATABASE, EDITS, RECORDS, SETTINGS, SUMMARIES, type Database, type Envelope, type JournalEntry } from './storage-schema.ts';
import type * as StoredRecordModule from './stored-record.ts';
import type { StoredNegotiation } from './stored-record.ts';
import type { RecordReading } from './record-schema.ts';
import { DamagedRecordError, ExistingRecordError, JournalWriteError, NotStoredError, StorageBlockedError, UnsavableEditError } from './storage-errors.ts';

export { DamagedRecordError, ExistingRecordError, JournalWriteError, NotStoredError, StorageBlockedError, UnsavableEditError };
export type { NegotiationSummary } from './negotiation-summary.ts';
export type { StoredNegotiation } from './stored-record.ts';

type StoredRecords = typeof StoredRecordModule;

/** Validation, merging and migration: loaded by the first read or write of a record, never for the list. */
let storedRecords: StoredRecords | undefined;
async function loadStoredRecords(): Promise<StoredRecords> {
  storedRecords ??= await import('./stored-record.ts');
  return storedRecords;
}

/** Where the wizard was in a negotiation: only a cursor, stored apart from the record. */
export type Cursor = WizardCursor;

/** What a tab holds after a save or a refresh: the stored record as it now stands. */
export interface Synced {
  readonly revision: number;
  readonly record: NegotiationRecord;
  readonly conflicts: readonly Conflict[];
}

export type Setting = 'lastOpened' | 'interfaceLanguage';

/** A setting as stored: a string, or nothing (anything else was not written by this app). */
function settingOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** What the first screen reads of storage, in one transaction. */
export interface FirstScreenRead {
  readonly summaries: readonly NegotiationSummary[];
  /** A tab closed mid-save left edits in the journal: they are merged before the list is shown. */
  readonly editsWaiting: boolean;
  readonly settings: Readonly<Record<Setting, string | undefined>>;
}

/** Waits for a transaction and every request issued in it, so that no request's failure goes unheard. */
async function settled(done: Promise<void>, requests: readonly Promise<unknown>[]): Promise<void> {
  await Promise.all([...requests, done]);
}

/** Gives up a transaction on purpose; its `done` then fails, which nobody needs to hear. */
function abandon(tx: { abort(): void; readonly done: Promise<void> }): void {
  tx.done.catch(() => undefined);
  tx.abort();
}

/**
 * The only module that touches storage. It holds many negotiations; everything it reads is
 * treated as untrusted and validated, and a record that fails validation is never overwritten.
 *
 * Writes never replace newer data: a tab hands over the fields it changed (`RecordEdit`), which
 * are first written to a journal on their own, then merged into the stored record inside one
 * transaction that reads the record's current revision. A tab that closes between the two
 * steps leaves its edit in the journal, and the next read of that negotiation merges it.
 *
 * Every write of a record writes its summary in the same transaction, so the home page can list
 * hundreds of negotiations from summaries alone.
 */
export class NegotiationStore {
  private readonly db: Database;
  /** The revision of each record this store last validated or wrote itself. */
  private readonly validated = new Map<string, number>();

  private constructor(db: Database) {
    this.db = db;
  }

  /** Opens a database through the factory given (tests pass an in-memory one). */
  static async open(factory: IDBFactory = indexedDB, name = DATABASE): Promise<NegotiationStore> {
    return new NegotiationStore(await openDatabase(factory, name));
  }

  /** The page's store, over the database the first script started opening. */
  static async openPage(): Promise<NegotiationStore> {
    return new NegotiationStore(await openPageDatabase());
  }

  /**
   * Loads what reading and writing records needs, so that a wizard's saves issue their journal
   * write at once (a closing page has no time to wait for a module). Called when a negotiation
   * is started or opened.
   */
  async prepare(): Promise<void> {
    await loadStoredRecords();
  }

  close(): void {
    this.db.close();
  }

  /** Every negotiation on this device, deleted ones included until they are erased: whole records, each validated. */
  async list(): Promise<readonly StoredNegotiation[]> {
    const store = this.db.transaction(RECORDS, 'readonly').store;
    const [keys, values, { storedNegotiation, envelopeOf }] = await Promise.all([store.getAllKeys(), store.getAll(), loadStoredRecords()]);
    return keys.map((key, index) => storedNegotiation(String(key), envelopeOf(values[index])));
  }

  /**
   * What the home page lists of every negotiation, deleted ones included until they are erased,
   * without reading a single record. A summary missing or failing its check (written by hand,
   * damaged) is recomputed from its record and stored again.
   */
  async summaries(): Promise<readonly NegotiationSummary[]> {
    const tx = this.db.transaction([RECORDS, SUMMARIES], 'readonly');
    const summaries = tx.objectStore(SUMMARIES);
    return this.summariesFrom(await Promise.all([tx.objectStore(RECORDS).getAllKeys(), summaries.getAllKeys(), summaries.getAll()]));
  }

  /**
   * What the first screen needs, read in one transaction rather than one after another: the
   * summaries, whether a closed tab left edits waiting, and the settings. On a slow phone each
   * round trip to storage is a wait the first screen would add up.
   */
  async readFirstScreen(): Promise<FirstScreenRead> {
    const tx = this.db.transaction([RECORDS, SUMMARIES, EDITS, SETTINGS], 'readonly');
    const summaries = tx.objectStore(SUMMARIES);
    const settings = tx.objectStore(SETTINGS);
    const [ids, keys, values, waitingEdits, lastOpened, interfaceLanguage] = await Promise.all([
      tx.objectStore(RECORDS).getAllKeys(),
      summaries.getAllKeys(),
      summaries.getAll(),
      tx.objectStore(EDITS).count(),
      settings.get('lastOpened'),
      settings.get('interfaceLanguage'),
    ]);
    return {
      summaries: await this.summariesFrom([ids, keys, values]),
      editsWaiting: waitingEdits > 0,
      settings: { lastOpened: settingOf(lastOpened), interfaceLanguage: settingOf(interfaceLanguage) },
    };
  }

  /** The summaries read, in the records' order; one missing or failing its check is recomputed from its record. */
  private async summariesFrom([ids, keys, values]: readonly [readonly IDBValidKey[], readonly IDBValidKey[], readonly unknown[]]): Promise<readonly NegotiationSummary[]> {
    const found = new Map<string, NegotiationSummary>();
    keys.forEach((key, index) => {
      const summary = readSummary(values[index], String(key));
      if (summary) found.set(summary.id, summary);
    });
    const missing = ids.map(String).filter((id) => !found.has(id));
    for (const summary of await this.resummarise(missing)) found.set(summary.id, summary);
    return ids.flatMap((id) => found.get(String(id)) ?? []);
  }

  /** Recomputes the summaries of these negotiations from their records, in one transaction. */
  private async resummarise(ids: readonly string[]): Promise<readonly NegotiationSummary[]> {
    if (ids.length === 0) return [];
    // Loaded before the transaction opens: it would commit while a module loads.
    const { summaryOfStored } = await loadStoredRecords();
    const tx = this.db.transaction([RECORDS, SUMMARIES], 'readwrite');
    const raws = await Promise.all(ids.map((id) => tx.objectStore(RECORDS).get(id)));
    const summaries = ids.flatMap((id, index) => (raws[index] === undefined ? [] : [summaryOfStored(id, raws[index])]));
    await settled(tx.done, summaries.map((summary) => tx.objectStore(SUMMARIES).put(summary, summary.id)));
    return summaries;
  }

  /** A negotiation and its cursor, with any edit a closed tab left in the journal merged first. */
  async load(id: string): Promise<{ readonly stored: StoredNegotiation; readonly cursor?: Cursor } | undefined> {
    // Read at once, while the validation module may still be loading: an opening that finds no
    // edit waiting in the journal writes nothing, so it needs neither that module first nor a
    // read-write transaction over the record.
    const tx = this.db.transaction([RECORDS, EDITS, CURSORS], 'readonly');
    const [[raw, waiting, cursor], logic] = await Promise.all([
      Promise.all([tx.objectStore(RECORDS).get(id), tx.objectStore(EDITS).index(BY_NEGOTIATION).count(id), tx.objectStore(CURSORS).get(id)]),
      loadStoredRecords(),
    ]);
    if (waiting > 0) return this.loadMerged(id, logic);
    if (raw === undefined) return undefined;
    const envelope = logic.envelopeOf(raw);
    // A deleted negotiation is read only to be explained; the store's cache of validated revisions is not for it.
    const stored = logic.storedNegotiation(id, envelope, envelope.deletedAt === undefined ? this.readingOf(id, envelope, logic) : undefined);
    return isCursor(cursor) ? { stored, cursor } : { stored };
  }

  /** The opening of a negotiation with edits waiting: they are merged first, in the merge's own transaction. */
  private async loadMerged(id: string, { storedNegotiation, envelopeOf }: StoredRecords): Promise<{ readonly stored: StoredNegotiation; readonly cursor?: Cursor } | undefined> {
    // The merge reads the cursor in its own transaction and has just validated the record: a
    // large negotiation is then neither read from storage nor checked a second time.
    const merged = await this.mergeWith(id, true).catch((error: unknown) => {
      // A damaged record is still shown and explained; its journal stays for later.
      if (!(error instanceof DamagedRecordError || error instanceof NotStoredError)) throw error;
      return undefined;
    });
    if (merged) {
      const stored = storedNegotiation(id, merged.envelope, { ok: true, record: merged.synced.record });
      return isCursor(merged.cursor) ? { stored, cursor: merged.cursor } : { stored };
    }
    const tx = this.db.transaction([RECORDS, CURSORS], 'readonly');
    const [raw, cursor] = await Promise.all([tx.objectStore(RECORDS).get(id), tx.objectStore(CURSORS).get(id)]);
    if (raw === undefined) return undefined;
    const stored = storedNegotiation(id, envelopeOf(raw));
    return isCursor(cursor) ? { stored, cursor } : { stored };
  }

  /** Stores a negotiation under a new id (an opened file, an example, a copy); never replaces one. */
  async create(record: NegotiationRecord): Promise<Synced> {
    const tx = this.db.transaction([RECORDS, SUMMARIES], 'readwrite');
    const envelope: Envelope = { revision: 1, record, conflicts: [] };
    try {
      await settled(tx.done, [tx.objectStore(RECORDS).add(envelope, record.id), tx.objectStore(SUMMARIES).put(summariseRecord(record, { archived: false }), record.id)]);
    } catch (error) {
      if (error instanceof DOMException && error.name === 'ConstraintError') throw new ExistingRecordError(`A negotiation ${record.id} is already stored.`);
      throw error;
    }
    return { revision: 1, record, conflicts: [] };
  }

  /**
   * Writes a record (read from an imported file) over the stored negotiation with its id, as a
   * new revision: the archived flag stays, the conflicts go, and so do the journal's waiting
   * edits and the cursor, which belonged to the record replaced. All in one transaction.
   */
  async replace(record: NegotiationRecord): Promise<Synced> {
    const { envelopeOf, flagsOf } = await loadStoredRecords();
    const tx = this.db.transaction([RECORDS, SUMMARIES, EDITS, CURSORS], 'readwrite');
    const [raw, keys] = await Promise.all([tx.objectStore(RECORDS).get(record.id), tx.objectStore(EDITS).index(BY_NEGOTIATION).getAllKeys(record.id)]);
    const previous = raw === undefined ? undefined : envelopeOf(raw);
    if (!previous || previous.deletedAt !== undefined) {
      abandon(tx);
      throw new NotStoredError(`No negotiation ${record.id} is stored.`);
    }
    const revision = previous.revision + 1;
    const envelope: Envelope = { revision, record, conflicts: [], ...(previous.archived ? { archived: true } : {}) };
    await settled(tx.done, [
      tx.objectStore(RECORDS).put(envelope, record.id),
      tx.objectStore(SUMMARIES).put(summariseRecord(record, flagsOf(envelope)), record.id),
      tx.objectStore(CURSORS).delete(record.id),
      ...keys.map((key) => tx.objectStore(EDITS).delete(key)),
    ]);
    // The imported record is validated at its next read, like any record this store did not merge.
    this.validated.delete(record.id);
    return { revision, record, conflicts: [] };
  }

  /**
   * Saves one tab's edit. The journal write is issued and committed at once, without a read,
   * because a closing page has no time for one; the merge follows in its own transaction.
   * An edit storage could never merge (text over the size limit) is refused before anything
   * is written, so it cannot wait in the journal while the tab believes it saved.
   */
  saveEdit(id: string, entry: Omit<JournalEntry, 'negotiationId'>): Promise<Synced> {
    // A wizard's saves find the validation loaded by its opening; a rename from the list may wait for it.
    if (!storedRecords) return loadStoredRecords().then(() => this.saveEdit(id, entry));
    if (!storedRecords.readRecordEdit(entry.edit)) return Promise.reject(new UnsavableEditError('This change cannot be stored: a text is longer than the wizard keeps.'));
    let written: Promise<void>;
    try {
      const journal = this.db.transaction(EDITS, 'readwrite');
      const adding = journal.store.add({ negotiationId: id, ...entry } satisfies JournalEntry);
      journal.commit?.();
      written = settled(journal.done, [adding]);
    } catch (error) {
      return Promise.reject(new JournalWriteError('The change could not be written to this device.', { cause: error }));
    }
    const journalled = written.catch((error: unknown) => {
      throw new JournalWriteError('The change could not be written to this device.', { cause: error });
    });
    // The merge's transaction is created now, after the journal's, so it sees the edit.
    return Promise.all([journalled, this.merge(id)]).then(([, merged]) => merged);
  }

  /**
   * Merges what closed tabs left in the journal, including the first save of a negotiation
   * that never reached the records; returns nothing, fails on nothing.
   */
  async recoverJournal(): Promise<void> {
    const entries = (await this.db.transaction(EDITS, 'readonly').store.getAll()) as { negotiationId?: unknown }[];
    const ids = new Set(entries.map((entry) => entry?.negotiationId).filter((id): id is string => typeof id === 'string'));
    for (const id of ids) await this.merge(id).catch(() => undefined);
  }

  /** The stored record as it now stands, with every waiting edit merged. */
  refresh(id: string): Promise<Synced> {
    return this.merge(id);
  }

  /** Merges the journal into the record, in one transaction that reads the current revision. */
  private async merge(id: string): Promise<Synced> {
    return (await this.mergeWith(id, false)).synced;
  }

  /** The merge, also returning the envelope as it now stands and, when asked, the cursor read in the same transaction. */
  private async mergeWith(id: string, withCursor: boolean): Promise<{ readonly synced: Synced; readonly envelope: Envelope; readonly cursor?: unknown }> {
    const logic = await loadStoredRecords();
    const { envelopeOf, firstTemplate, flagsOf, foldJournal, readableEntries } = logic;
    // Only an opening reads the cursor: a save's merge does not wait on cursor writes.
    const tx = this.db.transaction(withCursor ? [RECORDS, EDITS, SUMMARIES, CURSORS] : [RECORDS, EDITS, SUMMARIES], 'readwrite');
    const records = tx.objectStore(RECORDS);
    const journal = tx.objectStore(EDITS).index(BY_NEGOTIATION);
    const [raw, keys, entries, cursor] = await Promise.all([
      records.get(id),
      journal.getAllKeys(id),
      journal.getAll(id) as Promise<JournalEntry[]>,
      withCursor ? tx.objectStore(CURSORS).get(id) : undefined,
    ]);
    const envelope = raw === undefined ? undefined : envelopeOf(raw);
    // Entries this version cannot read stay in the journal, untouched, and are not merged.
    const readable = readableEntries(entries, keys);
    if (envelope?.deletedAt !== undefined) {
      abandon(tx);
      throw new NotStoredError(`The negotiation ${id} was deleted on this device.`);
    }
    const record = envelope ? this.readStored(id, envelope, logic) : firstTemplate(readable);
    if (!record) {
      abandon(tx);
      throw envelope ? new DamagedRecordError(`The stored negotiation ${id} could not be read, so it was not replaced.`) : new NotStoredError(`No negotiation ${id} is stored.`);
    }
    const folded = foldJournal(record, envelope?.conflicts ?? [], readable);
    const revision = (envelope?.revision ?? 0) + (readable.length > 0 || !envelope ? 1 : 0);
    const result: Synced = { revision, record: folded.record, conflicts: folded.conflicts };
    const writes: Promise<unknown>[] = [];
    let stored: Envelope = envelope ?? { revision, record: result.record, conflicts: result.conflicts };
    if (revision !== envelope?.revision) {
      stored = { ...envelope, revision, record: result.record, conflicts: result.conflicts };
      writes.push(records.put(stored, id), tx.objectStore(SUMMARIES).put(summariseRecord(result.record, flagsOf(stored)), id));
      for (const { key } of readable) writes.push(tx.objectStore(EDITS).delete(key));
    }
    await settled(tx.done, writes);
    this.validated.set(id, revision);
    return { synced: result, envelope: stored, ...(cursor !== undefined ? { cursor } : {}) };
  }

  /** The stored record, if it reads: see `readingOf`. */
  private readStored(id: string, envelope: Envelope, logic: StoredRecords): NegotiationRecord | undefined {
    const reading = this.readingOf(id, envelope, logic);
    return reading.ok ? reading.record : undefined;
  }

  /**
   * The stored record read, validated unless this store already validated or wrote this very
   * revision: a save then costs what was typed, not a full check of a large negotiation.
   */
  private readingOf(id: string, envelope: Envelope, { CHECKLIST_VERSION, readRecord }: StoredRecords): RecordReading {
    // A record stored under an earlier checklist is read again, so that its answers migrate.
    const raw = envelope.record as NegotiationRecord;
    if (this.validated.get(id) === envelope.revision && raw.flowVersion === CHECKLIST_VERSION) return { ok: true, record: raw };
    const reading = readRecord(envelope.record);
    if (reading.ok) this.validated.set(id, envelope.revision);
    return reading;
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

  /** Removes a negotiation, its cursor, its summary and its journal from this device. */
  async erase(id: string): Promise<void> {
    const tx = this.db.transaction([RECORDS, CURSORS, EDITS, SUMMARIES], 'readwrite');
    const removals = [tx.objectStore(RECORDS).delete(id), tx.objectStore(CURSORS).delete(id), tx.objectStore(SUMMARIES).delete(id)];
    const keys = await tx.objectStore(EDITS).index(BY_NEGOTIATION).getAllKeys(id);
    await settled(tx.done, [...removals, ...keys.map((key) => tx.objectStore(EDITS).delete(key))]);
  }

  /** Erases the negotiations listed that were deleted before `before` (their time to undo has passed); returns those left. */
  async eraseDeletedBefore(summaries: readonly NegotiationSummary[], before: string): Promise<readonly NegotiationSummary[]> {
    const expired = summaries.filter((summary) => summary.deletedAt !== undefined && summary.deletedAt < before);
    for (const summary of expired) await this.erase(summary.id);
    return expired.length === 0 ? summaries : summaries.filter((summary) => !expired.includes(summary));
  }

  /**
   * Changes an envelope's flags (archived, deleted), one revision up, in one transaction. The
   * record inside is carried over as it is, damaged or not: these are choices about the
   * negotiation, not edits of it, so its summary only takes the new flags.
   */
  private async setFlags(id: string, change: (envelope: Envelope) => Envelope): Promise<void> {
    const { envelopeOf, flagsOf, summaryOfStored } = await loadStoredRecords();
    const tx = this.db.transaction([RECORDS, SUMMARIES], 'readwrite');
    const [raw, rawSummary] = await Promise.all([tx.objectStore(RECORDS).get(id), tx.objectStore(SUMMARIES).get(id)]);
    if (raw === undefined) {
      abandon(tx);
      throw new NotStoredError(`No negotiation ${id} is stored.`);
    }
    const envelope = envelopeOf(raw);
    const next: Envelope = { ...change(envelope), revision: envelope.revision + 1 };
    const summary = readSummary(rawSummary, id);
    const nextSummary = summary ? withSummaryFlags(summary, flagsOf(next)) : summaryOfStored(id, next);
    await settled(tx.done, [tx.objectStore(RECORDS).put(next, id), tx.objectStore(SUMMARIES).put(nextSummary, id)]);
  }

  async saveCursor(id: string, cursor: Cursor): Promise<void> {
    const tx = this.db.transaction(CURSORS, 'readwrite');
    const putting = tx.store.put(cursor, id);
    tx.commit?.();
    await settled(tx.done, [putting]);
  }

  async getSetting(key: Setting): Promise<string | undefined> {
    return settingOf(await this.db.transaction(SETTINGS, 'readonly').store.get(key));
  }

  async setSetting(key: Setting, value: string): Promise<void> {
    const tx = this.db.transaction(SETTINGS, 'readwrite');
    await settled(tx.done, [tx.store.put(value, key)]);
  }
}

function without(envelope: Envelope, flag: 'archived' | 'deletedAt'): Envelope {
  return Object.fromEntries(Object.entries(envelope).filter(([key]) => key !== flag)) as unknown as Envelope;
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

import type { NegotiationRecord } from '../engine/negotiation.ts';
import type { WizardCursor } from '../engine/resume.ts';
import { readRecord, type RecordReading } from './record-schema.ts';

/** Where the wizard was in a negotiation: only a cursor, stored apart from the record. */
export type Cursor = WizardCursor;

export interface StoredNegotiation {
  readonly id: string;
  readonly reading: RecordReading;
  /** The data exactly as stored, kept for download when it cannot be read. */
  readonly raw: unknown;
}

export type Setting = 'lastOpened' | 'interfaceLanguage';

const RECORDS = 'records';
const CURSORS = 'cursors';
const SETTINGS = 'settings';

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

/** Refused to replace a stored record that could not be read: its data stays as it was. */
export class DamagedRecordError extends Error {
  override readonly name = 'DamagedRecordError';
}

/**
 * The only module that touches storage. It holds many negotiations; everything it reads is
 * treated as untrusted and validated, and a record that fails validation is never overwritten.
 */
export class NegotiationStore {
  private readonly db: IDBDatabase;
  /** Ids whose stored data could not be read; known from every read, checked before every write. */
  private readonly unreadable = new Set<string>();

  private constructor(db: IDBDatabase) {
    this.db = db;
  }

  static async open(factory: IDBFactory = indexedDB, name = 'data-rights-wizard'): Promise<NegotiationStore> {
    const opening = factory.open(name, 1);
    opening.onupgradeneeded = () => {
      const db = opening.result;
      for (const store of [RECORDS, CURSORS, SETTINGS]) {
        if (!db.objectStoreNames.contains(store)) db.createObjectStore(store);
      }
    };
    return new NegotiationStore(await request(opening));
  }

  close(): void {
    this.db.close();
  }

  async list(): Promise<readonly StoredNegotiation[]> {
    const tx = this.db.transaction(RECORDS, 'readonly');
    const store = tx.objectStore(RECORDS);
    const [keys, values] = await Promise.all([request(store.getAllKeys()), request(store.getAll())]);
    return keys.map((key, index) => this.remember(String(key), values[index]));
  }

  async load(id: string): Promise<{ readonly stored: StoredNegotiation; readonly cursor?: Cursor } | undefined> {
    const tx = this.db.transaction([RECORDS, CURSORS], 'readonly');
    const [raw, cursor] = await Promise.all([
      request(tx.objectStore(RECORDS).get(id)),
      request(tx.objectStore(CURSORS).get(id)),
    ]);
    if (raw === undefined) return undefined;
    const stored = this.remember(id, raw);
    return isCursor(cursor) ? { stored, cursor } : { stored };
  }

  /**
   * Saves a record, unless the entry under its id is one that could not be read. The write is
   * issued synchronously and committed at once: when the page is closing, there is no time
   * for a read before it.
   */
  async saveRecord(record: NegotiationRecord): Promise<void> {
    if (this.unreadable.has(record.id)) {
      throw new DamagedRecordError(`The stored negotiation ${record.id} could not be read, so it was not replaced.`);
    }
    const tx = this.db.transaction(RECORDS, 'readwrite');
    tx.objectStore(RECORDS).put(record, record.id);
    tx.commit();
    await completion(tx);
  }

  private remember(id: string, raw: unknown): StoredNegotiation {
    const reading = readRecord(raw);
    if (reading.ok) this.unreadable.delete(id);
    else this.unreadable.add(id);
    return { id, raw, reading };
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

function isCursor(value: unknown): value is Cursor {
  return (
    typeof value === 'object' &&
    value !== null &&
    'value' in value &&
    'systemIndex' in value &&
    typeof value.systemIndex === 'number'
  );
}

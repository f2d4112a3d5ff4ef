import { IDBFactory } from 'fake-indexeddb';
import type { NegotiationRecord } from '../../src/engine/negotiation.ts';
import { readEncryptedBytes, readNegotiationBytes } from '../../src/record/import-file.ts';
import type { FileReading } from '../../src/record/negotiation-file.ts';
import { NegotiationStore } from '../../src/record/storage.ts';
import { applyImport, planImport, type ImportDecisions, type ImportResult } from '../../src/record/workspace-import.ts';

/**
 * A device for import tests: a real negotiation store over fake-indexeddb, holding a few
 * negotiations, and a dump of every object store of every database to compare byte for byte.
 * Only `create` and `list` of the store are used (`replace` is not asked of it).
 */
export async function deviceWith(records: readonly NegotiationRecord[]): Promise<{ readonly factory: IDBFactory; readonly store: NegotiationStore }> {
  const factory = new IDBFactory();
  const store = await NegotiationStore.open(factory);
  for (const record of records) await store.create(record);
  await store.setSetting('lastOpened', records[0]?.id ?? '');
  return { factory, store };
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('request failed'));
  });
}

/** Every key and value of every object store of every database, as one text. */
export async function dumpDevice(factory: IDBFactory): Promise<string> {
  const dump: Record<string, Record<string, unknown>> = {};
  for (const { name } of await factory.databases()) {
    if (!name) continue;
    const db = await request(factory.open(name));
    for (const storeName of [...db.objectStoreNames].sort()) {
      const store = db.transaction(storeName, 'readonly').objectStore(storeName);
      const [keys, values] = await Promise.all([request(store.getAllKeys()), request(store.getAll())]);
      dump[`${name}/${storeName}`] = { keys, values };
    }
    db.close();
  }
  return JSON.stringify(dump);
}

/**
 * What the app does with a file the user picked: read it (with the passphrase when it is
 * locked), plan it against the device, and write what was chosen through the store.
 */
export async function importBytes(
  store: NegotiationStore,
  bytes: Uint8Array,
  options: { readonly passphrase?: string; readonly decisions?: ImportDecisions } = {},
): Promise<{ readonly reading: FileReading; readonly result?: ImportResult }> {
  const first = await readNegotiationBytes(bytes);
  const reading = !first.ok && first.problem.kind === 'encrypted' && options.passphrase !== undefined ? await readEncryptedBytes(bytes, options.passphrase) : first;
  if (!reading.ok) return { reading };
  const plan = planImport(reading.file, await store.list());
  let copies = 0;
  const target = {
    create: (record: NegotiationRecord) => store.create(record),
    replace: () => Promise.reject(new Error('not asked of the store in these tests')),
    setArchived: (id: string, archived: boolean) => store.setArchived(id, archived),
  };
  const result = await applyImport(target, plan, options.decisions ?? {}, () => `copy-${(copies += 1)}`, () => '2026-12-01T00:00:00.000Z');
  return { reading, result };
}

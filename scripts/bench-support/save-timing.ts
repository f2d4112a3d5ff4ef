import { IDBFactory } from 'fake-indexeddb';
import '../../tests/support/idb-globals.ts';
import type { FlowDefinition } from '../../src/engine/flow-types.ts';
import type { NegotiationRecord } from '../../src/engine/negotiation.ts';
import { withAnswer } from '../../src/engine/record-updates.ts';
import { diffRecords, foldEdit } from '../../src/record/record-merge.ts';
import { readRecordEdit } from '../../src/record/record-schema.ts';
import { NegotiationStore } from '../../src/record/storage.ts';
import { median } from './stats.ts';

export interface SaveTiming {
  /** One typed character saved: diff, journal write, merge against the stored revision. */
  readonly saveMs: number;
  /** The same record written blind over the stored one, as before saves were merged. */
  readonly blindPutMs: number;
  /** What the protection costs in computation alone: diff, check of the edit, fold. */
  readonly mergeCpuMs: number;
}

/** A keystroke in the words of the first question of the first system. */
function typed(record: NegotiationRecord, index: number): NegotiationRecord {
  const system = record.systems[0];
  const question = Object.keys(record.answers[system?.id ?? ''] ?? {})[0];
  if (!system || !question) throw new Error('the sample record has no answer to type into');
  const before = record.answers[system.id]?.[question]?.words ?? '';
  return withAnswer(record, system.id, question, { words: `${before}${index % 10}` });
}

async function blindPut(factory: IDBFactory, record: NegotiationRecord): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const opening = factory.open('data-rights-wizard');
    opening.onsuccess = () => resolve(opening.result);
    opening.onerror = () => reject(opening.error);
  });
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction('records', 'readwrite');
    tx.objectStore('records').put({ revision: 1, record, conflicts: [] }, `${record.id}-blind`);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

/**
 * Times saving one answer in a negotiation of `record`'s size. IndexedDB is fake-indexeddb in
 * Node: slower than a browser's, so the absolute figures are an upper bound; the difference
 * between a merged save and a blind put is what the protection adds.
 */
export async function timeSave(flow: FlowDefinition, record: NegotiationRecord, runs: number): Promise<SaveTiming> {
  void flow;
  const factory = new IDBFactory();
  const store = await NegotiationStore.open(factory);
  let stored = (await store.create(record)).record;
  const save: number[] = [];
  const cpu: number[] = [];
  const put: number[] = [];
  for (let index = 0; index < runs; index += 1) {
    const next = typed(stored, index);
    const cpuStart = performance.now();
    const edit = readRecordEdit(diffRecords(stored, next));
    if (!edit) throw new Error('the edit did not pass its own check');
    foldEdit(stored, edit);
    cpu.push(performance.now() - cpuStart);

    const saveStart = performance.now();
    stored = (await store.saveEdit(record.id, { savedAt: new Date().toISOString(), edit: diffRecords(stored, next) })).record;
    save.push(performance.now() - saveStart);

    const putStart = performance.now();
    await blindPut(factory, next);
    put.push(performance.now() - putStart);
  }
  store.close();
  return { saveMs: median(save), blindPutMs: median(put), mergeCpuMs: median(cpu) };
}

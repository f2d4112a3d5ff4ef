import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { FLOWS } from '../../flows/index.ts';
import { withAnswer, withSystemAdded } from '../../src/engine/record-updates.ts';
import { DamagedRecordError, NegotiationStore } from '../../src/record/storage.ts';
import { emptyRecord, system } from '../support/records.ts';

const [flow] = FLOWS;
if (!flow) throw new Error('no flow');

/** Writes raw data straight into the store's object store, as a damaged or foreign save would be. */
async function plant(factory: IDBFactory, id: string, raw: unknown): Promise<void> {
  const store = await NegotiationStore.open(factory);
  store.close();
  await new Promise<void>((resolve, reject) => {
    const opening = factory.open('data-rights-wizard', 1);
    opening.onsuccess = () => {
      const tx = opening.result.transaction('records', 'readwrite');
      tx.objectStore('records').put(raw, id);
      tx.oncomplete = () => { opening.result.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  });
}

describe('NegotiationStore', () => {
  it('keeps many negotiations, each with its record and its cursor apart', async () => {
    const store = await NegotiationStore.open(new IDBFactory());
    const first = withAnswer(withSystemAdded(emptyRecord(flow), system('s1', 'hiring')), 's1', 'data-categories', { status: 'refused', words: '', note: 'n' });
    const second = { ...emptyRecord(flow), id: 'another' };
    await store.saveRecord(first);
    await store.saveRecord(second);
    await store.saveCursor(first.id, { value: { checklist: 'legal-basis' }, systemIndex: 0 });

    const listed = await store.list();
    expect(listed.map((entry) => entry.id).sort()).toEqual(['another', first.id].sort());
    const loaded = await store.load(first.id);
    expect(loaded?.stored.reading).toEqual({ ok: true, record: first });
    expect(loaded?.cursor).toEqual({ value: { checklist: 'legal-basis' }, systemIndex: 0 });
    expect((await store.load('another'))?.cursor).toBeUndefined();
  });

  it('lists a damaged record with its raw data and refuses to overwrite it', async () => {
    const factory = new IDBFactory();
    const raw = { schemaVersion: 1, id: 'broken', flowId: 'eu', answers: 'not an object' };
    await plant(factory, 'broken', raw);
    const store = await NegotiationStore.open(factory);

    const [entry] = await store.list();
    expect(entry?.raw).toEqual(raw);
    expect(entry?.reading.ok).toBe(false);
    await expect(store.saveRecord({ ...emptyRecord(flow), id: 'broken' })).rejects.toBeInstanceOf(DamagedRecordError);
    const fresh = await NegotiationStore.open(factory);
    await fresh.load('broken');
    await expect(fresh.saveRecord({ ...emptyRecord(flow), id: 'broken' })).rejects.toBeInstanceOf(DamagedRecordError);
    expect((await store.load('broken'))?.stored.raw).toEqual(raw);
  });

  it('explains a record saved by a newer version instead of opening it', async () => {
    const factory = new IDBFactory();
    await plant(factory, 'future', { ...emptyRecord(flow), id: 'future', schemaVersion: 9 });
    const store = await NegotiationStore.open(factory);
    expect((await store.load('future'))?.stored.reading).toEqual({ ok: false, problem: { kind: 'newer-version', version: 9 } });
  });

  it('remembers settings', async () => {
    const store = await NegotiationStore.open(new IDBFactory());
    expect(await store.getSetting('interfaceLanguage')).toBeUndefined();
    await store.setSetting('interfaceLanguage', 'fr');
    expect(await store.getSetting('interfaceLanguage')).toBe('fr');
  });
});

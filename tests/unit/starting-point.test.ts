import { IDBDatabase, IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readStartingPoint } from '../../src/app/starting-point.ts';
import { withMeta } from '../../src/engine/record-updates.ts';
import { diffRecords } from '../../src/record/record-merge.ts';
import { NegotiationStore } from '../../src/record/storage.ts';
import { euFlow as flow } from '../support/flows.ts';
import { emptyRecord } from '../support/records.ts';

const NOW = '2026-12-01T10:01:00.000Z';
const UNDO_MS = 30_000;

/** Leaves in the journal what a tab that closed mid-save leaves: an edit not yet merged. */
async function leaveJournalledEdit(factory: IDBFactory, edit: object): Promise<void> {
  await new Promise<void>((resolve) => {
    const opening = factory.open('data-rights-wizard');
    opening.onsuccess = () => {
      const tx = opening.result.transaction('edits', 'readwrite');
      tx.objectStore('edits').add(edit);
      tx.oncomplete = () => { opening.result.close(); resolve(); };
    };
  });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the starting point of a page', () => {
  it('gives the list, the negotiation to resume and the language chosen, from one transaction', async () => {
    const factory = new IDBFactory();
    const store = await NegotiationStore.open(factory);
    const record = emptyRecord(flow);
    await store.create(record);
    await store.setSetting('lastOpened', record.id);
    await store.setSetting('interfaceLanguage', 'fr');
    const transactions = vi.spyOn(IDBDatabase.prototype, 'transaction');

    const start = await readStartingPoint(store, NOW, UNDO_MS);

    expect(start.negotiations.map((listed) => [listed.id, listed.employer])).toEqual([[record.id, 'Acme Logistics']]);
    expect(start.resume).toBe(record.id);
    expect(start.interfaceLanguage).toBe('fr');
    // Each transaction is a round trip to storage that a slow phone's first screen waits for.
    expect(transactions).toHaveBeenCalledTimes(1);
  });

  it('merges what a closed tab left half-saved before listing it, and resumes it', async () => {
    const factory = new IDBFactory();
    const store = await NegotiationStore.open(factory);
    const template = emptyRecord(flow);
    const typed = withMeta(template, { employer: 'Harbour Freight' });
    await leaveJournalledEdit(factory, { negotiationId: template.id, savedAt: NOW, edit: diffRecords(template, typed), template });
    await store.setSetting('lastOpened', template.id);

    const start = await readStartingPoint(store, NOW, UNDO_MS);

    expect(start.negotiations.map((listed) => listed.employer)).toEqual(['Harbour Freight']);
    expect(start.resume).toBe(template.id);
    expect(start.interfaceLanguage).toBeUndefined();
  });

  it('erases a negotiation whose time to undo its deletion has passed, keeps a recent one, and resumes neither', async () => {
    const factory = new IDBFactory();
    const store = await NegotiationStore.open(factory);
    const old = { ...emptyRecord(flow), id: 'deleted-long-ago' };
    const recent = { ...emptyRecord(flow), id: 'deleted-just-now' };
    await store.create(old);
    await store.create(recent);
    await store.markDeleted(old.id, '2026-12-01T10:00:00.000Z');
    await store.markDeleted(recent.id, '2026-12-01T10:00:50.000Z');
    await store.setSetting('lastOpened', recent.id);

    const start = await readStartingPoint(store, NOW, UNDO_MS);

    expect(start.negotiations.map((listed) => [listed.id, listed.deletedAt])).toEqual([[recent.id, '2026-12-01T10:00:50.000Z']]);
    expect(start.resume).toBeUndefined();
    expect(await store.load(old.id)).toBeUndefined();
  });

  it('resumes nothing when the negotiation last open was never stored', async () => {
    const factory = new IDBFactory();
    const store = await NegotiationStore.open(factory);
    await store.create(emptyRecord(flow));
    await store.setSetting('lastOpened', 'left-before-typing');

    const start = await readStartingPoint(store, NOW, UNDO_MS);

    expect(start.negotiations).toHaveLength(1);
    expect(start.resume).toBeUndefined();
  });
});

import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { NegotiationRecord } from '../../src/engine/negotiation.ts';
import { withAnswer, withMeta, withSystemAdded } from '../../src/engine/record-updates.ts';
import { withNextRound } from '../../src/engine/rounds.ts';
import { diffRecords } from '../../src/record/record-merge.ts';
import { summariseRecord } from '../../src/record/negotiation-summary.ts';
import { DamagedRecordError, ExistingRecordError, NegotiationStore, NotStoredError, UnsavableEditError } from '../../src/record/storage.ts';
import { euFlow as flow } from '../support/flows.ts';
import { emptyRecord, system } from '../support/records.ts';

const LATER = '2026-12-01T09:00:00.000Z';

/** Opens the database as version 1 of the app left it, and writes raw data straight into it. */
async function plantVersion1(factory: IDBFactory, entries: Readonly<Record<string, unknown>>): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const opening = factory.open('data-rights-wizard', 1);
    opening.onupgradeneeded = () => {
      for (const name of ['records', 'cursors', 'settings']) opening.result.createObjectStore(name);
    };
    opening.onsuccess = () => {
      const tx = opening.result.transaction('records', 'readwrite');
      for (const [id, raw] of Object.entries(entries)) tx.objectStore('records').put(raw, id);
      tx.oncomplete = () => { opening.result.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  });
}

/** Writes raw data where the current version keeps a record, as a damaged save would be. */
async function plant(factory: IDBFactory, id: string, raw: unknown): Promise<void> {
  (await NegotiationStore.open(factory)).close();
  await new Promise<void>((resolve, reject) => {
    const opening = factory.open('data-rights-wizard');
    opening.onsuccess = () => {
      const tx = opening.result.transaction('records', 'readwrite');
      tx.objectStore('records').put({ revision: 3, record: raw, conflicts: [] }, id);
      tx.oncomplete = () => { opening.result.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  });
}

/** Opens the database as version 2 of the app left it (envelopes, journal, no summaries) and fills it. */
async function plantVersion2(factory: IDBFactory, entries: Readonly<Record<string, unknown>>): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const opening = factory.open('data-rights-wizard', 2);
    opening.onupgradeneeded = () => {
      for (const name of ['records', 'cursors', 'settings']) opening.result.createObjectStore(name);
      opening.result.createObjectStore('edits', { autoIncrement: true }).createIndex('by-negotiation', 'negotiationId');
    };
    opening.onsuccess = () => {
      const tx = opening.result.transaction('records', 'readwrite');
      for (const [id, raw] of Object.entries(entries)) tx.objectStore('records').put(raw, id);
      tx.oncomplete = () => { opening.result.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  });
}

/** Everything one object store holds, read straight from the database, keyed as stored. */
async function readStore(factory: IDBFactory, name: string): Promise<Map<string, unknown>> {
  return new Promise((resolve, reject) => {
    const opening = factory.open('data-rights-wizard');
    opening.onsuccess = () => {
      const store = opening.result.transaction(name).objectStore(name);
      const keys = store.getAllKeys();
      const values = store.getAll();
      values.onsuccess = () => {
        opening.result.close();
        resolve(new Map(keys.result.map((key, index) => [String(key), values.result[index] as unknown])));
      };
      values.onerror = () => reject(values.error);
    };
  });
}

/** Writes raw data into one object store, bypassing the store's code. */
async function writeRaw(factory: IDBFactory, name: string, key: string, value: unknown): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const opening = factory.open('data-rights-wizard');
    opening.onsuccess = () => {
      const tx = opening.result.transaction(name, 'readwrite');
      tx.objectStore(name).put(value, key);
      tx.oncomplete = () => { opening.result.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  });
}

function save(store: NegotiationStore, from: NegotiationRecord, to: NegotiationRecord, template?: NegotiationRecord) {
  return store.saveEdit(to.id, { savedAt: LATER, edit: diffRecords(from, to), ...(template ? { template } : {}) });
}

const base = withSystemAdded(emptyRecord(flow), system('s1', 'hiring'));

describe('NegotiationStore', () => {
  it('keeps many negotiations, each with its record, revision and cursor apart', async () => {
    const store = await NegotiationStore.open(new IDBFactory());
    const first = withAnswer(base, 's1', 'data-categories', { status: 'refused', words: '', note: 'n' });
    await store.create(first);
    await store.create({ ...emptyRecord(flow), id: 'another' });
    await store.saveCursor(first.id, { value: { checklist: 'legal-basis' }, systemIndex: 0 });

    const listed = await store.list();
    expect(listed.map((entry) => entry.id).sort()).toEqual(['another', first.id].sort());
    const loaded = await store.load(first.id);
    expect(loaded?.stored.reading).toEqual({ ok: true, record: first });
    expect(loaded?.stored.revision).toBe(1);
    expect(loaded?.cursor).toEqual({ value: { checklist: 'legal-basis' }, systemIndex: 0 });
    expect((await store.load('another'))?.cursor).toBeUndefined();
  });

  it('never stores a new negotiation over one with the same id', async () => {
    const store = await NegotiationStore.open(new IDBFactory());
    await store.create(base);
    await expect(store.create(withMeta(base, { union: 'Someone else' }))).rejects.toBeInstanceOf(ExistingRecordError);
    expect((await store.load(base.id))?.stored.reading).toEqual({ ok: true, record: base });
  });

  it('stores a new negotiation with its first edit, and not before', async () => {
    const store = await NegotiationStore.open(new IDBFactory());
    const template = emptyRecord(flow);
    expect(await store.list()).toEqual([]);
    const typed = withMeta(template, { workplace: 'Depot 9' });
    const synced = await save(store, template, typed, template);
    expect(synced.revision).toBe(1);
    expect(synced.record.meta.workplace).toBe('Depot 9');
    expect(synced.record.updatedAt).toBe(LATER);
    expect((await store.list()).map((entry) => entry.id)).toEqual([template.id]);
  });

  it('merges a stale tab’s edit field by field instead of putting its old copy back', async () => {
    const store = await NegotiationStore.open(new IDBFactory());
    await store.create(base);
    // Tab A answers two questions; tab B, still holding the original, types a note elsewhere.
    const tabA = withAnswer(withAnswer(base, 's1', 'data-categories', { status: 'answered', words: 'Names and shifts' }), 's1', 'legal-basis', { status: 'refused' });
    const tabB = withAnswer(base, 's1', 'retention-period', { note: 'Ask for the deletion log' });
    await save(store, base, tabA);
    const afterB = await save(store, base, tabB);

    expect(afterB.revision).toBe(3);
    expect(afterB.conflicts).toEqual([]);
    expect(afterB.record.answers.s1).toEqual({
      'data-categories': { status: 'answered', words: 'Names and shifts', note: '' },
      'legal-basis': { status: 'refused', words: '', note: '' },
      'retention-period': { words: '', note: 'Ask for the deletion log' },
    });
    expect((await store.load(base.id))?.stored.reading).toEqual({ ok: true, record: afterB.record });
  });

  it('keeps both versions when two tabs changed the same answer, and settles on the one picked', async () => {
    const store = await NegotiationStore.open(new IDBFactory());
    await store.create(base);
    await save(store, base, withAnswer(base, 's1', 'data-categories', { words: 'Version from tab A' }));
    const after = await save(store, base, withAnswer(base, 's1', 'data-categories', { words: 'Version from tab B' }));

    expect(after.record.answers.s1?.['data-categories']?.words).toBe('Version from tab A');
    expect(after.conflicts).toEqual([{ path: ['answer', 's1', 'data-categories', 'words'], others: ['Version from tab B'] }]);
    // The user, seeing A, picks B: the choice is an edit from A, with the conflict settled.
    const seen = after.record;
    const picked = withAnswer(seen, 's1', 'data-categories', { words: 'Version from tab B' });
    const settled = await store.saveEdit(base.id, { savedAt: LATER, edit: diffRecords(seen, picked), settled: [['answer', 's1', 'data-categories', 'words']] });
    expect(settled.record.answers.s1?.['data-categories']?.words).toBe('Version from tab B');
    expect(settled.conflicts).toEqual([]);
    expect((await store.load(base.id))?.stored.conflicts).toEqual([]);
  });

  it('keeps newer words saved while the user was choosing, as a conflict in their turn', async () => {
    const store = await NegotiationStore.open(new IDBFactory());
    await store.create(base);
    await save(store, base, withAnswer(base, 's1', 'data-categories', { words: 'A' }));
    const seen = (await save(store, base, withAnswer(base, 's1', 'data-categories', { words: 'B' }))).record;
    // Meanwhile tab A goes on typing.
    await save(store, seen, withAnswer(seen, 's1', 'data-categories', { words: 'A2, the newest words' }));
    const after = await store.saveEdit(base.id, { savedAt: LATER, edit: diffRecords(seen, withAnswer(seen, 's1', 'data-categories', { words: 'B' })), settled: [['answer', 's1', 'data-categories', 'words']] });
    expect(after.record.answers.s1?.['data-categories']?.words).toBe('A2, the newest words');
    expect(after.conflicts).toEqual([{ path: ['answer', 's1', 'data-categories', 'words'], others: ['B'] }]);
  });

  it('refuses, before writing anything, an edit it could never merge', async () => {
    const store = await NegotiationStore.open(new IDBFactory());
    await store.create(base);
    const huge = withAnswer(base, 's1', 'data-categories', { words: 'x'.repeat(2_000_001) });
    await expect(save(store, base, huge)).rejects.toBeInstanceOf(UnsavableEditError);
    const fine = await save(store, base, withAnswer(base, 's1', 'data-categories', { words: 'x'.repeat(2_000_000) }));
    expect(fine.record.answers.s1?.['data-categories']?.words).toHaveLength(2_000_000);
  });

  it('refuses to save into a negotiation deleted meanwhile, so the tab is told', async () => {
    const store = await NegotiationStore.open(new IDBFactory());
    await store.create(base);
    await store.markDeleted(base.id, LATER);
    await expect(save(store, base, withMeta(base, { round: 'Third' }))).rejects.toBeInstanceOf(NotStoredError);
  });

  it('recovers a new negotiation whose first save reached only the journal', async () => {
    const factory = new IDBFactory();
    (await NegotiationStore.open(factory)).close();
    const template = emptyRecord(flow);
    const typed = withMeta(template, { workplace: 'Depot 9' });
    await new Promise<void>((resolve) => {
      const opening = factory.open('data-rights-wizard');
      opening.onsuccess = () => {
        const tx = opening.result.transaction('edits', 'readwrite');
        tx.objectStore('edits').add({ negotiationId: template.id, savedAt: LATER, edit: diffRecords(template, typed), template });
        tx.oncomplete = () => { opening.result.close(); resolve(); };
      };
    });
    const store = await NegotiationStore.open(factory);
    expect(await store.list()).toEqual([]);
    await store.recoverJournal();
    const [recovered] = await store.list();
    expect(recovered?.reading.ok && recovered.reading.record.meta.workplace).toBe('Depot 9');
  });

  it('merges, on the next read, an edit left in the journal by a tab that closed mid-save', async () => {
    const factory = new IDBFactory();
    const store = await NegotiationStore.open(factory);
    await store.create(base);
    const cursor = { value: { checklist: 'legal-basis' }, systemIndex: 0 };
    await store.saveCursor(base.id, cursor);
    // The journal write lands; the merge after it never runs, as when the page is torn down.
    const journal = await new Promise<IDBDatabase>((resolve) => {
      const opening = factory.open('data-rights-wizard');
      opening.onsuccess = () => resolve(opening.result);
    });
    const typed = withAnswer(base, 's1', 'data-categories', { words: 'Last words before the tab closed' });
    await new Promise<void>((resolve) => {
      const tx = journal.transaction('edits', 'readwrite');
      tx.objectStore('edits').add({ negotiationId: base.id, savedAt: LATER, edit: diffRecords(base, typed) });
      tx.oncomplete = () => resolve();
    });
    journal.close();

    const loaded = await (await NegotiationStore.open(factory)).load(base.id);
    expect(loaded?.stored.reading.ok && loaded.stored.reading.record.answers.s1?.['data-categories']?.words).toBe('Last words before the tab closed');
    expect(loaded?.stored.revision).toBe(2);
    expect(loaded?.cursor).toEqual(cursor);
    // Merged once: the next opening finds nothing waiting and reads the same record and cursor, validated afresh.
    const again = await (await NegotiationStore.open(factory)).load(base.id);
    expect(again).toEqual(loaded);
  });

  it('leaves a journal entry it cannot read where it is, and still merges the others', async () => {
    const factory = new IDBFactory();
    const store = await NegotiationStore.open(factory);
    await store.create(base);
    const db = await new Promise<IDBDatabase>((resolve) => {
      const opening = factory.open('data-rights-wizard');
      opening.onsuccess = () => resolve(opening.result);
    });
    const junk = { negotiationId: base.id, savedAt: LATER, edit: { changes: [{ path: ['answer', 's1', 'data-categories', 'status'], after: 'whatever' }], order: [], snapshots: {} } };
    await new Promise<void>((resolve) => {
      const tx = db.transaction('edits', 'readwrite');
      tx.objectStore('edits').add(junk);
      tx.oncomplete = () => resolve();
    });

    const merged = await save(store, base, withAnswer(base, 's1', 'legal-basis', { words: 'Still saved' }));
    expect(merged.record.answers.s1).toEqual({ 'legal-basis': { words: 'Still saved', note: '' } });
    const left = await new Promise<unknown[]>((resolve) => {
      const request = db.transaction('edits').objectStore('edits').getAll();
      request.onsuccess = () => resolve(request.result);
    });
    expect(left).toEqual([junk]);
    db.close();
  });

  it('upgrades negotiations stored by version 1, keeping every record and damaged one as it was', async () => {
    const factory = new IDBFactory();
    const damaged = { schemaVersion: 1, id: 'broken', flowId: 'eu', answers: 'not an object' };
    await plantVersion1(factory, { [base.id]: base, broken: damaged });
    const store = await NegotiationStore.open(factory);

    const byId = new Map((await store.list()).map((entry) => [entry.id, entry]));
    expect(byId.get(base.id)?.reading).toEqual({ ok: true, record: base });
    expect(byId.get(base.id)?.revision).toBe(1);
    expect(byId.get('broken')?.raw).toEqual(damaged);
    expect(byId.get('broken')?.reading.ok).toBe(false);
    // The first list summarised both, the damaged one with why it cannot be read, and stored the summaries.
    expect((await store.summaries()).map((summary) => summary.id).sort()).toEqual([base.id, 'broken'].sort());
    const summaries = await readStore(factory, 'summaries');
    expect(summaries.get(base.id)).toEqual(summariseRecord(base, { archived: false }));
    expect(summaries.get('broken')).toMatchObject({ problem: { kind: 'invalid' } });
  });

  it('lists a damaged record with its raw data and refuses to merge into it, keeping the edit', async () => {
    const factory = new IDBFactory();
    const raw = { schemaVersion: 1, id: 'broken', flowId: 'eu', answers: 'not an object' };
    await plant(factory, 'broken', raw);
    const store = await NegotiationStore.open(factory);

    const [entry] = await store.list();
    expect(entry?.raw).toEqual(raw);
    expect(entry?.reading.ok).toBe(false);
    const record = { ...emptyRecord(flow), id: 'broken' };
    await expect(save(store, record, withMeta(record, { union: 'New' }))).rejects.toBeInstanceOf(DamagedRecordError);
    expect((await store.load('broken'))?.stored.raw).toEqual(raw);
  });

  it('opens a negotiation saved under the version 1 checklist with its answers under today’s ids, and stores it so at the next save', async () => {
    const factory = new IDBFactory();
    const answers = { s1: { 'dpia-done': { status: 'answered', choice: 'no', words: 'Not yet', note: 'press' }, 'data-sale': { status: 'refused', words: '', note: '' } } };
    await plant(factory, base.id, { ...base, flowVersion: 1, answers });
    const store = await NegotiationStore.open(factory);
    const loaded = await store.load(base.id);
    if (!loaded?.stored.reading.ok) throw new Error('the version 1 record did not read');
    const opened = loaded.stored.reading.record;
    expect(opened.flowVersion).toBe(flow.version);
    expect(opened.answers.s1).toEqual({
      'impact-assessment': { status: 'answered', choice: 'no', words: 'Not yet', note: 'press' },
      'third-party-use': { status: 'refused', words: '', note: '' },
    });
    await save(store, opened, withAnswer(opened, 's1', 'data-categories', { words: 'Badge logs' }));
    const raw = await new Promise<{ record: NegotiationRecord }>((resolve) => {
      const opening = factory.open('data-rights-wizard');
      opening.onsuccess = () => {
        const request = opening.result.transaction('records').objectStore('records').get(base.id);
        request.onsuccess = () => { opening.result.close(); resolve(request.result as { record: NegotiationRecord }); };
      };
    });
    expect(raw.record.flowVersion).toBe(flow.version);
    expect(Object.keys(raw.record.answers.s1 ?? {}).sort()).toEqual(['data-categories', 'impact-assessment', 'third-party-use']);
  });

  it('explains a record saved by a newer version instead of opening it', async () => {
    const factory = new IDBFactory();
    await plant(factory, 'future', { ...emptyRecord(flow), id: 'future', schemaVersion: 9 });
    const store = await NegotiationStore.open(factory);
    expect((await store.load('future'))?.stored.reading).toEqual({ ok: false, problem: { kind: 'newer-version', version: 9 } });
  });

  it('archives and brings back, deletes and undeletes, and erases for good; damaged records too', async () => {
    const factory = new IDBFactory();
    await plant(factory, 'broken', { schemaVersion: 1 });
    const store = await NegotiationStore.open(factory);
    await store.create(base);
    await store.saveCursor(base.id, { value: 'review', systemIndex: 0 });

    await store.setArchived(base.id, true);
    await store.setArchived('broken', true);
    const reopened = await NegotiationStore.open(factory);
    expect((await reopened.list()).map((entry) => entry.archived)).toEqual([true, true]);
    await reopened.setArchived(base.id, false);
    expect((await reopened.load(base.id))?.stored.archived).toBe(false);
    expect((await reopened.load(base.id))?.stored.reading).toEqual({ ok: true, record: base });

    await reopened.markDeleted(base.id, '2026-12-01T10:00:00.000Z');
    expect((await reopened.load(base.id))?.stored.deletedAt).toBe('2026-12-01T10:00:00.000Z');
    await reopened.undelete(base.id);
    expect((await reopened.load(base.id))?.stored.deletedAt).toBeUndefined();

    await reopened.markDeleted(base.id, '2026-12-01T10:00:00.000Z');
    await reopened.markDeleted('broken', '2026-12-01T10:00:30.000Z');
    // What is left is returned, so the home page can list it without reading it again.
    expect((await reopened.eraseDeletedBefore(await reopened.summaries(), '2026-12-01T10:00:10.000Z')).map((summary) => summary.id)).toEqual(['broken']);
    expect((await reopened.list()).map((entry) => entry.id)).toEqual(['broken']);
    expect(await reopened.load(base.id)).toBeUndefined();
  });

  it('writes a negotiation’s summary with every write of its record', async () => {
    const factory = new IDBFactory();
    const store = await NegotiationStore.open(factory);
    await store.create(base);
    const [created] = await store.summaries();
    expect(created).toEqual(summariseRecord(base, { archived: false }));

    const answered = withAnswer(withMeta(base, { title: 'Hiring tool' }), 's1', 'data-categories', { status: 'refused' });
    const synced = await save(store, base, answered);
    await store.setArchived(base.id, true);
    await store.markDeleted(base.id, LATER);
    const summary = (await readStore(factory, 'summaries')).get(base.id);
    expect(summary).toEqual(summariseRecord(synced.record, { archived: true, deletedAt: LATER }));
    expect(summary).toMatchObject({ title: 'Hiring tool', answered: 1, openGaps: 1, updatedAt: LATER });

    await store.erase(base.id);
    expect(await readStore(factory, 'summaries')).toEqual(new Map());
    expect(await store.summaries()).toEqual([]);
  });

  it('upgrades a version 2 database: the records byte for byte as they were, and a summary for each at the first list', async () => {
    const factory = new IDBFactory();
    const answered = withAnswer(withNextRound(base, { id: 'r1', closedAt: LATER }, {}), 's1', 'legal-basis', { status: 'unknown' });
    const envelopes = {
      [base.id]: { revision: 4, record: answered, conflicts: [], archived: true },
      broken: { revision: 2, record: { schemaVersion: 2, id: 'broken', answers: 'not an object' }, conflicts: [], deletedAt: LATER },
    };
    await plantVersion2(factory, envelopes);
    const store = await NegotiationStore.open(factory);
    expect(await readStore(factory, 'records')).toEqual(new Map(Object.entries(envelopes)));
    // The upgrade itself loads no validation: the home page's first list computes what is missing.
    expect(await readStore(factory, 'summaries')).toEqual(new Map());
    expect((await store.summaries()).map((summary) => summary.id).sort()).toEqual([base.id, 'broken'].sort());
    store.close();

    expect(await readStore(factory, 'records')).toEqual(new Map(Object.entries(envelopes)));
    const summaries = await readStore(factory, 'summaries');
    expect(summaries.get(base.id)).toEqual(summariseRecord(answered, { archived: true }));
    expect(summaries.get(base.id)).toMatchObject({ round: 2, answered: 1, openGaps: 1 });
    expect(summaries.get('broken')).toMatchObject({ id: 'broken', problem: { kind: 'invalid' }, archived: false, deletedAt: LATER });
  });

  it('lists a negotiation whose summary is damaged or missing from its record, and stores the summary again', async () => {
    const factory = new IDBFactory();
    const store = await NegotiationStore.open(factory);
    await store.create(base);
    await store.create({ ...base, id: 'second' });
    await writeRaw(factory, 'summaries', base.id, { id: base.id, title: 42 });
    await writeRaw(factory, 'records', 'planted', { revision: 1, record: { ...base, id: 'planted' }, conflicts: [] });

    const summaries = await store.summaries();
    expect(new Map(summaries.map((summary) => [summary.id, summary]))).toEqual(new Map([
      [base.id, summariseRecord(base, { archived: false })],
      ['second', summariseRecord({ ...base, id: 'second' }, { archived: false })],
      ['planted', summariseRecord({ ...base, id: 'planted' }, { archived: false })],
    ]));
    expect((await readStore(factory, 'summaries')).get(base.id)).toEqual(summariseRecord(base, { archived: false }));
  });

  it('replaces a stored negotiation with an imported record as a new revision, keeping its archive flag', async () => {
    const factory = new IDBFactory();
    const store = await NegotiationStore.open(factory);
    await store.create(base);
    await save(store, base, withAnswer(base, 's1', 'data-categories', { words: 'Version from tab A' }));
    await save(store, base, withAnswer(base, 's1', 'data-categories', { words: 'Version from tab B' }));
    await store.setArchived(base.id, true);
    await store.saveCursor(base.id, { value: 'review', systemIndex: 0 });
    // A closed tab's edit still waits in the journal; the import makes it stale.
    await new Promise<void>((resolve) => {
      const opening = factory.open('data-rights-wizard');
      opening.onsuccess = () => {
        const tx = opening.result.transaction('edits', 'readwrite');
        tx.objectStore('edits').add({ negotiationId: base.id, savedAt: LATER, edit: diffRecords(base, withMeta(base, { union: 'Stale' })) });
        tx.oncomplete = () => { opening.result.close(); resolve(); };
      };
    });

    const imported = withMeta(withAnswer(base, 's1', 'legal-basis', { status: 'answered', words: 'From the file' }), { title: 'Imported' });
    const synced = await store.replace(imported);
    expect(synced).toEqual({ revision: 5, record: imported, conflicts: [] });
    const loaded = await store.load(base.id);
    expect(loaded?.stored).toMatchObject({ revision: 5, archived: true, conflicts: [], reading: { ok: true, record: imported } });
    expect(loaded?.cursor).toBeUndefined();
    expect(await readStore(factory, 'edits')).toEqual(new Map());
    expect((await store.summaries())[0]).toEqual(summariseRecord(imported, { archived: true }));
  });

  it('refuses to replace a negotiation that is not stored, or was deleted', async () => {
    const store = await NegotiationStore.open(new IDBFactory());
    await expect(store.replace(base)).rejects.toBeInstanceOf(NotStoredError);
    await store.create(base);
    await store.markDeleted(base.id, LATER);
    await expect(store.replace(withMeta(base, { title: 'Imported' }))).rejects.toBeInstanceOf(NotStoredError);
    expect((await store.load(base.id))?.stored.reading).toEqual({ ok: true, record: base });
  });

  it('remembers settings', async () => {
    const store = await NegotiationStore.open(new IDBFactory());
    expect(await store.getSetting('interfaceLanguage')).toBeUndefined();
    await store.setSetting('interfaceLanguage', 'fr');
    expect(await store.getSetting('interfaceLanguage')).toBe('fr');
  });
});

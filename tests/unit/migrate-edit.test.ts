import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { ANSWER_MIGRATIONS, CHECKLIST_VERSION } from '../../flows/migrations.ts';
import type { RecordEdit } from '../../src/record/record-merge.ts';
import { migrateEdit } from '../../src/record/migrate-edit.ts';
import { withSystemAdded } from '../../src/engine/record-updates.ts';
import { NegotiationStore } from '../../src/record/storage.ts';
import { euFlow } from '../support/flows.ts';
import { emptyRecord, FIXED_NOW, system } from '../support/records.ts';

const edit = (changes: RecordEdit['changes']): RecordEdit => ({ changes, order: ['s1'], snapshots: {} });

describe('a save left in the journal by a tab of an earlier version', () => {
  it('moves a version 1 save onto today’s ids: renamed questions, renamed options and split questions', () => {
    const v1 = edit([
      { path: ['answer', 's1', 'transfers-outside-eu', 'words'], before: undefined, after: 'To India' },
      { path: ['answer', 's1', 'vendor-processor', 'choice'], before: undefined, after: 'no' },
      { path: ['meta', 'employer'], before: 'Acme', after: 'Acme Ltd' },
    ]);
    expect(migrateEdit(v1, ANSWER_MIGRATIONS.eu, 1, CHECKLIST_VERSION).changes).toEqual([
      { path: ['answer', 's1', 'cross-border-transfers', 'words'], before: undefined, after: 'To India' },
      // "There is a vendor, without a contract": two answers now.
      { path: ['answer', 's1', 'vendor-involved', 'choice'], before: undefined, after: 'yes' },
      { path: ['answer', 's1', 'vendor-contract', 'choice'], before: undefined, after: 'no' },
      { path: ['meta', 'employer'], before: 'Acme', after: 'Acme Ltd' },
    ]);
    const za = edit([{ path: ['answer', 's1', 'human-review', 'choice'], before: 'none', after: 'every-decision' }]);
    expect(migrateEdit(za, ANSWER_MIGRATIONS.za, 1, CHECKLIST_VERSION).changes).toEqual([{ path: ['answer', 's1', 'human-review', 'choice'], before: 'no', after: 'always' }]);
  });

  it('moves the snapshot a save keeps of each system it touched', () => {
    const v1: RecordEdit = { changes: [], order: ['s1'], snapshots: { s1: { system: { id: 's1', name: 'Tracker', vendor: '', category: 'monitoring', purpose: '', affected: '' }, answers: { 'dpia-done': { status: 'answered', choice: 'yes', words: '', note: '' } } } } };
    expect(Object.keys(migrateEdit(v1, ANSWER_MIGRATIONS.eu, 1, CHECKLIST_VERSION).snapshots.s1!.answers)).toEqual(['impact-assessment']);
  });

  it('leaves a save of today’s version as it is', () => {
    const today = edit([{ path: ['answer', 's1', 'storage-location', 'choice'], before: undefined, after: 'in-south-africa' }]);
    expect(migrateEdit(today, ANSWER_MIGRATIONS.za, CHECKLIST_VERSION, CHECKLIST_VERSION)).toEqual(today);
  });

  it('moves a save that does not say its version only where the id can be no one else’s', () => {
    const unversioned = edit([
      { path: ['answer', 's1', 'vendors-operators', 'status'], before: undefined, after: 'answered' },
      // The same id in both versions: a question of today's checklist, left alone.
      { path: ['answer', 's1', 'storage-location', 'choice'], before: undefined, after: 'in-south-africa' },
    ]);
    expect(migrateEdit(unversioned, ANSWER_MIGRATIONS.za, undefined, CHECKLIST_VERSION).changes).toEqual([
      { path: ['answer', 's1', 'vendor-involved', 'status'], before: undefined, after: 'answered' },
      { path: ['answer', 's1', 'storage-location', 'choice'], before: undefined, after: 'in-south-africa' },
    ]);
  });
});

describe('a version 1 save merged by storage', () => {
  it('lands under today’s ids, and today’s saves as they are', async () => {
    const store = await NegotiationStore.open(new IDBFactory());
    const record = withSystemAdded(emptyRecord(euFlow), system('s1', 'monitoring'));
    await store.create(record);
    const v1 = edit([{ path: ['answer', 's1', 'transfers-outside-eu', 'words'], before: undefined, after: 'To India' }]);
    const merged = await store.saveEdit(record.id, { savedAt: FIXED_NOW, edit: v1, flowVersion: 1 });
    expect(merged.record.answers.s1).toEqual({ 'cross-border-transfers': { words: 'To India', note: '' } });
    const today = edit([{ path: ['answer', 's1', 'purpose', 'words'], before: undefined, after: 'Routing' }]);
    const again = await store.saveEdit(record.id, { savedAt: FIXED_NOW, edit: today, flowVersion: CHECKLIST_VERSION });
    expect(Object.keys(again.record.answers.s1 ?? {})).toEqual(['cross-border-transfers', 'purpose']);
    store.close();
  });
});

import { describe, expect, it } from 'vitest';
import { ANSWER_MIGRATIONS, CHECKLIST_VERSION } from '../../flows/migrations.ts';
import type { RecordEdit } from '../../src/record/record-merge.ts';
import { migrateEdit } from '../../src/record/migrate-edit.ts';

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

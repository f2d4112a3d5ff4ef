import { describe, expect, it } from 'vitest';
import type { NegotiationRecord } from '../../src/engine/negotiation.ts';
import { withAnswer, withMeta, withSystemAdded, withSystemRemoved, withSystemUpdated } from '../../src/engine/record-updates.ts';
import { diffRecords, foldEdit, sameRecord, settleConflict } from '../../src/record/record-merge.ts';
import { euFlow as flow } from '../support/flows.ts';
import { answeredRecord, emptyRecord, system } from '../support/records.ts';


const base = withSystemAdded(withSystemAdded(emptyRecord(flow), system('s1', 'hiring')), system('s2', 'monitoring'));

/** What storage does with two tabs' saves from the same starting point: A's first, then B's. */
function bothTabs(start: NegotiationRecord, tabA: NegotiationRecord, tabB: NegotiationRecord) {
  const first = foldEdit(start, diffRecords(start, tabA));
  return foldEdit(first.record, diffRecords(start, tabB));
}

describe('diffRecords', () => {
  it('lists only the fields that changed, each with its value before', () => {
    const after = withMeta(withAnswer(base, 's1', 'data-categories', { status: 'refused', note: 'push' }), { round: 'Second' });
    expect(diffRecords(base, after).changes).toEqual([
      { path: ['meta', 'round'], before: undefined, after: 'Second' },
      { path: ['answer', 's1', 'data-categories', 'status'], before: undefined, after: 'refused' },
      { path: ['answer', 's1', 'data-categories', 'note'], before: undefined, after: 'push' },
    ]);
    expect(diffRecords(after, after).changes).toEqual([]);
  });

  it('treats an empty answer as no answer, so nothing is sent for a field that was only focused', () => {
    expect(sameRecord(base, withAnswer(base, 's1', 'data-categories', { words: '' }))).toBe(true);
  });

  it('folds back into the same record it was computed from, for a fully answered negotiation', () => {
    const full = answeredRecord(flow, 4);
    const edited = withSystemRemoved(withAnswer(withSystemUpdated(full, 's2', { vendor: 'Changed' }), 's3', 'data-categories', { words: 'Now this' }), 's1');
    const { record, conflicts } = foldEdit(full, diffRecords(full, edited));
    expect(conflicts).toEqual([]);
    expect(sameRecord(record, edited)).toBe(true);
    expect(record.systems.map((entry) => entry.id)).toEqual(['s2', 's3', 's4']);
  });
});

describe('foldEdit: two tabs from the same record', () => {
  it('keeps both tabs’ answers to different questions and both tabs’ new systems', () => {
    const tabA = withSystemAdded(withAnswer(base, 's1', 'data-categories', { status: 'answered', words: 'A' }), system('a', 'scheduling'));
    const tabB = withSystemAdded(withAnswer(base, 's2', 'legal-basis', { status: 'unknown' }), system('b', 'location'));
    const { record, conflicts } = bothTabs(base, tabA, tabB);
    expect(conflicts).toEqual([]);
    expect(record.answers.s1?.['data-categories']).toEqual({ status: 'answered', words: 'A', note: '' });
    expect(record.answers.s2?.['legal-basis']).toEqual({ status: 'unknown', words: '', note: '' });
    expect(record.systems.map((entry) => entry.id)).toEqual(['s1', 's2', 'a', 'b']);
  });

  it('keeps the two fields of one answer that each tab changed', () => {
    const tabA = withAnswer(base, 's1', 'data-categories', { status: 'refused' });
    const tabB = withAnswer(base, 's1', 'data-categories', { note: 'They refused last time too' });
    const { record, conflicts } = bothTabs(base, tabA, tabB);
    expect(conflicts).toEqual([]);
    expect(record.answers.s1?.['data-categories']).toEqual({ status: 'refused', words: '', note: 'They refused last time too' });
  });

  it('never lets a stale value replace a newer one: the same field changed twice is a conflict that keeps both', () => {
    const tabA = withMeta(base, { employer: 'Acme Logistics plc' });
    const tabB = withMeta(base, { employer: 'Acme Group' });
    const { record, conflicts } = bothTabs(base, tabA, tabB);
    expect(record.meta.employer).toBe('Acme Logistics plc');
    expect(conflicts).toEqual([{ path: ['meta', 'employer'], others: ['Acme Group'] }]);
    expect(settleConflict(record, conflicts[0]!, 'Acme Group').meta.employer).toBe('Acme Group');
  });

  it('is idempotent: the same edit merged twice changes nothing the second time', () => {
    const tabA = withAnswer(base, 's1', 'data-categories', { words: 'Once' });
    const edit = diffRecords(base, tabA);
    const once = foldEdit(base, edit).record;
    const twice = foldEdit(once, edit);
    expect(twice.conflicts).toEqual([]);
    expect(twice.record).toEqual(once);
  });

  it('keeps a system one tab removed while the other answered for it, as one decision', () => {
    const removed = withSystemRemoved(base, 's1');
    const answered = withAnswer(base, 's1', 'data-categories', { words: 'Answered in the other tab' });

    // Removed first: it stays removed, and the other tab's version waits to be restored.
    const removedFirst = bothTabs(base, removed, answered);
    expect(removedFirst.record.systems.map((entry) => entry.id)).toEqual(['s2']);
    expect(removedFirst.record.answers.s1).toBeUndefined();
    expect(removedFirst.conflicts).toHaveLength(1);
    const [restore] = removedFirst.conflicts;
    expect(restore?.path).toEqual(['system', 's1']);
    const restored = settleConflict(removedFirst.record, restore!, 'present');
    expect(restored.systems.map((entry) => entry.id)).toEqual(['s2', 's1']);
    expect(restored.answers.s1?.['data-categories']?.words).toBe('Answered in the other tab');

    // Answered first: the system stays, and the removal waits for a decision.
    const answeredFirst = bothTabs(base, answered, removed);
    expect(answeredFirst.record.answers.s1?.['data-categories']?.words).toBe('Answered in the other tab');
    expect(answeredFirst.conflicts).toEqual([{ path: ['system', 's1'], others: [undefined] }]);
    const gone = settleConflict(answeredFirst.record, answeredFirst.conflicts[0]!, undefined);
    expect(gone.systems.map((entry) => entry.id)).toEqual(['s2']);
  });

  it('removes a system both tabs removed, without asking', () => {
    const removed = withSystemRemoved(base, 's2');
    const { record, conflicts } = bothTabs(base, removed, removed);
    expect(conflicts).toEqual([]);
    expect(record.systems.map((entry) => entry.id)).toEqual(['s1']);
  });
});

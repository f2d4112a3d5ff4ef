import { describe, expect, it } from 'vitest';
import { withAnswer, withMeta, withSystemAdded } from '../../src/engine/record-updates.ts';
import { withNextRound } from '../../src/engine/rounds.ts';
import { readSummary, summariseReading, summariseRecord } from '../../src/record/negotiation-summary.ts';
import { readRecord } from '../../src/record/record-schema.ts';
import { euFlow as flow } from '../support/flows.ts';
import { emptyRecord, system } from '../support/records.ts';

/** Two systems; a first meeting on 3 November, the second under way with answers and gaps. */
function negotiation() {
  let record = withSystemAdded(withSystemAdded(emptyRecord(flow), system('s1', 'hiring')), system('s2', 'monitoring'));
  record = withMeta(record, { date: '2026-11-03', title: 'Depot cameras' });
  record = withAnswer(record, 's1', 'data-categories', { status: 'refused' });
  record = withNextRound(record, { id: 'r1', closedAt: '2026-11-04T09:00:00.000Z' }, {});
  record = withAnswer(record, 's1', 'data-categories', { status: 'partly', words: 'Names only' });
  record = withAnswer(record, 's1', 'legal-basis', { status: 'answered', words: 'Contract' });
  record = withAnswer(record, 's2', 'data-categories', { status: 'unknown' });
  record = withAnswer(record, 's2', 'legal-basis', { status: 'follow-up' });
  record = withAnswer(record, 's2', 'retention-period', { note: 'A note, no answer yet' });
  return record;
}

describe('the summary of a negotiation', () => {
  it('counts the meeting under way: its number, answers recorded and gaps still open', () => {
    const summary = summariseRecord(negotiation(), { archived: false });
    expect(summary).toEqual({
      id: 'record-eu',
      title: 'Depot cameras',
      union: 'Transport Workers Union',
      employer: 'Acme Logistics',
      workplace: 'Depot 4',
      flowId: 'eu',
      // The second meeting has no date yet: the list shows the first one's.
      lastMeeting: '2026-11-03',
      round: 2,
      systems: 2,
      answered: 4,
      openGaps: 3,
      updatedAt: '2026-11-30T10:00:00.000Z',
      archived: false,
    });
    expect(summariseRecord(withMeta(negotiation(), { date: '2026-12-01' }), { archived: true, deletedAt: '2026-12-02T08:00:00.000Z' })).toMatchObject({
      lastMeeting: '2026-12-01',
      archived: true,
      deletedAt: '2026-12-02T08:00:00.000Z',
    });
  });

  it('ignores answers kept for a system no longer in the inventory', () => {
    const record = negotiation();
    const withoutS2 = { ...record, systems: record.systems.filter((entry) => entry.id !== 's2') };
    expect(summariseRecord(withoutS2, { archived: false })).toMatchObject({ systems: 1, answered: 2, openGaps: 1 });
  });

  it('says why a damaged record cannot be read', () => {
    expect(summariseReading('broken', readRecord({ schemaVersion: 9 }), { archived: false })).toMatchObject({ id: 'broken', problem: { kind: 'newer-version', version: 9 }, systems: 0 });
    expect(summariseReading('junk', readRecord('junk'), { archived: true }).problem).toEqual({ kind: 'not-a-record' });
  });

  it('trusts a stored summary only when it passes its check and belongs to its key', () => {
    const summary = summariseRecord(negotiation(), { archived: false });
    expect(readSummary(summary, 'record-eu')).toEqual(summary);
    expect(readSummary(summary, 'another')).toBeUndefined();
    expect(readSummary({ ...summary, openGaps: -1 }, 'record-eu')).toBeUndefined();
    expect(readSummary({ ...summary, archived: 'yes' }, 'record-eu')).toBeUndefined();
  });
});

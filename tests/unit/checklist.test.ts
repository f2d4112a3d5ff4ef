import { describe, expect, it } from 'vitest';
import { hiddenAnswerCount, progress, systemPath } from '../../src/engine/checklist.ts';
import { createRecord, type NegotiationRecord, type SystemEntry } from '../../src/engine/negotiation.ts';
import { withAnswer, withSystemAdded } from '../../src/engine/record-updates.ts';
import { tinyFlow } from '../support/tiny-flow.ts';

const hr: SystemEntry = { id: 's1', name: 'HireBot', vendor: 'V', category: 'hiring', purpose: '', affected: '' };
const base = withSystemAdded(
  createRecord({ id: 'n', flowId: 'tiny', flowVersion: 1, now: '2026-11-30T00:00:00Z', documentLanguage: 'en' }),
  hr,
);
const answered = (record: NegotiationRecord, question: string, choice?: string) =>
  withAnswer(record, 's1', question, { status: 'answered', ...(choice ? { choice } : {}) });
const ids = (record: NegotiationRecord) => systemPath(tinyFlow, record, hr).questions.map((question) => question.id);

describe('the path through one system checklist', () => {
  it('opens nested follow-ups as the answers call for them', () => {
    expect(ids(base)).toEqual(['data', 'automated', 'retention']);
    const automated = answered(base, 'automated', 'yes');
    expect(ids(automated)).toEqual(['data', 'automated', 'reviewer', 'retention']);
    expect(ids(answered(automated, 'reviewer', 'none'))).toEqual(['data', 'automated', 'reviewer', 'appeal', 'retention']);
  });

  it('keeps answers on questions a change hid, without letting them reopen their own follow-ups', () => {
    let record = answered(answered(answered(base, 'automated', 'yes'), 'reviewer', 'none'), 'appeal');
    record = answered(record, 'automated', 'no');
    expect(ids(record)).toEqual(['data', 'automated', 'retention']);
    expect(hiddenAnswerCount(tinyFlow, record, hr)).toBe(2);
    expect(record.answers.s1?.reviewer?.choice).toBe('none');
  });

  it('computes progress from the path, not from a fixed count', () => {
    expect(progress(tinyFlow, base)).toEqual({ answered: 0, total: 3 });
    const record = answered(base, 'automated', 'yes');
    expect(progress(tinyFlow, record)).toEqual({ answered: 1, total: 4 });
  });
});

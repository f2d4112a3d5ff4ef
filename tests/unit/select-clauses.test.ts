import { describe, expect, it } from 'vitest';
import type { FlowDefinition } from '../../src/engine/flow-types.ts';
import type { NegotiationRecord } from '../../src/engine/negotiation.ts';
import { withAnswer, withSystemAdded } from '../../src/engine/record-updates.ts';
import { selectClauses } from '../../src/export/select-clauses.ts';
import { emptyRecord, system } from '../support/records.ts';
import { tinyFlow } from '../support/tiny-flow.ts';

const base = withSystemAdded(emptyRecord(tinyFlow), system('s1', 'hiring', 'HireBot'));
const set = (record: NegotiationRecord, question: string, answer: Parameters<typeof withAnswer>[3]) =>
  withAnswer(record, 's1', question, { words: '', note: '', ...answer });
const clausesOf = (record: NegotiationRecord) => selectClauses(tinyFlow, record).systems[0]?.clauses;

describe('selectClauses', () => {
  it('proposes only the unconditional clauses when nothing calls for more', () => {
    const record = set(set(base, 'automated', { status: 'answered', choice: 'no' }), 'retention', { status: 'answered', words: '6 months' });
    expect(clausesOf(record)).toEqual([{ clauseId: 'periodic-review', provisions: [], facts: {}, items: [] }]);
  });

  it('turns refused and unknown answers into one information clause, and a refused retention period into a retention clause', () => {
    let record = set(base, 'data', { status: 'unknown' });
    record = set(record, 'automated', { status: 'answered', choice: 'no' });
    record = set(record, 'retention', { status: 'refused', words: 'Commercially sensitive' });
    expect(clausesOf(record)).toEqual([
      { clauseId: 'information-disclosure', provisions: ['act-1'], facts: {}, items: ['data', 'retention'] },
      { clauseId: 'retention-deletion', provisions: ['act-1'], facts: { retention: null }, items: [] },
      { clauseId: 'periodic-review', provisions: [], facts: {}, items: [] },
    ]);
  });

  it('fills a clause fact with management words when they were given', () => {
    const record = set(base, 'retention', { status: 'partly', words: 'Kept for years' });
    expect(clausesOf(record)).toContainEqual({ clauseId: 'retention-deletion', provisions: ['act-1'], facts: { retention: 'Kept for years' }, items: [] });
  });

  it('asks for human review when automated decisions have no human reviewer', () => {
    let record = set(base, 'automated', { status: 'answered', choice: 'yes' });
    record = set(record, 'reviewer', { status: 'answered', choice: 'none' });
    expect(clausesOf(record)?.map((clause) => clause.clauseId)).toEqual(['human-review', 'periodic-review']);
  });

  it('ignores answers kept for follow-ups that a later answer hid', () => {
    let record = set(base, 'automated', { status: 'answered', choice: 'yes' });
    record = set(record, 'reviewer', { status: 'answered', choice: 'none' });
    record = set(record, 'appeal', { status: 'refused' });
    record = set(record, 'automated', { status: 'answered', choice: 'no' });
    expect(clausesOf(record)?.map((clause) => clause.clauseId)).toEqual(['periodic-review']);
  });

  it('records every question on the path, with missing answers marked, and never the internal note', () => {
    const record = set(base, 'data', { status: 'answered', words: 'CVs', note: 'SECRET-STRATEGY' });
    const model = selectClauses(tinyFlow, record);
    expect(model.systems[0]?.answers).toEqual([
      { questionId: 'data', stage: 'collection', status: 'answered', words: 'CVs', provisions: ['act-1'] },
      { questionId: 'automated', stage: 'analysis', words: '', provisions: ['act-1'] },
      { questionId: 'retention', stage: 'storage', words: '', provisions: ['act-1'] },
    ]);
    expect(JSON.stringify(model)).not.toContain('SECRET-STRATEGY');
  });

  it('cites a provision that binds only under a condition where it holds, and nowhere else', () => {
    // act-1 binds only where the system is not automated: like a duty owed to a recognised union only.
    const conditional: FlowDefinition = {
      ...tinyFlow,
      provisions: [{ ...tinyFlow.provisions[0], appliesIf: { not: { question: 'automated', is: ['yes'] } } }],
    };
    const refusedRetention = set(base, 'retention', { status: 'refused' });
    const binding = selectClauses(conditional, set(refusedRetention, 'automated', { status: 'answered', choice: 'no' })).systems[0];
    const notBinding = selectClauses(conditional, set(refusedRetention, 'automated', { status: 'answered', choice: 'yes' })).systems[0];
    expect(binding?.clauses.find((clause) => clause.clauseId === 'retention-deletion')?.provisions).toEqual(['act-1']);
    expect(binding?.answers.find((answer) => answer.questionId === 'retention')?.provisions).toEqual(['act-1']);
    expect(notBinding?.clauses.find((clause) => clause.clauseId === 'retention-deletion')?.provisions).toEqual([]);
    expect(notBinding?.clauses.find((clause) => clause.clauseId === 'information-disclosure')?.provisions).toEqual([]);
    expect(notBinding?.answers.find((answer) => answer.questionId === 'retention')?.provisions).toEqual([]);
  });
});

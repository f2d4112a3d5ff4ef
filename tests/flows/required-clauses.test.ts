import { describe, expect, it } from 'vitest';
import { FLOWS } from '../../flows/index.ts';
import type { Answer } from '../../src/engine/negotiation.ts';
import { selectClauses } from '../../src/export/select-clauses.ts';
import { answeredRecord, mixedAnswers } from '../support/records.ts';

/**
 * The legal logic the product requires, stated per flow independently of the flow's own rules:
 * when management gives this answer, the document must propose that clause.
 */
interface Requirement {
  readonly question: string;
  readonly answer: Partial<Answer>;
  readonly clause: string;
  /** Other answers pinned so that nothing but the answer under test calls for the clause. */
  readonly given?: Readonly<Record<string, Partial<Answer>>>;
}

const PARTLY_AUTOMATED = { 'automated-decisions': { status: 'answered', choice: 'partly' } } as const;

const REQUIREMENTS: Readonly<Record<string, readonly Requirement[]>> = {
  eu: [
    { question: 'dpia-done', answer: { status: 'answered', choice: 'no' }, clause: 'joint-impact-assessment' },
    { question: 'human-review', answer: { status: 'answered', choice: 'no' }, clause: 'human-review', given: PARTLY_AUTOMATED },
    { question: 'retention-period', answer: { status: 'refused' }, clause: 'retention-deletion' },
    { question: 'retention-period', answer: { status: 'unknown' }, clause: 'retention-deletion' },
    { question: 'retention-period', answer: { status: 'answered', choice: 'indefinite' }, clause: 'retention-deletion' },
    { question: 'emotion-recognition', answer: { status: 'answered', choice: 'yes' }, clause: 'no-emotion-recognition' },
    { question: 'data-sale', answer: { status: 'refused' }, clause: 'no-sale-no-training', given: { 'training-reuse': { status: 'answered', choice: 'no' } } },
  ],
  za: [
    { question: 'impact-assessment', answer: { status: 'answered', choice: 'no' }, clause: 'joint-impact-assessment' },
    { question: 'human-review', answer: { status: 'answered', choice: 'none' }, clause: 'human-review', given: PARTLY_AUTOMATED },
    { question: 'retention-period', answer: { status: 'refused' }, clause: 'retention-deletion' },
    { question: 'retention-period', answer: { status: 'unknown' }, clause: 'retention-deletion' },
  ],
};

describe.each(FLOWS.map((flow) => [flow.id, flow] as const))('clauses flow %s must propose', (flowId, flow) => {
  it.each((REQUIREMENTS[flowId] ?? []).map((requirement) => [requirement.clause, JSON.stringify(requirement.answer), requirement.question, requirement] as const))(
    '%s when management answers %s to %s',
    (_, __, ___, requirement) => {
      const record = answeredRecord(flow, 1, (question, index) => {
        const pinned = question.id === requirement.question ? requirement.answer : requirement.given?.[question.id];
        return pinned ? { words: '', note: '', ...pinned } : { ...mixedAnswers(question, index), status: 'answered' };
      });
      expect(record.answers.s1?.[requirement.question]?.status).toBe(requirement.answer.status);
      const clauses = selectClauses(flow, record).systems[0]?.clauses.map((clause) => clause.clauseId);
      expect(clauses).toContain(requirement.clause);
    },
  );
});

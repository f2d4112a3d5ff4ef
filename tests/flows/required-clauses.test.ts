import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/engine/negotiation.ts';
import { selectClauses } from '../../src/export/select-clauses.ts';
import { ALL_FLOWS } from '../support/flows.ts';
import { answeredRecord, mixedAnswers } from '../support/records.ts';

/**
 * What any union needs whatever the law, stated independently of the core's rules: when
 * management gives this answer, the proposal must carry that clause, in every jurisdiction and
 * under every overlay. Each jurisdiction's own requirements, and the legal bases its footnotes
 * must cite, are in `required-clauses-<layer>.test.ts`.
 */
interface Requirement {
  readonly question: string;
  readonly answer: Partial<Answer>;
  readonly clause: string;
  /** Other answers pinned so that nothing but the answer under test calls for the clause. */
  readonly given?: Readonly<Record<string, Partial<Answer>>>;
}

const PARTLY_AUTOMATED = { 'automated-decisions': { status: 'answered', choice: 'partly' } } as const;

const SOLELY_AUTOMATED = { 'automated-decisions': { status: 'answered', choice: 'solely' } } as const;
const NOT_ANSWERED_YES = { status: 'answered', choice: 'no' } as const;

const REQUIREMENTS: readonly Requirement[] = [
  { question: 'impact-assessment', answer: { status: 'answered', choice: 'no' }, clause: 'joint-impact-assessment' },
  // An assessment made but kept from the union is no better than none (review C3, C4).
  { question: 'impact-assessment-shared', answer: { status: 'refused' }, clause: 'joint-impact-assessment', given: { 'impact-assessment': { status: 'answered', choice: 'yes' } } },
  { question: 'human-review', answer: { status: 'answered', choice: 'no' }, clause: 'human-review', given: PARTLY_AUTOMATED },
  { question: 'human-review', answer: { status: 'unknown' }, clause: 'human-review', given: PARTLY_AUTOMATED },
  { question: 'automated-decisions', answer: { status: 'answered', choice: 'solely' }, clause: 'human-review' },
  // Management will not say whether the system decides: the union asks for the safeguards anyway (C1, C2).
  { question: 'automated-decisions', answer: { status: 'refused' }, clause: 'human-review' },
  { question: 'automated-decisions', answer: { status: 'unknown' }, clause: 'explanation-of-decisions' },
  { question: 'automated-decisions', answer: { status: 'refused' }, clause: 'collective-access' },
  { question: 'retention-period', answer: { status: 'refused' }, clause: 'retention-deletion' },
  { question: 'retention-period', answer: { status: 'unknown' }, clause: 'retention-deletion' },
  { question: 'retention-period', answer: { status: 'answered', choice: 'indefinite' }, clause: 'retention-deletion' },
  { question: 'leavers-data', answer: { status: 'partly', words: 'Scores kept 24 months' }, clause: 'retention-deletion' },
  { question: 'emotion-recognition', answer: { status: 'answered', choice: 'yes' }, clause: 'no-emotion-recognition' },
  { question: 'emotion-recognition', answer: { status: 'refused' }, clause: 'no-emotion-recognition' },
  { question: 'inactive-functions', answer: { status: 'answered', choice: 'yes' }, clause: 'no-activation-without-agreement' },
  { question: 'third-party-use', answer: { status: 'refused' }, clause: 'no-sale-no-training', given: { 'training-reuse': NOT_ANSWERED_YES } },
  { question: 'third-party-use', answer: { status: 'partly', choice: 'no', words: 'Only anonymised benchmarks' }, clause: 'no-sale-no-training', given: { 'training-reuse': NOT_ANSWERED_YES } },
  { question: 'vendor-contract', answer: { status: 'partly', choice: 'yes', words: 'A contract exists; not shown' }, clause: 'vendor-safeguards', given: { 'vendor-involved': { status: 'answered', choice: 'yes' }, 'training-reuse': NOT_ANSWERED_YES } },
  { question: 'consultation', answer: { status: 'partly', choice: 'yes', words: 'Willing to discuss' }, clause: 'consultation', given: { 'job-impact': NOT_ANSWERED_YES } },
  { question: 'worker-notice', answer: { status: 'answered', choice: 'partly' }, clause: 'worker-notice-compliance' },
  { question: 'correction-deletion', answer: { status: 'unknown' }, clause: 'individual-access', given: { 'inferences-profiles': NOT_ANSWERED_YES } },
  { question: 'objection-route', answer: { status: 'refused' }, clause: 'objection-procedure', given: { 'legal-basis': { status: 'answered', choice: 'legitimate-interests' } } },
  { question: 'pay-linked-scores', answer: { status: 'answered', choice: 'yes' }, clause: 'pay-criteria-agreement', given: SOLELY_AUTOMATED },
  { question: 'job-impact', answer: { status: 'answered', choice: 'yes' }, clause: 'job-security' },
  { question: 'job-impact', answer: { status: 'answered', choice: 'yes' }, clause: 'consultation', given: { consultation: { status: 'answered', choice: 'yes' } } },
  { question: 'work-pace-targets', answer: { status: 'unknown' }, clause: 'health-safety-intensity' },
  // Breaches happen to in-house systems too (C15).
  { question: 'cross-border-transfers', answer: { status: 'answered', choice: 'no' }, clause: 'security-breach-notice', given: { 'special-category-data': NOT_ANSWERED_YES } },
];

describe.each(ALL_FLOWS.map((flow) => [flow.id, flow] as const))('clauses checklist %s must propose', (_id, flow) => {
  it.each(REQUIREMENTS.map((requirement) => [requirement.clause, JSON.stringify(requirement.answer), requirement.question, requirement] as const))(
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

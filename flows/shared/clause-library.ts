/**
 * The clause library shared by every flow. Clause text lives in `locales/<lang>/clauses.json`
 * under `<id>.heading` and `<id>.body`; a flow decides, through its clause rules, when each
 * clause is proposed and on which of its own provisions it rests.
 *
 * A clause is written once in the general provisions of the proposal and applies to every
 * system whose schedule lists it, so its wording interpolates nothing: it names "the Employer",
 * "the Union" and "the system" (defined terms). `facts` lists what a clause relies on from
 * management's words, which each rule must map to a question whose answer fills it; each
 * system's schedule states them, labelled by `<id>.facts.<name>`. `topics` are the stages of the
 * data life cycle (and governance) the clause deals with.
 *
 * A jurisdiction adds rules, never texts: the same clause serves every layer, and the footnote
 * says on which of the layer's provisions it rests.
 */
import { INFORMATION_CLAUSE_ID, type ClauseSpec } from '../../src/engine/flow-types.ts';

export const CLAUSE_LIBRARY = [
  /** Proposed by the engine itself for every question refused, unknown, left to follow up or answered in part. */
  { id: INFORMATION_CLAUSE_ID, topics: ['governance'], facts: [] },
  { id: 'advance-notice', topics: ['governance'], facts: [] },
  { id: 'worker-notice-compliance', topics: ['collection'], facts: [] },
  { id: 'consultation', topics: ['governance'], facts: [] },
  { id: 'purpose-limitation', topics: ['collection', 'analysis'], facts: [] },
  { id: 'no-emotion-recognition', topics: ['analysis'], facts: [] },
  { id: 'no-activation-without-agreement', topics: ['collection', 'governance'], facts: [] },
  { id: 'no-off-duty-monitoring', topics: ['collection'], facts: [] },
  { id: 'no-union-activity-profiling', topics: ['collection', 'analysis'], facts: [] },
  { id: 'data-minimisation', topics: ['collection'], facts: ['dataCategories'] },
  { id: 'no-consent-reliance', topics: ['collection'], facts: [] },
  { id: 'objection-procedure', topics: ['collection'], facts: [] },
  { id: 'special-category-safeguards', topics: ['collection', 'storage'], facts: [] },
  { id: 'joint-impact-assessment', topics: ['governance'], facts: [] },
  { id: 'human-review', topics: ['analysis'], facts: [] },
  { id: 'explanation-of-decisions', topics: ['analysis'], facts: [] },
  { id: 'individual-access', topics: ['storage', 'offboarding'], facts: [] },
  { id: 'collective-access', topics: ['governance'], facts: [] },
  { id: 'retention-deletion', topics: ['storage', 'offboarding'], facts: ['retention'] },
  { id: 'no-sale-no-training', topics: ['storage', 'offboarding'], facts: [] },
  { id: 'vendor-safeguards', topics: ['storage'], facts: [] },
  { id: 'cross-border-transfers', topics: ['storage'], facts: ['dataLocation'] },
  { id: 'security-breach-notice', topics: ['storage'], facts: [] },
  { id: 'bias-audit', topics: ['analysis'], facts: [] },
  { id: 'health-safety-intensity', topics: ['analysis'], facts: [] },
  { id: 'pay-criteria-agreement', topics: ['analysis'], facts: [] },
  { id: 'job-security', topics: ['analysis', 'governance'], facts: [] },
  { id: 'union-expert', topics: ['governance'], facts: [] },
  { id: 'periodic-review', topics: ['governance'], facts: [] },
  { id: 'redress-no-retaliation', topics: ['governance'], facts: [] },
] as const satisfies readonly ClauseSpec[];

export type ClauseId = (typeof CLAUSE_LIBRARY)[number]['id'];

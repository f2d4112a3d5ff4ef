/**
 * The clause library shared by every flow. Clause text lives in `locales/<lang>/clauses.json`
 * under `<id>.heading` and `<id>.body`; a flow decides, through its clause rules, when each
 * clause is proposed and on which of its own provisions it rests.
 *
 * A clause is written once in the general provisions of the proposal and applies to every
 * system whose schedule lists it, so its wording interpolates nothing: it names "the Employer",
 * "the Union" and "the system" (defined terms). `facts` lists what a clause relies on from
 * management's words, which each rule must map to a question whose answer fills it; each
 * system's schedule states them, labelled by `<id>.facts.<name>`.
 */
import { INFORMATION_CLAUSE_ID, type ClauseSpec } from '../../src/engine/flow-types.ts';

export const CLAUSE_LIBRARY = [
  /** Proposed by the engine itself for every question refused, unknown or left to follow up. */
  { id: INFORMATION_CLAUSE_ID, facts: [] },
  { id: 'advance-notice', facts: [] },
  { id: 'consultation', facts: [] },
  { id: 'purpose-limitation', facts: [] },
  { id: 'no-emotion-recognition', facts: [] },
  { id: 'no-off-duty-monitoring', facts: [] },
  { id: 'no-union-activity-profiling', facts: [] },
  { id: 'data-minimisation', facts: ['dataCategories'] },
  { id: 'no-consent-reliance', facts: [] },
  { id: 'special-category-safeguards', facts: [] },
  { id: 'joint-impact-assessment', facts: [] },
  { id: 'human-review', facts: [] },
  { id: 'explanation-of-decisions', facts: [] },
  { id: 'individual-access', facts: [] },
  { id: 'collective-access', facts: [] },
  { id: 'retention-deletion', facts: ['retention'] },
  { id: 'no-sale-no-training', facts: [] },
  { id: 'vendor-safeguards', facts: [] },
  { id: 'cross-border-transfers', facts: ['dataLocation'] },
  { id: 'security-breach-notice', facts: [] },
  { id: 'bias-audit', facts: [] },
  { id: 'health-safety-intensity', facts: [] },
  { id: 'union-expert', facts: [] },
  { id: 'periodic-review', facts: [] },
  { id: 'redress-no-retaliation', facts: [] },
] as const satisfies readonly ClauseSpec[];

export type ClauseId = (typeof CLAUSE_LIBRARY)[number]['id'];

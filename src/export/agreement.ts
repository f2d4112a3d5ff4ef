import { INFORMATION_CLAUSE_ID, type FlowDefinition } from '../engine/flow-types.ts';
import type { ClauseBasis, GeneralClause, ProposedClause } from './document-model.ts';

/**
 * How the proposal (and the brief) read as one agreement: every proposed clause written once in
 * the general provisions, in wording that applies to each system whose schedule lists it, and a
 * schedule per system with only what differs. Pure data, so that the numbers the schedules
 * cite and the numbers the clauses carry come from one place.
 */

/** The clauses every agreement opens with, numbered 1 and 2, before the proposed ones. */
export const STANDING_CLAUSES = ['definitions', 'scope'] as const;
export type StandingClause = (typeof STANDING_CLAUSES)[number];

/** The number a standing clause carries, as the headings and the cross-references write it. */
export function standingNumber(clause: StandingClause): string {
  return String(STANDING_CLAUSES.indexOf(clause) + 1);
}

interface SectionClauses {
  readonly clauses: readonly ProposedClause[];
}

/** The legal bases of one clause across the systems it applies to, one entry per distinct set of provisions. */
function basesOf(clauseId: string, sections: readonly SectionClauses[]): ClauseBasis[] {
  const bases = new Map<string, { provisions: readonly string[]; schedules: number[] }>();
  sections.forEach((section, index) => {
    const clause = section.clauses.find((candidate) => candidate.clauseId === clauseId);
    if (!clause) return;
    const key = [...clause.provisions].sort().join(' ');
    const basis = bases.get(key) ?? { provisions: clause.provisions, schedules: [] };
    basis.schedules.push(index + 1);
    bases.set(key, basis);
  });
  return [...bases.values()];
}

/**
 * The general provisions: each clause proposed for at least one system, once, in the flow's
 * order (the information clause first), numbered after the standing clauses, with its legal
 * bases merged across systems. Schedule n is the n-th section.
 *
 * @example generalProvisions(flow, selectClauses(flow, record).systems)[0] // { clauseId, number: 3, bases }
 */
export function generalProvisions(flow: FlowDefinition, sections: readonly SectionClauses[]): GeneralClause[] {
  const order = [...new Set([INFORMATION_CLAUSE_ID, ...flow.clauseRules.map((rule) => rule.clause)])];
  const proposed = new Set(sections.flatMap((section) => section.clauses.map((clause) => clause.clauseId)));
  return order
    .filter((clauseId) => proposed.has(clauseId))
    .map((clauseId, index) => ({ clauseId, number: STANDING_CLAUSES.length + index + 1, bases: basesOf(clauseId, sections) }));
}

import { givenChoice, isSubstantive } from '../engine/answer-model.ts';
import { systemPath } from '../engine/checklist.ts';
import { holds } from '../engine/conditions.ts';
import type { ConditionSubject } from '../engine/conditions.ts';
import type { FlowDefinition, Provision } from '../engine/flow-types.ts';
import { INFORMATION_CLAUSE_ID, OUTSTANDING_STATUSES } from '../engine/flow-types.ts';
import type { NegotiationRecord, SystemAnswers } from '../engine/negotiation.ts';
import type { ClauseSelection, ProposedClause, RecordedAnswer, SystemClauses } from './document-model.ts';

/** Management's words for a fact, when management actually gave them. */
function factFrom(answers: SystemAnswers, questionId: string): string | null {
  const answer = answers[questionId];
  return answer && isSubstantive(answer.status) && answer.words.trim() !== '' ? answer.words.trim() : null;
}

function unique(values: readonly string[]): readonly string[] {
  return [...new Set(values)];
}

const conditionalProvisions = new WeakMap<FlowDefinition, ReadonlyMap<string, Provision>>();

/** The flow's provisions that bind only under a condition, by id (computed once per flow). */
function conditional(flow: FlowDefinition): ReadonlyMap<string, Provision> {
  let found = conditionalProvisions.get(flow);
  if (!found) {
    found = new Map(flow.provisions.filter((provision) => provision.appliesIf !== undefined).map((provision) => [provision.id, provision]));
    conditionalProvisions.set(flow, found);
  }
  return found;
}

/** The provisions among `ids` that bind for this system: those without a condition, or whose condition holds. */
function binding(flow: FlowDefinition, subject: ConditionSubject, ids: readonly string[]): readonly string[] {
  const conditions = conditional(flow);
  if (conditions.size === 0) return ids;
  return ids.filter((id) => {
    const condition = conditions.get(id)?.appliesIf;
    return condition === undefined || holds(condition, subject);
  });
}

function selectForSystem(flow: FlowDefinition, record: NegotiationRecord, systemIndex: number): SystemClauses {
  const system = record.systems[systemIndex];
  if (!system) throw new RangeError(`No system at index ${systemIndex}`);
  const path = systemPath(flow, record, system);
  const subject = { answers: path.answers, category: system.category };

  const answers: RecordedAnswer[] = path.questions.map((question) => {
    const answer = path.answers[question.id];
    const choice = givenChoice(answer);
    return {
      questionId: question.id,
      stage: question.stage,
      ...(answer?.status ? { status: answer.status } : {}),
      ...(choice !== undefined && question.options?.includes(choice) ? { choice } : {}),
      words: answer?.words ?? '',
      provisions: binding(flow, subject, question.provisions),
    };
  });

  const disclosing = new Set(flow.provisions.filter((provision) => provision.discloses).map((provision) => provision.id));
  const gaps = path.questions.filter((question) => {
    const status = path.answers[question.id]?.status;
    return status !== undefined && OUTSTANDING_STATUSES.includes(status);
  });
  const information: ProposedClause[] =
    gaps.length === 0
      ? []
      : [
          {
            clauseId: INFORMATION_CLAUSE_ID,
            // The duty to inform, where the law sets one, is the basis for demanding the answers.
            provisions: binding(flow, subject, unique(gaps.flatMap((question) => question.provisions))).filter((id) => disclosing.has(id)),
            facts: {},
            items: gaps.map((question) => question.id),
          },
        ];

  const ruled: ProposedClause[] = flow.clauseRules
    .filter((rule) => holds(rule.when, subject))
    .map((rule) => ({
      clauseId: rule.clause,
      provisions: binding(flow, subject, rule.provisions),
      facts: Object.fromEntries(Object.entries(rule.facts ?? {}).map(([name, question]) => [name, factFrom(path.answers, question)])),
      items: [],
    }));

  // A clause proposed by two rules is written once, on the combined legal basis.
  const merged = new Map<string, ProposedClause>();
  for (const clause of [...information, ...ruled]) {
    const earlier = merged.get(clause.clauseId);
    merged.set(
      clause.clauseId,
      earlier ? { ...earlier, provisions: unique([...earlier.provisions, ...clause.provisions]) } : clause,
    );
  }
  return { system, answers, clauses: [...merged.values()] };
}

/**
 * Chooses the clauses to propose from management's answers: pure data, where the legal logic
 * lives. Every gap (refused, unknown, to follow up) and every question answered only in part
 * becomes an item of an information clause;
 * the flow's rules add the rest. Answers off the path are ignored.
 *
 * @example selectClauses(euFlow, record).systems[0].clauses
 */
export function selectClauses(flow: FlowDefinition, record: NegotiationRecord): ClauseSelection {
  return { systems: record.systems.map((_, index) => selectForSystem(flow, record, index)) };
}

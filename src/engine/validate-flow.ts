import { holds, referencedQuestions } from './conditions.ts';
import type { ClauseSpec, Condition, FlowDefinition, Provision } from './flow-types.ts';
import { INFORMATION_CLAUSE_ID, STAGES, SYSTEM_CATEGORIES } from './flow-types.ts';
import { readPinpoint } from './pinpoint.ts';

const STABLE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Option conditions, with the question they name, found anywhere in a condition. */
function optionChecks(condition: Condition): readonly { question: string; values: readonly string[] }[] {
  if (condition === 'always' || 'category' in condition || 'status' in condition) return [];
  if ('all' in condition) return condition.all.flatMap(optionChecks);
  if ('any' in condition) return condition.any.flatMap(optionChecks);
  if ('not' in condition) return optionChecks(condition.not);
  return [{ question: condition.question, values: condition.is }];
}

function duplicates(ids: readonly string[]): readonly string[] {
  return ids.filter((id, index) => ids.indexOf(id) !== index);
}

/**
 * Structural checks of a flow, as human-readable problems (empty when the flow is sound):
 * ids are unique and stable-looking; every condition refers to an earlier question and a real
 * option; every question can be reached; every legal reference and clause exists and is sourced,
 * and its pinpoint reads in the grammar of `pinpoint.ts`.
 */
export function validateFlow(flow: FlowDefinition, clauseLibrary: readonly ClauseSpec[]): readonly string[] {
  const problems: string[] = [];
  const questionIndex = new Map(flow.questions.map((question, index) => [question.id, index]));
  const provisionIds = new Set(flow.provisions.map((provision) => provision.id));
  const instrumentIds = new Set(flow.instruments.map((instrument) => instrument.id));
  const clauses = new Map<string, readonly string[]>(clauseLibrary.map((clause) => [clause.id, clause.facts]));

  for (const [kind, ids] of [
    ['question', flow.questions.map((question) => question.id)],
    ['provision', flow.provisions.map((provision) => provision.id)],
    ['instrument', flow.instruments.map((instrument) => instrument.id)],
    ['clause rule', flow.clauseRules.map((rule) => rule.id)],
  ] as const) {
    for (const id of duplicates(ids)) problems.push(`${kind} id "${id}" is used more than once`);
    for (const id of ids) if (!STABLE_ID.test(id)) problems.push(`${kind} id "${id}" is not kebab-case`);
  }

  for (const provision of flow.provisions) {
    if (!instrumentIds.has(provision.instrument)) problems.push(`provision "${provision.id}" names unknown instrument "${provision.instrument}"`);
    if (!/^https:\/\//.test(provision.url)) problems.push(`provision "${provision.id}" has no https link`);
    if (!ISO_DATE.test(provision.reviewed)) problems.push(`provision "${provision.id}" has no review date`);
    if (provision.pinpoint.trim() === '') problems.push(`provision "${provision.id}" has no pinpoint`);
    else problems.push(...pinpointProblems(flow, provision));
    if (provision.appliesFrom !== undefined && !ISO_DATE.test(provision.appliesFrom)) problems.push(`provision "${provision.id}" has a malformed start date`);
  }

  const [first] = flow.questions;
  if (!first) problems.push('the flow has no questions');
  else if (first.showIf) problems.push(`the first question "${first.id}" must always be asked`);

  let lastStage = 0;
  flow.questions.forEach((question, index) => {
    const stage = STAGES.indexOf(question.stage);
    if (stage < lastStage) problems.push(`question "${question.id}" breaks the life-cycle order of stages`);
    lastStage = Math.max(lastStage, stage);
    for (const id of question.provisions) {
      if (!provisionIds.has(id)) problems.push(`question "${question.id}" cites unknown provision "${id}"`);
    }
    if (question.options && duplicates(question.options).length > 0) problems.push(`question "${question.id}" repeats an option`);
    if (!question.showIf) return;
    for (const ref of referencedQuestions(question.showIf)) {
      const refIndex = questionIndex.get(ref);
      if (refIndex === undefined) problems.push(`question "${question.id}" depends on unknown question "${ref}"`);
      else if (refIndex >= index) problems.push(`question "${question.id}" depends on "${ref}", which is not asked before it`);
    }
    problems.push(...optionProblems(flow, question.showIf, `question "${question.id}"`));
  });

  problems.push(...unreachableQuestions(flow).map((id) => `question "${id}" can never be reached`));

  for (const rule of flow.clauseRules) {
    const where = `clause rule "${rule.id}" for "${rule.clause}"`;
    const facts = clauses.get(rule.clause);
    if (facts === undefined) problems.push(`${where}: no such clause in the library`);
    if (rule.clause === INFORMATION_CLAUSE_ID) problems.push(`${where}: the engine proposes this clause itself`);
    for (const ref of referencedQuestions(rule.when)) {
      if (!questionIndex.has(ref)) problems.push(`${where} depends on unknown question "${ref}"`);
    }
    problems.push(...optionProblems(flow, rule.when, where));
    for (const id of rule.provisions) if (!provisionIds.has(id)) problems.push(`${where} cites unknown provision "${id}"`);
    for (const fact of facts ?? []) {
      const source = rule.facts?.[fact];
      if (source === undefined) problems.push(`${where} does not say which answer fills "${fact}"`);
      else if (!questionIndex.has(source)) problems.push(`${where} takes "${fact}" from unknown question "${source}"`);
    }
  }
  for (const provision of flow.provisions) {
    if (!provision.appliesIf) continue;
    const where = `provision "${provision.id}"`;
    for (const ref of referencedQuestions(provision.appliesIf)) {
      if (!questionIndex.has(ref)) problems.push(`${where} applies only on an answer to unknown question "${ref}"`);
    }
    problems.push(...optionProblems(flow, provision.appliesIf, where));
  }
  return problems;
}

/** A pinpoint the grammar cannot read in full is refused: each language cites what it reads, and guessing would mis-cite. */
function pinpointProblems(flow: FlowDefinition, provision: Provision): readonly string[] {
  const numbering = flow.instruments.find((instrument) => instrument.id === provision.instrument)?.numbering;
  const reading = readPinpoint(provision.kind, provision.pinpoint, numbering);
  return reading.ok ? [] : [`provision "${provision.id}": pinpoint "${provision.pinpoint}" (${provision.kind}${numbering ? `, ${numbering} numbering` : ''}) cannot be read: ${reading.problem}`];
}

function optionProblems(flow: FlowDefinition, condition: Condition, where: string): readonly string[] {
  return optionChecks(condition).flatMap(({ question, values }) => {
    const options = flow.questions.find((candidate) => candidate.id === question)?.options ?? [];
    return values
      .filter((value) => !options.includes(value))
      .map((value) => `${where} tests "${question}" for "${value}", which is not one of its options`);
  });
}

/**
 * Questions that no combination of answers and categories can show. A condition is
 * satisfiable when some assignment of earlier answers makes it true; we search that space
 * per category, which is small because conditions only look at a handful of questions.
 */
function unreachableQuestions(flow: FlowDefinition): readonly string[] {
  return flow.questions
    .filter((question) => question.showIf && !satisfiable(flow, question.showIf))
    .map((question) => question.id);
}

function satisfiable(flow: FlowDefinition, condition: Condition): boolean {
  const refs = [...new Set(referencedQuestions(condition))];
  // Each referenced question can be: unanswered, refused, or answered with any of its options.
  const choices = refs.map((id) => {
    const options = flow.questions.find((question) => question.id === id)?.options ?? [];
    return [undefined, 'refused', ...options] as const;
  });
  const combinations = choices.reduce<(string | undefined)[][]>(
    (acc, values) => acc.flatMap((prefix) => values.map((value) => [...prefix, value])),
    [[]],
  );
  return SYSTEM_CATEGORIES.some((category) =>
    combinations.some((combination) => {
      const answers = Object.fromEntries(
        refs.map((id, i) => {
          const value = combination[i];
          if (value === undefined) return [id, { words: '', note: '' }];
          if (value === 'refused') return [id, { status: 'refused' as const, words: '', note: '' }];
          return [id, { status: 'answered' as const, choice: value, words: '', note: '' }];
        }),
      );
      return holds(condition, { answers, category });
    }),
  );
}

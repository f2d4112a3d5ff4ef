import { describe, expect, it } from 'vitest';
import { getShortestPaths } from 'xstate/graph';
import { buildWizardMachine } from '../../src/engine/build-machine.ts';
import { systemPath } from '../../src/engine/checklist.ts';
import { referencedQuestions } from '../../src/engine/conditions.ts';
import { GAP_STATUSES, INFORMATION_CLAUSE_ID, SYSTEM_CATEGORIES, type Condition, type FlowDefinition, type SystemCategory } from '../../src/engine/flow-types.ts';
import { jurisdictionKey } from '../../src/engine/layers.ts';
import type { Answer, NegotiationRecord } from '../../src/engine/negotiation.ts';
import { withSystemAdded } from '../../src/engine/record-updates.ts';
import type { WizardEvent } from '../../src/engine/wizard-events.ts';
import { selectClauses } from '../../src/export/select-clauses.ts';
import { exportAndRead } from './docx-reading.ts';
import { readLocale } from './locales.ts';
import { flowNamespace } from '../../src/i18n/namespaces.ts';
import { emptyRecord, system } from './records.ts';

const SYSTEM_ID = 's1';

/**
 * Answers offered at each question. A question that opens follow-ups gets every option and a
 * refusal; any other question one answer, a gap every third question, so documents differ.
 */
function answerEvents(flow: FlowDefinition): readonly WizardEvent[] {
  const branching = new Set(flow.questions.flatMap((question) => (question.showIf ? referencedQuestions(question.showIf) : [])));
  const answer = (questionId: string, value: Partial<Answer>): WizardEvent => ({ type: 'answer.set', systemId: SYSTEM_ID, questionId, answer: value });
  return flow.questions.flatMap((question, index) => {
    if (branching.has(question.id)) {
      return [
        ...(question.options ?? []).map((choice) => answer(question.id, { status: 'answered', choice, words: `Management: ${choice}` })),
        answer(question.id, { status: 'refused' }),
      ];
    }
    const gap = GAP_STATUSES[index % GAP_STATUSES.length];
    if (index % 3 === 0 && gap) return [answer(question.id, { status: gap })];
    return [answer(question.id, { status: 'answered', words: `Management on ${question.id}`, ...(question.options ? { choice: question.options.at(-1) } : {}) })];
  });
}

/**
 * Every route through one system's checklist, as xstate/graph finds it: a graph node is the
 * question on screen, the set of questions the answers so far put on the path, and whether
 * the current one is answered. Each complete route ends on the review.
 */
function routes(flow: FlowDefinition, category: SystemCategory) {
  const machine = buildWizardMachine(flow);
  const record = withSystemAdded(emptyRecord(flow), system(SYSTEM_ID, category, 'Checked system'));
  const first = flow.questions[0]?.id ?? '';
  const currentQuestion = (value: unknown) => (typeof value === 'object' && value !== null && 'checklist' in value ? String(value.checklist) : undefined);
  // Only the question on screen can be answered, and only once; then the user moves on.
  const answersOf = new Map<string, WizardEvent[]>();
  for (const event of answerEvents(flow)) if (event.type === 'answer.set') answersOf.set(event.questionId, [...(answersOf.get(event.questionId) ?? []), event]);
  const next: readonly WizardEvent[] = [{ type: 'nav.next' }];
  return getShortestPaths(machine, {
    fromState: machine.resolveState({ value: { checklist: first }, context: { flow, record, systemIndex: 0 } }),
    events: (state) => {
      const questionId = currentQuestion(state.value);
      if (!questionId) return [];
      return state.context.record.answers[SYSTEM_ID]?.[questionId] !== undefined ? next : (answersOf.get(questionId) ?? []);
    },
    toState: (state) => state.hasTag('review'),
    serializeState: (state) => {
      const { record: current } = state.context;
      const entry = current.systems[0];
      const visible = entry ? systemPath(flow, current, entry).questions.map((question) => question.id) : [];
      const questionId = currentQuestion(state.value);
      return JSON.stringify([state.value, visible, questionId ? current.answers[SYSTEM_ID]?.[questionId] !== undefined : null]);
    },
  });
}

const clauseHeadings = readLocale('en', 'clauses') as Record<string, { heading: string }>;
const flowText = (flow: FlowDefinition) =>
  readLocale('en', flowNamespace(flow.id)) as { questions: Record<string, { ask: string }> };

/** One checklist walked for one kind of system. */
export interface RouteCase {
  readonly flow: FlowDefinition;
  readonly category: SystemCategory;
}

/** The kinds of system a condition names. */
function namedCategories(condition: Condition): readonly SystemCategory[] {
  if (condition === 'always' || 'status' in condition || 'question' in condition) return [];
  if ('category' in condition) return condition.category;
  if ('all' in condition) return condition.all.flatMap(namedCategories);
  if ('any' in condition) return condition.any.flatMap(namedCategories);
  return namedCategories(condition.not);
}

/**
 * The kinds of system whose routes a stack's top layer changes: those named by the follow-up
 * conditions of the questions it adds to the stack below it (rules do not change routes), with
 * the kind that has the most questions and the one with the fewest.
 */
function topLayerCategories(flow: FlowDefinition, below: FlowDefinition): readonly SystemCategory[] {
  const inherited = new Set(below.questions.map((question) => question.id));
  const conditions = flow.questions.filter((question) => !inherited.has(question.id)).flatMap((question) => (question.showIf ? [question.showIf] : []));
  const named = new Set<SystemCategory>(['monitoring', 'other', ...conditions.flatMap(namedCategories)]);
  return SYSTEM_CATEGORIES.filter((category) => named.has(category));
}

/**
 * The cases: every jurisdiction's checklist for every kind of system; a stack with overlays (a
 * member state, a state and its city, platform work) only for the kinds of system whose routes
 * its top layer changes. The jurisdiction below is walked for every kind, each overlay's rules
 * are checked by its own layer tests, and the routes of a stack multiply (about 3,800 for one
 * kind of an EU member state with platform work), so the cross product is sampled, not exhausted.
 */
export function routeCases(flows: readonly FlowDefinition[]): readonly RouteCase[] {
  const byKey = new Map(flows.map((flow) => [flow.id, flow]));
  return flows.flatMap((flow) => {
    const below = flow.layers.length > 1 ? byKey.get(jurisdictionKey(flow.layers.slice(0, -1))) : undefined;
    const categories: readonly SystemCategory[] = below ? topLayerCategories(flow, below) : SYSTEM_CATEGORIES;
    return categories.map((category) => ({ flow, category }));
  });
}

const ROUTE_TEST_TIMEOUT_MS = 120_000;

/**
 * Declares the route tests for some of the cases. The cases are shared between two test files
 * (`all-paths-1`, `all-paths-2`) so that the two halves run in parallel.
 */
export function describeEveryRoute(cases: readonly RouteCase[]): void {
describe.each(cases.map(({ flow, category }) => [flow.id, category, flow] as const))('every route through checklist %s', (_, category, flow) => {
  it(`reaches the review with a document whose clauses match its answers (${category} system)`, async () => {
    const found = routes(flow, category);
    expect(found.length).toBeGreaterThanOrEqual(8);
    const documents = new Map<string, NegotiationRecord>();

    for (const route of found) {
      const { record } = route.state.context;
      const entry = record.systems[0];
      if (!entry) throw new Error('the route lost its system');
      const path = systemPath(flow, record, entry);
      expect(path.questions.filter((question) => !path.answers[question.id]?.status)).toEqual([]);

      const clauses = selectClauses(flow, record).systems[0]?.clauses ?? [];
      const ids = clauses.map((clause) => clause.clauseId);
      expect(new Set(ids).size).toBe(ids.length);
      const gaps = path.questions.filter((question) => GAP_STATUSES.includes(path.answers[question.id]?.status ?? 'answered')).map((question) => question.id);
      expect(clauses.find((clause) => clause.clauseId === INFORMATION_CLAUSE_ID)?.items ?? []).toEqual(gaps);
      documents.set(ids.join(','), record);
    }

    // Each distinct set of clauses becomes one system of a single negotiation, laid out, packed
    // and read back once: each schedule must propose what its route alone would, and the
    // document must hold every clause heading and every question an information clause asks.
    const routesByClauses = [...documents.values()];
    const combined: NegotiationRecord = {
      ...routesByClauses[0]!,
      systems: routesByClauses.map((record, index) => ({ ...record.systems[0]!, id: `route-${index + 1}`, name: `Route ${index + 1}` })),
      answers: Object.fromEntries(routesByClauses.map((record, index) => [`route-${index + 1}`, record.answers[SYSTEM_ID] ?? {}])),
    };
    const together = selectClauses(flow, combined).systems;
    routesByClauses.forEach((record, index) => {
      const alone = selectClauses(flow, record).systems[0]?.clauses;
      expect(together[index]?.clauses, `route ${index + 1}`).toEqual(alone);
    });
    // The proposal: it has no record of answers, so a question found in it is a clause item.
    const { text } = await exportAndRead(flow, combined, 'proposal');
    for (const clause of together.flatMap((section) => section.clauses)) {
      expect(text).toContain(clauseHeadings[clause.clauseId]?.heading);
      for (const item of clause.items) expect(text).toContain(flowText(flow).questions[item]?.ask);
    }
    // Every route of a layered checklist, with its documents: 10-17 s on a quiet two-core machine,
    // past 30 s when the machine is busy, so the suite's default would fail it for the machine's load.
  }, ROUTE_TEST_TIMEOUT_MS);
});
}

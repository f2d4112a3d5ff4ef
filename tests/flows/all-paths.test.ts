import { describe, expect, it } from 'vitest';
import { getShortestPaths } from 'xstate/graph';
import { buildWizardMachine } from '../../src/engine/build-machine.ts';
import { systemPath } from '../../src/engine/checklist.ts';
import { referencedQuestions } from '../../src/engine/conditions.ts';
import { GAP_STATUSES, INFORMATION_CLAUSE_ID, SYSTEM_CATEGORIES, type FlowDefinition, type SystemCategory } from '../../src/engine/flow-types.ts';
import type { Answer, NegotiationRecord } from '../../src/engine/negotiation.ts';
import { withSystemAdded } from '../../src/engine/record-updates.ts';
import type { WizardEvent } from '../../src/engine/wizard-events.ts';
import { selectClauses } from '../../src/export/select-clauses.ts';
import { exportAndRead } from '../support/docx-reading.ts';
import { ALL_FLOWS } from '../support/flows.ts';
import { readLocale } from '../support/locales.ts';
import { flowNamespace } from '../../src/i18n/namespaces.ts';
import { emptyRecord, system } from '../support/records.ts';

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
  return getShortestPaths(machine, {
    fromState: machine.resolveState({ value: { checklist: first }, context: { flow, record, systemIndex: 0 } }),
    events: [...answerEvents(flow), { type: 'nav.next' }],
    toState: (state) => state.hasTag('review'),
    serializeState: (state) => {
      const { record: current } = state.context;
      const entry = current.systems[0];
      const visible = entry ? systemPath(flow, current, entry).questions.map((question) => question.id) : [];
      const questionId = currentQuestion(state.value);
      return JSON.stringify([state.value, visible, questionId ? current.answers[SYSTEM_ID]?.[questionId] !== undefined : null]);
    },
    filterEvents: (state, event) => {
      const questionId = currentQuestion(state.value);
      if (!questionId) return false;
      const answered = state.context.record.answers[SYSTEM_ID]?.[questionId] !== undefined;
      if (event.type === 'nav.next') return answered;
      return event.type === 'answer.set' && event.questionId === questionId && !answered;
    },
  });
}

const clauseHeadings = readLocale('en', 'clauses') as Record<string, { heading: string }>;
const flowText = (flow: FlowDefinition) =>
  readLocale('en', flowNamespace(flow.id)) as { questions: Record<string, { ask: string }> };

describe.each(ALL_FLOWS.map((flow) => [flow.id, flow] as const))('every route through checklist %s', (_, flow) => {
  it.each(SYSTEM_CATEGORIES)('reaches the review with a document whose clauses match its answers (%s system)', async (category) => {
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

    // Each distinct set of clauses is laid out, packed and read back once.
    for (const record of documents.values()) {
      // The proposal: it has no record of answers, so a question found in it is a clause item.
      const { text } = await exportAndRead(flow, record, 'proposal');
      const section = selectClauses(flow, record).systems[0];
      for (const clause of section?.clauses ?? []) {
        expect(text).toContain(clauseHeadings[clause.clauseId]?.heading);
        for (const item of clause.items) expect(text).toContain(flowText(flow).questions[item]?.ask);
      }
    }
  });
});

import { systemPath } from '../../src/engine/checklist.ts';
import { ANSWER_STATUSES, SYSTEM_CATEGORIES, type FlowDefinition, type QuestionDef, type SystemCategory } from '../../src/engine/flow-types.ts';
import { createRecord, type Answer, type NegotiationRecord, type SystemEntry } from '../../src/engine/negotiation.ts';
import { withAnswer, withMeta, withSystemAdded } from '../../src/engine/record-updates.ts';

const NOW = '2026-11-30T10:00:00Z';

const PRODUCT_NAMES: Readonly<Record<SystemCategory, string>> = {
  monitoring: 'ScreenWatch',
  hiring: 'HireBot',
  scheduling: 'ShiftPlanner',
  performance: 'ScoreCard',
  biometrics: 'FaceClock',
  location: 'FleetTrack',
  'generative-ai': 'DraftAssist',
  other: 'HR Portal',
};

/** The n-th sample system; categories cycle so that every category-specific question appears. */
function sampleSystem(index: number): SystemEntry {
  const category = SYSTEM_CATEGORIES[index % SYSTEM_CATEGORIES.length] ?? 'other';
  return {
    id: `system-${index + 1}`,
    name: `${PRODUCT_NAMES[category]} ${index + 1}`,
    vendor: `Vendor ${String.fromCharCode(65 + (index % 26))} Ltd`,
    category,
    purpose: `Used by management for ${category} across the site.`,
    affected: 'All warehouse and office staff',
  };
}

function wordsFor(status: Answer['status'], question: QuestionDef, system: SystemEntry): string {
  if (status === 'answered' || status === 'partly') return `Management says, on ${question.id} for ${system.name}: 90 days, kept on the vendor's servers.`;
  if (status === 'unknown') return 'Management does not know and will ask the vendor.';
  return '';
}

/** Every answer management could give: each status, and each option for a substantive one. */
function candidateAnswers(question: QuestionDef, system: SystemEntry, turn: number): readonly Answer[] {
  const rotate = <T>(values: readonly T[]): T[] => values.map((_, i) => values[(i + turn) % values.length] as T);
  return rotate(ANSWER_STATUSES).flatMap((status) => {
    const base = { status, words: wordsFor(status, question, system), note: `Union note on ${question.id}.` };
    const substantive = status === 'answered' || status === 'partly';
    return substantive && question.options ? rotate(question.options).map((choice) => ({ ...base, choice })) : [base];
  });
}

/** The candidate that opens the most follow-ups; ties go to the first, so statuses vary by turn. */
function bestAnswer(flow: FlowDefinition, record: NegotiationRecord, system: SystemEntry, question: QuestionDef, turn: number): Answer {
  let best: { answer: Answer; pathLength: number } | undefined;
  for (const answer of candidateAnswers(question, system, turn)) {
    const pathLength = systemPath(flow, withAnswer(record, system.id, question.id, answer), system).questions.length;
    if (!best || pathLength > best.pathLength) best = { answer, pathLength };
  }
  if (!best) throw new Error(`No candidate answer for ${question.id}`);
  return best.answer;
}

function nextUnanswered(flow: FlowDefinition, record: NegotiationRecord, system: SystemEntry): QuestionDef | undefined {
  const path = systemPath(flow, record, system);
  return path.questions.find((question) => path.answers[question.id]?.status === undefined);
}

/** Answers, in checklist order, every question the system's path leads to. */
function answerWholePath(flow: FlowDefinition, record: NegotiationRecord, system: SystemEntry, systemIndex: number): NegotiationRecord {
  let current = record;
  for (let turn = systemIndex; ; turn++) {
    const question = nextUnanswered(flow, current, system);
    if (!question) return current;
    current = withAnswer(current, system.id, question.id, bestAnswer(flow, current, system, question, turn));
  }
}

/** A negotiation with `systemCount` systems of varied categories, each fully answered. */
export function sampleRecord(flow: FlowDefinition, systemCount: number): NegotiationRecord {
  let record = withMeta(createRecord({ id: `bench-${flow.id}`, flowId: flow.id, flowVersion: flow.version, now: NOW, documentLanguage: 'en' }), {
    union: 'Allied Workers Union, branch 12',
    employer: 'Example Logistics plc',
    workplace: 'Northgate distribution centre',
    date: '2026-11-30',
    present: 'A. Rep (union), B. Manager (HR), C. Officer (DPO)',
  });
  for (let index = 0; index < systemCount; index++) {
    const system = sampleSystem(index);
    record = answerWholePath(flow, withSystemAdded(record, system), system, index);
  }
  return record;
}

/** How many questions the record answers across all systems' paths. */
export function answeredCount(flow: FlowDefinition, record: NegotiationRecord): number {
  return record.systems.reduce((sum, system) => sum + systemPath(flow, record, system).questions.length, 0);
}

/** How often each status occurs among the answers on the systems' paths. */
export function statusCounts(flow: FlowDefinition, record: NegotiationRecord): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  for (const system of record.systems) {
    for (const answer of Object.values(systemPath(flow, record, system).answers)) {
      const status = answer.status ?? 'missing';
      counts.set(status, (counts.get(status) ?? 0) + 1);
    }
  }
  return counts;
}

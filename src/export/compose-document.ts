import type { FlowDefinition } from '../engine/flow-types.ts';
import { GAP_STATUSES } from '../engine/flow-types.ts';
import type { Language, NegotiationRecord } from '../engine/negotiation.ts';
import type { BriefModel, DocumentKind, DocumentModel, LetterModel, ProposalModel } from './document-model.ts';
import { selectClauses } from './select-clauses.ts';

/** Days management is given to answer an information request. */
export const RESPONSE_DAYS = 30;

function addDays(iso: string, days: number): string {
  const date = new Date(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export interface ComposeOptions {
  readonly kind: DocumentKind;
  readonly language: Language;
  readonly generatedAt: string;
}

/**
 * What one kind of document says, as plain data. The proposal is built without answers or
 * notes; the brief adds them with each question's legal floor; the letter lists the gaps.
 *
 * @example composeDocument(euFlow, record, { kind: 'letter', language: 'fr', generatedAt: now })
 */
export function composeDocument(flow: FlowDefinition, record: NegotiationRecord, options: ComposeOptions): DocumentModel {
  const base = { flowId: flow.id, language: options.language, generatedAt: options.generatedAt, meta: record.meta };
  if (options.kind === 'letter') return composeLetter(flow, record, base);
  const selection = selectClauses(flow, record);
  if (options.kind === 'proposal') {
    const proposal: ProposalModel = { ...base, kind: 'proposal', systems: selection.systems.map(({ system, clauses }) => ({ system, clauses })) };
    return proposal;
  }
  const provisionsOf = new Map(flow.questions.map((question) => [question.id, question.provisions]));
  const brief: BriefModel = {
    ...base,
    kind: 'brief',
    systems: selection.systems.map(({ system, clauses, answers }) => ({
      system,
      clauses,
      answers: answers.map((answer) => ({
        ...answer,
        note: record.answers[system.id]?.[answer.questionId]?.note ?? '',
        provisions: provisionsOf.get(answer.questionId) ?? [],
      })),
    })),
  };
  return brief;
}

function composeLetter(flow: FlowDefinition, record: NegotiationRecord, base: Omit<LetterModel, 'kind' | 'deadline' | 'systems'>): LetterModel {
  const today = base.generatedAt.slice(0, 10);
  const inForce = (provision: { readonly appliesFrom?: string }) => provision.appliesFrom === undefined || provision.appliesFrom <= today;
  const obliging = new Set(flow.provisions.filter((provision) => provision.discloses && inForce(provision)).map((provision) => provision.id));
  const provisionsOf = new Map(flow.questions.map((question) => [question.id, question.provisions]));
  const systems = selectClauses(flow, record).systems.map(({ system, answers }) => ({
    system,
    requests: answers.flatMap(({ questionId, status }) =>
      status && GAP_STATUSES.includes(status) ? [{ questionId, status, provisions: (provisionsOf.get(questionId) ?? []).filter((id) => obliging.has(id)) }] : [],
    ),
  }));
  return {
    ...base,
    kind: 'letter',
    deadline: addDays(base.generatedAt, RESPONSE_DAYS),
    systems: systems.filter((entry) => entry.requests.length > 0),
  };
}

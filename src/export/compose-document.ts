import type { FlowDefinition } from '../engine/flow-types.ts';
import { GAP_STATUSES } from '../engine/flow-types.ts';
import type { Language, NegotiationRecord } from '../engine/negotiation.ts';
import { forManagement, withEmptyNotes, type ManagementRecord } from '../record/management-record.ts';
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

/** What one document needs besides the record: its language and the time of the export. */
export type DocumentOptions = Omit<ComposeOptions, 'kind'>;

function documentBase(flow: FlowDefinition, record: Pick<NegotiationRecord, 'meta'>, options: DocumentOptions) {
  return { flowId: flow.id, language: options.language, generatedAt: options.generatedAt, meta: record.meta };
}

/**
 * What one kind of document says, as plain data. The brief is composed from the union's whole
 * record; the proposal and the letter only ever see `forManagement(record)`, which has no notes.
 *
 * @example composeDocument(euFlow, record, { kind: 'letter', language: 'fr', generatedAt: now })
 */
export function composeDocument(flow: FlowDefinition, record: NegotiationRecord, options: ComposeOptions): DocumentModel {
  if (options.kind === 'brief') return composeBrief(flow, record, options);
  const shared = forManagement(record);
  return options.kind === 'proposal' ? composeProposal(flow, shared, options) : composeLetter(flow, shared, options);
}

/** The proposal: per system, the clauses proposed; no answers. */
export function composeProposal(flow: FlowDefinition, record: ManagementRecord, options: DocumentOptions): ProposalModel {
  const selection = selectClauses(flow, withEmptyNotes(record));
  return { ...documentBase(flow, record, options), kind: 'proposal', systems: selection.systems.map(({ system, clauses }) => ({ system, clauses })) };
}

/** The brief: the proposal's clauses plus every answer on the path, its note and its legal floor. */
export function composeBrief(flow: FlowDefinition, record: NegotiationRecord, options: DocumentOptions): BriefModel {
  const provisionsOf = new Map(flow.questions.map((question) => [question.id, question.provisions]));
  return {
    ...documentBase(flow, record, options),
    kind: 'brief',
    systems: selectClauses(flow, record).systems.map(({ system, clauses, answers }) => ({
      system,
      clauses,
      answers: answers.map((answer) => ({
        ...answer,
        note: record.answers[system.id]?.[answer.questionId]?.note ?? '',
        provisions: provisionsOf.get(answer.questionId) ?? [],
      })),
    })),
  };
}

/** The letter: per system, each question refused, not known or left to follow up, and what obliges an answer. */
export function composeLetter(flow: FlowDefinition, record: ManagementRecord, options: DocumentOptions): LetterModel {
  const today = options.generatedAt.slice(0, 10);
  const inForce = (provision: { readonly appliesFrom?: string }) => provision.appliesFrom === undefined || provision.appliesFrom <= today;
  const obliging = new Set(flow.provisions.filter((provision) => provision.discloses && inForce(provision)).map((provision) => provision.id));
  const provisionsOf = new Map(flow.questions.map((question) => [question.id, question.provisions]));
  const systems = selectClauses(flow, withEmptyNotes(record)).systems.map(({ system, answers }) => ({
    system,
    requests: answers.flatMap(({ questionId, status }) =>
      status && GAP_STATUSES.includes(status) ? [{ questionId, status, provisions: (provisionsOf.get(questionId) ?? []).filter((id) => obliging.has(id)) }] : [],
    ),
  }));
  return {
    ...documentBase(flow, record, options),
    kind: 'letter',
    deadline: addDays(options.generatedAt, RESPONSE_DAYS),
    systems: systems.filter((entry) => entry.requests.length > 0),
  };
}

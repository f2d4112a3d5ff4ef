import { changesSinceLastRound } from '../engine/rounds.ts';
import { OUTSTANDING_STATUSES, type FlowDefinition, type Provision } from '../engine/flow-types.ts';
import type { Language, NegotiationRecord } from '../engine/negotiation.ts';
import { forManagement, withEmptyNotes, type ManagementRecord } from '../record/management-record.ts';
import { generalProvisions } from './agreement.ts';
import type { BriefModel, DocumentKind, DocumentModel, InformationRequest, LetterModel, ProposalModel, RecordedAnswer } from './document-model.ts';
import { letterTiming, type LetterOptions } from './letter-timing.ts';
import { selectClauses } from './select-clauses.ts';

export interface ComposeOptions {
  readonly kind: DocumentKind;
  readonly language: Language;
  readonly generatedAt: string;
  /** The letter's date and reply deadline; ignored by the other kinds. */
  readonly letter?: LetterOptions;
}

/** What one document needs besides the record: its language and the time of the export. */
export type DocumentOptions = Omit<ComposeOptions, 'kind'>;

function documentBase(flow: FlowDefinition, record: Pick<NegotiationRecord, 'meta'>, options: DocumentOptions) {
  // The name the union gave the negotiation in its own list is not the document's business.
  return { flowId: flow.id, language: options.language, generatedAt: options.generatedAt, meta: { ...record.meta, title: '' } };
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

/** The proposal: the general provisions once, and per system (its schedule) the clauses proposed; no answers. */
export function composeProposal(flow: FlowDefinition, record: ManagementRecord, options: DocumentOptions): ProposalModel {
  const systems = selectClauses(flow, withEmptyNotes(record)).systems.map(({ system, clauses }) => ({ system, clauses }));
  return { ...documentBase(flow, record, options), kind: 'proposal', general: generalProvisions(flow, systems), systems };
}

/** The brief: the proposal's general provisions and schedules plus every answer on the path, its note and its legal floor. */
export function composeBrief(flow: FlowDefinition, record: NegotiationRecord, options: DocumentOptions): BriefModel {
  const selection = selectClauses(flow, record).systems;
  const last = record.rounds.at(-1);
  const changes = changesSinceLastRound(record, flow.questions.map((question) => question.id));
  return {
    ...(last && changes ? { changes: { since: record.rounds.length, meeting: last.meeting, systems: changes } } : {}),
    ...documentBase(flow, record, options),
    kind: 'brief',
    general: generalProvisions(flow, selection),
    systems: selection.map(({ system, clauses, answers }) => ({
      system,
      clauses,
      answers: answers.map((answer) => ({
        ...answer,
        note: record.answers[system.id]?.[answer.questionId]?.note ?? '',
      })),
    })),
  };
}

/**
 * The letter: per system, each question refused, not known, left to follow up or answered only
 * in part (quoting management's partial words back), and what obliges an answer. Dated and
 * given a deadline by `options.letter` (`letterTiming`), by default the export's day and 30 days.
 */
export function composeLetter(flow: FlowDefinition, record: ManagementRecord, options: DocumentOptions): LetterModel {
  const { date, deadline } = letterTiming(options.letter ?? {}, options.generatedAt);
  // A duty that starts after the letter's date cannot be cited as one; but a start date that is
  // only reported, not verified, does not silence a duty that may already apply.
  const inForce = (provision: Provision) => provision.appliesFrom === undefined || provision.appliesFromUncertain === true || provision.appliesFrom <= date;
  const obliging = new Set(flow.provisions.filter((provision) => provision.discloses && inForce(provision)).map((provision) => provision.id));
  const request = ({ questionId, status, words, provisions }: RecordedAnswer): InformationRequest[] =>
    status && OUTSTANDING_STATUSES.includes(status)
      ? [{ questionId, status, provisions: provisions.filter((id) => obliging.has(id)), ...(status === 'partly' ? { words: words.trim() } : {}) }]
      : [];
  const systems = selectClauses(flow, withEmptyNotes(record)).systems.map(({ system, answers }) => ({ system, requests: answers.flatMap(request) }));
  return {
    ...documentBase(flow, record, options),
    kind: 'letter',
    date,
    deadline,
    systems: systems.filter((entry) => entry.requests.length > 0),
  };
}

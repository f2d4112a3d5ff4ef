import type { Answer, Language, MeetingMeta, NegotiationMeta, NegotiationRecord, Round, SystemEntry } from './negotiation.ts';

/** The one event contract every flow's machine accepts, whatever its region. */
export type WizardEvent =
  | { readonly type: 'details.set'; readonly meta: Partial<NegotiationMeta> }
  | { readonly type: 'system.add'; readonly system: SystemEntry }
  | {
      readonly type: 'system.update';
      readonly systemId: string;
      readonly changes: Partial<Omit<SystemEntry, 'id'>>;
    }
  | { readonly type: 'system.remove'; readonly systemId: string }
  | {
      readonly type: 'answer.set';
      readonly systemId: string;
      readonly questionId: string;
      readonly answer: Partial<Answer>;
    }
  | { readonly type: 'document.language'; readonly language: Language }
  /** The meeting under way is kept as it stands, and the next begins from its answers. */
  | { readonly type: 'round.next'; readonly round: Pick<Round, 'id' | 'closedAt'>; readonly meeting: Partial<MeetingMeta> }
  /** The record as storage merged it with another tab's edits; the position stays where it is. */
  | { readonly type: 'record.synced'; readonly record: NegotiationRecord }
  | { readonly type: 'nav.next' }
  | { readonly type: 'nav.back' }
  | { readonly type: 'nav.details' }
  | { readonly type: 'nav.inventory' }
  | { readonly type: 'nav.review' }
  | { readonly type: 'nav.documents' }
  | { readonly type: 'nav.question'; readonly systemId: string; readonly questionId: string };

/** Details the negotiation cannot go on without: the parties. */
export const REQUIRED_DETAILS = ['union', 'employer'] as const satisfies readonly (keyof NegotiationMeta)[];

export function missingDetails(meta: NegotiationMeta): readonly (keyof NegotiationMeta)[] {
  return REQUIRED_DETAILS.filter((field) => meta[field].trim() === '');
}

import { isQuestionVisible } from './checklist.ts';
import { WIZARD_STATES, type WizardMachine } from './build-machine.ts';
import type { FlowDefinition } from './flow-types.ts';
import type { NegotiationRecord } from './negotiation.ts';

/** The persisted position: a state value and the system the checklist was on. */
export interface WizardCursor {
  readonly value: unknown;
  readonly systemIndex: number;
}

type Position = 'details' | 'inventory' | 'review' | 'documents' | { readonly checklist: string };

/** Accepts only positions this flow can be in for this record; anything else is untrusted junk. */
function positionFrom(flow: FlowDefinition, record: NegotiationRecord, cursor: WizardCursor): Position | undefined {
  const { value, systemIndex } = cursor;
  if (value === WIZARD_STATES.details || value === WIZARD_STATES.inventory) return value;
  if (value === WIZARD_STATES.review || value === WIZARD_STATES.documents) return record.systems.length > 0 ? value : undefined;
  if (typeof value !== 'object' || value === null || !(WIZARD_STATES.checklist in value)) return undefined;
  const questionId: unknown = (value as Record<string, unknown>)[WIZARD_STATES.checklist];
  const system = record.systems[systemIndex];
  if (typeof questionId !== 'string' || !system) return undefined;
  return isQuestionVisible(flow, record, system, questionId) ? { checklist: questionId } : undefined;
}

/**
 * Rebuilds the machine's snapshot from the record and the saved cursor, so that a reload
 * resumes exactly where the user was. A cursor that no longer fits (a changed flow, a removed
 * system) falls back to the review, or to the start for an empty negotiation: the answers,
 * which live in the record, are never affected by where the cursor points.
 */
export function resumeSnapshot(machine: WizardMachine, flow: FlowDefinition, record: NegotiationRecord, cursor?: WizardCursor) {
  const position = cursor ? positionFrom(flow, record, cursor) : undefined;
  const fallback: Position = record.systems.length > 0 && cursor ? WIZARD_STATES.review : WIZARD_STATES.details;
  const systemIndex = position && typeof position === 'object' && cursor ? cursor.systemIndex : 0;
  return machine.resolveState({ value: position ?? fallback, context: { flow, record, systemIndex } });
}

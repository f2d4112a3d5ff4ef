import { assertEvent, assign, setup } from 'xstate';
import { isQuestionVisible } from './checklist.ts';
import type { FlowDefinition } from './flow-types.ts';
import type { NegotiationRecord } from './negotiation.ts';
import {
  withAnswer,
  withDocumentLanguage,
  withMeta,
  withSystemAdded,
  withSystemRemoved,
  withSystemUpdated,
} from './record-updates.ts';
import { withNextRound } from './rounds.ts';
import type { WizardEvent } from './wizard-events.ts';
import { missingDetails } from './wizard-events.ts';

export interface WizardContext {
  /** The flow being walked: static data, never persisted with the cursor. */
  readonly flow: FlowDefinition;
  readonly record: NegotiationRecord;
  /** Which system of the inventory the checklist is on. */
  readonly systemIndex: number;
  /** Set when a question was opened from the review, so the question offers the way back. */
  readonly returnToReview?: boolean;
  /** The last answer opened from the review, so the review can put focus back on its row. */
  readonly editedFromReview?: { readonly systemId: string; readonly questionId: string };
}

export interface WizardInput {
  readonly record: NegotiationRecord;
}

function clampedIndex(index: number, record: NegotiationRecord): number {
  return Math.min(index, Math.max(0, record.systems.length - 1));
}

function visibleFor(context: WizardContext, systemIndex: number, questionId: string): boolean {
  const system = context.record.systems[systemIndex];
  return system !== undefined && isQuestionVisible(context.flow, context.record, system, questionId);
}

/**
 * The one `setup()` every flow is compiled with: a closed vocabulary of named,
 * parameterised guards and actions, so a compiled machine stays plain, serialisable data.
 */
export const wizardSetup = setup({
  types: {
    context: {} as WizardContext,
    events: {} as WizardEvent,
    input: {} as WizardInput,
  },
  guards: {
    detailsComplete: ({ context }) => missingDetails(context.record.meta).length === 0,
    hasSystems: ({ context }) => context.record.systems.length > 0,
    hasNextSystem: ({ context }) => context.systemIndex + 1 < context.record.systems.length,
    hasPreviousSystem: ({ context }) => context.systemIndex > 0,
    /** The question is on the path of the system the checklist is on. */
    questionVisible: ({ context }, params: { readonly questionId: string }) =>
      visibleFor(context, context.systemIndex, params.questionId),
    /** Storage merged another tab's removal of the system whose question is on screen. */
    systemOnScreenRemoved: ({ context, event }) => {
      if (event.type !== 'record.synced') return false;
      const current = context.record.systems[context.systemIndex]?.id;
      return current !== undefined && !event.record.systems.some((system) => system.id === current);
    },
    /** A `nav.question` event asks for this question, and it is on that system's path. */
    questionRequested: ({ context, event }, params: { readonly questionId: string }) => {
      if (event.type !== 'nav.question' || event.questionId !== params.questionId) return false;
      const index = context.record.systems.findIndex((system) => system.id === event.systemId);
      return visibleFor(context, index, params.questionId);
    },
  },
  actions: {
    applyDetails: assign({
      record: ({ context, event }) => {
        assertEvent(event, 'details.set');
        return withMeta(context.record, event.meta);
      },
    }),
    addSystem: assign({
      record: ({ context, event }) => {
        assertEvent(event, 'system.add');
        return withSystemAdded(context.record, event.system);
      },
    }),
    updateSystem: assign({
      record: ({ context, event }) => {
        assertEvent(event, 'system.update');
        return withSystemUpdated(context.record, event.systemId, event.changes);
      },
    }),
    removeSystem: assign(({ context, event }) => {
      assertEvent(event, 'system.remove');
      const record = withSystemRemoved(context.record, event.systemId);
      return { record, systemIndex: clampedIndex(context.systemIndex, record) };
    }),
    replaceRecord: assign(({ context, event }) => {
      assertEvent(event, 'record.synced');
      // Stay on the same system when another tab added or removed one before it.
      const current = context.record.systems[context.systemIndex]?.id;
      const moved = event.record.systems.findIndex((system) => system.id === current);
      return { record: event.record, systemIndex: moved >= 0 ? moved : clampedIndex(context.systemIndex, event.record) };
    }),
    setAnswer: assign({
      record: ({ context, event }) => {
        assertEvent(event, 'answer.set');
        return withAnswer(context.record, event.systemId, event.questionId, event.answer);
      },
    }),
    startNextRound: assign({
      record: ({ context, event }) => {
        assertEvent(event, 'round.next');
        return withNextRound(context.record, event.round, event.meeting);
      },
    }),
    setDocumentLanguage: assign({
      record: ({ context, event }) => {
        assertEvent(event, 'document.language');
        return withDocumentLanguage(context.record, event.language);
      },
    }),
    markReturnToReview: assign(({ event }) => {
      assertEvent(event, 'nav.question');
      return { returnToReview: true, editedFromReview: { systemId: event.systemId, questionId: event.questionId } };
    }),
    clearReturnToReview: assign({ returnToReview: false }),
    forgetEditedAnswer: assign({ editedFromReview: undefined }),
    firstSystem: assign({ systemIndex: 0 }),
    lastSystem: assign({ systemIndex: ({ context }) => Math.max(0, context.record.systems.length - 1) }),
    nextSystem: assign({ systemIndex: ({ context }) => context.systemIndex + 1 }),
    previousSystem: assign({ systemIndex: ({ context }) => context.systemIndex - 1 }),
    selectRequestedSystem: assign({
      systemIndex: ({ context, event }) => {
        assertEvent(event, 'nav.question');
        return context.record.systems.findIndex((system) => system.id === event.systemId);
      },
    }),
  },
});

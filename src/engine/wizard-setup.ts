import { assertEvent, assign, setup } from 'xstate';
import { holds } from './conditions.ts';
import type { Condition } from './flow-types.ts';
import type { NegotiationRecord } from './negotiation.ts';
import {
  withAnswer,
  withDocumentLanguage,
  withMeta,
  withSystemAdded,
  withSystemRemoved,
  withSystemUpdated,
} from './record-updates.ts';
import type { WizardEvent } from './wizard-events.ts';
import { missingDetails } from './wizard-events.ts';

export interface WizardContext {
  readonly record: NegotiationRecord;
  /** Which system of the inventory the checklist is on. */
  readonly systemIndex: number;
}

export interface WizardInput {
  readonly record: NegotiationRecord;
}

function systemSubject(context: WizardContext, systemIndex: number) {
  const system = context.record.systems[systemIndex];
  if (!system) return undefined;
  return { answers: context.record.answers[system.id] ?? {}, category: system.category };
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
    /** The condition holds for the system the checklist is on. */
    conditionHolds: ({ context }, params: { readonly condition: Condition }) => {
      const subject = systemSubject(context, context.systemIndex);
      return subject !== undefined && holds(params.condition, subject);
    },
    /** A `nav.question` event asks for this question, and it is on that system's path. */
    questionRequested: ({ context, event }, params: { readonly questionId: string; readonly condition: Condition }) => {
      if (event.type !== 'nav.question' || event.questionId !== params.questionId) return false;
      const index = context.record.systems.findIndex((system) => system.id === event.systemId);
      const subject = systemSubject(context, index);
      return subject !== undefined && holds(params.condition, subject);
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
      return { record, systemIndex: Math.min(context.systemIndex, Math.max(0, record.systems.length - 1)) };
    }),
    setAnswer: assign({
      record: ({ context, event }) => {
        assertEvent(event, 'answer.set');
        return withAnswer(context.record, event.systemId, event.questionId, event.answer);
      },
    }),
    setDocumentLanguage: assign({
      record: ({ context, event }) => {
        assertEvent(event, 'document.language');
        return withDocumentLanguage(context.record, event.language);
      },
    }),
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

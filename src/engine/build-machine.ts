import type { FlowDefinition, QuestionDef } from './flow-types.ts';
import { wizardSetup } from './wizard-setup.ts';

/** Top-level states of every wizard machine; the checklist holds one state per question. */
export const WIZARD_STATES = { details: 'details', inventory: 'inventory', checklist: 'checklist', review: 'review', documents: 'documents' } as const;

/** A transient state of the checklist that lands on the last question on the system's path. */
const LAST_KEY = '(last)';
const LAST = '#checklist-last';

/**
 * Transitions to the first of `candidates` whose condition holds for the current system. The
 * list stops at the first question asked whatever the answers: nothing after it could be
 * taken, and a transition to every later question from every question made the machine
 * quadratic in the checklist (some 2,000 transitions for 44 questions, built at each opening).
 */
function firstVisible(candidates: readonly QuestionDef[]) {
  const always = candidates.findIndex((question) => !question.showIf);
  return (always === -1 ? candidates : candidates.slice(0, always + 1)).map((question) =>
    question.showIf
      ? { target: question.id, guard: { type: 'questionVisible', params: { questionId: question.id } } as const }
      : { target: question.id },
  );
}

function questionState(questions: readonly QuestionDef[], index: number) {
  const later = questions.slice(index + 1);
  const earlier = questions.slice(0, index).reverse();
  return {
    tags: ['question'],
    on: {
      'nav.next': [
        ...firstVisible(later),
        { guard: 'hasNextSystem', actions: 'nextSystem', target: questions[0]?.id },
        { target: `#wizard.${WIZARD_STATES.review}` },
      ],
      'nav.back': [
        ...firstVisible(earlier),
        { guard: 'hasPreviousSystem', actions: 'previousSystem', target: LAST },
        { target: `#wizard.${WIZARD_STATES.inventory}` },
      ],
    },
  };
}

/** Guarded jumps to every question, for `nav.question` from the review or the step list. */
function questionJumps(questions: readonly QuestionDef[], checklist: string, fromReview: boolean) {
  return questions.map((question) => ({
    guard: { type: 'questionRequested', params: { questionId: question.id } } as const,
    actions: fromReview ? (['selectRequestedSystem', 'markReturnToReview'] as const) : (['selectRequestedSystem', 'clearReturnToReview'] as const),
    target: `${checklist}.${question.id}`,
  }));
}

/**
 * Compiles a flow into its XState machine. Every flow shares one `setup()` and one event
 * contract; the per-system checklist is a state per question, entered once for each system
 * in the inventory, and `nav.next` / `nav.back` follow the path the answers produce.
 *
 * @example const machine = buildWizardMachine(euFlow); createActor(machine, { input: { record } })
 */
export function buildWizardMachine(flow: FlowDefinition) {
  const { questions } = flow;
  const first = questions[0];
  if (!first || first.showIf) throw new Error(`Flow ${flow.id}: the first question must always be asked.`);

  const checklistStates = Object.fromEntries([
    ...questions.map((question, index) => [question.id, questionState(questions, index)] as const),
    [LAST_KEY, { id: LAST.slice(1), always: firstVisible([...questions].reverse()) }] as const,
  ]);

  return wizardSetup.createMachine({
    id: 'wizard',
    version: `${flow.id}@${flow.version}`,
    context: ({ input }) => ({ flow, record: input.record, systemIndex: 0 }),
    initial: WIZARD_STATES.details,
    on: {
      'details.set': { actions: 'applyDetails' },
      'system.add': { actions: 'addSystem' },
      'system.update': { actions: 'updateSystem' },
      'system.remove': { actions: 'removeSystem', target: `.${WIZARD_STATES.inventory}` },
      'answer.set': { actions: 'setAnswer' },
      'document.language': { actions: 'setDocumentLanguage' },
      // The next meeting opens on its details: its date and who is present come first.
      'round.next': { actions: 'startNextRound', target: `.${WIZARD_STATES.details}` },
      'record.synced': { actions: 'replaceRecord' },
      'nav.details': { target: `.${WIZARD_STATES.details}` },
      'nav.inventory': { target: `.${WIZARD_STATES.inventory}` },
      'nav.review': { guard: 'hasSystems', target: `.${WIZARD_STATES.review}` },
      'nav.documents': { guard: 'hasSystems', target: `.${WIZARD_STATES.documents}` },
      'nav.question': questionJumps(questions, `.${WIZARD_STATES.checklist}`, false),
    },
    states: {
      [WIZARD_STATES.details]: {
        tags: ['details'],
        entry: 'forgetEditedAnswer',
        on: { 'nav.next': { guard: 'detailsComplete', target: WIZARD_STATES.inventory } },
      },
      [WIZARD_STATES.inventory]: {
        tags: ['inventory'],
        entry: 'forgetEditedAnswer',
        on: {
          'nav.back': { target: WIZARD_STATES.details },
          'nav.next': { guard: 'hasSystems', actions: 'firstSystem', target: `${WIZARD_STATES.checklist}.${first.id}` },
        },
      },
      [WIZARD_STATES.checklist]: {
        initial: first.id,
        on: {
          // Never carry on with another system's question: back to the list, where the change shows.
          'record.synced': [{ guard: 'systemOnScreenRemoved', actions: 'replaceRecord', target: `#wizard.${WIZARD_STATES.inventory}` }, { actions: 'replaceRecord' }],
        },
        states: checklistStates,
      },
      [WIZARD_STATES.review]: {
        tags: ['review'],
        entry: 'clearReturnToReview',
        on: {
          'nav.back': { actions: 'lastSystem', target: LAST },
          // An edit from the review remembers where it came from.
          'nav.question': questionJumps(questions, `#wizard.${WIZARD_STATES.checklist}`, true),
          'nav.next': { target: WIZARD_STATES.documents },
        },
      },
      // The documents have a step of their own, reachable from the step list and the review.
      [WIZARD_STATES.documents]: {
        tags: ['documents'],
        entry: 'forgetEditedAnswer',
        on: {
          'nav.back': { target: WIZARD_STATES.review },
        },
      },
    },
  });
}

export type WizardMachine = ReturnType<typeof buildWizardMachine>;

const machines = new WeakMap<FlowDefinition, WizardMachine>();

/**
 * The machine of a checklist, built once: a machine is only a definition, shared by every
 * negotiation opened under that checklist, so it can be built as soon as the checklist
 * arrives rather than in the wizard's first render.
 */
export function wizardMachineFor(flow: FlowDefinition): WizardMachine {
  let machine = machines.get(flow);
  if (!machine) {
    machine = buildWizardMachine(flow);
    machines.set(flow, machine);
  }
  return machine;
}

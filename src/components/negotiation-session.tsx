import { useActorRef } from '@xstate/react';
import { useMemo } from 'react';
import { buildWizardMachine } from '../engine/build-machine.ts';
import type { FlowDefinition } from '../engine/flow-types.ts';
import type { NegotiationRecord } from '../engine/negotiation.ts';
import { resumeSnapshot, type WizardCursor } from '../engine/resume.ts';
import type { NegotiationStore } from '../record/storage.ts';
import { useAutosave } from './use-autosave.ts';
import { WizardSessionContext } from './wizard-context.ts';
import { WizardScreen } from './wizard-screen.tsx';

interface NegotiationSessionProps {
  readonly flow: FlowDefinition;
  readonly record: NegotiationRecord;
  readonly cursor?: WizardCursor;
  readonly store: NegotiationStore;
  readonly now: () => string;
  readonly newId: () => string;
}

/** Runs one negotiation's machine, resumed from its record and cursor, and saves as it goes. */
export function NegotiationSession({ flow, record, cursor, store, now, newId }: NegotiationSessionProps) {
  const machine = useMemo(() => buildWizardMachine(flow), [flow]);
  // Computed once: the actor owns the record from here on.
  const snapshot = useMemo(() => resumeSnapshot(machine, flow, record, cursor), [machine, flow]); // eslint-disable-line react-hooks/exhaustive-deps
  const actor = useActorRef(machine, { input: { record }, snapshot });
  const saveState = useAutosave(actor, store, now);
  const session = useMemo(() => ({ flow, actor }), [flow, actor]);
  return (
    <WizardSessionContext.Provider value={session}>
      <WizardScreen saveState={saveState} newId={newId} />
    </WizardSessionContext.Provider>
  );
}

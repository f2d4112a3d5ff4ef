import { createContext, useContext } from 'react';
import type { ActorRefFrom } from 'xstate';
import type { WizardMachine } from '../engine/build-machine.ts';
import type { FlowDefinition } from '../engine/flow-types.ts';

export interface WizardSession {
  readonly flow: FlowDefinition;
  readonly actor: ActorRefFrom<WizardMachine>;
}

export const WizardSessionContext = createContext<WizardSession | null>(null);

/** The flow and the running machine of the negotiation on screen. */
export function useWizardSession(): WizardSession {
  const session = useContext(WizardSessionContext);
  if (!session) throw new Error('useWizardSession must be used inside a negotiation');
  return session;
}

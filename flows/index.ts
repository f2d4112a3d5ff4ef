import type { FlowDefinition } from '../src/engine/flow-types.ts';
import { euFlow } from './eu.ts';
import { zaFlow } from './za.ts';

/**
 * The registry of regional flows: the one place a new jurisdiction is added. The interface,
 * the export and the generated tests all iterate over it.
 */
export const FLOWS: readonly FlowDefinition[] = [euFlow, zaFlow];

export function findFlow(id: string): FlowDefinition | undefined {
  return FLOWS.find((flow) => flow.id === id);
}

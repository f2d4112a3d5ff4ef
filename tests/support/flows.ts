/**
 * Every checklist the app offers, composed once for the tests: each jurisdiction alone and with
 * each of its overlays (`JURISDICTION_KEYS`), plus the two jurisdictions by name.
 */
import { JURISDICTION_KEYS, loadFlow } from '../../flows/index.ts';
import type { FlowDefinition } from '../../src/engine/flow-types.ts';

async function load(key: string): Promise<FlowDefinition> {
  const flow = await loadFlow(key);
  if (!flow) throw new Error(`No checklist for ${key}`);
  return flow;
}

export const ALL_FLOWS: readonly FlowDefinition[] = await Promise.all(JURISDICTION_KEYS.map(load));

export const euFlow: FlowDefinition = await load('eu');
export const zaFlow: FlowDefinition = await load('za');

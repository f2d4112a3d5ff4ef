/** How long composing a layered checklist and selecting its clauses take, per jurisdiction key. */
import { CORE_CHECKLIST } from '../../flows/core/checklist.ts';
import { LAYERS } from '../../flows/index.ts';
import { composeChecklist, layerIdsOf } from '../../src/engine/layers.ts';
import { selectClauses } from '../../src/export/select-clauses.ts';
import { sampleRecord } from './sample-record.ts';
import { median } from './stats.ts';

const RUNS = 50;

export interface LayerTiming {
  readonly key: string;
  readonly questions: number;
  readonly composeMs: number;
  readonly selectMs: number;
}

function timeSync(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

export async function timeLayers(keys: readonly string[]): Promise<readonly LayerTiming[]> {
  const loaded = new Map(await Promise.all(LAYERS.map(async (entry) => [entry.id, await entry.load()] as const)));
  return keys.map((key) => {
    const layers = layerIdsOf(key).map((id) => loaded.get(id)!);
    const flow = composeChecklist(CORE_CHECKLIST, layers);
    const record = sampleRecord(flow, 10);
    return {
      key,
      questions: flow.questions.length,
      composeMs: median(Array.from({ length: RUNS }, () => timeSync(() => composeChecklist(CORE_CHECKLIST, layers)))),
      selectMs: median(Array.from({ length: RUNS }, () => timeSync(() => selectClauses(flow, record)))),
    };
  });
}

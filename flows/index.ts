import type { FlowDefinition } from '../src/engine/flow-types.ts';
import { composeChecklist, jurisdictionKey, layerIdsOf, type JurisdictionLayer } from '../src/engine/layers.ts';

/**
 * The registry of jurisdiction layers and overlays: the one place a new one is added. Each is
 * loaded only when a negotiation under it is started or opened, so adding layers does not grow
 * the first screen; the interface, the export and the generated tests all go through here.
 */
export interface LayerEntry {
  readonly id: string;
  /** For an overlay: the layer it stacks on (for a city, its state's overlay). */
  readonly extends?: string;
  /**
   * What an overlay narrows: a `region` (a member state, a province, a city within a state: one
   * place per negotiation) or a group of `workers` (platform workers), which combines with any region.
   */
  readonly scope?: 'region' | 'workers';
  readonly load: () => Promise<JurisdictionLayer>;
}

export const LAYERS: readonly LayerEntry[] = [
  { id: 'eu', load: () => import('./layers/eu.ts').then((module) => module.EU_LAYER) },
  { id: 'za', load: () => import('./layers/za.ts').then((module) => module.ZA_LAYER) },
  { id: 'eu-de', extends: 'eu', scope: 'region', load: () => import('./overlays/eu-de.ts').then((module) => module.EU_DE_OVERLAY) },
  { id: 'eu-fr', extends: 'eu', scope: 'region', load: () => import('./overlays/eu-fr.ts').then((module) => module.EU_FR_OVERLAY) },
  { id: 'eu-es', extends: 'eu', scope: 'region', load: () => import('./overlays/eu-es.ts').then((module) => module.EU_ES_OVERLAY) },
  { id: 'eu-it', extends: 'eu', scope: 'region', load: () => import('./overlays/eu-it.ts').then((module) => module.EU_IT_OVERLAY) },
  { id: 'eu-nl', extends: 'eu', scope: 'region', load: () => import('./overlays/eu-nl.ts').then((module) => module.EU_NL_OVERLAY) },
  { id: 'eu-platform', extends: 'eu', scope: 'workers', load: () => import('./overlays/eu-platform.ts').then((module) => module.EU_PLATFORM_OVERLAY) },
  { id: 'br', load: () => import('./layers/br.ts').then((module) => module.BR_LAYER) },
  { id: 'in', load: () => import('./layers/in.ts').then((module) => module.IN_LAYER) },
  { id: 'uk', load: () => import('./layers/uk.ts').then((module) => module.UK_LAYER) },
  { id: 'kr', load: () => import('./layers/kr.ts').then((module) => module.KR_LAYER) },
  { id: 'intl', load: () => import('./layers/intl.ts').then((module) => module.INTL_LAYER) },
  { id: 'ca', load: () => import('./layers/ca.ts').then((module) => module.CA_LAYER) },
  { id: 'ca-qc', extends: 'ca', scope: 'region', load: () => import('./overlays/ca-qc.ts').then((module) => module.CA_QC_OVERLAY) },
  { id: 'ca-on', extends: 'ca', scope: 'region', load: () => import('./overlays/ca-on.ts').then((module) => module.CA_ON_OVERLAY) },
  { id: 'ke', load: () => import('./layers/ke.ts').then((module) => module.KE_LAYER) },
  { id: 'ng', load: () => import('./layers/ng.ts').then((module) => module.NG_LAYER) },
  { id: 'us', load: () => import('./layers/us.ts').then((module) => module.US_LAYER) },
  { id: 'us-ca', extends: 'us', scope: 'region', load: () => import('./overlays/us-ca.ts').then((module) => module.US_CA_OVERLAY) },
  { id: 'us-ny', extends: 'us', scope: 'region', load: () => import('./overlays/us-ny.ts').then((module) => module.US_NY_OVERLAY) },
  { id: 'us-ny-nyc', extends: 'us-ny', scope: 'region', load: () => import('./overlays/us-ny-nyc.ts').then((module) => module.US_NY_NYC_OVERLAY) },
  { id: 'us-il', extends: 'us', scope: 'region', load: () => import('./overlays/us-il.ts').then((module) => module.US_IL_OVERLAY) },
  { id: 'us-co', extends: 'us', scope: 'region', load: () => import('./overlays/us-co.ts').then((module) => module.US_CO_OVERLAY) },
  { id: 'au', load: () => import('./layers/au.ts').then((module) => module.AU_LAYER) },
  { id: 'au-nsw', extends: 'au', scope: 'region', load: () => import('./overlays/au-nsw.ts').then((module) => module.AU_NSW_OVERLAY) },
  { id: 'au-act', extends: 'au', scope: 'region', load: () => import('./overlays/au-act.ts').then((module) => module.AU_ACT_OVERLAY) },
];

function overlaysOf(id: string, scope: LayerEntry['scope']): readonly string[] {
  return LAYERS.filter((entry) => entry.extends === id && entry.scope === scope).map((entry) => entry.id);
}

function subsets(ids: readonly string[]): readonly (readonly string[])[] {
  return ids.reduce<(readonly string[])[]>((all, id) => [...all, ...all.map((subset) => [...subset, id])], [[]]);
}

/** Ids of the jurisdictions (layers that stack on nothing). */
export const JURISDICTION_IDS: readonly string[] = LAYERS.filter((entry) => entry.extends === undefined).map((entry) => entry.id);

/** The regions below a layer, each with the regions inside it: a state, then a city in that state. */
function regionChains(id: string): readonly (readonly string[])[] {
  return overlaysOf(id, 'region').flatMap((region) => [[region], ...regionChains(region).map((inner) => [region, ...inner])]);
}

/**
 * Every combination a negotiation can be held under, in key order: the jurisdiction, at most
 * one region (with the region it lies in, for a city), then any of its workers' overlays.
 */
export const JURISDICTION_KEYS: readonly string[] = JURISDICTION_IDS.flatMap((id) =>
  [[], ...regionChains(id)].flatMap((region) =>
    subsets(overlaysOf(id, 'workers')).map((workers) => jurisdictionKey([id, ...region, ...workers])),
  ),
);

export function isJurisdictionKey(key: string): boolean {
  return JURISDICTION_KEYS.includes(key);
}

function layerEntry(id: string): LayerEntry {
  const entry = LAYERS.find((candidate) => candidate.id === id);
  if (!entry) throw new Error(`No layer ${id}`);
  return entry;
}

const composed = new Map<string, Promise<FlowDefinition>>();

/** The checklist for a jurisdiction key (`eu`, `eu+eu-de`), or undefined for an unknown key. */
export function loadFlow(key: string): Promise<FlowDefinition | undefined> {
  if (!isJurisdictionKey(key)) return Promise.resolve(undefined);
  let flow = composed.get(key);
  if (!flow) {
    flow = Promise.all([
      import('./core/checklist.ts'),
      ...layerIdsOf(key).map((id) => layerEntry(id).load()),
    ]).then(([{ CORE_CHECKLIST }, ...layers]) => composeChecklist(CORE_CHECKLIST, layers));
    composed.set(key, flow);
  }
  return flow;
}

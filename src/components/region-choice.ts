import { isJurisdictionKey, JURISDICTION_KEYS, LAYERS } from '../../flows/index.ts';
import { COUNTRIES, type CountryChoice } from '../../flows/regions.ts';
import { jurisdictionKey } from '../engine/layers.ts';

/**
 * What the region picker decides, apart from how it looks: which countries it offers, which
 * layers a country brings, which workers' overlays can be added, and the jurisdiction key the
 * negotiation starts under.
 */

/** The countries whose checklist this app has, each with its stack of layers. */
export const OFFERED_COUNTRIES: readonly CountryChoice[] = COUNTRIES.filter((choice) => isJurisdictionKey(jurisdictionKey(choice.layers)));

export function countryChoice(code: string | undefined): CountryChoice | undefined {
  return OFFERED_COUNTRIES.find((choice) => choice.country === code);
}

/** The overlays for a group of workers that can be added under a jurisdiction (platform work in the EU). */
export function workersOverlays(jurisdiction: string): readonly string[] {
  return LAYERS.filter((entry) => entry.extends === jurisdiction && entry.scope === 'workers').map((entry) => entry.id);
}

/** Whether the jurisdiction has overlays for its regions, so that a country without one lacks its national law. */
export function hasRegionOverlays(jurisdiction: string): boolean {
  return LAYERS.some((entry) => entry.extends === jurisdiction && entry.scope === 'region');
}

/** The country's layers, then the chosen workers' overlays that apply under it, in registry order. */
export function chosenLayers(choice: CountryChoice, workers: ReadonlySet<string>): readonly string[] {
  const [jurisdiction = ''] = choice.layers;
  return [...choice.layers, ...workersOverlays(jurisdiction).filter((id) => workers.has(id))];
}

/** The key to start under, or undefined if this app has no checklist for that combination. */
export function chosenKey(choice: CountryChoice, workers: ReadonlySet<string>): string | undefined {
  const key = jurisdictionKey(chosenLayers(choice, workers));
  return JURISDICTION_KEYS.includes(key) ? key : undefined;
}

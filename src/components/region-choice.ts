import { isJurisdictionKey, JURISDICTION_KEYS, LAYERS } from '../../flows/index.ts';
import { COUNTRIES, OTHER_COUNTRIES_LAYER, WORLD, type CountryChoice } from '../../flows/regions.ts';
import { jurisdictionKey } from '../engine/layers.ts';

/**
 * What the region picker decides, apart from how it looks: which countries it offers, which
 * layers a country brings, where inside the country the workplace is (a state, a province, a
 * city), which workers' overlays can be added, and the jurisdiction key the negotiation starts
 * under.
 */

/** What the representative has chosen so far. */
export interface RegionValue {
  /** ISO code of the country chosen, if any. */
  readonly country: string | undefined;
  /**
   * Where in the country, for a country with regions: the key of the region's overlays
   * (`us-ny+us-ny-nyc`), `ELSEWHERE` for the country's law alone, undefined until chosen.
   */
  readonly place: string | undefined;
  /** The workers' overlays ticked (platform work); only those of the country's jurisdiction count. */
  readonly workers: ReadonlySet<string>;
}

/** The place value for "elsewhere in the country": the country's own layers, no region's. */
export const ELSEWHERE = '';

export const NO_REGION: RegionValue = { country: undefined, place: undefined, workers: new Set() };

const LISTED = new Set(COUNTRIES.map((choice) => choice.country));

/**
 * The countries whose checklist this app has, each with its stack of layers: those listed, and
 * every other country under the international baseline once that layer is registered.
 */
export const OFFERED_COUNTRIES: readonly CountryChoice[] = [
  ...COUNTRIES,
  ...WORLD.filter((country) => !LISTED.has(country)).map((country) => ({ country, layers: [OTHER_COUNTRIES_LAYER] })),
].filter((choice) => isJurisdictionKey(jurisdictionKey(choice.layers)));

export function countryChoice(code: string | undefined): CountryChoice | undefined {
  return OFFERED_COUNTRIES.find((choice) => choice.country === code);
}

/** Whether the country falls back on the international baseline, having no layer of its own. */
export function isBaselineOnly(choice: CountryChoice): boolean {
  return choice.layers[0] === OTHER_COUNTRIES_LAYER;
}

/** The places inside the country whose law this app has, as the keys `RegionValue.place` takes. */
export function placesOf(choice: CountryChoice): readonly string[] {
  return (choice.regions ?? [])
    .filter((region) => isJurisdictionKey(jurisdictionKey([...choice.layers, ...region])))
    .map((region) => jurisdictionKey(region));
}

/** The overlay that names a place: the innermost (the city rather than its state). */
export function placeLayer(place: string): string {
  return place.split('+').at(-1) ?? place;
}

/** The overlays for a group of workers that can be added under a jurisdiction (platform work in the EU). */
export function workersOverlays(jurisdiction: string): readonly string[] {
  return LAYERS.filter((entry) => entry.extends === jurisdiction && entry.scope === 'workers').map((entry) => entry.id);
}

/** Whether the jurisdiction has overlays for its regions, so that a country without one lacks its national law. */
export function hasRegionOverlays(jurisdiction: string): boolean {
  return LAYERS.some((entry) => entry.extends === jurisdiction && entry.scope === 'region');
}

/** Whether the country still needs its place chosen before a negotiation can start. */
export function needsPlace(choice: CountryChoice, place: string | undefined): boolean {
  return placesOf(choice).length > 0 && place === undefined;
}

/** The country's layers, the chosen place's overlays, then the chosen workers' overlays, in registry order. */
export function chosenLayers(choice: CountryChoice, value: Pick<RegionValue, 'place' | 'workers'>): readonly string[] {
  const [jurisdiction = ''] = choice.layers;
  const place = value.place !== undefined && placesOf(choice).includes(value.place) ? value.place.split('+') : [];
  return [...choice.layers, ...place, ...workersOverlays(jurisdiction).filter((id) => value.workers.has(id))];
}

/** The key to start under, or undefined while the place is not chosen or this app has no checklist for it. */
export function chosenKey(choice: CountryChoice, value: Pick<RegionValue, 'place' | 'workers'>): string | undefined {
  if (needsPlace(choice, value.place)) return undefined;
  const key = jurisdictionKey(chosenLayers(choice, value));
  return JURISDICTION_KEYS.includes(key) ? key : undefined;
}

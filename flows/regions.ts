/**
 * What the region picker offers, in terms a non-lawyer knows: a country, then (where the law
 * differs below it) nothing more to choose, because each country here maps to one stack of
 * layers. Country names come from the browser (`Intl.DisplayNames`) in the interface language,
 * so the list is searchable in every language without a translation table.
 *
 * A country without an overlay of its own gets its jurisdiction's layer alone, and the picker
 * says that its national law is not covered yet.
 */
export interface CountryChoice {
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
  /** The jurisdiction layer, then the country's own overlay when there is one. */
  readonly layers: readonly string[];
  /**
   * Where the law differs below the country (a US state, a Canadian province, an Australian
   * state or territory): the overlays each place adds to `layers`, a city after its state's.
   * The picker then asks for the place, and "elsewhere" keeps `layers` alone.
   */
  readonly regions?: readonly (readonly string[])[];
}

const EU_MEMBER_STATES = ['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE'] as const;

/** EU member states with a national overlay, by country code. */
const EU_OVERLAYS: Readonly<Record<string, string>> = { DE: 'eu-de', FR: 'eu-fr', ES: 'eu-es', IT: 'eu-it', NL: 'eu-nl' };

export const COUNTRIES: readonly CountryChoice[] = [
  ...EU_MEMBER_STATES.map((country) => ({ country, layers: ['eu', ...(EU_OVERLAYS[country] ? [EU_OVERLAYS[country]] : [])] })),
  { country: 'ZA', layers: ['za'] },
  { country: 'AU', layers: ['au'], regions: [['au-nsw'], ['au-act']] },
];

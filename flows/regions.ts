/**
 * What the region picker offers, in terms a non-lawyer knows: a country, then (where the law
 * differs below it) nothing more to choose, because each country here maps to one stack of
 * layers. Country names come from the browser (`Intl.DisplayNames`) in the interface language,
 * so the list is searchable in every language without a translation table.
 *
 * A country without an overlay of its own gets its jurisdiction's layer alone, and the picker
 * says that its national law is not covered yet. A country with no jurisdiction layer at all
 * gets the international baseline (`OTHER_COUNTRIES_LAYER`): ILO and Council of Europe standards,
 * and clauses that create the rights.
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
  { country: 'BR', layers: ['br'] },
  { country: 'IN', layers: ['in'] },
  { country: 'GB', layers: ['uk'] },
  { country: 'KR', layers: ['kr'] },
  { country: 'CA', layers: ['ca'], regions: [['ca-qc'], ['ca-on']] },
  { country: 'KE', layers: ['ke'] },
  { country: 'NG', layers: ['ng'] },
  { country: 'US', layers: ['us'], regions: [['us-ca'], ['us-ny'], ['us-ny', 'us-ny-nyc'], ['us-il'], ['us-co']] },
  { country: 'AU', layers: ['au'], regions: [['au-nsw'], ['au-act']] },
];

/** The layer for every country of `WORLD` that `COUNTRIES` does not list. */
export const OTHER_COUNTRIES_LAYER = 'intl';

/**
 * ISO 3166-1 alpha-2 codes of the countries and territories where people work (the officially
 * assigned codes, without the six territories with no permanent population: AQ, BV, GS, HM, TF, UM).
 */
export const WORLD: readonly string[] = (
  'AD AE AF AG AI AL AM AO AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BW BY BZ CA CC CD CF CG CH CI CK CL ' +
  'CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GT ' +
  'GU GW GY HK HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY ' +
  'MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM ' +
  'PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TG TH TJ TK TL TM TN TO TR ' +
  'TT TV TW TZ UA UG US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
).split(' ');

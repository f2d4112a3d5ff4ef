/**
 * Country names for the region picker, from the browser's own data (`Intl.DisplayNames`), so
 * that every interface language has them without a translation table, and a search that
 * forgives what people type at a table: case, accents, the English name, the country's own
 * name ("España", "Deutschland") and its ISO code.
 */

export interface CountryName {
  /** ISO 3166-1 alpha-2. */
  readonly code: string;
  /** The name in the interface language, as shown. */
  readonly name: string;
  /** Every form a search may match, normalised: the shown name, the English one, the country's own, the code. */
  readonly searchable: readonly string[];
}

/** Lower case, without accents or other combining marks, spaces collapsed: "Élysée " → "elysee". */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en').replace(/\s+/g, ' ').trim();
}

function namer(language: string): (code: string) => string {
  try {
    const names = new Intl.DisplayNames([language], { type: 'region', fallback: 'code' });
    return (code) => names.of(code) ?? code;
  } catch {
    return (code) => code;
  }
}

/** The country's most likely own language ("und-ES" → "es"), to name it as its people do. */
function ownLanguage(code: string): string | undefined {
  try {
    return new Intl.Locale(`und-${code}`).maximize().language;
  } catch {
    return undefined;
  }
}

/** The countries named in `language`, sorted as that language sorts. */
export function countryNames(codes: readonly string[], language: string): readonly CountryName[] {
  const local = namer(language);
  const english = namer('en');
  const collator = new Intl.Collator(language, { sensitivity: 'base' });
  return codes
    .map((code) => {
      const own = ownLanguage(code);
      const forms = [local(code), english(code), own ? namer(own)(code) : code, code];
      return { code, name: local(code), searchable: [...new Set(forms.map(normalizeForSearch))] };
    })
    .sort((a, b) => collator.compare(a.name, b.name));
}

/** How well a country matches: 0 exactly (a name or the code), 1 a name starting so, 2 a word of it; undefined not at all. */
function matchRank(country: CountryName, wanted: string): number | undefined {
  if (country.searchable.includes(wanted)) return 0;
  if (country.searchable.some((form) => form.startsWith(wanted))) return 1;
  if (country.searchable.some((form) => form.split(/[\s\-–'’]+/).some((word) => word.startsWith(wanted)))) return 2;
  return undefined;
}

/**
 * The countries a query finds: a name (or any word of it) that starts with the query, or the
 * ISO code itself, best matches first ("za" puts South Africa before Zambia), each group in list
 * order. An empty query finds them all.
 */
export function findCountries(countries: readonly CountryName[], query: string): readonly CountryName[] {
  const wanted = normalizeForSearch(query);
  if (wanted === '') return countries;
  const ranked = countries.flatMap((country) => {
    const rank = matchRank(country, wanted);
    return rank === undefined ? [] : [{ country, rank }];
  });
  return ranked.sort((a, b) => a.rank - b.rank).map(({ country }) => country);
}

/** The one country whose name (in any searchable form but the code) is exactly the query, if any. */
export function exactCountry(countries: readonly CountryName[], query: string): CountryName | undefined {
  const wanted = normalizeForSearch(query);
  if (wanted === '') return undefined;
  const found = countries.filter((country) => country.searchable.some((form) => form === wanted && form !== normalizeForSearch(country.code)));
  return found.length === 1 ? found[0] : undefined;
}

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

const namers = new Map<string, (code: string) => string>();

/** Names regions in a language; each language's data is loaded by the browser once per page. */
function namer(language: string): (code: string) => string {
  let named = namers.get(language);
  if (!named) {
    try {
      const names = new Intl.DisplayNames([language], { type: 'region', fallback: 'code' });
      named = (code) => names.of(code) ?? code;
    } catch {
      named = (code) => code;
    }
    namers.set(language, named);
  }
  return named;
}

/** The country's most likely own language ("und-ES" → "es"), to name it as its people do. */
function ownLanguage(code: string): string | undefined {
  try {
    return new Intl.Locale(`und-${code}`).maximize().language;
  } catch {
    return undefined;
  }
}

function searchForms(code: string, language: string): readonly string[] {
  const own = ownLanguage(code);
  const forms = [namer(language)(code), namer('en')(code), own ? namer(own)(code) : code, code];
  return [...new Set(forms.map(normalizeForSearch))];
}

/**
 * The countries named in `language`, sorted as that language sorts. The forms a search matches
 * are worked out on the first search, not with the list: naming ~250 countries in their own
 * languages loads ~100 languages' data, which the home page must not wait for.
 */
export function countryNames(codes: readonly string[], language: string): readonly CountryName[] {
  const local = namer(language);
  const collator = new Intl.Collator(language, { sensitivity: 'base' });
  return codes
    .map((code): CountryName => {
      let forms: readonly string[] | undefined;
      return {
        code,
        name: local(code),
        get searchable() {
          forms ??= searchForms(code, language);
          return forms;
        },
      };
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

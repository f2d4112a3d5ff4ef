import type { ResourceLoader } from './namespaces.ts';
import type { PseudoMode } from './pseudo-mode.ts';

/**
 * Pseudo-translations of the English texts, for finding what translation would miss: turned on
 * with `?pseudo=accents` or `?pseudo=rtl` in the address. Nothing is stored and no language is
 * added; only what the interface shows changes.
 *
 * - `accents`: every translated text is accented, a third longer and bracketed ⟦like this⟧,
 *   so that a text not drawn from the locale files stands out unbracketed, two texts joined in
 *   code show as two brackets side by side, and a screen too tight for longer languages breaks.
 * - `rtl`: every text is written in Arabic letters and the page runs right to left, to check
 *   that the layout mirrors and that what users type (left to right) stays readable inside it.
 */
const ACCENTED: Readonly<Record<string, string>> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, index) => [letter, [...'àƀçđéƒĝĥîĵķĺɱñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][index] as string]),
);

const ARABIC: Readonly<Record<string, string>> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyz'].flatMap((letter, index) => {
    const arabic = [...'ابتثجحخدذرزسشصضطظعغفقكلمنه'][index] as string;
    return [[letter, arabic], [letter.toUpperCase(), arabic]];
  }),
);

/** What must reach i18next and React unchanged: placeholders, nesting, numbered tags. */
const KEPT = /(\{\{[^}]*\}\}|\$t\([^)]*\)|<\/?\d+>)/;

function mapLetters(text: string, letters: Readonly<Record<string, string>>): string {
  return text.split(KEPT).map((part, index) => (index % 2 === 1 ? part : [...part].map((character) => letters[character] ?? character).join(''))).join('');
}

export function pseudoText(text: string, mode: PseudoMode): string {
  if (mode === 'rtl') return mapLetters(text, ARABIC);
  // A third longer, as German or French often run, in words a line can break between.
  const padding = ' ~~~~'.repeat(Math.ceil(text.length / 15));
  return `⟦${mapLetters(text, ACCENTED)}${padding}⟧`;
}

function pseudoResources(resource: unknown, mode: PseudoMode): unknown {
  if (typeof resource === 'string') return pseudoText(resource, mode);
  if (typeof resource !== 'object' || resource === null) return resource;
  return Object.fromEntries(Object.entries(resource).map(([key, value]) => [key, pseudoResources(value, mode)]));
}

/** A loader whose English texts come back pseudo-translated. */
export function pseudoLoader(load: ResourceLoader, mode: PseudoMode): ResourceLoader {
  return async (language, namespace) => pseudoResources(await load(language, namespace), mode) as Record<string, unknown>;
}

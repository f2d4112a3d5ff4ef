import { LANGUAGE_TAGS, type Language } from '../engine/negotiation.ts';
import type { PseudoMode } from './pseudo-mode.ts';

/**
 * Which way a text runs, for what is made apart from the page: the documents. The page takes
 * its direction from i18next (`i18n.dir`); a document is built in a worker, in a language that
 * may not be the interface's, so its direction comes from its own language and the pseudo mode.
 */
export type TextDirection = 'ltr' | 'rtl';

/** Every language offered, with its direction: a language written right to left must say so here. */
const DIRECTION: Readonly<Record<Language, TextDirection>> = { en: 'ltr', fr: 'ltr', es: 'ltr', pt: 'ltr', de: 'ltr' };

/** `?pseudo=rtl` writes in Arabic letters: Word shapes and spell-checks its right-to-left text as Arabic. */
const PSEUDO_RIGHT_TO_LEFT_TAG = 'ar-SA';

/** The language tag of a document's right-to-left text, or none when the document runs left to right. */
export function rightToLeftTag(language: Language, pseudo?: PseudoMode): string | undefined {
  if (pseudo === 'rtl') return PSEUDO_RIGHT_TO_LEFT_TAG;
  return DIRECTION[language] === 'rtl' ? LANGUAGE_TAGS[language] : undefined;
}

/** The direction a document in `language` runs, pseudo-translated or not. */
export function textDirection(language: Language, pseudo?: PseudoMode): TextDirection {
  return rightToLeftTag(language, pseudo) === undefined ? 'ltr' : 'rtl';
}

/** Unicode's first-strong isolate and its end: invisible, they give what is between them the direction of its own first letter. */
export const FIRST_STRONG_ISOLATE = '\u2068';
export const POP_DIRECTIONAL_ISOLATE = '\u2069';

/**
 * A value of unknown direction (what the user typed, a link) set apart from the sentence
 * around it, so that a Latin name inside an Arabic sentence, or the reverse, neither reads
 * backwards nor drags the sentence's punctuation with it: "ACME Ltd." stays "ACME Ltd.", not
 * ".ACME Ltd". Empty stays empty, so that a fallback for an empty value still applies.
 */
export function isolate(text: string): string {
  return text === '' ? '' : `${FIRST_STRONG_ISOLATE}${text}${POP_DIRECTIONAL_ISOLATE}`;
}

import { LANGUAGES, type Language } from '../engine/negotiation.ts';

/**
 * The interface language chosen last, mirrored in localStorage so that the first script can
 * start fetching its words before storage (IndexedDB) has even opened. The setting in
 * IndexedDB stays the one that counts; this is only a head start, and never holds anything
 * about a negotiation.
 */
const HINT_KEY = 'interfaceLanguage';

const offered = (code: string | null | undefined): code is Language => LANGUAGES.includes(code as Language);

/** The language to show: the saved choice, else the browser's first language offered, else English. */
export function preferredLanguage(saved: string | null | undefined): Language {
  const candidates = [saved, ...navigator.languages.map((tag) => tag.slice(0, 2))];
  return candidates.find(offered) ?? 'en';
}

/** The language the first screen most likely needs, known without waiting for storage. */
export function likelyLanguage(): Language {
  let hint: string | null = null;
  try {
    hint = localStorage.getItem(HINT_KEY);
  } catch {
    // Storage turned off: the browser's languages decide.
  }
  return preferredLanguage(hint);
}

export function rememberLanguage(language: Language): void {
  try {
    localStorage.setItem(HINT_KEY, language);
  } catch {
    // Only a head start is lost.
  }
}

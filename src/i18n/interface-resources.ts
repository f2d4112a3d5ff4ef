import type { Language } from '../engine/negotiation.ts';

// The interface's words of each language offered (LANGUAGES), one chunk per language, fetched
// from this origin only. This module is small and shared by the first script, which starts the
// likely language's fetch at once, and by the app, which then finds it under way.
const files = import.meta.glob<Record<string, unknown>>('../../locales/{en,fr,es,pt,de}/ui.json', { import: 'default' });

const loading = new Map<Language, Promise<Record<string, unknown>>>();

/** The `ui` namespace of a language, fetched once per page. */
export function loadInterfaceWords(language: Language): Promise<Record<string, unknown>> {
  const started = loading.get(language);
  if (started) return started;
  const load = files[`../../locales/${language}/ui.json`];
  const words = load ? load() : Promise.reject(new Error(`No interface words for ${language}`));
  loading.set(language, words);
  return words;
}

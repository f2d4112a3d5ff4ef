import type { Language } from '../engine/negotiation.ts';
import { composedLoader, type ResourceLoader } from './namespaces.ts';

// Each locale file becomes its own chunk, fetched from this origin only when first needed. Only
// the languages offered (LANGUAGES) are bundled: a translation still being written ships nothing.
const files = import.meta.glob<Record<string, unknown>>('../../locales/{en,fr}/*.json', { import: 'default' });

/** Loads a namespace from the locale chunks Vite bundled with the app. */
export const loadBundledResource: ResourceLoader = composedLoader(async (language: Language, file: string) => {
  const load = files[`../../locales/${language}/${file}.json`];
  if (!load) throw new Error(`No locale file for ${language}/${file}`);
  return load();
});

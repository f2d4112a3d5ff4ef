import type { Language } from '../engine/negotiation.ts';
import type { ResourceLoader } from './namespaces.ts';

// Each locale file becomes its own chunk, fetched from this origin only when first needed.
const files = import.meta.glob<Record<string, unknown>>('../../locales/*/*.json', { import: 'default' });

/** Loads a namespace from the locale chunks Vite bundled with the app. */
export const loadBundledResource: ResourceLoader = async (language: Language, namespace: string) => {
  const file = files[`../../locales/${language}/${namespace}.json`];
  if (!file) throw new Error(`No locale file for ${language}/${namespace}`);
  return file();
};

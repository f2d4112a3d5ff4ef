import type { Language } from '../engine/negotiation.ts';

// Every locale file but the interface's becomes its own chunk, fetched from this origin only
// when first needed. Only the languages offered (LANGUAGES) are bundled: a translation still
// being written ships nothing. This table itself loads only when a checklist or a document needs it.
const files = import.meta.glob<Record<string, unknown>>(['../../locales/{en,fr,es,pt,de}/*.json', '!../../locales/*/ui.json'], { import: 'default' });

export function loadContentFile(language: Language, file: string): Promise<Record<string, unknown>> {
  const load = files[`../../locales/${language}/${file}.json`];
  if (!load) return Promise.reject(new Error(`No locale file for ${language}/${file}`));
  return load();
}

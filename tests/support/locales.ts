import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES, type Language } from '../../src/engine/negotiation.ts';
import { loadFromFiles } from '../../src/i18n/file-resources.ts';
import { layResources, namespaceFiles } from '../../src/i18n/namespaces.ts';

export const LOCALES_DIR = join(import.meta.dirname, '../../locales');

function readFile(language: Language, file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(LOCALES_DIR, language, `${file}.json`), 'utf8')) as Record<string, unknown>;
}

/** A namespace as the app reads it: a checklist's (`flow-<key>`) is composed from its files. */
export function readLocale(language: Language, namespace: string): Record<string, unknown> {
  return namespaceFiles(namespace).map((file) => readFile(language, file)).reduce(layResources, {});
}

export function namespacesOf(language: Language): readonly string[] {
  return readdirSync(join(LOCALES_DIR, language))
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.replace(/\.json$/, ''))
    .sort();
}

/** Every leaf key of a nested resource object, dot-joined. */
export function leafKeys(resource: unknown, prefix = ''): readonly string[] {
  if (typeof resource !== 'object' || resource === null) return [prefix];
  return Object.entries(resource).flatMap(([key, value]) => leafKeys(value, prefix ? `${prefix}.${key}` : key));
}

/** Loads locale files from disk, as the Node side of the app (command line, benchmark) does. */
export const loadFromDisk = loadFromFiles;

export { LANGUAGES };

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Language } from '../engine/negotiation.ts';
import { composedLoader, type ResourceLoader } from './namespaces.ts';

const LOCALES = join(import.meta.dirname, '../../locales');

/** Loads a namespace from `locales/` on disk: the Node side (command line, tests, benchmark). */
export const loadFromFiles: ResourceLoader = composedLoader(
  async (language: Language, file: string) => JSON.parse(await readFile(join(LOCALES, language, `${file}.json`), 'utf8')) as Record<string, unknown>,
);

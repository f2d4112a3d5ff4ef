import type { TFunction } from 'i18next';
import { ALL_FLOWS } from './flows.ts';
import type { Language } from '../../src/engine/negotiation.ts';
import { createI18n } from '../../src/i18n/create-i18n.ts';
import { flowNamespace } from '../../src/i18n/namespaces.ts';
import { pseudoLoader } from '../../src/i18n/pseudo-locale.ts';
import type { PseudoMode } from '../../src/i18n/pseudo-mode.ts';
import { loadFromDisk } from './locales.ts';

/** Translation functions fixed to a language, loaded from locales/ on disk (pseudo-translated under `pseudo`); missing keys throw. */
export async function fixedT(language: Language, pseudo?: PseudoMode): Promise<TFunction> {
  const missing: string[] = [];
  const i18n = await createI18n({
    load: pseudo ? pseudoLoader(loadFromDisk, pseudo) : loadFromDisk,
    language,
    namespaces: ALL_FLOWS.map((flow) => flowNamespace(flow.id)),
    onMissingKey: (_languages, namespace, key) => missing.push(`${namespace}:${key}`),
  });
  const t = i18n.getFixedT(language);
  const strict = ((...args: Parameters<TFunction>) => {
    const before = missing.length;
    const result = t(...args);
    if (missing.length > before) throw new Error(`Missing translation: ${missing.slice(before).join(', ')}`);
    return result;
  }) as TFunction;
  return strict;
}

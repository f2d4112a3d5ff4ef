import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/engine/negotiation.ts';
import { createI18n } from '../../src/i18n/create-i18n.ts';

/** A loader over words in memory that records what was asked of it. */
function recordingLoader(words: Readonly<Record<Language, Record<string, Record<string, unknown>>>>) {
  const asked: string[] = [];
  const load = async (language: Language, namespace: string) => {
    asked.push(`${language}/${namespace}`);
    return words[language][namespace] ?? {};
  };
  return { asked, load };
}

const WORDS = {
  en: { ui: { title: 'All negotiations', only: 'Only in English' }, wizard: { review: { title: 'Review' } }, document: {}, clauses: {} },
  fr: { ui: { title: 'Toutes les négociations' }, wizard: { review: { title: 'Relecture' } }, document: {}, clauses: {} },
} as const;

describe('the interface’s translations', () => {
  it('load the interface’s words only, in the chosen language only, when the page asks for no documents and no wizard', async () => {
    const { asked, load } = recordingLoader(WORDS as never);
    const i18n = await createI18n({ load, language: 'fr', namespaces: [], documents: false, wizard: false });
    expect(i18n.t('title')).toBe('Toutes les négociations');
    expect(asked).toEqual(['fr/ui']);
  });

  it('fetch English when a key turns out to be missing, and then show it', async () => {
    const { asked, load } = recordingLoader(WORDS as never);
    const missing: string[] = [];
    const i18n = await createI18n({ load, language: 'fr', namespaces: [], documents: false, wizard: false, onMissingKey: (_languages, namespace, key) => missing.push(`${namespace}:${key}`) });
    const changed = new Promise<void>((resolve) => i18n.on('languageChanged', () => resolve()));
    i18n.t('only');
    await changed;
    expect(missing).toEqual(['ui:only']);
    expect(asked).toEqual(['fr/ui', 'en/ui']);
    expect(i18n.t('only')).toBe('Only in English');
    expect(i18n.t('title')).toBe('Toutes les négociations');
  });

  it('load the documents’ and the wizard’s words too by default (the export and the command line need them)', async () => {
    const { asked, load } = recordingLoader(WORDS as never);
    await createI18n({ load, language: 'en', namespaces: [] });
    expect([...asked].sort()).toEqual(['en/clauses', 'en/document', 'en/ui', 'en/wizard']);
  });
});

describe('the wizard’s words', () => {
  it('are found under their `ui` names, with and without the prefix, once loaded; a key in neither is still reported missing', async () => {
    const { load } = recordingLoader(WORDS as never);
    const missing: string[] = [];
    const i18n = await createI18n({ load, language: 'fr', namespaces: [], documents: false, wizard: false, onMissingKey: (_languages, namespace, key) => missing.push(`${namespace}:${key}`) });
    expect(i18n.exists('review.title')).toBe(false);
    await i18n.loadNamespaces('wizard');
    expect(i18n.t('review.title')).toBe('Relecture');
    expect(i18n.t('ui:review.title')).toBe('Relecture');
    expect(missing).toEqual([]);
    i18n.t('ui:review.nowhere');
    expect(missing).toEqual(['ui:review.nowhere']);
  });

  it('load in the new language when the language changes after they were loaded', async () => {
    const { asked, load } = recordingLoader(WORDS as never);
    const i18n = await createI18n({ load, language: 'fr', namespaces: [], documents: false, wizard: false });
    await i18n.loadNamespaces('wizard');
    await i18n.changeLanguage('en');
    expect(asked).toEqual(['fr/ui', 'fr/wizard', 'en/ui', 'en/wizard']);
    expect(i18n.t('ui:review.title')).toBe('Review');
  });
});

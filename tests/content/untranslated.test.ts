import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../src/engine/negotiation.ts';
import { namespacesOf, readLocale } from '../support/locales.ts';

/**
 * No English left in a translation: a string identical to English fails, unless it is a name
 * that stays the same in every language, or a word the language really shares with English.
 */

/** Keys whose text is a proper name or an official short form: a statute's short name, a body's or term's official name, a place, a language's own name. */
const NAMES = /^(languages\.[a-z]+|regions\.[^.]+\.(name|laws)|instruments\.[^.]+\.short|terms\.[^.]+\.term)$/;

/** Words and patterns each language writes as English does. */
const SHARED: Readonly<Record<Exclude<Language, 'en'>, readonly string[]>> = {
  fr: ['Date', 'Page ', 'Signatures', 'Documents', 'Question', '{{fact}} (clause {{number}})'],
  es: ['No'],
  pt: [],
  de: ['System', 'Name:', 'System {{number}}: {{name}}'],
};

function leaves(resource: unknown, prefix = ''): [string, unknown][] {
  if (typeof resource !== 'object' || resource === null) return [[prefix, resource]];
  return Object.entries(resource).flatMap(([key, value]) => leaves(value, prefix ? `${prefix}.${key}` : key));
}

/** Has letters once the placeholders are taken out: a string of placeholders and punctuation is the same everywhere. */
const hasWords = (text: string) => /\p{L}{2}/u.test(text.replace(/\{\{[^}]+\}\}/g, ''));

describe.each(LANGUAGES.filter((language): language is Exclude<Language, 'en'> => language !== 'en'))('the %s translation', (language) => {
  it.each(namespacesOf('en'))('leaves no English in %s beyond names and shared words', (namespace) => {
    const english = new Map(leaves(readLocale('en', namespace)));
    const untranslated = leaves(readLocale(language, namespace))
      .filter(([key, text]) => typeof text === 'string' && text === english.get(key) && hasWords(text))
      .filter(([key, text]) => !NAMES.test(key) && !SHARED[language].includes(text as string))
      .map(([key, text]) => `${key}: ${String(text)}`);
    expect(untranslated).toEqual([]);
  });

  it('needs every word it shares with English: the allow-list holds nothing stale', () => {
    const shared = new Set(namespacesOf('en').flatMap((namespace) => {
      const english = new Map(leaves(readLocale('en', namespace)));
      return leaves(readLocale(language, namespace)).filter(([key, text]) => text === english.get(key)).map(([, text]) => text);
    }));
    expect(SHARED[language].filter((word) => !shared.has(word))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { namespacesOf, readLocale } from '../support/locales.ts';

/**
 * Each language's own typography, in every text of the interface and the documents: French
 * spaces (no-break) before ; : ? ! » and after «, Spanish opening ¿ and ¡, German „…“ quotes,
 * and typographic apostrophes and quotes rather than the typewriter's " and '.
 */

function texts(language: 'fr' | 'es' | 'pt' | 'de'): { readonly where: string; readonly text: string }[] {
  const leaves = (resource: unknown, path: string): { where: string; text: string }[] =>
    typeof resource === 'string'
      ? [{ where: path, text: resource }]
      : typeof resource === 'object' && resource !== null
        ? Object.entries(resource).flatMap(([key, value]) => leaves(value, `${path}.${key}`))
        : [];
  // Web addresses and placeholders are not prose: they keep their own characters.
  return namespacesOf(language).flatMap((namespace) =>
    leaves(readLocale(language, namespace), namespace).map(({ where, text }) => ({ where, text: text.replace(/https?:\/\/\S+/g, '').replace(/\{\{[^}]+\}\}|\$t\([^)]*\)/g, 'X') })),
  );
}

const failing = (language: 'fr' | 'es' | 'pt' | 'de', wrong: (text: string) => boolean) => texts(language).filter(({ text }) => wrong(text)).map(({ where, text }) => `${where}: ${text.slice(0, 80)}`);

describe('typography', () => {
  it('French: a no-break space before ; : ? ! » and after «, never an ordinary one', () => {
    expect(failing('fr', (text) => / [;:?!»]|« /.test(text))).toEqual([]);
    // Times and ratios (10:30, 3:1) are not punctuation; an English title quoted as it is published keeps its colon.
    const englishTitles = new Set(['law-uk.instruments.ico-monitoring-workers.title']);
    expect(failing('fr', (text) => /[^\s\u00a0\u202f\d][;?!»]|[^\s\u00a0\u202f\d(]:(?!\d)/.test(text)).filter((line) => !englishTitles.has(line.split(':')[0] ?? ''))).toEqual([]);
  });

  it('Spanish: every question and exclamation opens with ¿ and ¡', () => {
    expect(failing('es', (text) => (text.match(/\?/g)?.length ?? 0) > (text.match(/¿/g)?.length ?? 0))).toEqual([]);
    expect(failing('es', (text) => (text.match(/!/g)?.length ?? 0) > (text.match(/¡/g)?.length ?? 0))).toEqual([]);
  });

  it('German: quotations open with „ and close with “, in pairs across a namespace', () => {
    for (const namespace of namespacesOf('de')) {
      const all = texts('de').filter(({ where }) => where.startsWith(`${namespace}.`)).map(({ text }) => text).join('\n');
      expect((all.match(/„/g) ?? []).length, namespace).toBe((all.match(/“/g) ?? []).length);
    }
  });

  it.each(['es', 'pt', 'de'] as const)('%s: typographic quotes and apostrophes, never the typewriter’s', (language) => {
    expect(failing(language, (text) => text.includes('"'))).toEqual([]);
    expect(failing(language, (text) => /\p{L}'\p{L}/u.test(text))).toEqual([]);
  });
});

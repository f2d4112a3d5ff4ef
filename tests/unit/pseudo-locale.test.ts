import { describe, expect, it } from 'vitest';
import { pseudoLoader, pseudoText } from '../../src/i18n/pseudo-locale.ts';
import { pseudoModeOf } from '../../src/i18n/pseudo-mode.ts';

describe('pseudo-translations', () => {
  it('are turned on from the address only, with a known mode', () => {
    expect(pseudoModeOf('?pseudo=accents')).toBe('accents');
    expect(pseudoModeOf('?x=1&pseudo=rtl')).toBe('rtl');
    expect(pseudoModeOf('?pseudo=klingon')).toBeUndefined();
    expect(pseudoModeOf('')).toBeUndefined();
  });

  it('bracket, accent and lengthen a text, keeping placeholders, nesting and tags as they are', () => {
    const text = pseudoText('Save {{name}} and $t(ui:nav.next) <0>now</0>', 'accents');
    expect(text.startsWith('⟦Šàṽé {{name}} àñđ $t(ui:nav.next) <0>ñöŵ</0>')).toBe(true);
    expect(text.endsWith('~⟧')).toBe(true);
    expect(text.length).toBeGreaterThan('Save {{name}} and $t(ui:nav.next) <0>now</0>'.length * 1.3);
  });

  it('write right to left in Arabic letters, with digits and placeholders untouched', () => {
    const text = pseudoText('Question {{number}} of 23', 'rtl');
    expect(text).toMatch(/^[\u0600-\u06ff]+ \{\{number\}\} [\u0600-\u06ff]+ 23$/u);
  });

  it('apply to every text of a namespace, nested ones included', async () => {
    const load = pseudoLoader(async () => ({ home: { title: 'All negotiations', count_one: '{{count}} system' } }), 'rtl');
    const words = (await load('en', 'ui')) as { home: { title: string; count_one: string } };
    expect(words.home.title).not.toMatch(/[a-z]/i);
    expect(words.home.count_one).toMatch(/^\{\{count\}\} [\u0600-\u06ff]+$/u);
  });
});

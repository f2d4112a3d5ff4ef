import { describe, expect, it } from 'vitest';
import { euFlow } from '../support/flows.ts';
import { LANGUAGES, type Language } from '../../src/engine/negotiation.ts';
import { withMeta } from '../../src/engine/record-updates.ts';
import { BREAK_OPPORTUNITY, LONGEST_IN_CELL, LONGEST_WORD, userLines, withBreakOpportunities } from '../../src/export/docx/user-text.ts';
import { exportAndRead, paragraphTexts as paragraphs, runText, shownText as shown } from '../support/docx-reading.ts';
import { readLocale } from '../support/locales.ts';
import { pastedPolicy, QUOTED_QUESTION, recordWithPasted, unbrokenString } from '../support/pasted-text.ts';

/**
 * Long text the user pasted (a policy, a link with a key) reaches the document whole, one
 * paragraph or line per line typed, with places to wrap inside overlong words, and never
 * inside a table cell, where LibreOffice takes minutes or forever to lay it out.
 */

if (!euFlow) throw new Error('no flow registered');

/** The text of every table cell of a part. */
function cells(xml: string): string[] {
  return [...xml.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((match) => shown(runText(match[1] ?? '')));
}

/** The most characters any paragraph of a part holds with no space and no break opportunity between them. */
function longestUnbroken(xml: string): number {
  const words = xml.split('</w:p>').flatMap((paragraph) => runText(paragraph).split(/[\s\u200B]/));
  return Math.max(...words.map((word) => [...word].length));
}

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
/** The characters a reader sees, as Unicode segments them. */
const characters = (text: string) => Array.from(segmenter.segment(text), (piece) => piece.segment);

const documentXml = (parts: Readonly<Record<string, string>>) => parts['word/document.xml'] ?? '';

/** The paragraphs from the one that reads `first` on, as many as `lines`. */
function paragraphsFrom(all: readonly string[], first: string, count: number): string[] {
  const start = all.indexOf(first);
  expect(start, `a paragraph reading "${first}"`).toBeGreaterThanOrEqual(0);
  return all.slice(start, start + count);
}

function passages(language: Language): { seeBelow: string; label: string; words: string; note: string } {
  return (readLocale(language, 'document') as { record: { passages: { seeBelow: string; label: string; words: string; note: string } } }).record.passages;
}

describe.each(LANGUAGES)('a brief in %s with a 100 KB pasted policy as management\'s words and as the note', (language) => {
  const policy = pastedPolicy(100_000);
  const lines = policy.split('\n');

  it('keeps every line, in order, as a paragraph of its own after the table', async () => {
    const { parts } = await exportAndRead(euFlow, recordWithPasted(euFlow, language, { words: policy, note: policy }), 'brief');
    const all = paragraphs(documentXml(parts));
    const kept = all.filter((text) => text === lines[0]);
    expect(kept).toHaveLength(2);
    expect(paragraphsFrom(all, lines[0] ?? '?', lines.length)).toEqual(lines);
    expect(shown(runText(documentXml(parts)))).toContain(lines.join(''));
  });

  it('leaves the table cells short and points them at numbered passages labelled with the question', async () => {
    const { parts, text } = await exportAndRead(euFlow, recordWithPasted(euFlow, language, { words: policy, note: policy }), 'brief');
    const wording = passages(language);
    const table = cells(documentXml(parts));
    // The longest cell holds a question; none holds the policy, or anything near its length.
    for (const cell of table) expect(cell.length).toBeLessThanOrEqual(LONGEST_IN_CELL * 2);
    expect(table.join('\n')).not.toContain(lines[0]);
    expect(table).toContain(wording.seeBelow.replace('{{number}}', '1'));
    expect(table).toContain(wording.seeBelow.replace('{{number}}', '2'));
    const all = paragraphs(documentXml(parts));
    const words = wording.label.replace('{{number}}', '1').replace('{{what}}', wording.words);
    const note = wording.label.replace('{{number}}', '2').replace('{{what}}', wording.note);
    const ask = (readLocale(language, 'flow-eu') as { questions: Record<string, { ask: string }> }).questions[QUOTED_QUESTION]?.ask ?? '?';
    expect(paragraphsFrom(all, words, 3)).toEqual([words, ask, lines[0]]);
    expect(paragraphsFrom(all, note, 3)).toEqual([note, ask, lines[0]]);
    expect(text.indexOf(words)).toBeLessThan(text.indexOf(note));
  });
});

describe('a 20,000-character string without a space', () => {
  const key = unbrokenString(20_000);

  it.each(LANGUAGES)('keeps every character in %s, with a place to wrap at least every 60 characters, out of the table', async (language) => {
    const record = recordWithPasted(euFlow, language, { words: key, note: key }, { vendor: key, purpose: key, affected: key });
    const { parts } = await exportAndRead(euFlow, record, 'brief');
    const xml = documentXml(parts);
    const held = paragraphs(xml).filter((text) => text.includes(key));
    // Words and note after the table; vendor, purpose and affected among the system's facts;
    // the vendor and purpose quoted in clauses too.
    expect(held.length).toBeGreaterThanOrEqual(5);
    for (const cell of cells(xml)) expect(cell).not.toContain(key.slice(0, 200));
    expect(longestUnbroken(xml)).toBeLessThanOrEqual(LONGEST_WORD);
  });
});

describe('short text with line breaks', () => {
  it('stays in its cell, each line a paragraph of its own', async () => {
    const words = 'Badge data.\nCamera footage.\nKeystrokes.';
    const { parts } = await exportAndRead(euFlow, recordWithPasted(euFlow, 'en', { words }), 'brief');
    const xml = documentXml(parts);
    const cell = [...xml.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((match) => match[1] ?? '').find((inner) => inner.includes('Badge data.'));
    expect(cell).toBeDefined();
    expect(paragraphs(cell ?? '')).toEqual(words.split('\n'));
  });

  it('keeps each line of the system facts and of the people present on a line of its own', async () => {
    const present = 'A. Steward (union)\r\nB. Manager (HR)\nC. Delegate';
    const purpose = 'Scheduling shifts.\nRanking drivers.';
    const record = withMeta(recordWithPasted(euFlow, 'en', {}, { purpose }), { present });
    const { parts } = await exportAndRead(euFlow, record, 'brief');
    const all = paragraphs(documentXml(parts));
    expect(all).toContain('Present: A. Steward (union)\nB. Manager (HR)\nC. Delegate');
    expect(all.some((text) => text.endsWith(': Scheduling shifts.\nRanking drivers.'))).toBe(true);
  });
});

describe('the proposal', () => {
  it("quotes management's pasted words into the system's schedule whole, line by line, out of any table", async () => {
    const policy = pastedPolicy(20_000);
    const { parts } = await exportAndRead(euFlow, recordWithPasted(euFlow, 'en', { words: policy, note: '' }), 'proposal');
    const xml = documentXml(parts);
    const fact = paragraphs(xml).find((text) => text.includes(policy.split('\n')[0] ?? '?'));
    expect(fact).toMatch(/\(clause \d+\): /);
    expect(fact?.endsWith(`: ${policy}`)).toBe(true);
    for (const cell of cells(xml)) expect(cell).not.toContain(policy.slice(0, 100));
  });
});

describe('the letter', () => {
  it('keeps the lines of a party typed on several lines, and wraps a name without a space', async () => {
    const employer = 'Acme Logistics B.V.\nDepot 4, Rotterdam';
    const union = unbrokenString(500);
    const record = withMeta(recordWithPasted(euFlow, 'en', {}), { employer, union });
    const { parts } = await exportAndRead(euFlow, record, 'letter');
    const all = paragraphs(documentXml(parts));
    expect(all).toContain(`To: ${employer}`);
    expect(all).toContain(`From: ${union}`);
    expect(all).toContain(`For ${union}`);
    expect(longestUnbroken(documentXml(parts))).toBeLessThanOrEqual(LONGEST_WORD);
  });
});

describe('break opportunities', () => {
  it('are added only inside words longer than the longest real word, and never inside a character', () => {
    const ordinary = 'Anticonstitutionnellement, https://example.org/a/b — fine.';
    expect(withBreakOpportunities(ordinary)).toBe(ordinary);
    // A worker, an accented letter written as e + combining accent, a flag: each one character.
    const pasted = '👩🏽‍🔧e\u0301🇫🇷x'.repeat(40);
    const pieces = withBreakOpportunities(pasted).split(BREAK_OPPORTUNITY);
    expect(pieces.join('')).toBe(pasted);
    expect(pieces.length).toBeGreaterThan(5);
    expect(pieces.flatMap(characters)).toEqual(characters(pasted));
  });

  it('leave every line the user typed, whatever ended it, with nothing dropped but what XML forbids', () => {
    expect(userLines('  one\r\ntwo\rthree\u2028four\n\nsix\u0007  ')).toEqual(['one', 'two', 'three', 'four', '', 'six']);
  });
});

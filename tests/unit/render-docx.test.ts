import { describe, expect, it } from 'vitest';
import { FLOWS } from '../../flows/index.ts';
import type { NegotiationRecord } from '../../src/engine/negotiation.ts';
import { withAnswer, withMeta, withSystemAdded } from '../../src/engine/record-updates.ts';
import { exportAndRead } from '../support/docx-reading.ts';
import { readLocale } from '../support/locales.ts';
import { answeredRecord, emptyRecord, system } from '../support/records.ts';

const [euFlow] = FLOWS;
if (!euFlow) throw new Error('no flow registered');

describe('the .docx document', () => {
  it('uses real heading styles, a contents field and clause numbering on the clause headings', async () => {
    const { parts } = await exportAndRead(euFlow, answeredRecord(euFlow, 2));
    const body = parts['word/document.xml'] ?? '';
    for (const style of ['Title', 'Heading1', 'Heading2', 'Heading3']) expect(body).toContain(`<w:pStyle w:val="${style}"/>`);
    expect(body).toMatch(/<w:instrText[^>]*>\s*TOC /);
    expect(body).toMatch(/<w:numPr><w:ilvl w:val="0"\/><w:numId w:val="\d+"\/><\/w:numPr>/);
    expect(body).toMatch(/<w:numPr><w:ilvl w:val="1"\/><w:numId w:val="\d+"\/><\/w:numPr>/);
    expect(parts['word/numbering.xml']).toContain('w:val="%1.%2"');
    expect(parts['word/settings.xml']).toMatch(/<w:updateFields(?: w:val="true")?\/>/);
  });

  it('repeats the header row of each answer table', async () => {
    const { parts } = await exportAndRead(euFlow, answeredRecord(euFlow, 3));
    const tables = (parts['word/document.xml'] ?? '').split('<w:tbl>').slice(1);
    expect(tables).toHaveLength(3);
    for (const table of tables) expect(table.split('<w:tr>')[1]).toContain('<w:tblHeader/>');
  });

  it('gives each clause a footnote with a unique id and the provision links', async () => {
    const { parts } = await exportAndRead(euFlow, answeredRecord(euFlow, 2));
    const references = [...(parts['word/document.xml'] ?? '').matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)].map((match) => match[1]);
    expect(references.length).toBeGreaterThan(5);
    expect(new Set(references).size).toBe(references.length);
    expect(parts['word/footnotes.xml']).toContain('https://eur-lex.europa.eu/eli/reg/2016/679/oj');
  });

  it('sets the document language, so spell-checking follows the chosen language', async () => {
    const record = { ...answeredRecord(euFlow, 1), documentLanguage: 'fr' as const };
    const { parts, text } = await exportAndRead(euFlow, record);
    expect(parts['word/styles.xml']).toContain('w:val="fr-FR"');
    const clauses = readLocale('fr', 'clauses') as Record<string, { heading: string }>;
    expect(text).toContain(clauses['periodic-review']?.heading);
  });

  it('highlights a placeholder where management gave no answer', async () => {
    let record = withSystemAdded(withMeta(emptyRecord(euFlow), { workplace: '' }), system('s1', 'monitoring', 'CamWatch'));
    record = withAnswer(record, 's1', 'retention-period', { status: 'refused', words: '', note: '' });
    const { parts, text } = await exportAndRead(euFlow, record);
    const placeholder = (readLocale('en', 'document') as { placeholder: string }).placeholder;
    expect(text).toContain(placeholder);
    expect(parts['word/document.xml']).toMatch(new RegExp(`<w:highlight w:val="yellow"/>(?:<[^>]+>)*<w:t[^>]*>\\${placeholder.slice(0, -1)}`));
  });

  it('keeps anything a person can type, drops what XML forbids, and never writes internal notes', async () => {
    const hostile = `Ünïcödé — עברית العربية 👩🏽‍🔧 <b>&amp;</b> "quotes" \u0000\u0007\u001b\uFFFF\uD800 end`;
    const long = 'x'.repeat(100_000);
    let record: NegotiationRecord = withSystemAdded(withMeta(emptyRecord(euFlow), { employer: `Acme ${hostile}` }), system('s1', 'hiring', `Bot ${hostile}`));
    record = withAnswer(record, 's1', 'data-categories', { status: 'answered', words: hostile, note: 'NOTE-MARKER-91c2' });
    record = withAnswer(record, 's1', 'legal-basis', { status: 'answered', words: long, note: 'NOTE-MARKER-91c2' });
    const { parts, text } = await exportAndRead(euFlow, record);
    expect(text).toContain('Ünïcödé — עברית العربية 👩🏽‍🔧 <b>&amp;</b> "quotes"  end');
    expect(text).toContain(long);
    expect(text).not.toContain('NOTE-MARKER-91c2');
    // eslint-disable-next-line no-control-regex -- the test looks for the characters XML forbids
    for (const xml of Object.values(parts)) expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
  });
});

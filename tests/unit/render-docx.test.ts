import { describe, expect, it } from 'vitest';
import { euFlow } from '../support/flows.ts';
import type { NegotiationRecord } from '../../src/engine/negotiation.ts';
import { withAnswer, withMeta, withSystemAdded } from '../../src/engine/record-updates.ts';
import { EMBEDDED_RECORD_PATH, readEmbeddedRecord } from '../../src/record/embedded-record.ts';
import { BREAK_OPPORTUNITY } from '../../src/export/docx/user-text.ts';
import { selectClauses } from '../../src/export/select-clauses.ts';
import { exportAndRead } from '../support/docx-reading.ts';
import { citeProvision, findProvision } from '../../src/i18n/legal-citation.ts';
import { fromT } from '../../src/i18n/translate.ts';
import { readLocale } from '../support/locales.ts';
import { fixedT } from '../support/node-i18n.ts';
import { answeredRecord, emptyRecord, system } from '../support/records.ts';

if (!euFlow) throw new Error('no flow registered');
const body = (parts: Readonly<Record<string, string>>) => parts['word/document.xml'] ?? '';
const en = readLocale('en', 'document') as { placeholder: string; kinds: Record<string, { title: string }> };

describe('the proposal and the brief', () => {
  it('use real heading styles and one contents list, of links to the bookmarked headings, with no field for Word to update', async () => {
    const { parts, text } = await exportAndRead(euFlow, answeredRecord(euFlow, 2), 'proposal');
    for (const style of ['Title', 'Heading1', 'Heading2']) expect(body(parts)).toContain(`<w:pStyle w:val="${style}"/>`);
    expect(body(parts)).not.toMatch(/<w:instrText[^>]*>\s*TOC /);
    expect(parts['word/settings.xml']).not.toMatch(/<w:updateFields/);
    const anchors = [...body(parts).matchAll(/<w:hyperlink\b[^>]*\bw:anchor="([^"]+)"/g)].map((match) => match[1]);
    const bookmarks = new Set([...body(parts).matchAll(/<w:bookmarkStart\b[^>]*\bw:name="([^"]+)"/g)].map((match) => match[1]));
    expect(anchors.length).toBeGreaterThan(10);
    expect(anchors.filter((anchor) => !bookmarks.has(anchor ?? ''))).toEqual([]);
    // The periodic review is listed once in the contents and headed once in the text, with the same number.
    const periodic = (readLocale('en', 'clauses') as Record<string, { heading: string }>)['periodic-review']?.heading;
    expect(text.match(new RegExp(`\\n\\d+\\. ${periodic}\\n`, 'g'))).toHaveLength(2);
  });

  it('put the title in the header and "Page X of Y" in the footer', async () => {
    const { parts } = await exportAndRead(euFlow, answeredRecord(euFlow, 1), 'proposal');
    const header = Object.entries(parts).find(([name, xml]) => name.startsWith('word/header') && xml.includes((en.kinds.proposal?.title ?? '?').split("'")[0] ?? '?'));
    const footer = Object.entries(parts).find(([name, xml]) => name.startsWith('word/footer') && xml.includes('NUMPAGES'));
    expect(header).toBeDefined();
    expect(footer?.[1]).toMatch(/PAGE/);
  });

  it('repeat the header row of each answer table of the brief', async () => {
    const { parts } = await exportAndRead(euFlow, answeredRecord(euFlow, 3), 'brief');
    const tables = body(parts).split('<w:tbl>').slice(1);
    expect(tables).toHaveLength(3);
    for (const table of tables) expect(table.split('<w:tr>')[1]).toContain('<w:tblHeader/>');
  });

  it('give each clause a footnote with a unique id and the provision links', async () => {
    const { parts } = await exportAndRead(euFlow, answeredRecord(euFlow, 2), 'proposal');
    const references = [...body(parts).matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)].map((match) => match[1]);
    expect(references.length).toBeGreaterThan(5);
    expect(new Set(references).size).toBe(references.length);
    expect(parts['word/footnotes.xml']).toContain('https://eur-lex.europa.eu/eli/reg/2016/679/oj');
  });

  it('explain each cited provision once, in the legal references, not in every footnote', async () => {
    const record = answeredRecord(euFlow, 3);
    const { parts, text } = await exportAndRead(euFlow, record, 'proposal');
    const cited = selectClauses(euFlow, record).systems.flatMap((section) => section.clauses.flatMap((clause) => clause.provisions));
    const repeated = cited.find((id) => cited.filter((other) => other === id).length > 1);
    if (!repeated) throw new Error('no provision is cited twice');
    const summary = (readLocale('en', 'flow-eu') as { provisions: Record<string, string> }).provisions[repeated] ?? '?';
    expect(text).toContain((readLocale('en', 'document') as { references: { heading: string } }).references.heading);
    expect(text.split(summary)).toHaveLength(2);
    expect(parts['word/footnotes.xml']).toContain(citeProvision(fromT(await fixedT('en')), euFlow, findProvision(euFlow, repeated)));
    expect(parts['word/footnotes.xml']).not.toContain(summary.slice(0, 40));
  });

  it('set the document language, so spell-checking follows the chosen language', async () => {
    const record = { ...answeredRecord(euFlow, 1), documentLanguage: 'fr' as const };
    const { parts, text } = await exportAndRead(euFlow, record, 'proposal');
    expect(parts['word/styles.xml']).toContain('w:val="fr-FR"');
    const clauses = readLocale('fr', 'clauses') as Record<string, { heading: string }>;
    expect(text).toContain(clauses['periodic-review']?.heading);
  });

  it('highlight a placeholder where management gave no answer', async () => {
    let record = withSystemAdded(emptyRecord(euFlow), system('s1', 'monitoring', 'CamWatch'));
    record = withAnswer(record, 's1', 'retention-period', { status: 'refused', words: '', note: '' });
    const { parts, text } = await exportAndRead(euFlow, record, 'proposal');
    expect(text).toContain(en.placeholder);
    expect(body(parts)).toMatch(/<w:highlight w:val="yellow"\/>(?:<[^>]+>)*<w:t[^>]*>\[to be confirmed by management\]/);
  });
});

describe('internal notes', () => {
  const marker = `NOTE-MARKER-91c2 l'employeur "bluffe" & <cède>`;
  const record = answeredRecord(euFlow, 2, (question, index) => ({ status: index % 4 === 0 ? 'refused' : 'answered', words: `Said ${index}`, note: marker, ...(question.options ? { choice: question.options[0] } : {}) }));

  it('appear in the brief, with the legal floor of each question', async () => {
    const { text } = await exportAndRead(euFlow, record, 'brief');
    expect(text).toContain(marker);
    expect(text).toContain('GDPR Art. 5(1)(c)');
  });

  it.each(['proposal', 'letter'] as const)('never reach the %s, not even in the embedded record', async (kind) => {
    const { parts } = await exportAndRead(euFlow, record, kind);
    for (const xml of Object.values(parts)) expect(xml).not.toContain('NOTE-MARKER-91c2');
    const embedded = readEmbeddedRecord(parts[EMBEDDED_RECORD_PATH]);
    if (!embedded.ok) throw new Error(`no embedded record: ${JSON.stringify(embedded.problem)}`);
    expect(embedded.file.contents).toBe(kind);
    expect(embedded.file.includesNotes).toBe(false);
    const notes = Object.values(embedded.file.negotiations[0].answers).flatMap((byQuestion) => Object.values(byQuestion).map((answer) => answer.note));
    expect(notes.filter((note) => note !== '')).toEqual([]);
  });

  it.each(['proposal', 'letter'] as const)('that repeat what the %s shows (the employer, the system, its vendor) do not stop it', async (kind) => {
    const first = record.systems[0];
    if (!first) throw new Error('no system');
    const questions = Object.keys(record.answers[first.id] ?? {});
    const shown = [record.meta.employer, first.name, first.vendor];
    const repeating = questions.reduce((current, questionId, index) => {
      const answer = record.answers[first.id]?.[questionId] ?? { words: '', note: '' };
      return withAnswer(current, first.id, questionId, { ...answer, note: shown[index % shown.length] ?? '' });
    }, record);
    const { text } = await exportAndRead(euFlow, repeating, kind);
    expect(text).toContain(record.meta.employer);
    expect(text).toContain(first.name);
  });
});

describe('the information request', () => {
  it('numbers requests from 1 for each system, through separate numbering instances', async () => {
    const refusing = answeredRecord(euFlow, 2, (question) => ({ status: 'refused', words: '', note: '', ...(question.options ? { choice: question.options[0] } : {}) }));
    const { parts } = await exportAndRead(euFlow, refusing, 'letter');
    const numIds = new Set([...body(parts).matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((match) => match[1]));
    expect(numIds.size).toBe(2);
    expect(parts['word/numbering.xml']).toMatch(/<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"\/><\/w:lvlOverride>/);
  });
});

describe('text from the table', () => {
  it('keeps anything a person can type and drops what XML forbids', async () => {
    const hostile = `Ünïcödé — עברית العربية 👩🏽‍🔧 <b>&amp;</b> "quotes" \u0000\u0007\u001b\uFFFF\uD800 end`;
    const long = 'x'.repeat(100_000);
    let record: NegotiationRecord = withSystemAdded(withMeta(emptyRecord(euFlow), { employer: `Acme ${hostile}` }), system('s1', 'hiring', `Bot ${hostile}`));
    record = withAnswer(record, 's1', 'data-categories', { status: 'answered', words: hostile, note: '' });
    record = withAnswer(record, 's1', 'legal-basis', { status: 'answered', words: long, note: '' });
    const { parts, text } = await exportAndRead(euFlow, record, 'brief');
    expect(text).toContain('Ünïcödé — עברית العربية 👩🏽‍🔧 <b>&amp;</b> "quotes"  end');
    // A word this long gets zero-width break opportunities, so that it can wrap; its characters stay.
    expect(text.replaceAll(BREAK_OPPORTUNITY, '')).toContain(long);
    // eslint-disable-next-line no-control-regex -- the test looks for the characters XML forbids
    for (const xml of Object.values(parts)) expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
  });
});

import { describe, expect, it } from 'vitest';
import { LANGUAGES, type NegotiationRecord } from '../../src/engine/negotiation.ts';
import { withMeta, withSystemAdded } from '../../src/engine/record-updates.ts';
import type { DocumentKind } from '../../src/export/document-model.ts';
import { exportDocument } from '../../src/export/export-document.ts';
import { createI18n } from '../../src/i18n/create-i18n.ts';
import { flowNamespace } from '../../src/i18n/namespaces.ts';
import { pseudoLoader, pseudoText } from '../../src/i18n/pseudo-locale.ts';
import { FIRST_STRONG_ISOLATE as FSI, isolate, POP_DIRECTIONAL_ISOLATE as PDI, textDirection } from '../../src/i18n/text-direction.ts';
import { exportAndRead, readDocx, runText, shownText, type PackedDocument } from '../support/docx-reading.ts';
import { ALL_FLOWS, euFlow } from '../support/flows.ts';
import { loadFromDisk, readLocale } from '../support/locales.ts';
import { answeredRecord, FIXED_NOW, system } from '../support/records.ts';

/**
 * Under `?pseudo=rtl` the documents are written in Arabic letters and run right to left: every
 * paragraph (`w:bidi`), every table (`w:bidiVisual`), every run by default (`w:rtl`, with the
 * right-to-left language named for Word), while what the user typed keeps its own direction:
 * a run of its own that is not right to left, inside Unicode isolates. A left-to-right document
 * has none of it.
 */

if (!euFlow) throw new Error('no flow registered');
const flow = euFlow;
const KINDS: readonly DocumentKind[] = ['proposal', 'brief', 'letter'];
const EMPLOYER = 'ACME Logistics (UK) Ltd.';

/** A negotiation whose employer ends in a full stop, the character a right-to-left sentence would carry off. */
function record(): NegotiationRecord {
  const answered = withMeta(answeredRecord(flow, 2), { employer: EMPLOYER });
  return withSystemAdded(answered, { ...system('s3', 'monitoring', 'RouteWatch 2.0 (beta)'), purpose: 'Tracks vans.\nRates drivers.' });
}

/** The XML parts a reader sees: the body, the headers and footers, and the footnotes. */
function shownParts(document: PackedDocument): [string, string][] {
  return Object.entries(document.parts).filter(([name]) => /^word\/(document|header\d+|footer\d+|footnotes)\.xml$/.test(name));
}

/** The paragraphs of a part, without the footnote separators docx draws itself (a line, no text). */
function paragraphs(xml: string): string[] {
  const withoutSeparators = xml.replace(/<w:footnote w:type="(?:separator|continuationSeparator)"[^>]*>.*?<\/w:footnote>/gs, '');
  return [...withoutSeparators.matchAll(/<w:p(?:\s[^>]*)?>.*?<\/w:p>/gs)].map((match) => match[0]);
}

/** The runs of a part, as XML. */
function runs(xml: string): string[] {
  return [...xml.matchAll(/<w:r>.*?<\/w:r>/gs)].map((match) => match[0]);
}

/** A typed value as a right-to-left document writes it: a run of its own, not right to left, isolated. */
const typedRun = (value: string) => `<w:r><w:rPr><w:rtl w:val="false"/></w:rPr><w:t xml:space="preserve">${FSI}${value}${PDI}</w:t></w:r>`;

const body = (document: PackedDocument) => document.parts['word/document.xml'] ?? '';

describe.each(KINDS)('the %s under ?pseudo=rtl', (kind) => {
  const made = exportAndRead(flow, record(), kind, 'rtl');

  it('sets every paragraph right to left, the headers, footers and footnotes included', async () => {
    const document = await made;
    const parts = shownParts(document);
    expect(parts.map(([name]) => name)).toEqual(expect.arrayContaining(['word/document.xml', 'word/header1.xml', 'word/footer1.xml']));
    for (const [name, xml] of parts) {
      const all = paragraphs(xml);
      expect(all.filter((paragraph) => !paragraph.includes('<w:bidi/>')), `${name}: paragraphs left to right`).toEqual([]);
    }
    expect(paragraphs(body(document)).length).toBeGreaterThan(20);
  });

  it('makes runs right to left by default, names the right-to-left language, and mirrors the tables', async () => {
    const document = await made;
    const defaults = document.parts['word/styles.xml']?.match(/<w:rPrDefault>.*?<\/w:rPrDefault>/s)?.[0] ?? '';
    expect(defaults).toContain('<w:rtl/>');
    expect(defaults).toContain('<w:lang w:val="en-GB" w:bidi="ar-SA"/>');
    const tables = body(document).match(/<w:tbl>/g) ?? [];
    expect(body(document).match(/<w:bidiVisual\/>/g) ?? []).toHaveLength(tables.length);
    if (kind !== 'letter') expect(tables.length).toBeGreaterThan(0);
  });

  it('is written in the pseudo-translation, its title in right-to-left runs (the running header’s among them)', async () => {
    const document = await made;
    const title = pseudoText((readLocale('en', 'document') as { kinds: Record<string, { title: string }> }).kinds[kind]?.title ?? '?', 'rtl');
    const titleRuns = shownParts(document).flatMap(([, xml]) => runs(xml)).filter((run) => shownText(runText(run)) === title);
    expect(titleRuns.length).toBeGreaterThan(0);
    expect(titleRuns.filter((run) => run.includes('<w:rtl w:val="false"/>'))).toEqual([]);
  });

  it('keeps the employer’s name, typed in Latin letters, apart and left to right wherever the document names it', async () => {
    const document = await made;
    const xml = body(document);
    expect(xml).toContain(typedRun(EMPLOYER));
    // Never a run that carries the name without the isolates around it.
    const bare = runs(xml).filter((run) => run.includes(EMPLOYER) && !run.includes(`${FSI}${EMPLOYER}${PDI}`));
    expect(bare).toEqual([]);
  });
});

describe('typed values in a right-to-left document', () => {
  it('inside a translated sentence, are runs of their own and the sentence goes on in the next', async () => {
    const document = await exportAndRead(flow, record(), 'proposal', 'rtl');
    // "{{employer}}, the employer party to this agreement…"
    const meaning = pseudoText(', the employer party to this agreement', 'rtl');
    expect(body(document)).toContain(`${typedRun(EMPLOYER)}<w:r><w:t xml:space="preserve">${meaning}`);
  });

  it('in headings and the contents that link to them, are apart from the heading’s words', async () => {
    const document = await exportAndRead(flow, record(), 'proposal', 'rtl');
    const name = 'RouteWatch 2.0 (beta)';
    const headings = paragraphs(body(document)).filter((paragraph) => paragraph.includes('<w:pStyle w:val="Heading2"/>') && paragraph.includes(name));
    expect(headings).toHaveLength(1);
    expect(headings[0]).toContain(typedRun(name));
    const links = paragraphs(body(document)).filter((paragraph) => paragraph.includes('<w:hyperlink') && paragraph.includes(name));
    expect(links).toHaveLength(1);
    expect(links[0]).toContain(`${FSI}${name}${PDI}`);
  });

  it('keep the lines the user typed, each line apart, since a line break ends an isolate', async () => {
    const document = await exportAndRead(flow, record(), 'proposal', 'rtl');
    expect(body(document)).toContain(`${typedRun('Tracks vans.')}<w:r><w:rPr><w:rtl w:val="false"/></w:rPr><w:br/><w:t xml:space="preserve">${FSI}Rates drivers.${PDI}</w:t></w:r>`);
  });

  it('on paragraphs of their own (the union’s notes, management’s words), are apart too', async () => {
    const document = await exportAndRead(flow, record(), 'brief', 'rtl');
    const note = runs(body(document)).filter((run) => run.includes('UNION-ONLY-NOTE'));
    expect(note.length).toBeGreaterThan(5);
    expect(note.filter((run) => !run.includes('<w:rtl w:val="false"/>') || !run.includes(`${FSI}UNION-ONLY-NOTE`))).toEqual([]);
  });

  it('official links in the footnotes and the annex are kept left to right as well', async () => {
    const document = await exportAndRead(flow, record(), 'proposal', 'rtl');
    const link = 'https://eur-lex.europa.eu/eli/reg/2016/679/oj';
    expect(document.parts['word/footnotes.xml']).toContain(`${FSI}${link}${PDI}`);
    expect(body(document)).toContain(`${FSI}${link}${PDI}`);
  });
});

describe('a left-to-right document', () => {
  it.each(KINDS)('has no right-to-left mark of any kind (%s)', async (kind) => {
    const document = await exportAndRead(flow, record(), kind);
    for (const [name, xml] of Object.entries(document.parts)) {
      expect(xml, name).not.toMatch(/<w:bidi\/>|<w:rtl\b|w:bidi="|<w:bidiVisual/);
      expect(xml.includes(FSI) || xml.includes(PDI), `${name}: isolates`).toBe(false);
    }
    expect(body(document)).toContain(`<w:t xml:space="preserve">${EMPLOYER}</w:t>`);
  });
});

describe('the direction of a document', () => {
  it('comes from its language and the pseudo mode, not from anything else', () => {
    for (const language of LANGUAGES) {
      expect(textDirection(language)).toBe('ltr');
      expect(textDirection(language, 'accents')).toBe('ltr');
      expect(textDirection(language, 'rtl')).toBe('rtl');
    }
  });

  it('reaches the document through the export request', async () => {
    const i18n = await createI18n({ load: pseudoLoader(loadFromDisk, 'rtl'), language: 'en', namespaces: ALL_FLOWS.map((each) => flowNamespace(each.id)) });
    const exported = await exportDocument(flow, record(), i18n, { kind: 'letter', language: 'en', generatedAt: FIXED_NOW, pseudo: 'rtl' });
    const document = await readDocx(exported.bytes);
    expect(paragraphs(body(document)).every((paragraph) => paragraph.includes('<w:bidi/>'))).toBe(true);
    expect(exported.fileName).toMatch(/^[\u0600-\u06ff-]+-ACME-Logistics-UK-Ltd-2026-11-30\.docx$/u);
  });

  it('leaves an empty value empty, so that a fallback for it still applies', () => {
    expect(isolate('')).toBe('');
    expect(isolate('ACME')).toBe(`${FSI}ACME${PDI}`);
  });
});

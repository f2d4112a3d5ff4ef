import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Language } from '../../src/engine/negotiation.ts';
import { LANGUAGE_TAGS } from '../../src/engine/negotiation.ts';
import { builtAppForThisFile } from '../support/e2e-app.ts';
import {
  addSystem,
  answerAndContinue,
  answerQuestion,
  clauseHeading,
  continueToReview,
  docxAllParts,
  docxText,
  downloadDocument,
  fillDetails,
  newSession,
  openHome,
  saveAndContinue,
  startChecklist,
  startNegotiation,
  t,
  temporaryDirectory,
  DOCUMENT_KINDS,
  type DocumentKind,
  type DownloadedDocument,
} from '../support/e2e-journey.ts';
import { readLocale } from '../support/locales.ts';
import { compactText, convertDocxToPdf, normaliseText, pdfText } from '../support/office-convert.ts';

/**
 * Spanish, Portuguese and German, each from the browser's language to the three documents:
 * a representative whose browser speaks the language gets the interface in it on a first
 * visit, negotiates under the law of a country that speaks it, and downloads the documents in
 * it. LibreOffice opens each document; its PDF carries the language's own words and none of the
 * English document's sentences.
 */

interface LanguageCase {
  readonly language: Exclude<Language, 'en' | 'fr'>;
  /** The browser's language. */
  readonly locale: string;
  readonly flow: string;
  readonly union: string;
  readonly employer: string;
  readonly system: { readonly name: string; readonly vendor: string; readonly purpose: string };
  /** Management's words, accents included. */
  readonly words: string;
  /** A provision behind the refused purpose, as a lawyer of the language cites it: the brief's legal floor holds it. */
  readonly citation: string;
}

const CASES: readonly LanguageCase[] = [
  { language: 'es', locale: 'es-ES', flow: 'eu+eu-es', union: 'CCOO Industria — sección sindical', employer: 'Logística Ibérica, S.A.', system: { name: 'TurnoÁgil', vendor: 'Planificación Ñandú S.L.', purpose: 'Asignar turnos y medir la «productividad»' }, words: 'Geolocalización cada minuto y registros de actividad de la aplicación', citation: 'art. 5.1.b) RGPD' },
  { language: 'pt', locale: 'pt-BR', flow: 'br', union: 'Sindicato dos Comerciários de São Paulo', employer: 'Distribuidora Ação Ltda.', system: { name: 'RotaCerta', vendor: 'Logística Três Corações', purpose: 'Definir rotas e avaliar a produtividade' }, words: 'Localização por GPS a cada minuto e registos de atividade', citation: 'LGPD, art. 6º' },
  { language: 'de', locale: 'de-DE', flow: 'eu+eu-de', union: 'ver.di Betriebsgruppe', employer: 'Müller & Söhne Logistik GmbH', system: { name: 'SchichtPlaner', vendor: 'Größer Software AG', purpose: 'Schichten planen und „Leistung“ messen' }, words: 'GPS-Position jede Minute und Tätigkeitsprotokolle der App', citation: 'Art. 5 Abs. 1 lit. b DSGVO' },
];

/** Sentences of the English documents: none of them may appear in a document in another language. */
const ENGLISH_SENTENCES = ['document', 'clauses']
  .flatMap((namespace) => leaves(readLocale('en', namespace)))
  .filter((text) => text.length >= 24 && !text.includes('{{'));

function leaves(resource: unknown): string[] {
  if (typeof resource === 'string') return [resource];
  if (typeof resource !== 'object' || resource === null) return [];
  return Object.values(resource).flatMap(leaves);
}

const app = builtAppForThisFile();
const work = temporaryDirectory('e2e-languages-');

afterAll(() => work.remove());

describe.each(CASES)('the wizard in $language', ({ language, locale, flow, union, employer, system, words, citation }) => {
  const documents: Partial<Record<DocumentKind, DownloadedDocument>> = {};

  it('greets a browser that speaks it in it, page language and direction set, and downloads the three documents in it', async () => {
    const { context, page, problems } = await newSession(app.browser, { locale });
    try {
      await openHome(page, app.url, language);
      expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([language, 'ltr']);
      expect(await page.title()).toBe(t(language, 'header.title'));

      await startNegotiation(page, language, flow);
      await fillDetails(page, language, { union, employer, date: '2026-12-03' });
      await addSystem(page, language, { ...system, category: 'scheduling' }, 1);
      await startChecklist(page, language, flow, 'data-categories');
      await answerAndContinue(page, language, flow, 'data-categories', { status: 'partly', words }, 'purpose');
      await answerQuestion(page, language, flow, 'purpose', { status: 'refused' });
      await saveAndContinue(page, language);
      await continueToReview(page, language);
      for (const kind of DOCUMENT_KINDS) documents[kind] = await downloadDocument(page, language, language, kind, work.path);
      expect(problems, problems.join('\n')).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);

  it.each(DOCUMENT_KINDS)('LibreOffice opens the %s: in the language, spell-checked as it, with no English sentence left', async (kind) => {
    const downloaded = documents[kind];
    if (!downloaded) throw new Error(`No ${kind} was downloaded: the journey failed first.`);
    // Word checks the spelling of the document's text in the language its styles name.
    expect(await docxAllParts(downloaded.path)).toContain(`w:val="${LANGUAGE_TAGS[language]}"`);
    const text = normaliseText(await pdfText(await convertDocxToPdf(downloaded.path, join(work.path, `office-${language}-${kind}`))));
    expect(text).toContain(normaliseText(t(language, `document:kinds.${kind}.title`)));
    expect(text).toContain(normaliseText(employer));
    if (kind !== 'letter') expect(text).toContain(normaliseText(clauseHeading(language, 'information-disclosure')));
    // Looked for in the printed page with spaces and hyphens taken out (a sentence may wrap or
    // be hyphenated there), and in the document's own text, where nothing wraps.
    const printed = compactText(text);
    const written = normaliseText(await docxText(downloaded.path));
    if (kind === 'brief') expect(printed).toContain(compactText(citation));
    const english = ENGLISH_SENTENCES.filter((sentence) => printed.includes(compactText(sentence)) || written.includes(normaliseText(sentence)));
    expect(english, 'English sentences in the document').toEqual([]);
  }, 120_000);
});


import { FootnoteReferenceRun, HighlightColor, Paragraph, TextRun } from 'docx';
import type { FlowDefinition } from '../../engine/flow-types.ts';
import type { Language } from '../../engine/negotiation.ts';
import { formatDay } from '../../i18n/format-date.ts';
import { jurisdictionName } from '../../i18n/jurisdiction-name.ts';
import { citeProvision, findProvision, provisionDates } from '../../i18n/legal-citation.ts';
import { flowNamespace } from '../../i18n/namespaces.ts';
import type { Translate } from '../../i18n/translate.ts';
import type { ClauseBasis } from '../document-model.ts';
import { REFERENCE_TEXT } from './document-styles.ts';
import { PLACEHOLDER_END, PLACEHOLDER_START, splitPlaceholders, xmlSafe } from '../xml-safe.ts';
import { lineRuns, userInline } from './user-text.ts';

export type Footnotes = Record<number, { children: Paragraph[] }>;

/**
 * What every part of a document needs while it is laid out: the wording in the document's
 * language, the flow's legal references, and the footnotes handed out so far.
 */
export class RenderContext {
  readonly t: Translate;
  readonly flow: FlowDefinition;
  readonly language: Language;
  readonly flowNs: string;
  readonly footnotes: Footnotes = {};
  private nextFootnote = 1;

  constructor(t: Translate, flow: FlowDefinition, language: Language) {
    this.t = t;
    this.flow = flow;
    this.language = language;
    this.flowNs = flowNamespace(flow.id);
  }

  question(questionId: string): string {
    return this.t(`${this.flowNs}:questions.${questionId}.ask`);
  }

  /** The layers the negotiation is held under: "European Union · Germany". */
  jurisdiction(): string {
    return jurisdictionName(this.t, this.flow.id);
  }

  formatDate(iso: string): string {
    return xmlSafe(formatDay(iso, this.language));
  }

  placeholder(): TextRun {
    return new TextRun({ text: this.t('document:placeholder'), highlight: HighlightColor.YELLOW });
  }

  /** A value the user typed, each of its lines on a line of its own, or a highlighted placeholder when it is empty. */
  typed(value: string): TextRun[] {
    const text = userInline(value);
    return text === '' ? [this.placeholder()] : lineRuns(text);
  }

  /** A value the user typed, to interpolate into a sentence: its lines kept, or a marked placeholder that `runs` highlights. */
  inlineTyped(value: string): string {
    const text = userInline(value);
    return text === '' ? `${PLACEHOLDER_START}${this.t('document:placeholder')}${PLACEHOLDER_END}` : text;
  }

  /** Runs for translated text that holds values from `inlineTyped`: placeholders highlighted, typed line breaks kept. */
  runs(text: string): TextRun[] {
    return splitPlaceholders(text).flatMap((piece) => (piece.placeholder ? [new TextRun({ text: piece.text, highlight: HighlightColor.YELLOW })] : lineRuns(piece.text)));
  }

  /** "Label: value" on its own line, with the language's own spacing before the colon. */
  labelled(labelKey: string, value: TextRun | readonly TextRun[]): Paragraph {
    return new Paragraph({ children: [new TextRun({ text: this.t('document:labelled', { label: this.t(labelKey) }), bold: true }), ...[value].flat()] });
  }

  citation(provisionId: string): string {
    return citeProvision(this.t, this.flow, findProvision(this.flow, provisionId));
  }

  /** Provisions cited so far, in order of first citation, for the legal references annex. */
  readonly cited: string[] = [];

  /** The citations of a set of provisions in one line, or the plain statement that no statute gives the right. */
  private citationRuns(provisionIds: readonly string[]): TextRun[] {
    if (provisionIds.length === 0) return [new TextRun(this.t('document:noStatutoryRight', { jurisdiction: this.jurisdiction() }))];
    for (const id of provisionIds) if (!this.cited.includes(id)) this.cited.push(id);
    return [new TextRun({ text: `${provisionIds.map((id) => this.citation(id)).join('; ')}.`, bold: true })];
  }

  /** A provision in full: citation, what it gives, link, how sure we are, review and start dates. */
  provisionEntry(id: string): Paragraph {
    const provision = findProvision(this.flow, id);
    const dates = [this.t(`ui:verification.${provision.verification}`), ...provisionDates(this.t, provision, (iso) => this.formatDate(iso))].join('; ');
    return new Paragraph({
      style: REFERENCE_TEXT,
      children: [
        new TextRun({ text: `${this.citation(id)}. `, bold: true }),
        new TextRun(`${this.t(`${this.flowNs}:provisions.${id}`)} ${provision.url} `),
        new TextRun({ text: `(${dates})`, italics: true }),
      ],
    });
  }

  /**
   * A footnote carrying the legal basis of a clause, cited where the returned run is placed.
   * When the systems it applies to rest on different provisions, each set is given with the
   * schedules it covers.
   */
  legalFootnote(bases: readonly ClauseBasis[]): FootnoteReferenceRun {
    const id = this.nextFootnote++;
    const label = (basis: ClauseBasis) =>
      bases.length === 1 ? [] : [new TextRun({ text: `${this.t(basis.schedules.length === 1 ? 'document:schedules.basisOne' : 'document:schedules.basisMany', { schedules: basis.schedules.join(', ') })} `, italics: true })];
    // Each official link once, after the citations: provisions of one act share it, and the annex has the rest.
    const links = [...new Set(bases.flatMap((basis) => basis.provisions.map((provision) => findProvision(this.flow, provision).url)))];
    const children = bases.map(
      (basis, index) =>
        new Paragraph({ children: [...label(basis), ...this.citationRuns(basis.provisions), ...(index === bases.length - 1 && links.length > 0 ? [new TextRun(` ${links.join(' ')}`)] : [])] }),
    );
    this.footnotes[id] = { children };
    return new FootnoteReferenceRun(id);
  }
}

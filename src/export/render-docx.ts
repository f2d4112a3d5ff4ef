import {
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  HighlightColor,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { TFunction } from 'i18next';
import type { FlowDefinition } from '../engine/flow-types.ts';
import { citeProvision, findProvision } from '../i18n/legal-citation.ts';
import { flowNamespace } from '../i18n/namespaces.ts';
import { memoizedTranslate, type Translate } from '../i18n/translate.ts';
import type { DocumentModel, ProposedClause, RecordedAnswer, SystemSection } from './document-model.ts';
import { LANGUAGE_TAGS } from '../engine/negotiation.ts';
import { CLAUSE_NUMBERING, documentStyles, NUMBERING } from './document-styles.ts';
import { PLACEHOLDER_END, PLACEHOLDER_START, splitPlaceholders, xmlSafe } from './xml-safe.ts';

type Footnotes = Record<number, { children: Paragraph[] }>;

/** Builds a document in one pass; footnote ids are handed out in the order they are cited. */
class DocumentBuilder {
  private readonly footnotes: Footnotes = {};
  private nextFootnote = 1;
  private readonly flowNs: string;
  private readonly model: DocumentModel;
  private readonly flow: FlowDefinition;
  private readonly t: Translate;

  constructor(model: DocumentModel, flow: FlowDefinition, t: TFunction) {
    this.model = model;
    this.flow = flow;
    this.t = memoizedTranslate(t);
    this.flowNs = flowNamespace(flow.id);
  }

  build(): Document {
    const children = [...this.cover(), ...this.contents(), ...this.record(), ...this.clauses()];
    return new Document({
      creator: xmlSafe(this.model.meta.union) || 'Data-rights negotiation wizard',
      title: this.t('document:title'),
      description: this.t('document:draft'),
      styles: documentStyles(this.model.language),
      numbering: NUMBERING,
      features: { updateFields: true },
      footnotes: this.footnotes,
      sections: [{ children }],
    });
  }

  private formatDate(iso: string): string {
    const date = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
    if (Number.isNaN(date.getTime())) return xmlSafe(iso);
    return new Intl.DateTimeFormat(LANGUAGE_TAGS[this.model.language], { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  }

  private placeholder(): TextRun {
    return new TextRun({ text: this.t('document:placeholder'), highlight: HighlightColor.YELLOW });
  }

  /** A value the user typed, or a highlighted placeholder when it is empty. */
  private typed(value: string): TextRun {
    const safe = xmlSafe(value).trim();
    return safe === '' ? this.placeholder() : new TextRun(safe);
  }

  private cover(): Paragraph[] {
    const { meta } = this.model;
    const line = (label: string, value: TextRun) =>
      new Paragraph({ children: [new TextRun({ text: this.t('document:labelled', { label: this.t(label) }), bold: true }), value] });
    return [
      new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(this.t('document:title'))] }),
      new Paragraph({ children: [new TextRun({ text: this.t('document:draft'), bold: true, color: 'B00020', size: 28 })] }),
      line('document:cover.union', this.typed(meta.union)),
      line('document:cover.employer', this.typed(meta.employer)),
      line('document:cover.workplace', this.typed(meta.workplace)),
      line('document:cover.jurisdiction', new TextRun(this.t(`${this.flowNs}:title`))),
      line('document:cover.meetingDate', meta.date ? new TextRun(this.formatDate(meta.date)) : this.placeholder()),
      line('document:cover.present', this.typed(meta.present)),
      line('document:cover.generated', new TextRun(this.formatDate(this.model.generatedAt))),
      new Paragraph({ spacing: { before: 480 }, children: [new TextRun({ text: this.t('ui:disclaimer'), italics: true })] }),
      new Paragraph({ children: [new PageBreak()] }),
    ];
  }

  private contents(): (Paragraph | TableOfContents)[] {
    return [
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(this.t('document:contents'))] }),
      new TableOfContents(this.t('document:contents'), { hyperlink: true, headingStyleRange: '1-3' }),
      new Paragraph({ children: [new PageBreak()] }),
    ];
  }

  private record(): (Paragraph | Table)[] {
    return [
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(this.t('document:record.heading'))] }),
      new Paragraph(this.t('document:record.intro')),
      ...this.model.systems.flatMap((section) => [
        new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(xmlSafe(section.system.name))] }),
        this.systemFacts(section),
        this.answerTable(section.answers),
      ]),
    ];
  }

  private systemFacts({ system }: SystemSection): Paragraph {
    const fact = (label: string, value: TextRun) => [new TextRun({ text: this.t('document:labelled', { label: this.t(label) }), bold: true }), value, new TextRun({ text: '', break: 1 })];
    return new Paragraph({
      children: [
        ...fact('ui:system.vendor', this.typed(system.vendor)),
        ...fact('ui:system.category', new TextRun(this.t(`ui:categories.${system.category}`))),
        ...fact('ui:system.purpose', this.typed(system.purpose)),
        new TextRun({ text: this.t('document:labelled', { label: this.t('ui:system.affected') }), bold: true }),
        this.typed(system.affected),
      ],
    });
  }

  private answerTable(answers: readonly RecordedAnswer[]): Table {
    const cell = (children: ParagraphChild[], header = false) =>
      new TableCell({ children: [new Paragraph({ children, ...(header ? { keepNext: true } : {}) })] });
    const headerRow = new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: ['question', 'status', 'words'].map((column) =>
        cell([new TextRun({ text: this.t(`document:record.columns.${column}`), bold: true })], true),
      ),
    });
    const rows = answers.map(
      (answer) =>
        new TableRow({
          cantSplit: true,
          children: [
            cell([new TextRun(this.t(`${this.flowNs}:questions.${answer.questionId}.ask`))]),
            cell(this.statusRuns(answer)),
            cell([answer.status && answer.words.trim() !== '' ? new TextRun(xmlSafe(answer.words)) : new TextRun('')]),
          ],
        }),
    );
    return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [headerRow, ...rows] });
  }

  private statusRuns(answer: RecordedAnswer): ParagraphChild[] {
    if (!answer.status) return [new TextRun({ text: this.t('ui:status.missing'), highlight: HighlightColor.YELLOW })];
    const status = new TextRun({ text: this.t(`ui:status.${answer.status}`), bold: answer.status !== 'answered' });
    if (!answer.choice) return [status];
    return [status, new TextRun(this.t('document:choice', { choice: this.t(`${this.flowNs}:questions.${answer.questionId}.options.${answer.choice}`) }))];
  }

  private clauses(): Paragraph[] {
    return [
      new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [new TextRun(this.t('document:clauses.heading'))] }),
      new Paragraph(this.t('document:clauses.intro')),
      ...this.model.systems.flatMap((section) => [
        new Paragraph({
          heading: HeadingLevel.HEADING_2,
          numbering: { reference: CLAUSE_NUMBERING, level: 0 },
          children: [new TextRun(xmlSafe(section.system.name))],
        }),
        ...(section.clauses.length === 0
          ? [new Paragraph(this.t('document:clauses.none'))]
          : section.clauses.flatMap((clause) => this.clause(section, clause))),
      ]),
    ];
  }

  private clause(section: SystemSection, clause: ProposedClause): Paragraph[] {
    const mark = (value: string | null) => (value === null ? `${PLACEHOLDER_START}${this.t('document:placeholder')}${PLACEHOLDER_END}` : xmlSafe(value));
    const { system } = section;
    const body = this.t(`clauses:${clause.clauseId}.body`, {
      system: xmlSafe(system.name),
      vendor: mark(system.vendor.trim() || null),
      purpose: mark(system.purpose.trim() || null),
      employer: mark(this.model.meta.employer.trim() || null),
      union: mark(this.model.meta.union.trim() || null),
      ...Object.fromEntries(Object.entries(clause.facts).map(([name, value]) => [name, mark(value)])),
    });
    return [
      new Paragraph({
        heading: HeadingLevel.HEADING_3,
        numbering: { reference: CLAUSE_NUMBERING, level: 1 },
        children: [new TextRun(this.t(`clauses:${clause.clauseId}.heading`)), this.legalBasis(clause)],
      }),
      new Paragraph({
        children: splitPlaceholders(body).map((piece) =>
          piece.placeholder ? new TextRun({ text: piece.text, highlight: HighlightColor.YELLOW }) : new TextRun(piece.text),
        ),
      }),
      ...clause.items.map(
        (questionId) =>
          new Paragraph({
            numbering: { reference: CLAUSE_NUMBERING, level: 2 },
            children: [new TextRun(this.t(`${this.flowNs}:questions.${questionId}.ask`))],
          }),
      ),
    ];
  }

  /** The clause's legal basis as a footnote: each provision's citation, what it gives, its source. */
  private legalBasis(clause: ProposedClause): FootnoteReferenceRun {
    const id = this.nextFootnote++;
    const paragraphs =
      clause.provisions.length === 0
        ? [new Paragraph(this.t('document:noStatutoryRight', { jurisdiction: this.t(`${this.flowNs}:title`) }))]
        : clause.provisions.map((provisionId) => {
            const provision = findProvision(this.flow, provisionId);
            return new Paragraph({
              children: [
                new TextRun({ text: `${citeProvision(this.t, this.flow, provision)}. `, bold: true }),
                new TextRun(`${this.t(`${this.flowNs}:provisions.${provision.id}`)} `),
                new TextRun(`${provision.url} `),
                new TextRun({
                  text: `(${this.t(`ui:verification.${provision.verification}`)}; ${this.t('ui:legal.reviewed', { date: provision.reviewed })})`,
                  italics: true,
                }),
              ],
            });
          });
    this.footnotes[id] = { children: paragraphs };
    return new FootnoteReferenceRun(id);
  }
}

/**
 * Lays out a negotiation's document. Pure: the same model, flow and translation function give
 * the same document; no clock, no global language. `t` must be fixed to the document language.
 *
 * @example renderDocument(selectClauses(flow, record, 'fr', now), flow, i18n.getFixedT('fr'))
 */
export function renderDocument(model: DocumentModel, flow: FlowDefinition, t: TFunction): Document {
  return new DocumentBuilder(model, flow, t).build();
}

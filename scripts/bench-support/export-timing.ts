import type { TFunction } from 'i18next';
import type { FlowDefinition } from '../../src/engine/flow-types.ts';
import type { NegotiationRecord } from '../../src/engine/negotiation.ts';
import { buildDocx } from '../../src/export/build-docx.ts';
import type { DocumentKind } from '../../src/export/document-model.ts';
import { createI18n } from '../../src/i18n/create-i18n.ts';
import { loadFromDisk } from '../../tests/support/locales.ts';
import { answeredCount, sampleRecord } from './sample-record.ts';
import { median, percentile, sampleDurations } from './stats.ts';

const GENERATED_AT = '2026-11-30T10:00:00Z';

export interface RunCounts {
  readonly warmup: number;
  readonly runs: number;
}

export interface ExportTiming {
  readonly flowId: string;
  readonly kind: DocumentKind;
  readonly systems: number;
  readonly answers: number;
  readonly counts: RunCounts;
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly documentBytes: number;
}

/** The English translation function the export uses, with locales read from disk. */
export async function englishT(): Promise<TFunction> {
  const i18n = await createI18n({ load: loadFromDisk, language: 'en', namespaces: ['flow-eu', 'flow-za'] });
  return i18n.getFixedT('en');
}

/**
 * What the export does once the user asks for the file: compose, lay out and pack one document;
 * by default the internal brief, the largest of the three (it holds the clauses and the whole record).
 */
export async function buildDocument(flow: FlowDefinition, record: NegotiationRecord, t: TFunction, kind: DocumentKind = 'brief'): Promise<Uint8Array> {
  return buildDocx(flow, record, { kind, language: 'en', generatedAt: GENERATED_AT }, t);
}

/** Median and p95 time to build and pack one kind of document of `systems` fully answered systems. */
export async function timeExport(flow: FlowDefinition, systems: number, t: TFunction, counts: RunCounts, kind: DocumentKind = 'brief'): Promise<ExportTiming> {
  const record = sampleRecord(flow, systems);
  const durations = await sampleDurations(() => buildDocument(flow, record, t, kind), counts);
  const document = await buildDocument(flow, record, t, kind);
  return {
    flowId: flow.id,
    kind,
    systems,
    answers: answeredCount(flow, record),
    counts,
    medianMs: median(durations),
    p95Ms: percentile(durations, 95),
    documentBytes: document.byteLength,
  };
}

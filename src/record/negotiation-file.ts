import type { NegotiationRecord } from '../engine/negotiation.ts';
import { readRecord, type RecordProblem } from './record-schema.ts';

/**
 * The negotiation file: the record as versioned JSON, for download, for the command line, for
 * the examples, and embedded in every .docx. See docs/negotiation-file.md.
 */
export const FILE_FORMAT = 'data-rights-negotiation';
export const FILE_VERSION = 1;

export interface NegotiationFile {
  readonly format: typeof FILE_FORMAT;
  readonly formatVersion: typeof FILE_VERSION;
  readonly exportedAt: string;
  /** False when internal notes were left out, as in documents meant for management. */
  readonly includesNotes: boolean;
  readonly record: NegotiationRecord;
}

export type FileProblem =
  | { readonly kind: 'not-json' }
  | { readonly kind: 'not-a-negotiation-file' }
  | { readonly kind: 'newer-file-version'; readonly version: number }
  | { readonly kind: 'no-embedded-record' }
  | { readonly kind: 'record'; readonly problem: RecordProblem };

export type FileReading =
  | { readonly ok: true; readonly file: NegotiationFile }
  | { readonly ok: false; readonly problem: FileProblem };

/** The record with every internal note emptied: what may travel inside a document for management. */
export function withoutNotes(record: NegotiationRecord): NegotiationRecord {
  const answers = Object.fromEntries(
    Object.entries(record.answers).map(([systemId, byQuestion]) => [
      systemId,
      Object.fromEntries(Object.entries(byQuestion).map(([questionId, answer]) => [questionId, { ...answer, note: '' }])),
    ]),
  );
  return { ...record, answers };
}

export function serialiseNegotiation(record: NegotiationRecord, exportedAt: string, options: { readonly includeNotes: boolean }): string {
  const file: NegotiationFile = {
    format: FILE_FORMAT,
    formatVersion: FILE_VERSION,
    exportedAt,
    includesNotes: options.includeNotes,
    record: options.includeNotes ? record : withoutNotes(record),
  };
  return JSON.stringify(file, null, 2);
}

/** Reads a negotiation file through the same validation as storage; never throws. */
export function parseNegotiationFile(text: string): FileReading {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, problem: { kind: 'not-json' } };
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== FILE_FORMAT) {
    return { ok: false, problem: { kind: 'not-a-negotiation-file' } };
  }
  const { formatVersion, exportedAt, includesNotes, record } = raw as Record<string, unknown>;
  if (typeof formatVersion !== 'number' || !Number.isInteger(formatVersion) || formatVersion < 1) {
    return { ok: false, problem: { kind: 'not-a-negotiation-file' } };
  }
  if (formatVersion > FILE_VERSION) return { ok: false, problem: { kind: 'newer-file-version', version: formatVersion } };
  const reading = readRecord(record);
  if (!reading.ok) return { ok: false, problem: { kind: 'record', problem: reading.problem } };
  return {
    ok: true,
    file: {
      format: FILE_FORMAT,
      formatVersion: FILE_VERSION,
      exportedAt: typeof exportedAt === 'string' ? exportedAt : '',
      includesNotes: includesNotes === true,
      record: reading.record,
    },
  };
}

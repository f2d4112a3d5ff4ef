import type { NegotiationRecord } from '../engine/negotiation.ts';
import { withEmptyNotes, type ManagementRecord } from './management-record.ts';
import { readRecord, type RecordProblem } from './record-schema.ts';

/**
 * The negotiation file: the record as versioned JSON, for download, for the command line, for
 * the examples, and embedded in every .docx. See docs/negotiation-file.md.
 */
export const FILE_FORMAT = 'data-rights-negotiation';
export const FILE_VERSION = 1;

/**
 * What of the negotiation a file holds:
 * - `full`: the whole record, notes included (the downloaded file, the internal brief);
 * - `proposal`, `letter`: only what that document for management shows, and no note;
 * - `no-notes`: the whole record with every note emptied, as documents for management carried
 *   it before `contents` existed. Read, never written.
 */
export const FILE_CONTENTS = ['full', 'proposal', 'letter', 'no-notes'] as const;
export type FileContents = (typeof FILE_CONTENTS)[number];

/** The copies this version writes into documents for management. */
export type CopyContents = Extract<FileContents, 'proposal' | 'letter'>;

export interface NegotiationFile {
  readonly format: typeof FILE_FORMAT;
  readonly formatVersion: typeof FILE_VERSION;
  readonly exportedAt: string;
  readonly contents: FileContents;
  /** True only for the full record. Still written, for readers that predate `contents`. */
  readonly includesNotes: boolean;
  /** A copy's record has empty notes, and empty fields wherever its document shows nothing. */
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

function fileJson(record: NegotiationRecord, exportedAt: string, contents: FileContents): string {
  const file: NegotiationFile = { format: FILE_FORMAT, formatVersion: FILE_VERSION, exportedAt, contents, includesNotes: contents === 'full', record };
  return JSON.stringify(file, null, 2);
}

/**
 * The whole record, notes included: the downloaded file and the one inside the internal brief.
 * The option, from when this function could also leave the notes out, can now only be `true`:
 * a copy for management is written by `serialiseCopy`, from a record that has no notes.
 */
export function serialiseNegotiation(record: NegotiationRecord, exportedAt: string, options: { readonly includeNotes: true } = { includeNotes: true }): string {
  return fileJson(record, exportedAt, options.includeNotes && 'full');
}

/**
 * The copy a document for management carries, which has no note to write: the file format
 * requires the field, so every answer gets an empty one.
 */
export function serialiseCopy(copy: ManagementRecord, contents: CopyContents, exportedAt: string): string {
  return fileJson(withEmptyNotes(copy), exportedAt, contents);
}

/**
 * What a version 1 file holds: its `contents` when it names one this version knows; otherwise,
 * as files written before `contents` say it, the whole record with or without its notes.
 */
function contentsOf(raw: Readonly<Record<string, unknown>>): FileContents {
  const named = FILE_CONTENTS.find((contents) => contents === raw.contents);
  if (named) return named;
  return raw.includesNotes === true ? 'full' : 'no-notes';
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
  const fields = raw as Record<string, unknown>;
  const { formatVersion, exportedAt, record } = fields;
  if (typeof formatVersion !== 'number' || !Number.isInteger(formatVersion) || formatVersion < 1) {
    return { ok: false, problem: { kind: 'not-a-negotiation-file' } };
  }
  if (formatVersion > FILE_VERSION) return { ok: false, problem: { kind: 'newer-file-version', version: formatVersion } };
  const reading = readRecord(record);
  if (!reading.ok) return { ok: false, problem: { kind: 'record', problem: reading.problem } };
  const contents = contentsOf(fields);
  return {
    ok: true,
    file: { format: FILE_FORMAT, formatVersion: FILE_VERSION, exportedAt: typeof exportedAt === 'string' ? exportedAt : '', contents, includesNotes: contents === 'full', record: reading.record },
  };
}

import type { NegotiationRecord } from '../engine/negotiation.ts';
import { withEmptyNotes, type ManagementRecord } from './management-record.ts';
import { MAX_FILE_BYTES } from './file-limits.ts';
import { readRecord, type RecordProblem } from './record-schema.ts';

/**
 * The negotiation file: one negotiation or a whole workspace as versioned JSON, for download,
 * for backups moved to another device, for the command line, for the examples, and embedded in
 * every .docx. See docs/negotiation-file.md.
 */
export const FILE_FORMAT = 'data-rights-negotiation';
/** 1: one record under `record`. 2: a list under `negotiations`, one or many. */
export const FILE_VERSION = 2;

export { MAX_FILE_BYTES };

// A text never has more UTF-16 code units than its UTF-8 bytes: the same figure caps a decoded text.
export const MAX_NEGOTIATIONS = 5000;
/** The record is about nine levels deep; anything far deeper is not one of ours. */
export const MAX_DEPTH = 32;

/** Keys that mean something to JavaScript objects themselves; no file of ours has them. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * What of the negotiations a file holds:
 * - `full`: the whole records, notes included (the downloaded file, a backup, the internal brief);
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
  /** True only for full records. Still written, for readers that predate `contents`. */
  readonly includesNotes: boolean;
  /**
   * Never empty, no two with the same id. A copy's record has empty notes, and empty fields
   * wherever its document shows nothing.
   */
  readonly negotiations: readonly [NegotiationRecord, ...NegotiationRecord[]];
  /** Ids of the negotiations the device that wrote the file kept archived (a backup says so). */
  readonly archived?: readonly string[];
}

/** Where in a file a problem lies: the negotiation's place in the list, and its employer if given. */
export interface FilePlace {
  /** 0 for the first negotiation of the file. */
  readonly index: number;
  readonly employer: string;
}

export type FileProblem =
  | { readonly kind: 'not-json' }
  | { readonly kind: 'not-a-negotiation-file' }
  | { readonly kind: 'newer-file-version'; readonly version: number }
  | { readonly kind: 'no-embedded-record' }
  | { readonly kind: 'too-large'; readonly limit: number }
  | { readonly kind: 'too-deep'; readonly limit: number }
  | { readonly kind: 'forbidden-key'; readonly key: string }
  | { readonly kind: 'no-negotiations' }
  | { readonly kind: 'too-many'; readonly count: number; readonly limit: number }
  | ({ readonly kind: 'duplicate-id'; readonly id: string } & FilePlace)
  | ({ readonly kind: 'record'; readonly problem: RecordProblem } & FilePlace)
  /** Encrypted: the passphrase must be asked for first (see file-crypto.ts). */
  | { readonly kind: 'encrypted' }
  | { readonly kind: 'wrong-passphrase' }
  | { readonly kind: 'encryption-unsupported'; readonly detail: string };

/** Every kind of problem, for the interface's words (one message per kind, `open.problems.*`). */
export const FILE_PROBLEM_KINDS = [
  'not-json', 'not-a-negotiation-file', 'newer-file-version', 'no-embedded-record', 'too-large', 'too-deep', 'forbidden-key',
  'no-negotiations', 'too-many', 'duplicate-id', 'record', 'encrypted', 'wrong-passphrase', 'encryption-unsupported',
] as const satisfies readonly FileProblem['kind'][];

export type FileReading =
  | { readonly ok: true; readonly file: NegotiationFile; readonly fromDocument?: boolean }
  | { readonly ok: false; readonly problem: FileProblem };

function fileJson(negotiations: readonly NegotiationRecord[], exportedAt: string, contents: FileContents, archived: readonly string[] = []): string {
  const file = { format: FILE_FORMAT, formatVersion: FILE_VERSION, exportedAt, contents, includesNotes: contents === 'full', negotiations, ...(archived.length > 0 ? { archived } : {}) };
  return JSON.stringify(file, null, 2);
}

/**
 * One whole record, notes included: the downloaded file and the one inside the internal brief.
 * The option, from when this function could also leave the notes out, can now only be `true`:
 * a copy for management is written by `serialiseCopy`, from a record that has no notes.
 */
export function serialiseNegotiation(record: NegotiationRecord, exportedAt: string, options: { readonly includeNotes: true } = { includeNotes: true }): string {
  return fileJson([record], exportedAt, options.includeNotes && 'full');
}

/** Every negotiation given, whole, notes included, and which of them are archived: a backup of the workspace. */
export function serialiseWorkspace(records: readonly NegotiationRecord[], exportedAt: string, archived: readonly string[] = []): string {
  const ids = new Set(records.map((record) => record.id));
  return fileJson(records, exportedAt, 'full', archived.filter((id) => ids.has(id)));
}

/**
 * The copy a document for management carries, which has no note to write: the file format
 * requires the field, so every answer gets an empty one.
 */
export function serialiseCopy(copy: ManagementRecord, contents: CopyContents, exportedAt: string): string {
  return fileJson([withEmptyNotes(copy)], exportedAt, contents);
}

/**
 * What a file holds: its `contents` when it names one this version knows; otherwise, as files
 * written before `contents` say it, the whole record with or without its notes.
 */
function contentsOf(raw: Readonly<Record<string, unknown>>): FileContents {
  const named = FILE_CONTENTS.find((contents) => contents === raw.contents);
  if (named) return named;
  return raw.includesNotes === true ? 'full' : 'no-notes';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Walks parsed JSON without recursion (a hostile file may nest a million arrays) and finds the
 * first key JavaScript gives a meaning to, or a nesting deeper than any file of ours.
 */
function structureProblem(raw: unknown): FileProblem | undefined {
  const pending: [unknown, number][] = [[raw, 0]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [value, depth] = next;
    if (typeof value !== 'object' || value === null) continue;
    if (depth > MAX_DEPTH) return { kind: 'too-deep', limit: MAX_DEPTH };
    if (Array.isArray(value)) {
      for (const item of value) pending.push([item, depth + 1]);
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return { kind: 'forbidden-key', key };
      pending.push([(value as Record<string, unknown>)[key], depth + 1]);
    }
  }
  return undefined;
}

/** The employer a raw record names, to say which negotiation of a file is at fault. */
function placeOf(raw: unknown, index: number): FilePlace {
  const meta = isObject(raw) ? raw.meta : undefined;
  const employer = isObject(meta) && typeof meta.employer === 'string' ? meta.employer.replace(/\s+/g, ' ').trim().slice(0, 80) : '';
  return { index, employer };
}

/** The list of raw records a file holds, by its version: version 1 held one, under `record`. */
function rawNegotiations(fields: Readonly<Record<string, unknown>>, version: number): readonly unknown[] | undefined {
  if (version === 1) return [fields.record];
  return Array.isArray(fields.negotiations) ? fields.negotiations : undefined;
}

function readFields(fields: Readonly<Record<string, unknown>>): FileReading {
  const { formatVersion, exportedAt } = fields;
  if (typeof formatVersion !== 'number' || !Number.isInteger(formatVersion) || formatVersion < 1) {
    return { ok: false, problem: { kind: 'not-a-negotiation-file' } };
  }
  if (formatVersion > FILE_VERSION) return { ok: false, problem: { kind: 'newer-file-version', version: formatVersion } };
  const raws = rawNegotiations(fields, formatVersion);
  if (!raws) return { ok: false, problem: { kind: 'not-a-negotiation-file' } };
  if (raws.length === 0) return { ok: false, problem: { kind: 'no-negotiations' } };
  if (raws.length > MAX_NEGOTIATIONS) return { ok: false, problem: { kind: 'too-many', count: raws.length, limit: MAX_NEGOTIATIONS } };
  const records: NegotiationRecord[] = [];
  const seen = new Set<string>();
  for (const [index, raw] of raws.entries()) {
    const reading = readRecord(raw);
    if (!reading.ok) return { ok: false, problem: { kind: 'record', problem: reading.problem, ...placeOf(raw, index) } };
    // Two records under one id would make an import replace one with the other unasked.
    if (seen.has(reading.record.id)) return { ok: false, problem: { kind: 'duplicate-id', id: reading.record.id.slice(0, 80), ...placeOf(raw, index) } };
    seen.add(reading.record.id);
    records.push(reading.record);
  }
  const [first, ...rest] = records;
  if (!first) return { ok: false, problem: { kind: 'no-negotiations' } };
  const contents = contentsOf(fields);
  // Advice on how to list them, not data: ids the file does not hold, or that are not text, are left out.
  const archived = Array.isArray(fields.archived) ? [...new Set(fields.archived.filter((id): id is string => typeof id === 'string' && seen.has(id)))] : [];
  return {
    ok: true,
    file: { format: FILE_FORMAT, formatVersion: FILE_VERSION, exportedAt: typeof exportedAt === 'string' ? exportedAt : '', contents, includesNotes: contents === 'full', negotiations: [first, ...rest], ...(archived.length > 0 ? { archived } : {}) },
  };
}

/** A file's text as JSON, refused unparsed when it is over the size the wizard reads. */
export function parseFileText(text: string): { readonly ok: true; readonly raw: unknown } | { readonly ok: false; readonly problem: { readonly kind: 'too-large'; readonly limit: number } | { readonly kind: 'not-json' } } {
  if (text.length > MAX_FILE_BYTES) return { ok: false, problem: { kind: 'too-large', limit: MAX_FILE_BYTES } };
  try {
    return { ok: true, raw: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, problem: { kind: 'not-json' } };
  }
}

/**
 * Reads a negotiation file of any version through the same validation as storage. Never throws:
 * whatever the text, the answer is the file or one problem the interface can explain.
 */
export function parseNegotiationFile(text: string): FileReading {
  const parsed = parseFileText(text);
  if (!parsed.ok) return parsed;
  const { raw } = parsed;
  try {
    const structure = structureProblem(raw);
    if (structure) return { ok: false, problem: structure };
    if (!isObject(raw)) return { ok: false, problem: { kind: 'not-a-negotiation-file' } };
    if (raw.format === ENCRYPTED_FILE_FORMAT) return { ok: false, problem: { kind: 'encrypted' } };
    if (raw.format !== FILE_FORMAT) return { ok: false, problem: { kind: 'not-a-negotiation-file' } };
    return readFields(raw);
  } catch {
    // Validation is written not to throw; should it ever, the file is refused, never half read.
    return { ok: false, problem: { kind: 'not-a-negotiation-file' } };
  }
}

/** The `format` of a file encrypted with a passphrase (file-crypto.ts), named here so readers recognise one. */
export const ENCRYPTED_FILE_FORMAT = 'data-rights-negotiation-encrypted';

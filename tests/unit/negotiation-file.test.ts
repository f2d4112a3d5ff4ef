import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFlow } from '../../flows/index.ts';
import { euFlow as flow } from '../support/flows.ts';
import { systemPath } from '../../src/engine/checklist.ts';
import { embeddedRecordXml, readEmbeddedRecord } from '../../src/record/embedded-record.ts';
import { readNegotiationBytes } from '../../src/record/import-file.ts';
import { forManagement } from '../../src/record/management-record.ts';
import { FILE_FORMAT, MAX_FILE_BYTES, MAX_NEGOTIATIONS, parseNegotiationFile, serialiseCopy, serialiseNegotiation, serialiseWorkspace } from '../../src/record/negotiation-file.ts';
import type { NegotiationRecord } from '../../src/engine/negotiation.ts';
import { exportAndRead } from '../support/docx-reading.ts';
import { deviceWith, importBytes } from '../support/import-harness.ts';
import { answeredRecord, FIXED_NOW } from '../support/records.ts';

const record = answeredRecord(flow, 2, (question, index) => ({
  status: index % 5 === 0 ? 'refused' : 'answered',
  words: `Words ${index} — العربية 👩🏽‍🔧 <&> ]]> \u0007 \uFFFF`,
  note: `Union note ${index}`,
  ...(question.options ? { choice: question.options[0] } : {}),
}));
const encoder = new TextEncoder();

describe('the negotiation file', () => {
  it('round-trips a record, notes included, through JSON', () => {
    const reading = parseNegotiationFile(serialiseNegotiation(record, FIXED_NOW, { includeNotes: true }));
    expect(reading).toEqual({ ok: true, file: { format: FILE_FORMAT, formatVersion: 2, exportedAt: FIXED_NOW, contents: 'full', includesNotes: true, negotiations: [record] } });
  });

  it('round-trips a whole workspace, in its order, rounds and names included', () => {
    const second: NegotiationRecord = {
      ...record,
      id: 'second',
      meta: { ...record.meta, title: 'Depot 9 — second round', employer: 'Other employer' },
      rounds: [{ id: 'r1', closedAt: FIXED_NOW, meeting: { date: '2026-10-01', round: 'First', present: 'A, B' }, systems: record.systems, answers: record.answers }],
    };
    const text = serialiseWorkspace([second, record], FIXED_NOW);
    expect(JSON.parse(text)).toMatchObject({ format: FILE_FORMAT, formatVersion: 2, contents: 'full', includesNotes: true });
    const reading = parseNegotiationFile(text);
    expect(reading.ok && reading.file.negotiations).toEqual([second, record]);
  });

  it.each(['proposal', 'letter'] as const)('writes a %s copy that says what it holds, has empty notes, and still tells older readers it has no notes', (contents) => {
    const text = serialiseCopy(forManagement(record), contents, FIXED_NOW);
    expect(JSON.parse(text)).toMatchObject({ formatVersion: 2, contents, includesNotes: false });
    const reading = parseNegotiationFile(text);
    if (!reading.ok) throw new Error(JSON.stringify(reading.problem));
    expect(reading.file.contents).toBe(contents);
    expect(text).not.toContain('Union note');
    const { answers, ...rest } = reading.file.negotiations[0];
    const { answers: originalAnswers, ...originalRest } = record;
    expect(rest).toEqual(originalRest);
    expect(Object.keys(answers)).toEqual(Object.keys(originalAnswers));
  });

  // Version 1 files written before `contents` existed say only `includesNotes`.
  it.each([
    ['with includesNotes true as the whole record', { includesNotes: true }, 'full', true],
    ['with includesNotes false as the whole record without notes', { includesNotes: false }, 'no-notes', false],
    ['without includesNotes as a record that may lack its notes', {}, 'no-notes', false],
    ['whose contents this version does not know by includesNotes', { contents: 'minutes', includesNotes: true }, 'full', true],
  ] as const)('reads an earlier version 1 file %s', (_, fields, contents, includesNotes) => {
    const earlier = { format: FILE_FORMAT, formatVersion: 1, exportedAt: FIXED_NOW, ...fields, record };
    const reading = parseNegotiationFile(JSON.stringify(earlier));
    expect(reading).toEqual({ ok: true, file: { format: FILE_FORMAT, formatVersion: 2, exportedAt: FIXED_NOW, contents, includesNotes, negotiations: [record] } });
  });

  it('reads a hand-written version 1 file, with a version 1 record, as a list of one record of version 2', () => {
    const v1Record = {
      schemaVersion: 1,
      id: 'hand-written',
      flowId: 'eu',
      flowVersion: 2,
      createdAt: FIXED_NOW,
      updatedAt: FIXED_NOW,
      meta: { union: 'Union', employer: 'Employer', workplace: '', date: '', present: '' },
      systems: [{ id: 's1', name: 'Scanner', vendor: '', category: 'monitoring', purpose: '', affected: '' }],
      answers: { s1: { 'data-collected': { status: 'refused', words: 'No.', note: 'Ask again' } } },
      documentLanguage: 'fr',
    };
    const reading = parseNegotiationFile(JSON.stringify({ format: FILE_FORMAT, formatVersion: 1, exportedAt: FIXED_NOW, includesNotes: true, record: v1Record }));
    if (!reading.ok) throw new Error(JSON.stringify(reading.problem));
    expect(reading.file.formatVersion).toBe(2);
    expect(reading.file.negotiations).toEqual([
      { ...v1Record, schemaVersion: 2, meta: { title: '', ...v1Record.meta, round: '' }, rounds: [] },
    ]);
  });

  it.each(['eu', 'za'])('reads the version 1 %s file kept in tests/fixtures/v1 as one negotiation', (flowId) => {
    const text = readFileSync(join(import.meta.dirname, `../fixtures/v1/${flowId}-negotiation.json`), 'utf8');
    const original = (JSON.parse(text) as { record: { id: string; systems: unknown[] } }).record;
    const reading = parseNegotiationFile(text);
    if (!reading.ok) throw new Error(JSON.stringify(reading.problem));
    expect(reading.file.negotiations).toHaveLength(1);
    expect(reading.file.negotiations[0].id).toBe(original.id);
    expect(reading.file.negotiations[0].systems).toHaveLength(original.systems.length);
    expect(reading.file.negotiations[0].rounds).toEqual([]);
  });

  const v2 = (negotiations: unknown) => JSON.stringify({ format: FILE_FORMAT, formatVersion: 2, exportedAt: FIXED_NOW, contents: 'full', includesNotes: true, negotiations });

  it('refuses two negotiations with the same id, saying which one and whose', () => {
    const copy = { ...record, meta: { ...record.meta, employer: 'Second  employer\n' } };
    expect(parseNegotiationFile(v2([record, { ...record, id: 'other' }, copy]))).toEqual({ ok: false, problem: { kind: 'duplicate-id', id: record.id, index: 2, employer: 'Second employer' } });
  });

  it('says which negotiation of a list is damaged, and whose', () => {
    const reading = parseNegotiationFile(v2([record, { ...record, id: 'b', systems: 3 }]));
    expect(reading).toMatchObject({ ok: false, problem: { kind: 'record', index: 1, employer: record.meta.employer, problem: { kind: 'invalid' } } });
  });

  it('refuses a record of a newer schema version inside a current file, with its version', () => {
    expect(parseNegotiationFile(v2([{ ...record, schemaVersion: 3 }]))).toMatchObject({ ok: false, problem: { kind: 'record', index: 0, problem: { kind: 'newer-version', version: 3 } } });
  });

  it('refuses an empty list, and more negotiations than it reads at once, before reading any', () => {
    expect(parseNegotiationFile(v2([]))).toEqual({ ok: false, problem: { kind: 'no-negotiations' } });
    // Not even valid records: the count is refused before any record is read.
    expect(parseNegotiationFile(v2(Array.from({ length: MAX_NEGOTIATIONS + 1 }, () => 0)))).toEqual({ ok: false, problem: { kind: 'too-many', count: MAX_NEGOTIATIONS + 1, limit: MAX_NEGOTIATIONS } });
  });

  it('refuses a text over the size cap before parsing it', () => {
    // Not JSON at all: were it parsed, the answer would be not-json.
    expect(parseNegotiationFile('x'.repeat(MAX_FILE_BYTES + 1))).toEqual({ ok: false, problem: { kind: 'too-large', limit: MAX_FILE_BYTES } });
  });

  it('refuses a version 2 file whose list is missing or not a list', () => {
    expect(parseNegotiationFile(JSON.stringify({ format: FILE_FORMAT, formatVersion: 2, record }))).toEqual({ ok: false, problem: { kind: 'not-a-negotiation-file' } });
    expect(parseNegotiationFile(v2({ 0: record }))).toEqual({ ok: false, problem: { kind: 'not-a-negotiation-file' } });
  });

  it.each([
    ['text that is not JSON', '{ not json', 'not-json'],
    ['JSON that is not a negotiation file', '{"hello": 1}', 'not-a-negotiation-file'],
    ['a file from a newer version', JSON.stringify({ format: FILE_FORMAT, formatVersion: 7, record: {} }), 'newer-file-version'],
    ['an encrypted file given as plain', JSON.stringify({ format: 'data-rights-negotiation-encrypted', formatVersion: 1 }), 'encrypted'],
    ['a file whose version is not a whole number', JSON.stringify({ format: FILE_FORMAT, formatVersion: '2', record: {} }), 'not-a-negotiation-file'],
    ['a file whose record is damaged', JSON.stringify({ format: FILE_FORMAT, formatVersion: 1, record: { ...record, systems: 3 } }), 'record'],
  ])('refuses %s, saying what is wrong', (_, text, kind) => {
    const reading = parseNegotiationFile(text);
    expect(reading.ok).toBe(false);
    expect(!reading.ok && reading.problem.kind).toBe(kind);
  });

  it('says which newer version wrote a file', () => {
    expect(parseNegotiationFile(JSON.stringify({ format: FILE_FORMAT, formatVersion: 3, negotiations: [] }))).toEqual({ ok: false, problem: { kind: 'newer-file-version', version: 3 } });
  });

  it('survives being embedded as XML, whatever the answers hold', () => {
    const xml = embeddedRecordXml(serialiseNegotiation(record, FIXED_NOW, { includeNotes: true }));
    // eslint-disable-next-line no-control-regex -- XML 1.0 cannot carry these raw
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    const reading = readEmbeddedRecord(xml);
    expect(reading.ok && reading.file.negotiations[0]).toEqual(record);
  });
});

describe('re-opening a document', () => {
  it('gives back the same record from the internal brief it was exported to', async () => {
    const { bytes } = await exportAndRead(flow, record, 'brief');
    const reading = await readNegotiationBytes(bytes);
    expect(reading.ok && reading.file.negotiations[0]).toEqual(record);
  });

  it.each(['proposal', 'letter'] as const)('gives back from the %s a copy that says so, with none of the notes', async (kind) => {
    const { bytes } = await exportAndRead(flow, record, kind);
    const reading = await readNegotiationBytes(bytes);
    if (!reading.ok) throw new Error(JSON.stringify(reading.problem));
    expect(reading.file.contents).toBe(kind);
    expect(reading.file.negotiations[0].meta.employer).toBe(record.meta.employer);
    expect(JSON.stringify(reading.file.negotiations[0])).not.toContain('Union note');
  });

  it('reads a negotiation file given as bytes', async () => {
    const reading = await readNegotiationBytes(encoder.encode(serialiseNegotiation(record, FIXED_NOW, { includeNotes: true })));
    expect(reading.ok && reading.file.negotiations[0]).toEqual(record);
  });

  it('says a zip without a negotiation inside is not one of ours', async () => {
    const reading = await readNegotiationBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]));
    expect(reading).toEqual({ ok: false, problem: { kind: 'no-embedded-record' } });
  });
});

describe.each(['eu', 'za', 'eu+eu-de'])('the %s example', (flowId) => {
  const text = readFileSync(join(import.meta.dirname, `../../examples/${flowId}.json`), 'utf8');

  it('is a valid negotiation file for its flow, with every question on every path answered', async () => {
    const reading = parseNegotiationFile(text);
    if (!reading.ok) throw new Error(JSON.stringify(reading.problem));
    const exampleFlow = await loadFlow(reading.file.negotiations[0].flowId);
    expect(exampleFlow?.id).toBe(flowId);
    if (!exampleFlow) return;
    for (const system of reading.file.negotiations[0].systems) {
      const path = systemPath(exampleFlow, reading.file.negotiations[0], system);
      expect(path.questions.filter((question) => !path.answers[question.id]?.status).map((question) => question.id)).toEqual([]);
    }
    expect(reading.file.negotiations[0].systems.length).toBeGreaterThanOrEqual(2);
  });
});

describe('a backup of archived negotiations', () => {
  it('brings them back archived, and a file that names ids it does not hold archives nothing else', async () => {
    const kept = { ...record, id: 'kept' };
    const put = { ...record, id: 'put-away' };
    const text = serialiseWorkspace([kept, put], FIXED_NOW, ['put-away', 'not-in-the-file']);
    const reading = parseNegotiationFile(text);
    if (!reading.ok) throw new Error(JSON.stringify(reading.problem));
    expect(reading.file.archived).toEqual(['put-away']);
    const { store } = await deviceWith([]);
    const tampered = JSON.stringify({ ...JSON.parse(text), archived: ['put-away', 42, 'elsewhere', { __proto__: 1 }] });
    await importBytes(store, encoder.encode(tampered));
    const stored = await store.summaries();
    expect(stored.map(({ id, archived }) => [id, archived]).sort()).toEqual([['kept', false], ['put-away', true]]);
    store.close();
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFlow } from '../../flows/index.ts';
import { euFlow as flow } from '../support/flows.ts';
import { systemPath } from '../../src/engine/checklist.ts';
import { embeddedRecordXml, readEmbeddedRecord } from '../../src/record/embedded-record.ts';
import { readNegotiationBytes } from '../../src/record/import-file.ts';
import { forManagement } from '../../src/record/management-record.ts';
import { FILE_FORMAT, parseNegotiationFile, serialiseCopy, serialiseNegotiation } from '../../src/record/negotiation-file.ts';
import { exportAndRead } from '../support/docx-reading.ts';
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
    expect(reading).toEqual({ ok: true, file: { format: FILE_FORMAT, formatVersion: 1, exportedAt: FIXED_NOW, contents: 'full', includesNotes: true, record } });
  });

  it.each(['proposal', 'letter'] as const)('writes a %s copy that says what it holds, has empty notes, and still tells older readers it has no notes', (contents) => {
    const text = serialiseCopy(forManagement(record), contents, FIXED_NOW);
    expect(JSON.parse(text)).toMatchObject({ formatVersion: 1, contents, includesNotes: false });
    const reading = parseNegotiationFile(text);
    if (!reading.ok) throw new Error(JSON.stringify(reading.problem));
    expect(reading.file.contents).toBe(contents);
    expect(text).not.toContain('Union note');
    const { answers, ...rest } = reading.file.record;
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
    expect(reading).toEqual({ ok: true, file: { format: FILE_FORMAT, formatVersion: 1, exportedAt: FIXED_NOW, contents, includesNotes, record } });
  });

  it.each([
    ['text that is not JSON', '{ not json', 'not-json'],
    ['JSON that is not a negotiation file', '{"hello": 1}', 'not-a-negotiation-file'],
    ['a file from a newer version', JSON.stringify({ format: FILE_FORMAT, formatVersion: 7, record: {} }), 'newer-file-version'],
    ['a file whose version is not a whole number', JSON.stringify({ format: FILE_FORMAT, formatVersion: '2', record: {} }), 'not-a-negotiation-file'],
    ['a file whose record is damaged', JSON.stringify({ format: FILE_FORMAT, formatVersion: 1, record: { ...record, systems: 3 } }), 'record'],
  ])('refuses %s, saying what is wrong', (_, text, kind) => {
    const reading = parseNegotiationFile(text);
    expect(reading.ok).toBe(false);
    expect(!reading.ok && reading.problem.kind).toBe(kind);
  });

  it('survives being embedded as XML, whatever the answers hold', () => {
    const xml = embeddedRecordXml(serialiseNegotiation(record, FIXED_NOW, { includeNotes: true }));
    // eslint-disable-next-line no-control-regex -- XML 1.0 cannot carry these raw
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    const reading = readEmbeddedRecord(xml);
    expect(reading.ok && reading.file.record).toEqual(record);
  });
});

describe('re-opening a document', () => {
  it('gives back the same record from the internal brief it was exported to', async () => {
    const { bytes } = await exportAndRead(flow, record, 'brief');
    const reading = await readNegotiationBytes(bytes);
    expect(reading.ok && reading.file.record).toEqual(record);
  });

  it.each(['proposal', 'letter'] as const)('gives back from the %s a copy that says so, with none of the notes', async (kind) => {
    const { bytes } = await exportAndRead(flow, record, kind);
    const reading = await readNegotiationBytes(bytes);
    if (!reading.ok) throw new Error(JSON.stringify(reading.problem));
    expect(reading.file.contents).toBe(kind);
    expect(reading.file.record.meta.employer).toBe(record.meta.employer);
    expect(JSON.stringify(reading.file.record)).not.toContain('Union note');
  });

  it('reads a negotiation file given as bytes', async () => {
    const reading = await readNegotiationBytes(encoder.encode(serialiseNegotiation(record, FIXED_NOW, { includeNotes: true })));
    expect(reading.ok && reading.file.record).toEqual(record);
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
    const exampleFlow = await loadFlow(reading.file.record.flowId);
    expect(exampleFlow?.id).toBe(flowId);
    if (!exampleFlow) return;
    for (const system of reading.file.record.systems) {
      const path = systemPath(exampleFlow, reading.file.record, system);
      expect(path.questions.filter((question) => !path.answers[question.id]?.status).map((question) => question.id)).toEqual([]);
    }
    expect(reading.file.record.systems.length).toBeGreaterThanOrEqual(2);
  });
});

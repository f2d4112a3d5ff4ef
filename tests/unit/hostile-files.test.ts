import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_NEGOTIATIONS, parseNegotiationFile, serialiseNegotiation, serialiseWorkspace, type FileProblem } from '../../src/record/negotiation-file.ts';
import { euFlow } from '../support/flows.ts';
import { deviceWith, dumpDevice, importBytes } from '../support/import-harness.ts';
import { answeredRecord, FIXED_NOW } from '../support/records.ts';

/** The corpus written by scripts/make-hostile-files.ts, with what each must be refused with. */
const DIR = join(import.meta.dirname, '../fixtures/hostile');
const manifest = JSON.parse(readFileSync(join(DIR, 'manifest.txt'), 'utf8')) as Record<string, { what: string; kind: FileProblem['kind']; record?: string; passphrase?: string }>;
const encoder = new TextEncoder();

const template = answeredRecord(euFlow, 2);
const here = [template, { ...answeredRecord(euFlow, 1), id: 'second-here' }];

/** The large hostile files, built here rather than kept. */
const large: Record<string, { what: string; text: () => string; kind: FileProblem['kind']; record?: string }> = {
  'a 2,000,001-character answer': {
    what: 'an answer longer than the record takes',
    kind: 'record',
    record: 'invalid',
    text: () => serialiseNegotiation({ ...template, answers: { s1: { x: { status: 'answered', words: 'w'.repeat(2_000_001), note: '' } } } }, FIXED_NOW),
  },
  'a 20 MB employer name': {
    what: 'a huge string in the meta',
    kind: 'record',
    record: 'invalid',
    text: () => serialiseNegotiation({ ...template, meta: { ...template.meta, employer: '\u{1F469}\u200D\u{1F527}'.repeat(4_000_000) } }, FIXED_NOW),
  },
  'a million nested arrays': { what: 'deeply nested arrays', kind: 'too-deep', text: () => `{"format":"data-rights-negotiation","formatVersion":2,"negotiations":${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}}` },
  'more negotiations than the reader takes': {
    what: `${MAX_NEGOTIATIONS + 1} negotiations`,
    kind: 'too-many',
    text: () => serialiseWorkspace(Array.from({ length: MAX_NEGOTIATIONS + 1 }, (_, index) => ({ ...template, id: `n${index}`, systems: [], answers: {} })), FIXED_NOW),
  },
};

describe('the corpus of hostile files', () => {
  let device: Awaited<ReturnType<typeof deviceWith>>;
  let before: string;
  beforeAll(async () => {
    device = await deviceWith(here);
    before = await dumpDevice(device.factory);
  });

  it('lists every file kept, and keeps every file listed', () => {
    expect(readdirSync(DIR).filter((name) => name !== 'manifest.txt').sort()).toEqual(Object.keys(manifest).sort());
    expect(Object.keys(manifest).length).toBeGreaterThanOrEqual(30);
  });

  it.each(Object.entries(manifest))('refuses %s with its own reason, and the device is unchanged byte for byte', async (name, expected) => {
    const { reading, result } = await importBytes(device.store, new Uint8Array(readFileSync(join(DIR, name))), expected.passphrase === undefined ? {} : { passphrase: expected.passphrase });
    expect(result, expected.what).toBeUndefined();
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(reading.problem.kind, expected.what).toBe(expected.kind);
    if (expected.record) expect(reading.problem.kind === 'record' && reading.problem.problem.kind).toBe(expected.record);
    expect(await dumpDevice(device.factory)).toBe(before);
  });

  it.each(Object.entries(large))('refuses %s with its own reason, and the device is unchanged byte for byte', async (_, { what, text, kind, record }) => {
    const { reading } = await importBytes(device.store, encoder.encode(text()));
    expect(!reading.ok && reading.problem.kind, what).toBe(kind);
    if (record) expect(!reading.ok && reading.problem.kind === 'record' && reading.problem.problem.kind).toBe(record);
    expect(await dumpDevice(device.factory)).toBe(before);
  });

  it('leaves Object.prototype untouched after reading every __proto__, constructor and prototype key', () => {
    const probe: Record<string, unknown> = {};
    for (const name of Object.keys(manifest).filter((file) => /proto|constructor/.test(file))) {
      parseNegotiationFile(readFileSync(join(DIR, name), 'utf8'));
    }
    expect(probe.polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
  });

  it('still imports a good file into that device afterwards: the refusals left it usable', async () => {
    const { reading, result } = await importBytes(device.store, encoder.encode(serialiseWorkspace([{ ...template, id: 'new-one' }], FIXED_NOW)));
    expect(reading.ok).toBe(true);
    expect(result?.added.map((record) => record.id)).toEqual(['new-one']);
    expect((await device.store.list()).map((stored) => stored.id).sort()).toEqual(['new-one', 'record-eu', 'second-here']);
  });
});

import { describe, expect, it } from 'vitest';
import { euFlow as flow } from '../support/flows.ts';
import { readRecord } from '../../src/record/record-schema.ts';
import { answeredRecord } from '../support/records.ts';

if (!flow) throw new Error('no flow');
const valid = answeredRecord(flow, 2);

describe('readRecord', () => {
  it('accepts a record the app wrote, unchanged', () => {
    expect(readRecord(JSON.parse(JSON.stringify(valid)))).toEqual({ ok: true, record: valid });
  });

  it.each([
    ['null', null],
    ['a string', 'hello'],
    ['an array', []],
    ['an object without a version', { id: 'x' }],
  ])('says %s is not a record', (_, raw) => {
    expect(readRecord(raw)).toEqual({ ok: false, problem: { kind: 'not-a-record' } });
  });

  it('names the field that is wrong', () => {
    const reading = readRecord({ ...valid, systems: [{ ...valid.systems[0], category: 'telepathy' }] });
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(reading.problem.kind).toBe('invalid');
    expect(reading.problem.kind === 'invalid' && reading.problem.detail).toMatch(/^systems\.0\.category: /);
  });

  it('rejects an unknown answer status rather than guessing', () => {
    const answers = { s1: { 'data-categories': { status: 'maybe', words: '', note: '' } } };
    expect(readRecord({ ...valid, answers }).ok).toBe(false);
  });

  it('accepts a one-megabyte answer with any characters', () => {
    const words = `${'é👩🏽‍🔧ع'.repeat(100_000)}`;
    const answers = { ...valid.answers, s1: { ...valid.answers.s1, 'data-categories': { status: 'answered' as const, words, note: '' } } };
    expect(readRecord({ ...valid, answers }).ok).toBe(true);
  });
});

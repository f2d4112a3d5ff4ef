import { describe, expect, it } from 'vitest';
import { letterTiming, letterTimingProblems, readLetterTiming } from '../../src/export/letter-timing.ts';

describe('the letter’s date and deadline', () => {
  it('default to the day of the export and 30 days', () => {
    expect(letterTiming({}, '2026-11-30T22:00:00.000Z')).toEqual({ date: '2026-11-30', deadline: '2026-12-30' });
  });

  it('follow a date and a number of days, or a deadline given as a date', () => {
    expect(letterTiming({ date: '2027-02-20', replyDays: 10 }, '2026-11-30')).toEqual({ date: '2027-02-20', deadline: '2027-03-02' });
    expect(letterTiming({ date: '2026-12-01', replyBy: '2027-01-15' }, '2026-11-30')).toEqual({ date: '2026-12-01', deadline: '2027-01-15' });
  });

  it.each([
    [{ date: '2026-02-30' }, ['date']],
    [{ date: '' }, ['date']],
    [{ replyDays: 0 }, ['days']],
    [{ replyDays: 2.5 }, ['days']],
    [{ replyDays: 366 }, ['days']],
    [{ replyBy: '15/01/2027' }, ['deadline']],
    [{ date: '2026-12-01', replyBy: '2026-12-01' }, ['deadline-too-early']],
    [{ replyDays: 10, replyBy: '2027-01-15' }, ['days-and-deadline']],
  ] as const)('refuse %o, saying why', (options, problems) => {
    expect(letterTimingProblems(options)).toEqual(problems);
    expect(() => letterTiming(options, '2026-11-30')).toThrow(RangeError);
  });

  it('read what was typed: digits for days, and an emptied field as a problem, not as the default', () => {
    expect(readLetterTiming({ date: '2026-12-01', replyDays: ' 14 ' })).toEqual({ options: { date: '2026-12-01', replyDays: 14 }, problems: [] });
    expect(readLetterTiming({ date: '2026-12-01', replyDays: '' }).problems).toEqual(['days']);
    expect(readLetterTiming({ date: '2026-12-01', replyDays: '1e1' }).problems).toEqual(['days']);
    expect(readLetterTiming({}).problems).toEqual([]);
  });
});

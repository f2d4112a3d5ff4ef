import { describe, expect, it, vi } from 'vitest';
import { once } from '../../src/components/once.ts';

describe('once', () => {
  it('does the work only when its result is first asked for, and never again', () => {
    const make = vi.fn(() => ({ countries: 250 }));
    const countries = once(make);
    expect(make).not.toHaveBeenCalled();
    const first = countries();
    expect(countries()).toBe(first);
    expect(make).toHaveBeenCalledTimes(1);
  });

  it('keeps a result that is undefined rather than working it out again', () => {
    const make = vi.fn(() => undefined);
    const nothing = once(make);
    nothing();
    nothing();
    expect(make).toHaveBeenCalledTimes(1);
  });
});

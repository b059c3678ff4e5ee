import { describe, expect, it } from 'vitest';
import { currentRelease, nextBaselineMonth, patchTuesday, releaseInstant } from '../../src/index.js';

describe('patchTuesday checks its input on the fast path too', () => {
  it.each([
    [2026, 0],
    [2026, 13],
    [2026, 1.5],
    [0, 7],
    [10_000, 7],
    [2026.5, 7],
    [Number.NaN, 7],
  ])('patchTuesday(%s, %s) is a range error', (year, month) => {
    expect(() => patchTuesday(year, month)).toThrow(expect.objectContaining({ code: 'E_DATE_RANGE' }));
  });
  it('the edges of the range are accepted', () => {
    expect(patchTuesday(1, 1)).toEqual({ year: 1, month: 1, day: 9 });
    expect(patchTuesday(9999, 12)).toEqual({ year: 9999, month: 12, day: 14 });
    expect(patchTuesday(2026, 12)).toEqual({ year: 2026, month: 12, day: 8 });
    expect(() => patchTuesday('2026' as never, 7)).toThrow(expect.objectContaining({ code: 'E_TYPE' }));
  });
});

describe('release instants before and after US time rules changed', () => {
  it('nextBaselineMonth: October goes to the next January; December too', () => {
    expect(nextBaselineMonth('2026-12')).toEqual({ year: 2027, month: 1 });
    expect(nextBaselineMonth('2026-09')).toEqual({ year: 2026, month: 10 });
  });
  it('releaseInstant follows Pacific time in any year, and the week option', () => {
    expect(releaseInstant('2026-03').utc).toBe('2026-03-10T17:00:00Z'); // PDT from 8 March
    expect(releaseInstant('2026-03', { release: 'D' }).utc).toBe('2026-03-24T17:00:00Z');
    expect(releaseInstant('2006-04').utc).toBe('2006-04-11T17:00:00Z');
    expect(releaseInstant('1800-01').utc).toMatch(/^1800-01-14T1[78]:\d\d:\d\dZ$/);
  });
  it('the current release turns at the release instant itself (10:00 Pacific), not at midnight', () => {
    const at = Date.parse('2026-07-14T17:00:00Z');
    expect(currentRelease('windows-11-24h2', 'standard', { asOf: at })?.month).toEqual({ year: 2026, month: 7 });
    expect(currentRelease('windows-11-24h2', 'standard', { asOf: at - 1 })?.month.month).not.toBe(7);
  });
});

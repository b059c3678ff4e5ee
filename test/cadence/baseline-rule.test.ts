import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  baselineOf,
  isBaselineMonth,
  nextBaselineMonth,
  parseYearMonth,
  patchTuesday,
  plannedMonthKind,
  toEpochDay,
} from '../../src/index.js';
import { anyYear, anyYearMonth } from '../support/arbitraries.js';

describe('cadence', () => {
  it.each([
    [1, true],
    [2, false],
    [3, false],
    [4, true],
    [6, false],
    [7, true],
    [10, true],
    [12, false],
  ])('isBaselineMonth(%i) → %s', (m, expected) => expect(isBaselineMonth(m)).toBe(expected));
  it("plannedMonthKind(parseYearMonth('2026.07 B')) → baseline; 2026-06 → hotpatch", () => {
    expect(plannedMonthKind(parseYearMonth('2026.07 B'))).toBe('baseline');
    expect(() => plannedMonthKind('2026-07' as never)).toThrow(expect.objectContaining({ code: 'E_TYPE' }));
    expect(plannedMonthKind({ year: 2026, month: 6 })).toBe('hotpatch');
  });
  it('each year has exactly 4 planned baseline months and 8 hotpatch months', () => {
    fc.assert(
      fc.property(anyYear, (year) => {
        const kinds = Array.from({ length: 12 }, (_, i) => plannedMonthKind({ year, month: i + 1 }));
        return kinds.filter((k) => k === 'baseline').length === 4 && kinds.filter((k) => k === 'hotpatch').length === 8;
      }),
    );
  });
  it('consecutive baseline Patch Tuesdays are 84, 91 or 98 days apart', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9998 }), fc.constantFrom(1, 4, 7, 10), (year, month) => {
        const next = nextBaselineMonth({ year, month });
        const gap = toEpochDay(patchTuesday(next.year, next.month)) - toEpochDay(patchTuesday(year, month));
        return [84, 91, 98].includes(gap);
      }),
    );
  });
  it('baselineOf is a baseline month at most 2 months before, and nextBaselineMonth is 1..3 months after', () => {
    fc.assert(
      fc.property(
        fc.record({ year: fc.integer({ min: 1, max: 9998 }), month: fc.integer({ min: 1, max: 12 }) }),
        (ym) => {
          const b = baselineOf(ym);
          const n = nextBaselineMonth(ym);
          const idx = (x: { year: number; month: number }): number => x.year * 12 + x.month;
          return (
            isBaselineMonth(b) &&
            isBaselineMonth(n) &&
            idx(ym) - idx(b) <= 2 &&
            idx(ym) >= idx(b) &&
            idx(n) - idx(ym) >= 1 &&
            idx(n) - idx(ym) <= 3
          );
        },
      ),
    );
  });
  it('plannedMonthKind agrees with isBaselineMonth', () => {
    fc.assert(fc.property(anyYearMonth, (ym) => (plannedMonthKind(ym) === 'baseline') === isBaselineMonth(ym)));
  });
  it.each([0, 13, 2.5, Number.NaN])('isBaselineMonth(%s) → E_DATE_RANGE', (m) => {
    expect(() => isBaselineMonth(m)).toThrow(expect.objectContaining({ code: 'E_DATE_RANGE' }));
  });
  it('plannedMonthKind rejects year 10000 and year 0', () => {
    expect(() => plannedMonthKind({ year: 10000, month: 1 })).toThrow(
      expect.objectContaining({ code: 'E_DATE_RANGE' }),
    );
    expect(() => plannedMonthKind({ year: 0, month: 1 })).toThrow(expect.objectContaining({ code: 'E_DATE_RANGE' }));
  });
  it('nextBaselineMonth(2026-10) → 2027-01 and fails after 9999-10', () => {
    expect(nextBaselineMonth('2026-10')).toEqual({ year: 2027, month: 1 });
    expect(() => nextBaselineMonth('9999-11')).toThrow(expect.objectContaining({ code: 'E_DATE_RANGE' }));
  });
});

import fc from 'fast-check';
import { DateTime } from 'luxon';
import { addDays as dfAddDays, getDay } from 'date-fns';
import { describe, expect, it } from 'vitest';
import {
  eachPatchTuesdayOfInterval,
  isoWeekday,
  nextPatchTuesday,
  patchTuesday,
  previewTuesday,
  toEpochDay,
} from '../../src/index.js';
import { anyCivilDate, anyMonth, anyYear } from '../support/arbitraries.js';

// Oracles: independent implementations used only to check ours.
function luxonPatchTuesday(year: number, month: number): number {
  const first = DateTime.fromObject({ year, month, day: 1 }, { zone: 'UTC' });
  const offset = (2 - first.weekday + 7) % 7; // luxon: Monday = 1, Tuesday = 2
  return 1 + offset + 7;
}
function dateFnsPatchTuesday(year: number, month: number): number {
  // date-fns works on Date in the host zone; use a UTC-noon Date and UTC getters so the host zone cannot shift it.
  const first = new Date(Date.UTC(2000, month - 1, 1, 12));
  first.setUTCFullYear(year);
  let d = first;
  let tuesdays = 0;
  for (;;) {
    if (getDay(d) === 2 || d.getUTCDay() === 2) {
      if (d.getUTCDay() === 2) tuesdays += 1;
      if (tuesdays === 2) return d.getUTCDate();
    }
    d = dfAddDays(d, 1);
  }
}

describe('patchTuesday', () => {
  it.each([
    [2025, 4, 8],
    [2026, 6, 9],
    [2026, 11, 10],
    [2026, 7, 14],
    [2024, 11, 12],
    [2026, 1, 13],
    [2027, 3, 9],
  ])('patchTuesday(%i, %i) → day %i', (year, month, day) => {
    expect(patchTuesday(year, month)).toEqual({ year, month, day });
  });

  it('is always a Tuesday on day 8..14, for years 1..9999', () => {
    fc.assert(
      fc.property(anyYear, anyMonth, (year, month) => {
        const d = patchTuesday(year, month);
        return d.day >= 8 && d.day <= 14 && isoWeekday(d) === 2 && d.year === year && d.month === month;
      }),
    );
  });

  it('agrees with a luxon implementation', () => {
    fc.assert(
      fc.property(anyYear, anyMonth, (year, month) => patchTuesday(year, month).day === luxonPatchTuesday(year, month)),
    );
  });

  it('agrees with a date-fns implementation', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 9999 }),
        anyMonth,
        (year, month) => patchTuesday(year, month).day === dateFnsPatchTuesday(year, month),
      ),
    );
  });
});

describe('previewTuesday', () => {
  it('previewTuesday(2026, 6) → 2026-06-23', () => {
    expect(previewTuesday(2026, 6)).toEqual({ year: 2026, month: 6, day: 23 });
  });
  it('is two weeks after Patch Tuesday', () => {
    fc.assert(
      fc.property(
        anyYear,
        anyMonth,
        (year, month) => toEpochDay(previewTuesday(year, month)) - toEpochDay(patchTuesday(year, month)) === 14,
      ),
    );
  });
});

describe('nextPatchTuesday', () => {
  it('nextPatchTuesday(2026-11-28) → 2026-12-08', () => {
    expect(nextPatchTuesday({ year: 2026, month: 11, day: 28 })).toEqual({ year: 2026, month: 12, day: 8 });
  });
  it('nextPatchTuesday(2026-11-10) → 2026-11-10 (the day itself counts)', () => {
    expect(nextPatchTuesday({ year: 2026, month: 11, day: 10 })).toEqual({ year: 2026, month: 11, day: 10 });
  });
  it('nextPatchTuesday(2026-12-09) → 2027-01-12', () => {
    expect(nextPatchTuesday({ year: 2026, month: 12, day: 9 })).toEqual({ year: 2027, month: 1, day: 12 });
  });
  it('is on or after the date, within 35 days, and no Patch Tuesday lies between', () => {
    fc.assert(
      fc.property(
        fc.record({ year: fc.integer({ min: 1, max: 9998 }), month: anyMonth, day: fc.integer({ min: 1, max: 28 }) }),
        (d) => {
          const next = nextPatchTuesday(d);
          const gap = toEpochDay(next) - toEpochDay(d);
          return gap >= 0 && gap < 35 && eachPatchTuesdayOfInterval(d, next).length === 1;
        },
      ),
    );
  });
  it('rejects the end of year 9999', () => {
    expect(() => nextPatchTuesday({ year: 9999, month: 12, day: 20 })).toThrow(
      expect.objectContaining({ code: 'E_DATE_RANGE' }),
    );
  });
});

describe('eachPatchTuesdayOfInterval', () => {
  it('lists 2026 in order', () => {
    const days = eachPatchTuesdayOfInterval({ year: 2026, month: 1, day: 1 }, { year: 2026, month: 12, day: 31 });
    expect(days.map((d) => d.day)).toEqual([13, 10, 10, 14, 12, 9, 14, 11, 8, 13, 10, 8]);
  });
  it('is inclusive at both ends', () => {
    const d = { year: 2026, month: 7, day: 14 };
    expect(eachPatchTuesdayOfInterval(d, d)).toEqual([d]);
  });
  it('rejects end before start', () => {
    expect(() =>
      eachPatchTuesdayOfInterval({ year: 2026, month: 2, day: 1 }, { year: 2026, month: 1, day: 1 }),
    ).toThrow(expect.objectContaining({ code: 'E_INTERVAL' }));
  });
  it('every result lies inside the interval and is a Patch Tuesday', () => {
    fc.assert(
      fc.property(anyCivilDate, fc.integer({ min: 0, max: 800 }), (start, span) => {
        const endDay = Math.min(toEpochDay(start) + span, toEpochDay({ year: 9999, month: 12, day: 31 }));
        const end = plusDays(start, endDay - toEpochDay(start));
        const list = eachPatchTuesdayOfInterval(start, end);
        return list.every(
          (d) =>
            toEpochDay(d) >= toEpochDay(start) &&
            toEpochDay(d) <= endDay &&
            patchTuesday(d.year, d.month).day === d.day,
        );
      }),
    );
  });
});

function plusDays(
  d: { year: number; month: number; day: number },
  n: number,
): { year: number; month: number; day: number } {
  const dt = DateTime.fromObject(d, { zone: 'UTC' }).plus({ days: n });
  return { year: dt.year, month: dt.month, day: dt.day };
}

import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  civilDate,
  compareCivilDates,
  daysBetween,
  daysInMonth,
  formatCivilDate,
  fromEpochDay,
  isoWeekday,
  parseCivilDate,
  safeParseCivilDate,
  toEpochDay,
} from '../../src/index.js';
import { anyCivilDate } from '../support/arbitraries.js';

describe('parseCivilDate', () => {
  it("parseCivilDate('2026-07-14') → { 2026, 7, 14 }", () => {
    expect(parseCivilDate('2026-07-14')).toEqual({ year: 2026, month: 7, day: 14 });
  });
  it.each([
    ['2025-02-30', 'E_DATE_RANGE'],
    ['2025-2-3', 'E_DATE_FORMAT'],
    ['2025-02-03T00:00', 'E_DATE_FORMAT'],
    ['0000-01-01', 'E_DATE_RANGE'],
    ['2025-13-01', 'E_DATE_RANGE'],
    ['2025-00-10', 'E_DATE_RANGE'],
    [' 2025-01-01', 'E_DATE_FORMAT'],
    ['+2025-01-01', 'E_DATE_FORMAT'],
    ['2025-01-01'.repeat(1000), 'E_DATE_FORMAT'],
  ])('parseCivilDate(%j) → %s', (text, code) => {
    expect(() => parseCivilDate(text)).toThrow(expect.objectContaining({ code }));
    expect(safeParseCivilDate(text)).toMatchObject({ ok: false, error: { code } });
  });
  it('rejects a non-string with E_TYPE', () => {
    expect(() => parseCivilDate(20250101 as unknown as string)).toThrow(expect.objectContaining({ code: 'E_TYPE' }));
  });
  it('round-trips with formatCivilDate', () => {
    fc.assert(
      fc.property(anyCivilDate, (d) => JSON.stringify(parseCivilDate(formatCivilDate(d))) === JSON.stringify(d)),
    );
  });
  it('messages name the function, the value and what is accepted', () => {
    expect(() => parseCivilDate('2025-2-3')).toThrow(/parseCivilDate: .*"2025-2-3".*YYYY-MM-DD/);
  });
});

describe('epoch days', () => {
  it('agree with luxon', () => {
    fc.assert(
      fc.property(
        anyCivilDate,
        (d) => toEpochDay(d) === Math.floor(DateTime.fromObject(d, { zone: 'UTC' }).toMillis() / 86_400_000),
      ),
    );
  });
  it('round-trip', () => {
    fc.assert(fc.property(anyCivilDate, (d) => JSON.stringify(fromEpochDay(toEpochDay(d))) === JSON.stringify(d)));
  });
  it('isoWeekday agrees with luxon', () => {
    fc.assert(fc.property(anyCivilDate, (d) => isoWeekday(d) === DateTime.fromObject(d, { zone: 'UTC' }).weekday));
  });
  it('addDays and daysBetween are inverse', () => {
    fc.assert(
      fc.property(
        fc.record({
          year: fc.integer({ min: 2, max: 9998 }),
          month: fc.integer({ min: 1, max: 12 }),
          day: fc.integer({ min: 1, max: 28 }),
        }),
        fc.integer({ min: -300, max: 300 }),
        (d, n) => daysBetween(d, addDays(d, n)) === n,
      ),
    );
  });
  it('compareCivilDates orders like epoch days', () => {
    fc.assert(
      fc.property(
        anyCivilDate,
        anyCivilDate,
        (a, b) => compareCivilDates(a, b) === Math.sign(toEpochDay(a) - toEpochDay(b)),
      ),
    );
  });
  it('civilDate rejects 2025-02-29, accepts 2028-02-29', () => {
    expect(() => civilDate(2025, 2, 29)).toThrow(expect.objectContaining({ code: 'E_DATE_RANGE' }));
    expect(civilDate(2028, 2, 29)).toEqual({ year: 2028, month: 2, day: 29 });
    expect(daysInMonth(2100, 2)).toBe(28);
  });
  it('addDays refuses to leave years 1..9999', () => {
    expect(() => addDays({ year: 9999, month: 12, day: 31 }, 1)).toThrow(
      expect.objectContaining({ code: 'E_DATE_RANGE' }),
    );
  });
});

describe('module-level literals (kept as literals so bundles can drop the module)', () => {
  it('_MIN_EPOCH_DAY and _MAX_EPOCH_DAY are the epoch days of 0001-01-01 and 9999-12-31', async () => {
    const m = await import('../../src/time/civil-date.js');
    expect([m._MIN_EPOCH_DAY, m._MAX_EPOCH_DAY]).toEqual([m._epochDay(1, 1, 1), m._epochDay(9999, 12, 31)]);
  });
});

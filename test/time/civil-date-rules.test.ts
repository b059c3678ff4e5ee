import { describe, expect, it } from 'vitest';
import {
  addDays,
  compareCivilDates,
  daysInMonth,
  fromEpochDay,
  isLeapYear,
  maintenanceWindows,
  parseCivilDate,
  releaseInstant,
  safeParseCivilDate,
  toEpochDay,
  toZonedInstant,
} from '../../src/index.js';

describe('Gregorian rules', () => {
  it('leap years: every 4th, not every 100th, but every 400th', () => {
    expect([2024, 2023, 1900, 2000, 2100, 2400, 1600].map(isLeapYear)).toEqual([
      true,
      false,
      false,
      true,
      false,
      true,
      true,
    ]);
    expect([daysInMonth(2000, 2), daysInMonth(1900, 2), daysInMonth(2024, 2), daysInMonth(2026, 4)]).toEqual([
      29, 28, 29, 30,
    ]);
  });
  it('the last day of a 400-year cycle (29 February of a year divisible by 400) survives the day count both ways', () => {
    for (const text of ['1600-02-29', '2000-02-29', '2000-03-01', '2400-02-29', '0400-02-29', '9600-02-29']) {
      expect(fromEpochDay(toEpochDay(text))).toEqual(parseCivilDate(text));
    }
    expect(toEpochDay('2000-03-01') - toEpochDay('2000-02-29')).toBe(1);
    expect(toEpochDay('1970-01-01')).toBe(0);
  });
});

describe('ranges and order', () => {
  it('addDays stays within years 1..9999', () => {
    expect(addDays('9999-12-30', 1)).toEqual({ year: 9999, month: 12, day: 31 });
    expect(() => addDays('9999-12-31', 1)).toThrow(expect.objectContaining({ code: 'E_DATE_RANGE' }));
    expect(addDays('0001-01-02', -1)).toEqual({ year: 1, month: 1, day: 1 });
    expect(() => addDays('0001-01-01', -1)).toThrow(expect.objectContaining({ code: 'E_DATE_RANGE' }));
    // Any jump that lands inside the range is allowed, however long.
    expect(addDays('9999-12-31', -3_000_000)).toEqual(fromEpochDay(toEpochDay('9999-12-31') - 3_000_000));
    expect(addDays('0001-01-01', 3_000_000)).toEqual(fromEpochDay(toEpochDay('0001-01-01') + 3_000_000));
  });
  it('compareCivilDates is -1, 0 or 1', () => {
    expect(compareCivilDates('2026-07-14', '2026-07-14')).toBe(0);
    expect(compareCivilDates('2026-07-13', '2026-07-14')).toBe(-1);
    expect(compareCivilDates('2026-07-15', '2026-07-14')).toBe(1);
  });
  it('parseCivilDate takes text only: a record is E_TYPE (the record readers take records)', () => {
    const r = safeParseCivilDate({ year: 2026, month: 7, day: 14 } as never);
    expect(r.ok ? 'parsed' : r.error.code).toBe('E_TYPE');
    expect(() => parseCivilDate(20260714 as never)).toThrow(expect.objectContaining({ code: 'E_TYPE' }));
  });
  it('instants are accepted from year 1 to the last millisecond of 9999, nothing outside', () => {
    const first = -62_135_596_800_000; // 0001-01-01T00:00:00Z
    const last = 253_402_300_799_999; // 9999-12-31T23:59:59.999Z
    expect(toZonedInstant(first, 'UTC').utc).toBe('0001-01-01T00:00:00Z');
    expect(toZonedInstant(last, 'UTC').utc).toBe('9999-12-31T23:59:59Z');
    expect(() => toZonedInstant(first - 1, 'UTC')).toThrow(expect.objectContaining({ code: 'E_DATE_RANGE' }));
    expect(() => toZonedInstant(last + 1, 'UTC')).toThrow(expect.objectContaining({ code: 'E_DATE_RANGE' }));
    expect(() => toZonedInstant(1.5, 'UTC')).toThrow(expect.objectContaining({ code: 'E_DATE_RANGE' }));
    expect(() => toZonedInstant('0' as never, 'UTC')).toThrow(expect.objectContaining({ code: 'E_TYPE' }));
  });
});

describe('instant text', () => {
  it('UTC text carries minutes and seconds; a zero offset outside UTC is +00:00, never -00:00', () => {
    expect(toZonedInstant(Date.UTC(2026, 0, 13, 4, 35, 9), 'UTC').utc).toBe('2026-01-13T04:35:09Z');
    const [w] = maintenanceWindows(
      { from: '2026-01', to: '2026-01' },
      { offsetDays: 0, time: '04:30', zone: 'UTC', durationMinutes: 45 },
    );
    expect([w?.start.utc, w?.end.utc]).toEqual(['2026-01-13T04:30:00Z', '2026-01-13T05:15:00Z']);
    // London in winter is at UTC+0: its local text has an offset, not Z.
    expect(releaseInstant('2026-01', { zone: 'Europe/London' }).local).toBe('2026-01-13T18:00:00+00:00');
    expect(releaseInstant('2026-01', { zone: 'America/St_Johns' }).local).toBe('2026-01-13T14:30:00-03:30');
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, compareYearMonths, formatYearMonth, parseYearMonth, safeParseYearMonth } from '../../src/index.js';

describe('year-month text is read whole, never a match inside other text', () => {
  it.each([
    'x2026-07',
    '2026-07x',
    ' 2026-07',
    '2026-07 ',
    '2026-7',
    '02026-07',
    '2026/07',
    '2026-07 C',
    '2026-07B',
    'x2026-Jul',
    '2026-Julx',
    '2026-July',
    '2026-13',
    '2026-00',
  ])('%j is refused with E_DATE_FORMAT or E_DATE_RANGE', (text) => {
    const r = safeParseYearMonth(text);
    expect(r.ok).toBe(false);
    expect(r.ok ? null : r.error.code).toMatch(/^E_DATE_(FORMAT|RANGE)$/);
  });
  it.each([
    ['2026-07', 7],
    ['2026.07', 7],
    ['2026.07 B', 7],
    ['2026-Jul', 7],
    ['2026-jul', 7],
    ['2026-DEC', 12],
  ])('%j is read as month %i of 2026', (text, month) => {
    expect(parseYearMonth(text)).toEqual({ year: 2026, month });
  });
});

describe('year-month records', () => {
  it('anything but text or a { year, month } record is E_TYPE', () => {
    for (const bad of [42, null, undefined, [2026, 7], true]) {
      const r = safeParseYearMonth(bad as never);
      expect(r.ok ? 'parsed' : r.error.code).toBe('E_TYPE');
    }
  });
});

describe('addMonths', () => {
  it('crosses year ends both ways', () => {
    expect(addMonths('2026-11', 3)).toEqual({ year: 2027, month: 2 });
    expect(addMonths('2026-02', -3)).toEqual({ year: 2025, month: 11 });
    expect(addMonths('2026-01', -1)).toEqual({ year: 2025, month: 12 });
    expect(addMonths('2026-12', 1)).toEqual({ year: 2027, month: 1 });
  });
  it('stays within years 1..9999: January of year 1 minus a month and December 9999 plus a month are range errors', () => {
    expect(addMonths('0001-02', -1)).toEqual({ year: 1, month: 1 });
    expect(() => addMonths('0001-01', -1)).toThrow(expect.objectContaining({ code: 'E_DATE_RANGE' }));
    expect(addMonths('9999-11', 1)).toEqual({ year: 9999, month: 12 });
    expect(() => addMonths('9999-12', 1)).toThrow(expect.objectContaining({ code: 'E_DATE_RANGE' }));
    expect(() => addMonths('2026-01', 0.5)).toThrow(expect.objectContaining({ code: 'E_DATE_RANGE' }));
  });
  it('property: adding n then -n returns the month; the order moves by the sign of n', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 200, max: 9000 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: -1200, max: 1200 }),
        (year, month, n) => {
          const ym = { year, month };
          const moved = addMonths(ym, n);
          return (
            formatYearMonth(addMonths(moved, -n)) === formatYearMonth(ym) &&
            compareYearMonths(moved, ym) === Math.sign(n) &&
            (moved.year - year) * 12 + (moved.month - month) === n
          );
        },
      ),
    );
  });
});

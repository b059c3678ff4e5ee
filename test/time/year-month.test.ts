import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMonths,
  compareYearMonths,
  formatYearMonth,
  parseYearMonth,
  releaseNames,
  safeParseYearMonth,
} from '../../src/index.js';
import { anyYearMonth } from '../support/arbitraries.js';

describe('parseYearMonth', () => {
  it.each(['2026-07', '2026.07', '2026.07 B', '2026-Jul', '2026-jul', '2026-JUL'])(
    'parseYearMonth(%j) → 2026-07',
    (text) => {
      expect(parseYearMonth(text)).toEqual({ year: 2026, month: 7 });
    },
  );
  it('accepts a record and returns a fresh copy without extra fields', () => {
    const input = { year: 2026, month: 7, extra: 1 } as { year: number; month: number };
    const out = parseYearMonth(input);
    expect(out).toEqual({ year: 2026, month: 7 });
    expect(out).not.toBe(input);
  });
  it.each([
    ['2026-13', 'E_DATE_RANGE'],
    ['2026-00', 'E_DATE_RANGE'],
    ['0000-01', 'E_DATE_RANGE'],
    ['2026-7', 'E_DATE_FORMAT'],
    ['2026-Jux', 'E_DATE_FORMAT'],
    ['2026.07 D', 'E_DATE_FORMAT'],
    ['2026.07B', 'E_DATE_FORMAT'],
    ['', 'E_DATE_FORMAT'],
  ])('parseYearMonth(%j) → %s', (text, code) => {
    expect(safeParseYearMonth(text)).toMatchObject({ ok: false, error: { code } });
  });
  it.each([
    [{ year: 2026, month: 0 }, 'E_DATE_RANGE'],
    [{ year: 2026, month: 13 }, 'E_DATE_RANGE'],
    [{ year: 0, month: 1 }, 'E_DATE_RANGE'],
    [{ year: 10000, month: 1 }, 'E_DATE_RANGE'],
    [{ year: 2025.5, month: 1 }, 'E_DATE_RANGE'],
    [{ year: Number.NaN, month: 1 }, 'E_DATE_RANGE'],
    [{ year: '2026', month: 1 }, 'E_TYPE'],
    [null, 'E_TYPE'],
  ])('parseYearMonth(%j) → %s', (value, code) => {
    expect(() => parseYearMonth(value as never)).toThrow(expect.objectContaining({ code }));
  });
  it('round-trips through every spelling', () => {
    fc.assert(
      fc.property(anyYearMonth, (ym) => {
        const names = releaseNames(ym);
        const iso = formatYearMonth(ym);
        return [iso, names.shortName, names.msrcId, iso.replace('-', '.')].every(
          (t) => JSON.stringify(parseYearMonth(t)) === JSON.stringify(ym),
        );
      }),
    );
  });
});

describe('month arithmetic', () => {
  it('addMonths(2026-11, 3) → 2027-02', () => expect(addMonths('2026-11', 3)).toEqual({ year: 2027, month: 2 }));
  it('addMonths is consistent with compareYearMonths', () => {
    fc.assert(
      fc.property(
        fc.record({ year: fc.integer({ min: 100, max: 9900 }), month: fc.integer({ min: 1, max: 12 }) }),
        fc.integer({ min: -1000, max: 1000 }),
        (ym, n) => compareYearMonths(addMonths(ym, n), ym) === Math.sign(n),
      ),
    );
  });
  it('refuses to leave years 1..9999', () => {
    expect(() => addMonths('9999-12', 1)).toThrow(expect.objectContaining({ code: 'E_DATE_RANGE' }));
  });
});

describe('releaseNames', () => {
  it("releaseNames('2026-07') → 2026.07 B / 2026-Jul", () => {
    expect(releaseNames('2026-07')).toEqual({ shortName: '2026.07 B', msrcId: '2026-Jul' });
  });
});

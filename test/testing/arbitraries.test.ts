import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PRODUCT_IDS, daysInMonth } from '../../src/index.js';
import {
  EDGE_ZONES,
  civilDateArbitrary,
  ianaZoneArbitrary,
  plannedRestartMonths,
  productIdArbitrary,
  ringPolicyArbitrary,
  yearMonthArbitrary,
} from '../../src/testing/index.js';

// The kit's building blocks generate only valid values, inside their bounds, and reach every part of their range
// (a generator that never reaches an edge hides the bugs that live there). Samples use a fixed seed.
const sample = <T>(arb: fc.Arbitrary<T>, numRuns = 2_000): T[] => fc.sample(arb, { numRuns, seed: 7 });

describe('the arbitraries', () => {
  it('productIdArbitrary: every product id, nothing else', () => {
    expect(new Set(sample(productIdArbitrary(), 300))).toEqual(new Set(PRODUCT_IDS));
  });
  it('ianaZoneArbitrary: every edge zone, nothing else', () => {
    expect(new Set(sample(ianaZoneArbitrary(), 500))).toEqual(new Set(EDGE_ZONES));
  });
  it('yearMonthArbitrary: months 1..12 of the years in bounds, both ends reached', () => {
    const one = sample(yearMonthArbitrary({ minYear: 2026, maxYear: 2026 }), 500);
    expect(new Set(one.map((m) => m.year))).toEqual(new Set([2026]));
    expect(new Set(one.map((m) => m.month))).toEqual(new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]));
    const two = sample(yearMonthArbitrary({ minYear: 2025, maxYear: 2026 }), 500);
    expect(new Set(two.map((m) => m.year))).toEqual(new Set([2025, 2026]));
    const any = sample(yearMonthArbitrary());
    expect(any.every((m) => m.year >= 1 && m.year <= 9999 && m.month >= 1 && m.month <= 12)).toBe(true);
    expect(any.some((m) => m.year < 5000) && any.some((m) => m.year >= 5000)).toBe(true);
  });
  it('civilDateArbitrary: real days of the years in bounds, the first and last day of a month reached', () => {
    const days = sample(civilDateArbitrary({ minYear: 2024, maxYear: 2024 }), 5_000);
    expect(days.every((d) => d.year === 2024 && d.day >= 1 && d.day <= daysInMonth(d.year, d.month))).toBe(true);
    const seen = new Set(days.map((d) => `${d.month}-${d.day}`));
    expect(['1-1', '2-29', '12-31', '4-30'].every((k) => seen.has(k))).toBe(true);
    expect(seen.has('4-31')).toBe(false);
  });
  it('ringPolicyArbitrary: deferral and deadline 0..30, grace 0..7, every end reached', () => {
    const policies = sample(ringPolicyArbitrary());
    const range = (key: 'deferralInDays' | 'deadlineForQualityUpdatesInDays' | 'deadlineGracePeriodInDays') => {
      const values = policies.map((p) => p[key] as number);
      return [Math.min(...values), Math.max(...values)];
    };
    expect(range('deferralInDays')).toEqual([0, 30]);
    expect(range('deadlineForQualityUpdatesInDays')).toEqual([0, 30]);
    expect(range('deadlineGracePeriodInDays')).toEqual([0, 7]);
  });
});

describe('plannedRestartMonths', () => {
  it('the four quarterly baselines of the year', () => {
    expect(plannedRestartMonths(2027)).toEqual([
      { year: 2027, month: 1 },
      { year: 2027, month: 4 },
      { year: 2027, month: 7 },
      { year: 2027, month: 10 },
    ]);
  });
});

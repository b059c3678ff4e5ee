import fc from 'fast-check';

/** Years 1..9999 and months 1..12, built from bounds (no filtering). */
export const anyYear = fc.integer({ min: 1, max: 9999 });
export const anyMonth = fc.integer({ min: 1, max: 12 });
export const anyYearMonth = fc.record({ year: anyYear, month: anyMonth });
/** Civil dates, built from bounds: the day is scaled into the month's length. */
export const anyCivilDate = fc
  .record({
    year: anyYear,
    month: anyMonth,
    dayFraction: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
  })
  .map(({ year, month, dayFraction }) => {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    const len = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] as number;
    return { year, month, day: 1 + Math.floor(dayFraction * len) };
  });

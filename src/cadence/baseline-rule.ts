/**
 * The planned quarterly cadence: January, April, July and October are cumulative baseline months (restart);
 * the two months after each baseline are hotpatch months (no restart).
 * @see https://learn.microsoft.com/en-us/windows/deployment/windows-autopatch/manage/windows-autopatch-hotpatch-updates
 * @module
 */
import { HotpatchTypeError, _show, _error } from '../errors.js';
import { MAX_YEAR, MIN_YEAR, _int } from '../guards.js';
import { _formatYm, _parseYearMonth, type YearMonth, type YearMonthInput } from '../time/year-month.js';

/** Kind of a month in the planned calendar. */
export type PlannedMonthKind = 'baseline' | 'hotpatch';
/** All planned month kinds, for iteration. */
export const PLANNED_MONTH_KINDS = ['baseline', 'hotpatch'] as const satisfies readonly PlannedMonthKind[];

/** The planned baseline months (1-based). */
export const BASELINE_MONTHS = [1, 4, 7, 10] as const;

/** Reads a month number, or the month of a `{ year, month }` record, with no text parsing (kept tiny: this is the
 * hot path of calendar code and the size budget's subject; text goes through {@link parseYearMonth}). @internal */
/**
 * The planned-baseline rule, the one place it is written: January, April, July and October (1-based months).
 * Source: https://learn.microsoft.com/en-us/windows/deployment/windows-autopatch/manage/windows-autopatch-hotpatch-updates
 * @internal
 */
export function _isPlannedBaseline(month: number): boolean {
  return (month - 1) % 3 === 0;
}

/** Month index (see `_monthIndex`) of the planned baseline of the quarter a month index is in. @internal */
export function _baselineIndexOf(monthIndex: number): number {
  return monthIndex - (monthIndex % 3);
}

/** The planned baseline month (1, 4, 7 or 10) of the quarter a month is in. @internal */
function _baselineMonthOf(month: number): number {
  return month - ((month - 1) % 3);
}

function monthOf(fn: string, input: unknown): number {
  if (typeof input === 'number') return _int(fn, 'month', input, 1, 12);
  if (typeof input === 'object' && input !== null) {
    const { year, month } = input as { year?: unknown; month?: unknown };
    _int(fn, 'yearMonth.year', year, MIN_YEAR, MAX_YEAR);
    return _int(fn, 'yearMonth.month', month, 1, 12);
  }
  throw _error(
    'E_TYPE',
    `${fn}: ${_show(input)} is not a month; expected a month number 1..12 or a { year, month } record (parse text with parseYearMonth)`,
  );
}

/**
 * Whether a month is a planned cumulative baseline month (January, April, July, October).
 * @param monthOrYearMonth - a month number 1..12 or a `{ year, month }` record
 * @returns true for baseline months
 * @throws {@link HotpatchRangeError} `E_DATE_RANGE` for month 0/13 or year 0/10000; {@link HotpatchTypeError} `E_TYPE` for anything else (text: use {@link parseYearMonth} first)
 * @category Cadence
 * @example
 * ```ts
 * isBaselineMonth(7) //=> true
 * isBaselineMonth({ year: 2026, month: 6 }) //=> false
 * ```
 */
export function isBaselineMonth(monthOrYearMonth: number | YearMonth): boolean {
  return _isPlannedBaseline(monthOf('isBaselineMonth', monthOrYearMonth));
}

/**
 * The planned kind of a month. Published exceptions (unplanned baselines) come from the catalog; see
 * {@link describeMonth} and {@link releaseFor}.
 * @param yearMonth - a `{ year, month }` record (parse text such as `'2026.07 B'` with {@link parseYearMonth})
 * @returns `'baseline'` or `'hotpatch'`
 * @throws {@link HotpatchRangeError} `E_DATE_RANGE` for month 0/13 or year 0/10000; {@link HotpatchTypeError} `E_TYPE` for a non-record
 * @category Cadence
 * @example
 * ```ts
 * plannedMonthKind({ year: 2026, month: 6 }) //=> 'hotpatch'
 * plannedMonthKind(parseYearMonth('2026.07 B')) //=> 'baseline'
 * ```
 */
export function plannedMonthKind(yearMonth: YearMonth): PlannedMonthKind {
  return _isPlannedBaseline(monthOf('plannedMonthKind', yearMonth)) ? 'baseline' : 'hotpatch';
}

/**
 * The planned baseline month that governs a month: itself for a baseline month, else the latest baseline before it.
 * @param yearMonth - a year-month
 * @returns the governing baseline month
 * @throws like {@link parseYearMonth}
 * @category Cadence
 * @example
 * ```ts
 * baselineOf('2026-09') //=> { year: 2026, month: 7 }
 * ```
 */
export function baselineOf(yearMonth: YearMonthInput): YearMonth {
  const ym = _parseYearMonth('baselineOf', 'yearMonth', yearMonth);
  return { year: ym.year, month: _baselineMonthOf(ym.month) };
}

/**
 * The first planned baseline month strictly after a month.
 * @param yearMonth - a year-month
 * @returns the next baseline month
 * @throws {@link HotpatchRangeError} `E_DATE_RANGE` after October 9999; like {@link parseYearMonth}
 * @category Cadence
 * @example
 * ```ts
 * nextBaselineMonth('2026-10') //=> { year: 2027, month: 1 }
 * ```
 */
export function nextBaselineMonth(yearMonth: YearMonthInput): YearMonth {
  const ym = _parseYearMonth('nextBaselineMonth', 'yearMonth', yearMonth);
  const month = _baselineMonthOf(ym.month) + 3;
  if (month <= 12) return { year: ym.year, month };
  if (ym.year === MAX_YEAR) {
    throw _error(
      'E_DATE_RANGE',
      `nextBaselineMonth: no baseline month after ${_formatYm(ym)} within years ${MIN_YEAR}..${MAX_YEAR}`,
    );
  }
  return { year: ym.year + 1, month: month - 12 };
}

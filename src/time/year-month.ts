/**
 * Year-months: the unit of Microsoft's release calendar (`2026.07 B`, MSRC `2026-Jul`).
 * @module
 */
import { HotpatchRangeError, HotpatchTypeError, _safe, _show, type SafeResult, _error } from '../errors.js';
import { MAX_YEAR, MIN_YEAR, _int, _own } from '../guards.js';
import { _civilDate, _pad, type DateInput } from './civil-date.js';

/** A calendar month; `month` is 1-based. */
export interface YearMonth {
  /** 1..9999 */
  readonly year: number;
  /** 1..12 */
  readonly month: number;
}

/** Anything {@link parseYearMonth} accepts. */
export type YearMonthInput = YearMonth | string;

/** English three-letter month abbreviations as MSRC uses them in its release ids (`2026-Jul`). */
export const MONTH_ABBREVIATIONS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

const ACCEPTED = "'2026-07', '2026.07', '2026.07 B', '2026-Jul' or a { year, month } record";
const NUMERIC = /^(\d{4})[-.](\d{2})(?: B)?$/;
const MSRC = /^(\d{4})-([A-Za-z]{3})$/;

/** Validates a record as a year-month and returns a fresh copy. @internal */
function _yearMonth(fn: string, field: string, value: unknown): YearMonth {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw _error('E_TYPE', `${fn}: ${field} ${_show(value)} is not a year-month; expected ${ACCEPTED}`);
  }
  const rec = value as Record<string, unknown>;
  const year = _int(fn, `${field}.year`, _own(rec, 'year'), MIN_YEAR, MAX_YEAR);
  const month = _int(fn, `${field}.month`, _own(rec, 'month'), 1, 12);
  return { year, month };
}

/** Parses text or checks a record, reporting errors under `fn`. @internal */
export function _parseYearMonth(fn: string, field: string, input: unknown): YearMonth {
  if (typeof input !== 'string') return _yearMonth(fn, field, input);
  // Stryker disable next-line all: equivalent: no accepted form is over 12 characters; the bound spares the regexes long input
  const text = input.length <= 12 ? input : '';
  const numeric = NUMERIC.exec(text);
  if (numeric) return _yearMonth(fn, field, { year: Number(numeric[1]), month: Number(numeric[2]) });
  const msrc = MSRC.exec(text);
  if (msrc) {
    const abbr = (msrc[2] as string).toLowerCase();
    const index = MONTH_ABBREVIATIONS.findIndex((m) => m.toLowerCase() === abbr);
    if (index >= 0) return _yearMonth(fn, field, { year: Number(msrc[1]), month: index + 1 });
  }
  throw _error('E_DATE_FORMAT', `${fn}: ${field} ${_show(input)} is not a year-month; expected ${ACCEPTED}`);
}

/**
 * Parses a year-month in any of the spellings Microsoft uses.
 * @param input - `'2026-07'`, `'2026.07'`, `'2026.07 B'` (release-health / Graph short name), `'2026-Jul'` (MSRC id), or `{ year, month }`
 * @returns a fresh `{ year, month }` record
 * @throws {@link HotpatchSyntaxError} `E_DATE_FORMAT` for unknown text, {@link HotpatchRangeError} `E_DATE_RANGE` for month 0/13 or year 0/10000, {@link HotpatchTypeError} `E_TYPE` for other types
 * @category Civil dates
 * @example
 * ```ts
 * parseYearMonth('2026.07 B') //=> { year: 2026, month: 7 }
 * parseYearMonth('2026-Jul')  //=> { year: 2026, month: 7 }
 * ```
 */
export function parseYearMonth(input: YearMonthInput): YearMonth {
  return _parseYearMonth('parseYearMonth', 'input', input);
}

/**
 * {@link parseYearMonth} without throwing.
 * @param input - candidate year-month
 * @returns `{ ok: true, value }` or `{ ok: false, error }`
 * @category Civil dates
 * @example
 * ```ts
 * safeParseYearMonth('2026-13').ok //=> false
 * ```
 */
export function safeParseYearMonth(input: YearMonthInput): SafeResult<YearMonth> {
  return _safe(() => parseYearMonth(input));
}

/**
 * Formats a year-month as ISO `YYYY-MM`.
 * @param yearMonth - a year-month (or any accepted spelling)
 * @returns e.g. `'2026-07'`
 * @throws like {@link parseYearMonth}
 * @category Civil dates
 * @example
 * ```ts
 * formatYearMonth({ year: 2026, month: 7 }) //=> '2026-07'
 * ```
 */
export function formatYearMonth(yearMonth: YearMonthInput): string {
  const ym = _parseYearMonth('formatYearMonth', 'yearMonth', yearMonth);
  return _formatYm(ym);
}

/** @internal unchecked */
export function _formatYm(ym: YearMonth): string {
  return `${_pad(ym.year, 4)}-${_pad(ym.month, 2)}`;
}

/** Months since year 0 month 1: a total order and cheap arithmetic. @internal */
export function _monthIndex(ym: YearMonth): number {
  return ym.year * 12 + ym.month - 1;
}

/** @internal */
export function _fromMonthIndex(index: number): YearMonth {
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/**
 * Adds (or subtracts) whole months.
 * @param yearMonth - start month
 * @param months - integer, may be negative
 * @returns the shifted month
 * @throws {@link HotpatchRangeError} `E_DATE_RANGE` when the result leaves years 1..9999
 * @category Civil dates
 * @example
 * ```ts
 * addMonths({ year: 2026, month: 11 }, 3) //=> { year: 2027, month: 2 }
 * ```
 */
export function addMonths(yearMonth: YearMonthInput, months: number): YearMonth {
  const ym = _parseYearMonth('addMonths', 'yearMonth', yearMonth);
  const MIN_INDEX = MIN_YEAR * 12;
  const MAX_INDEX = MAX_YEAR * 12 + 11;
  // Stryker disable next-line ArithmeticOperator: equivalent: a wider bound lets the range check below throw the same code
  _int('addMonths', 'months', months, MIN_INDEX - MAX_INDEX, MAX_INDEX - MIN_INDEX);
  const target = _monthIndex(ym) + months;
  if (target < MIN_INDEX || target > MAX_INDEX) {
    throw _error(
      'E_DATE_RANGE',
      `addMonths: ${_formatYm(ym)} + ${months} months leaves years ${MIN_YEAR}..${MAX_YEAR}`,
    );
  }
  return _fromMonthIndex(target);
}

/**
 * Orders two year-months.
 * @param a - first month
 * @param b - second month
 * @returns negative, 0 or positive
 * @throws like {@link parseYearMonth}
 * @category Civil dates
 * @example
 * ```ts
 * compareYearMonths('2026-07', '2026-Jun') //=> 1
 * ```
 */
export function compareYearMonths(a: YearMonthInput, b: YearMonthInput): -1 | 0 | 1 {
  const d =
    _monthIndex(_parseYearMonth('compareYearMonths', 'a', a)) -
    _monthIndex(_parseYearMonth('compareYearMonths', 'b', b));
  return d < 0 ? -1 : d > 0 ? 1 : 0;
}

/**
 * The month a date falls in.
 * @param date - a civil date
 * @returns its year-month
 * @throws {@link HotpatchRangeError} for an invalid date
 * @category Civil dates
 * @example
 * ```ts
 * yearMonthOf({ year: 2026, month: 7, day: 14 }) //=> { year: 2026, month: 7 }
 * ```
 */
export function yearMonthOf(date: DateInput): YearMonth {
  const d = _civilDate('yearMonthOf', 'date', date);
  return { year: d.year, month: d.month };
}

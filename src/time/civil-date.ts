/**
 * Civil (calendar) dates as plain records, with integer day arithmetic. No `Date` object, no host time zone.
 * @module
 */
import { HotpatchRangeError, _safe, _show, type SafeResult, _error } from '../errors.js';
import { MAX_YEAR, MIN_YEAR, _int, _own, _record } from '../guards.js';

/** A calendar date in the proleptic Gregorian calendar; `month` is 1-based. */
export interface CivilDate {
  /** 1..9999 */
  readonly year: number;
  /** 1..12 */
  readonly month: number;
  /** 1..31, valid for the month */
  readonly day: number;
}

/** Day of the week, ISO numbering: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** floor division for possibly negative numerators (`%` rounds toward zero). @internal */
function _floorDiv(a: number, b: number): number {
  return Math.floor(a / b);
}

/** Modulo whose result has the sign of the divisor. @internal */
function _floorMod(a: number, b: number): number {
  return a - Math.floor(a / b) * b;
}

/**
 * Whether a year is a Gregorian leap year.
 * @param year - any integer year
 * @returns true for leap years
 * @category Civil dates
 * @example
 * ```ts
 * isLeapYear(2024) //=> true
 * isLeapYear(2100) //=> false
 * ```
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Number of days in a month.
 * @param year - 1..9999
 * @param month - 1..12
 * @returns 28..31
 * @throws {@link HotpatchRangeError} `E_DATE_RANGE` when year or month is out of range
 * @category Civil dates
 * @example
 * ```ts
 * daysInMonth(2028, 2) //=> 29
 * ```
 */
export function daysInMonth(year: number, month: number): number {
  _int('daysInMonth', 'year', year, MIN_YEAR, MAX_YEAR);
  _int('daysInMonth', 'month', month, 1, 12);
  return _daysInMonth(year, month);
}

/** @internal unchecked */
function _daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] as number);
}

/** A date as every function of this library accepts it: a `{ year, month, day }` record or ISO `'YYYY-MM-DD'`. */
export type DateInput = CivilDate | string;

/**
 * Checks a date (a record, or ISO `YYYY-MM-DD` text) and returns a fresh record: the one way every function
 * reads a date, so all accept the same spellings.
 * @internal
 */
export function _civilDate(fn: string, field: string, value: unknown): CivilDate {
  if (typeof value === 'string') {
    // Stryker disable next-line all: equivalent: no string over 10 characters matches ISO_DATE; the bound spares the regex long input
    const m = value.length <= 10 ? ISO_DATE.exec(value) : null;
    if (!m)
      throw _error(
        'E_DATE_FORMAT',
        `${fn}: ${field} ${_show(value)} is not a date; expected ISO 'YYYY-MM-DD', e.g. '2026-07-14', or a { year, month, day } record`,
      );
    return _civilDate(fn, field, { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) });
  }
  const rec = _record(fn, field, value, "a { year, month, day } record or 'YYYY-MM-DD'");
  const year = _int(fn, `${field}.year`, _own(rec, 'year'), MIN_YEAR, MAX_YEAR);
  const month = _int(fn, `${field}.month`, _own(rec, 'month'), 1, 12);
  const day = _int(fn, `${field}.day`, _own(rec, 'day'), 1, _daysInMonth(year, month));
  return { year, month, day };
}

/**
 * Builds a validated civil date.
 * @param year - 1..9999
 * @param month - 1..12
 * @param day - 1..last day of the month
 * @returns the date record
 * @throws {@link HotpatchRangeError} `E_DATE_RANGE` for an impossible date (2025-02-30), {@link HotpatchTypeError} `E_TYPE` for non-numbers
 * @category Civil dates
 * @example
 * ```ts
 * civilDate(2026, 7, 14) //=> { year: 2026, month: 7, day: 14 }
 * ```
 */
export function civilDate(year: number, month: number, day: number): CivilDate {
  return _civilDate('civilDate', 'date', { year, month, day });
}

/**
 * Days since 1970-01-01 (negative before), for integer date arithmetic.
 * @param date - a valid civil date
 * @returns the epoch day number
 * @throws {@link HotpatchRangeError} `E_DATE_RANGE` for an invalid date
 * @category Civil dates
 * @example
 * ```ts
 * toEpochDay({ year: 1970, month: 1, day: 2 }) //=> 1
 * ```
 */
export function toEpochDay(date: DateInput): number {
  const d = _civilDate('toEpochDay', 'date', date);
  return _epochDay(d.year, d.month, d.day);
}

/** Howard Hinnant's days_from_civil, unchecked. @internal */
export function _epochDay(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = _floorDiv(y, 400);
  const yoe = y - era * 400;
  const mp = month > 2 ? month - 3 : month + 9;
  const doy = _floorDiv(153 * mp + 2, 5) + day - 1;
  const doe = yoe * 365 + _floorDiv(yoe, 4) - _floorDiv(yoe, 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Hinnant's civil_from_days, unchecked. @internal */
export function _fromEpochDay(days: number): CivilDate {
  const z = days + 719468;
  const era = _floorDiv(z, 146097);
  const doe = z - era * 146097;
  const yoe = _floorDiv(doe - _floorDiv(doe, 1460) + _floorDiv(doe, 36524) - _floorDiv(doe, 146096), 365);
  const doy = doe - (365 * yoe + _floorDiv(yoe, 4) - _floorDiv(yoe, 100));
  const mp = _floorDiv(5 * doy + 2, 153);
  const day = doy - _floorDiv(153 * mp + 2, 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

// Literals, not _epochDay() calls: a call at module level would keep this module in every bundle that imports
// any part of it (a test checks the values against _epochDay).
/** Epoch day of 0001-01-01. @internal */
export const _MIN_EPOCH_DAY = -719_162;
/** Epoch day of 9999-12-31. @internal */
export const _MAX_EPOCH_DAY = 2_932_896;
const MIN_EPOCH_DAY = _MIN_EPOCH_DAY;
const MAX_EPOCH_DAY = _MAX_EPOCH_DAY;

/**
 * The civil date of an epoch day number.
 * @param epochDay - days since 1970-01-01, within years 1..9999
 * @returns the date
 * @throws {@link HotpatchRangeError} `E_DATE_RANGE` outside 0001-01-01..9999-12-31
 * @category Civil dates
 * @example
 * ```ts
 * fromEpochDay(0) //=> { year: 1970, month: 1, day: 1 }
 * ```
 */
export function fromEpochDay(epochDay: number): CivilDate {
  _int('fromEpochDay', 'epochDay', epochDay, MIN_EPOCH_DAY, MAX_EPOCH_DAY);
  return _fromEpochDay(epochDay);
}

/**
 * Adds (or subtracts) whole days.
 * @param date - start date
 * @param days - integer, may be negative
 * @returns the shifted date
 * @throws {@link HotpatchRangeError} `E_DATE_RANGE` when the result leaves years 1..9999
 * @category Civil dates
 * @example
 * ```ts
 * addDays({ year: 2026, month: 7, day: 14 }, 20) //=> { year: 2026, month: 8, day: 3 }
 * ```
 */
export function addDays(date: DateInput, days: number): CivilDate {
  const start = toEpochDay(date);
  _int('addDays', 'days', days, -(MAX_EPOCH_DAY - MIN_EPOCH_DAY), MAX_EPOCH_DAY - MIN_EPOCH_DAY);
  const target = start + days;
  if (target < MIN_EPOCH_DAY || target > MAX_EPOCH_DAY) {
    throw _error(
      'E_DATE_RANGE',
      `addDays: ${formatCivilDate(date)} + ${days} days leaves years ${MIN_YEAR}..${MAX_YEAR}`,
    );
  }
  return _fromEpochDay(target);
}

/**
 * Whole days from `a` to `b` (positive when `b` is later).
 * @param a - first date
 * @param b - second date
 * @returns `b - a` in days
 * @throws {@link HotpatchRangeError} for invalid dates
 * @category Civil dates
 * @example
 * ```ts
 * daysBetween({ year: 2026, month: 1, day: 13 }, { year: 2026, month: 4, day: 14 }) //=> 91
 * ```
 */
export function daysBetween(a: DateInput, b: DateInput): number {
  return toEpochDay(b) - toEpochDay(a);
}

/**
 * ISO day of the week.
 * @param date - a valid date
 * @returns 1 = Monday … 7 = Sunday
 * @throws {@link HotpatchRangeError} for an invalid date
 * @category Civil dates
 * @example
 * ```ts
 * isoWeekday({ year: 2026, month: 7, day: 14 }) //=> 2
 * ```
 */
export function isoWeekday(date: DateInput): IsoWeekday {
  // 1970-01-01 was a Thursday (ISO 4).
  return (_floorMod(toEpochDay(date) + 3, 7) + 1) as IsoWeekday;
}

/**
 * Orders two dates, for `Array.prototype.sort`.
 * @param a - first date
 * @param b - second date
 * @returns negative, 0 or positive
 * @throws {@link HotpatchRangeError} for invalid dates
 * @category Civil dates
 * @example
 * ```ts
 * compareCivilDates({ year: 2026, month: 1, day: 2 }, { year: 2025, month: 12, day: 31 }) //=> 1
 * ```
 */
export function compareCivilDates(a: DateInput, b: DateInput): -1 | 0 | 1 {
  const d = toEpochDay(a) - toEpochDay(b);
  return d < 0 ? -1 : d > 0 ? 1 : 0;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Parses a strict ISO 8601 calendar date `YYYY-MM-DD` (four-digit year, two-digit month and day).
 * @param text - e.g. `'2026-07-14'`
 * @returns the date
 * @throws {@link HotpatchSyntaxError} `E_DATE_FORMAT` for any other shape (`'2025-2-3'`), {@link HotpatchRangeError} `E_DATE_RANGE` for an impossible date (`'2025-02-30'`), {@link HotpatchTypeError} `E_TYPE` for a non-string
 * @category Civil dates
 * @example
 * ```ts
 * parseCivilDate('2026-07-14') //=> { year: 2026, month: 7, day: 14 }
 * ```
 */
export function parseCivilDate(text: string): CivilDate {
  if (typeof text !== 'string') {
    throw _error(
      'E_TYPE',
      `parseCivilDate: text ${_show(text)} is not a string; expected ISO 'YYYY-MM-DD', e.g. '2026-07-14'`,
    );
  }
  return _civilDate('parseCivilDate', 'text', text);
}

/**
 * {@link parseCivilDate} without throwing.
 * @param text - candidate date text
 * @returns `{ ok: true, value }` or `{ ok: false, error }`
 * @category Civil dates
 * @example
 * ```ts
 * safeParseCivilDate('2025-02-30').ok //=> false
 * ```
 */
export function safeParseCivilDate(text: string): SafeResult<CivilDate> {
  return _safe(() => parseCivilDate(text));
}

/**
 * Formats a date as ISO `YYYY-MM-DD`.
 * @param date - a valid date
 * @returns e.g. `'2026-07-14'`
 * @throws {@link HotpatchRangeError} for an invalid date
 * @category Civil dates
 * @example
 * ```ts
 * formatCivilDate({ year: 5, month: 3, day: 9 }) //=> '0005-03-09'
 * ```
 */
export function formatCivilDate(date: DateInput): string {
  const d = _civilDate('formatCivilDate', 'date', date);
  return _formatDate(d);
}

/** @internal unchecked */
export function _formatDate(d: CivilDate): string {
  return `${_pad(d.year, 4)}-${_pad(d.month, 2)}-${_pad(d.day, 2)}`;
}

/** @internal */
export function _pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

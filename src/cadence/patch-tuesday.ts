/**
 * Patch Tuesday (the second Tuesday, Microsoft's "B" release) and the optional preview (fourth Tuesday, "D").
 * Pure integer arithmetic: this module imports no date library.
 * @see https://learn.microsoft.com/en-us/windows/deployment/update/release-cycle
 * @module
 */
import { _error } from '../errors.js';
import { MAX_YEAR, MIN_YEAR, _int } from '../guards.js';
import { _civilDate, _epochDay, _formatDate, type CivilDate, type DateInput } from '../time/civil-date.js';
import { _fromMonthIndex, _monthIndex } from '../time/year-month.js';

/** Which monthly release: `B` = Patch Tuesday (security), `D` = optional non-security preview. */
export type ReleaseWeek = 'B' | 'D';
/** All release weeks, for iteration. */
export const RELEASE_WEEKS = ['B', 'D'] as const satisfies readonly ReleaseWeek[];

/** Day of the month of the n-th Tuesday (n = 2 → 8..14). Sakamoto's weekday of the 1st, then offset; `y` is
 * never negative here (years 1..9999), so `>> 2` is a floor division by 4. @internal */
function _nthTuesday(year: number, month: number, n: number): number {
  const y = month < 3 ? year - 1 : year;
  const t = SAKAMOTO[month - 1] as number;
  // 0 = Sunday … 6 = Saturday; Tuesday is 2.
  const weekdayOfFirst = (y + (y >> 2) - ((y / 100) | 0) + ((y / 400) | 0) + t + 1) % 7;
  return 1 + ((9 - weekdayOfFirst) % 7) + 7 * (n - 1);
}
const SAKAMOTO = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4] as const;

/**
 * Patch Tuesday of a month: the second Tuesday, when Microsoft ships the monthly security ("B") release.
 * @param year - 1..9999
 * @param month - 1..12
 * @returns the date, always a Tuesday on day 8..14
 * @throws {@link HotpatchRangeError} `E_DATE_RANGE` for month 0/13, year 0/10000, fractions, NaN; {@link HotpatchTypeError} `E_TYPE` for non-numbers
 * @category Release dates
 * @example
 * ```ts
 * patchTuesday(2025, 4) //=> { year: 2025, month: 4, day: 8 }
 * patchTuesday(2026, 11) //=> { year: 2026, month: 11, day: 10 }
 * ```
 */
export function patchTuesday(year: number, month: number): CivilDate {
  // `(x | 0) === x` is true only for int32 numbers: one cheap test covers type, NaN and fractions on the hot path.
  if ((year | 0) !== year || year < MIN_YEAR || year > MAX_YEAR || (month | 0) !== month || month < 1 || month > 12) {
    _int('patchTuesday', 'year', year, MIN_YEAR, MAX_YEAR);
    _int('patchTuesday', 'month', month, 1, 12);
  }
  return { year, month, day: _nthTuesday(year, month, 2) };
}

/**
 * The optional non-security preview ("D") release: the fourth Tuesday of the month.
 * @param year - 1..9999
 * @param month - 1..12
 * @returns the date, a Tuesday on day 22..28
 * @throws like {@link patchTuesday}
 * @category Release dates
 * @example
 * ```ts
 * previewTuesday(2026, 6) //=> { year: 2026, month: 6, day: 23 }
 * ```
 */
export function previewTuesday(year: number, month: number): CivilDate {
  _int('previewTuesday', 'year', year, MIN_YEAR, MAX_YEAR);
  _int('previewTuesday', 'month', month, 1, 12);
  return { year, month, day: _nthTuesday(year, month, 4) };
}

/** @internal */
/** Patch Tuesday (second Tuesday) of a year-month, unchecked: the one way every module gets it. @internal */
export function _patchTuesdayOf(ym: { readonly year: number; readonly month: number }): CivilDate {
  return { year: ym.year, month: ym.month, day: _nthTuesday(ym.year, ym.month, 2) };
}

export function _releaseDay(year: number, month: number, release: ReleaseWeek): CivilDate {
  return { year, month, day: _nthTuesday(year, month, release === 'B' ? 2 : 4) };
}

/**
 * The first Patch Tuesday on or after a date (a Patch Tuesday itself counts: its release is still that day).
 * @param asOf - the reference date
 * @returns the Patch Tuesday
 * @throws {@link HotpatchRangeError} `E_DATE_RANGE` for an invalid date, or after the last Patch Tuesday of 9999
 * @category Release dates
 * @example
 * ```ts
 * nextPatchTuesday({ year: 2026, month: 11, day: 28 }) //=> { year: 2026, month: 12, day: 8 }
 * nextPatchTuesday({ year: 2026, month: 11, day: 10 }) //=> { year: 2026, month: 11, day: 10 }
 * ```
 */
export function nextPatchTuesday(asOf: DateInput): CivilDate {
  const d = _civilDate('nextPatchTuesday', 'asOf', asOf);
  const day = _nthTuesday(d.year, d.month, 2);
  if (d.day <= day) return { year: d.year, month: d.month, day };
  if (d.month < 12) return { year: d.year, month: d.month + 1, day: _nthTuesday(d.year, d.month + 1, 2) };
  if (d.year === MAX_YEAR) {
    throw _error(
      'E_DATE_RANGE',
      `nextPatchTuesday: asOf ${_formatDate(d)} is after the last Patch Tuesday of year ${MAX_YEAR}`,
    );
  }
  return { year: d.year + 1, month: 1, day: _nthTuesday(d.year + 1, 1, 2) };
}

/**
 * Every Patch Tuesday from `start` to `end`, both inclusive, in order.
 * @param start - first date of the interval
 * @param end - last date of the interval (not before `start`)
 * @returns the Patch Tuesdays (empty when none falls inside)
 * @throws {@link HotpatchRangeError} `E_INTERVAL` when `end` is before `start`; `E_DATE_RANGE` for invalid dates
 * @category Release dates
 * @example
 * ```ts
 * eachPatchTuesdayOfInterval({ year: 2026, month: 1, day: 1 }, { year: 2026, month: 3, day: 1 }).map((d) => d.day)
 * //=> [13, 10]
 * ```
 */
export function eachPatchTuesdayOfInterval(start: DateInput, end: DateInput): CivilDate[] {
  const s = _civilDate('eachPatchTuesdayOfInterval', 'start', start);
  const e = _civilDate('eachPatchTuesdayOfInterval', 'end', end);
  const startDay = _epochDay(s.year, s.month, s.day);
  const endDay = _epochDay(e.year, e.month, e.day);
  if (endDay < startDay) {
    throw _error(
      'E_INTERVAL',
      `eachPatchTuesdayOfInterval: end ${_formatDate(e)} is before start ${_formatDate(s)}; expected start <= end`,
    );
  }
  const out: CivilDate[] = [];
  for (let i = _monthIndex(s); i <= _monthIndex(e); i++) {
    const tuesday = _patchTuesdayOf(_fromMonthIndex(i));
    const epoch = _epochDay(tuesday.year, tuesday.month, tuesday.day);
    if (epoch >= startDay && epoch <= endDay) out.push(tuesday);
  }
  return out;
}

/**
 * The names Microsoft gives a monthly release.
 * @module
 */
import { _pad } from '../time/civil-date.js';
import { MONTH_ABBREVIATIONS, _parseYearMonth, type YearMonthInput } from '../time/year-month.js';

/** Names of a month's B release. */
export interface ReleaseNames {
  /** Release-health and Graph short name, e.g. `'2026.07 B'`. */
  readonly shortName: string;
  /** MSRC security update guide id, e.g. `'2026-Jul'`. */
  readonly msrcId: string;
}

/**
 * The release-health short name and the MSRC id of a month's Patch Tuesday release.
 * @param yearMonth - the month (any accepted spelling)
 * @returns `{ shortName, msrcId }`
 * @throws like {@link parseYearMonth}
 * @category Release dates
 * @example
 * ```ts
 * releaseNames('2026-07') //=> { shortName: '2026.07 B', msrcId: '2026-Jul' }
 * ```
 */
export function releaseNames(yearMonth: YearMonthInput): ReleaseNames {
  const ym = _parseYearMonth('releaseNames', 'yearMonth', yearMonth);
  const year = _pad(ym.year, 4);
  return {
    shortName: `${year}.${_pad(ym.month, 2)} B`,
    msrcId: `${year}-${MONTH_ABBREVIATIONS[ym.month - 1] as string}`,
  };
}

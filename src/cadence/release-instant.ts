/**
 * When a monthly release lands: 10:00 Pacific Time on its Tuesday, as an exact instant in any IANA zone.
 * @see https://learn.microsoft.com/en-us/windows/deployment/update/release-cycle ("typically published at 10:00 AM Pacific Time")
 * @module
 */
import { _oneOf, _options, _own } from '../guards.js';
import { _epochDay, _fromEpochDay } from '../time/civil-date.js';
import { _zoneOption, _wallToEpochMs } from '../time/zone.js';
import { _zonedInstant, type ZonedInstant } from '../time/instant.js';
import { RELEASE_WEEKS, _patchTuesdayOf, _releaseDay, type ReleaseWeek } from './patch-tuesday.js';
import { _fromMonthIndex, _monthIndex, _parseYearMonth, type YearMonthInput } from '../time/year-month.js';

/** Microsoft's release clock. */
export const RELEASE_ZONE = 'America/Los_Angeles';
/** Local hour of the release in {@link RELEASE_ZONE}. */
export const RELEASE_HOUR = 10;

/** Options of {@link releaseInstant}. */
export interface ReleaseInstantOptions {
  /**
   * IANA zone for `local`.
   * @defaultValue `'UTC'`
   */
  readonly zone?: string;
  /**
   * `'B'` for Patch Tuesday, `'D'` for the fourth-Tuesday preview.
   * @defaultValue `'B'`
   */
  readonly release?: ReleaseWeek;
}

// Pacific Standard Time began on 1883-11-18; before it the tz database has Los Angeles local mean time
// (UTC−7:52:58). "10:00 Pacific" means PST there, so earlier dates use UTC−8 proleptically.
const PST_START_EPOCH_MS = -2_717_640_000_000; // Date.UTC(1883, 10, 18, 20), as a literal so the module stays pure
const PST_OFFSET_MS = 28_800_000; // 8 hours

/** Release instants already computed, by epoch day: calendars ask for the same few hundred again and again. */
const tenAmCache = new Map<number, number>();

/** Epoch ms of 10:00 Pacific on a date, from the time-zone database (for tests of the arithmetic). @internal */
export function _pacificTenAmFromZoneData(date: { year: number; month: number; day: number }): number {
  return _wallToEpochMs(date, RELEASE_HOUR, 0, RELEASE_ZONE);
}

/** Epoch ms of 10:00 Pacific on a date. @internal */
export function _pacificTenAm(date: { year: number; month: number; day: number }): number {
  const day = _epochDay(date.year, date.month, date.day);
  let ms = tenAmCache.get(day);
  // Stryker disable next-line ConditionalExpression: equivalent: recomputing a cached value gives the same value
  if (ms === undefined) {
    ms = pacificTenAm(date);
    // Stryker disable next-line all: equivalent: the cache's size bound limits memory, not answers
    if (tenAmCache.size < 50_000) tenAmCache.set(day, ms);
  }
  return ms;
}

/** First year of the US daylight-saving rule still in force (the tz database projects it for every later year). */
const US_RULE_SINCE = 2007;

/**
 * 10:00 Pacific by the US rule in force since 2007 (daylight time from the second Sunday of March to the first
 * Sunday of November, switching at 02:00, so 10:00 on either Sunday is already on the new side): arithmetic only.
 * Asking the time-zone database costs a program's first call 15 ms (the zone data loads), and the CLI prints a year
 * without ever needing it. A property test holds this equal to the database for every day from 2007 to 2200.
 */
function usPacificTenAm(year: number, day: number): number {
  const sunday = (month: number, nth: number): number => {
    const first = _epochDay(year, month, 1);
    // 1970-01-01 was a Thursday: (epochDay + 4) mod 7 is the weekday, 0 for Sunday.
    return first + ((7 - ((first + 4) % 7)) % 7) + 7 * (nth - 1);
  };
  const daylight = day >= sunday(3, 2) && day < sunday(11, 1);
  return day * 86_400_000 + RELEASE_HOUR * 3_600_000 + (daylight ? 7 : 8) * 3_600_000;
}

function pacificTenAm(date: { year: number; month: number; day: number }): number {
  if (date.year >= US_RULE_SINCE) return usPacificTenAm(date.year, _epochDay(date.year, date.month, date.day));
  const ms = _wallToEpochMs(date, RELEASE_HOUR, 0, RELEASE_ZONE);
  if (ms >= PST_START_EPOCH_MS) return ms;
  return _epochDay(date.year, date.month, date.day) * 86_400_000 + RELEASE_HOUR * 3_600_000 + PST_OFFSET_MS;
}

/**
 * The exact instant a month's release is published: 10:00 America/Los_Angeles on Patch Tuesday (or the preview
 * Tuesday), which is 17:00Z in PDT months and 18:00Z in PST months (November to early March).
 * @param yearMonth - the month (any accepted spelling)
 * @param options - see {@link ReleaseInstantOptions}
 * @returns `{ utc, local, zone, epochMilliseconds }`
 * @throws {@link HotpatchRangeError} `E_ZONE` for an unknown zone, `E_OPTION` for an unknown release; like {@link parseYearMonth}
 * @category Release dates
 * @example
 * ```ts
 * releaseInstant('2025-04', { zone: 'Europe/Berlin' })
 * //=> { utc: '2025-04-08T17:00:00Z', local: '2025-04-08T19:00:00+02:00', zone: 'Europe/Berlin', epochMilliseconds: 1744131600000 }
 * releaseInstant('2026-11').utc //=> '2026-11-10T18:00:00Z'
 * ```
 */
export function releaseInstant(yearMonth: YearMonthInput, options?: ReleaseInstantOptions): ZonedInstant {
  const fn = 'releaseInstant';
  const ym = _parseYearMonth(fn, 'yearMonth', yearMonth);
  const opts = _options(fn, options);
  const zone = _zoneOption(fn, opts);
  const release = _oneOf(fn, 'options.release', _own(opts, 'release'), RELEASE_WEEKS, 'B');
  return _zonedInstant(_pacificTenAm(_releaseDay(ym.year, ym.month, release)), zone);
}

/** Month index of the latest Patch Tuesday at or before an instant. @internal */
export function _latestReleasedMonth(atMs: number): number {
  const d = _fromEpochDay(Math.floor(atMs / 86_400_000));
  let mi = _monthIndex(d);
  for (let i = 0; i < 3; i++) {
    if (_pacificTenAm(_patchTuesdayOf(_fromMonthIndex(mi))) <= atMs) return mi;
    mi -= 1;
  }
  return mi;
}

import { _civilDate, _epochDay, type CivilDate, type DateInput } from '../time/civil-date.js';
import { HotpatchRangeError, _error } from '../errors.js';
import { MAX_YEAR, _asOfOptions, _options, _own } from '../guards.js';
import { _product } from '../products/products.js';
import { _pacificTenAm } from '../cadence/release-instant.js';
import { _zonedInstant, type ZonedInstant } from '../time/instant.js';
import { _zoneOption } from '../time/zone.js';
import { _fromMonthIndex, _monthIndex, type YearMonth } from '../time/year-month.js';
import { _catalog } from '../catalog/catalog.js';
import type { Catalog, Release, ReleaseSource } from '../catalog/types.js';
import type { CatalogOptions } from '../catalog/releases.js';
import { _device, type DeviceProfile } from './device.js';

import { _restartDate, _simulate, type RestartReason } from './simulate.js';

export { RESTART_REASONS, type RestartReason } from './simulate.js';

/** One predicted restart. */
export interface PredictedRestart {
  /** Month of the release. */
  readonly month: YearMonth;
  /** Release date. */
  readonly date: CivilDate;
  /** Release instant (10:00 Pacific on the release date). */
  readonly instant: ZonedInstant;
  /** The release that restarts the device (KB/build null when projected). */
  readonly release: Release;
  /** Why it restarts. */
  readonly reason: RestartReason;
  /** Whether the planned calendar foresaw it (planned baselines; monthly LCUs on the standard channel). */
  readonly planned: boolean;
  /** Whether the release comes from published data, an override or a projection. */
  readonly source: ReleaseSource;
}

/** Options of {@link predictRestarts}. */
export interface PredictRestartsOptions {
  /** First day of the window (inclusive). */
  readonly from: DateInput;
  /** Last day of the window (inclusive), at most 1,000 years after `from`. */
  readonly to: DateInput;
  /**
   * Release data to use.
   * @defaultValue the built-in catalog
   */
  readonly catalog?: Catalog;
  /**
   * IANA zone for `instant.local`.
   * @defaultValue `'UTC'`
   */
  readonly zone?: string;
}

const MAX_SPAN_YEARS = 1000;

function toRestart(release: Release, mi: number, reason: RestartReason, zone: string): PredictedRestart {
  const month = _fromMonthIndex(mi);
  const date = _restartDate(release, mi);
  return {
    month,
    date,
    instant: _zonedInstant(_pacificTenAm(date), zone),
    release,
    reason,
    planned: reason === 'planned-baseline' || reason === 'monthly-lcu',
    source: release.source,
  };
}

/** @internal */
function _window(fn: string, options: unknown): { from: CivilDate; to: CivilDate; catalog: Catalog; zone: string } {
  const opts = _options(fn, options);
  const from = _civilDate(fn, 'options.from', _own(opts, 'from'));
  const to = _civilDate(fn, 'options.to', _own(opts, 'to'));
  const span = _epochDay(to.year, to.month, to.day) - _epochDay(from.year, from.month, from.day);
  if (span < 0) throw _error('E_INTERVAL', `${fn}: options.to is before options.from; expected from <= to`);
  if (to.year - from.year > MAX_SPAN_YEARS)
    throw _error(
      'E_INTERVAL',
      `${fn}: the window spans ${to.year - from.year} years; expected at most ${MAX_SPAN_YEARS}`,
    );
  return { from, to, catalog: _catalog(fn, _own(opts, 'catalog')), zone: _zoneOption(fn, opts) };
}

/**
 * The restarts Windows quality updates will require of a device between two dates (inclusive), each with its
 * release, reason and provenance. Prediction starts after the device's current build.
 * @param device - a device profile
 * @param options - see {@link PredictRestartsOptions}
 * @returns the restarts in date order
 * @throws {@link HotpatchTypeError} `E_DEVICE`; {@link HotpatchRangeError} `E_INTERVAL` when `from` is after `to` or the window exceeds 1,000 years; `E_DATE_RANGE`, `E_ZONE`, `E_CATALOG`
 * @category Restarts
 * @example
 * ```ts
 * const device = { product: 'windows-11-24h2', edition: 'Enterprise', architecture: 'x64', build: '26100.7392',
 *   license: 'microsoft-365-e3', vbsRunning: true, hotpatchPolicy: 'enabled', management: 'intune' } as const;
 * predictRestarts(device, { from: { year: 2026, month: 1, day: 1 }, to: { year: 2026, month: 12, day: 31 } })
 *   .map((r) => `${r.month.month}:${r.reason}`)
 * //=> ['1:planned-baseline', '4:planned-baseline', '6:unplanned-baseline', '7:planned-baseline', '9:unknown-release', '10:planned-baseline', '11:unknown-release']
 * ```
 */
export function predictRestarts(device: DeviceProfile, options: PredictRestartsOptions): PredictedRestart[] {
  const fn = 'predictRestarts';
  const d = _device(fn, device);
  const w = _window(fn, options);
  const product = _product(fn, d.product);
  const fromDay = _epochDay(w.from.year, w.from.month, w.from.day);
  const toDay = _epochDay(w.to.year, w.to.month, w.to.day);
  const out: PredictedRestart[] = [];
  _simulate(w.catalog, d, product, w.from, _monthIndex(w.to), (mi, release, reason) => {
    const r = toRestart(release, mi, reason, w.zone);
    const day = _epochDay(r.date.year, r.date.month, r.date.day);
    if (day >= fromDay && day <= toDay) out.push(r);
    return true;
  });
  return out;
}

/**
 * The next restart on or after a date, within three years (null when none: the product's servicing ended).
 * The device's build is read as its state on `asOf`: a device still on a build older than the last baseline
 * restarts at its next release to catch up.
 * @param device - a device profile
 * @param options - see {@link NextRestartOptions}; `asOf` is required (0.1's positional `asOf` is still read)
 * @param legacyOptions - the options, when `asOf` is given positionally
 * @returns the restart or null
 * @throws like {@link predictRestarts}; `E_OPTION` without `asOf`
 * @category Restarts
 * @example
 * ```ts
 * nextRestart({ product: 'windows-11-24h2', edition: 'Enterprise', architecture: 'x64', build: '26100.9106',
 *   license: 'microsoft-365-e5', vbsRunning: true, hotpatchPolicy: 'enabled', management: 'intune' },
 *   { asOf: '2026-08-20' })?.reason //=> 'unknown-release'
 * ```
 */
export function nextRestart(
  device: DeviceProfile,
  options: NextRestartOptions | DateInput,
  legacyOptions?: Omit<NextRestartOptions, 'asOf'>,
): PredictedRestart | null {
  const fn = 'nextRestart';
  const { asOf, rest } = _asOfOptions(fn, options, legacyOptions);
  const d = _civilDate(fn, 'options.asOf', asOf);
  const to = { year: Math.min(d.year + 3, MAX_YEAR), month: 12, day: 31 };
  return predictRestarts(device, { ...rest, from: d, to })[0] ?? null;
}

/** Options of {@link nextRestart}. */
export interface NextRestartOptions extends CatalogOptions {
  /** The day from which to look (inclusive): a release on this day counts. */
  readonly asOf: DateInput;
  /**
   * IANA zone for `instant.local`.
   * @defaultValue `'UTC'`
   */
  readonly zone?: string;
}

/** Options of {@link restartSummary}. */
export interface RestartSummaryOptions extends CatalogOptions {
  /**
   * IANA zone for `instant.local`.
   * @defaultValue `'UTC'`
   */
  readonly zone?: string;
}

/** Result of {@link restartSummary}. */
export interface RestartSummary {
  /** The year. */
  readonly year: number;
  /** Restarts the planned calendar foresaw. */
  readonly planned: number;
  /** Unplanned baselines, catch-up baselines and off-track LCUs. */
  readonly unplanned: number;
  /** All restarts. */
  readonly total: number;
  /** Months with a restart, in order. */
  readonly months: readonly YearMonth[];
  /** The restarts. */
  readonly restarts: readonly PredictedRestart[];
}

/**
 * A device's restarts in a calendar year, counted.
 * @param device - a device profile
 * @param year - 1..9999
 * @param options - `{ catalog, zone }`
 * @returns planned, unplanned and total counts, and the months
 * @throws like {@link predictRestarts}; `E_DATE_RANGE` for a bad year
 * @category Restarts
 * @example
 * ```ts
 * const summary = restartSummary({ product: 'windows-11-25h2', edition: 'Enterprise', architecture: 'x64', build: '26200.7392',
 *   license: 'microsoft-365-e3', vbsRunning: true, hotpatchPolicy: 'enabled', management: 'autopatch' }, 2026);
 * [summary.planned, summary.unplanned] //=> [4, 3]
 * summary.months.map((m) => m.month) //=> [1, 4, 6, 7, 9, 10, 11]
 * ```
 */
export function restartSummary(device: DeviceProfile, year: number, options?: RestartSummaryOptions): RestartSummary {
  const fn = 'restartSummary';
  const y = _civilDate(fn, 'year', { year, month: 1, day: 1 }).year;
  const restarts = predictRestarts(device, {
    ...(_options(fn, options) as RestartSummaryOptions),
    from: { year: y, month: 1, day: 1 },
    to: { year: y, month: 12, day: 31 },
  });
  const planned = restarts.filter((r) => r.planned).length;
  return {
    year: y,
    planned,
    unplanned: restarts.length - planned,
    total: restarts.length,
    months: restarts.map((r) => r.month),
    restarts,
  };
}

/**
 * Questions about a product's releases: the month's B release per channel, everything in a month, and what a
 * device on a channel should run at a given time.
 * @module
 */
import { _isPlannedBaseline } from '../cadence/baseline-rule.js';
import { _latestReleasedMonth } from '../cadence/release-instant.js';
import { _status } from '../products/program-status.js';
import { _civilDate, _epochDay, _fromEpochDay, type DateInput } from '../time/civil-date.js';
import { _show, _error } from '../errors.js';
import { _asOfOptions, _options, _own } from '../guards.js';
import { _epochMs } from '../time/instant.js';
import { _patchTuesdayOf } from '../cadence/patch-tuesday.js';
import { _product, type ProductId } from '../products/products.js';
import {
  _fromMonthIndex,
  _monthIndex,
  _parseYearMonth,
  type YearMonth,
  type YearMonthInput,
} from '../time/year-month.js';
import { _zoneOption, _wallToEpochMs } from '../time/zone.js';
import { _catalog } from './catalog.js';
import { _index } from './lookup-index.js';
import { _bKey } from './validate.js';
import { CHANNELS, _isBRelease, type Catalog, type Channel, type Release } from './types.js';

/** URL of the planned-cadence rule, given as the source of projections. */
export const CADENCE_RULE_URL =
  'https://learn.microsoft.com/en-us/windows/deployment/windows-autopatch/manage/windows-autopatch-hotpatch-updates';

/** Options taking a catalog. */
export interface CatalogOptions {
  /**
   * Release data to use.
   * @defaultValue the built-in catalog
   */
  readonly catalog?: Catalog;
}

/** @internal */
export function _channel(fn: string, value: unknown): Channel {
  if (value === 'hotpatch' || value === 'standard') return value;
  throw _error('E_OPTION', `${fn}: channel ${_show(value)} is not accepted; expected 'hotpatch' or 'standard'`);
}

/**
 * The release of a month the data does not hold, from the planned rule, with no KB or build: `projected` for a
 * month after the data date, `unknown` for one on or before it in which the product's program was active (the
 * month is past; only its planned kind is known, and on the hotpatch channel of a planned hotpatch month not even
 * whether it restarted).
 */
function _missing(catalog: Catalog, product: ProductId, ym: YearMonth, channel: Channel): Release {
  const baseline = _isPlannedBaseline(ym.month);
  const kind = baseline ? 'baseline' : channel === 'hotpatch' ? 'hotpatch' : 'lcu';
  const unknown = _isUnknownMonth(catalog, product, ym);
  return {
    product,
    month: ym,
    channel,
    kind,
    kb: null,
    build: null,
    date: _patchTuesdayOf(ym),
    restartRequired: kind !== 'hotpatch' ? true : unknown ? null : false,
    source: unknown ? 'unknown' : 'projected',
    urls: [CADENCE_RULE_URL],
  };
}

/**
 * The one rule for a month the data does not hold: `unknown` (past: it happened, the data cannot say what) or
 * `projected` (still to come). Past means on or before the data date's latest Patch Tuesday, in a month the
 * product was serviced: inside its published program, or, for a product whose start Microsoft has not published
 * (Windows 11 26H2), from its first release in the data on. Every product, every output asks this. @internal
 */
export function _isUnknownMonth(catalog: Catalog, product: ProductId, ym: YearMonth): boolean {
  const index = _index(catalog);
  const mi = _monthIndex(ym);
  if (mi > index.dataMonth) return false;
  const status = _status(_product('releaseFor', product), ym);
  if (status === 'active') return true;
  if (status !== 'unknown') return false;
  const first = index.oldest.get(product);
  return first !== undefined && mi >= first;
}

/** B release of a month, unchecked. @internal */
export function _releaseFor(catalog: Catalog, product: ProductId, ym: YearMonth, channel: Channel): Release {
  return (
    _index(catalog).bRelease.get(_bKey({ product, channel, month: ym })) ?? _missing(catalog, product, ym, channel)
  );
}

/**
 * A month's Patch Tuesday ("B") release for a product on a channel. Months without published data (after the
 * newest published month, or a gap Microsoft has not filled) are `projected`: kind and restart from the planned
 * rule, `kb` and `build` null, never invented.
 * @param product - product id
 * @param month - the month (any accepted spelling)
 * @param channel - `'hotpatch'` or `'standard'`
 * @param options - see {@link CatalogOptions}
 * @returns the release
 * @throws {@link HotpatchTypeError} `E_UNKNOWN_PRODUCT`, `E_OPTION` for an unknown channel, `E_CATALOG`; like {@link parseYearMonth}
 * @category Catalog
 * @example
 * ```ts
 * releaseFor('windows-11-24h2', '2026-03', 'hotpatch').kb    //=> 'KB5079420'
 * releaseFor('windows-11-24h2', '2026-03', 'standard').build //=> '26100.8037'
 * releaseFor('windows-11-24h2', '2027-02', 'hotpatch').source //=> 'projected'
 * ```
 */
export function releaseFor(
  product: ProductId,
  month: YearMonthInput,
  channel: Channel,
  options?: CatalogOptions,
): Release {
  const fn = 'releaseFor';
  const p = _product(fn, product);
  const ym = _parseYearMonth(fn, 'month', month);
  const ch = _channel(fn, channel);
  const catalog = _catalog(fn, _own(_options(fn, options), 'catalog'));
  return _releaseFor(catalog, p.id, ym, ch);
}

/**
 * Every release of a month on both channels (B releases, OOB hotpatches and LCUs, previews), in date order.
 * A channel whose B release is not published appears with its projection.
 * @param product - product id
 * @param yearMonth - the month
 * @param options - see {@link CatalogOptions}
 * @returns the releases, oldest first (hotpatch channel first on the same day)
 * @throws like {@link releaseFor}
 * @category Catalog
 * @example
 * ```ts
 * releasesOf('windows-11-24h2', '2026-07').map((r) => r.kb)
 * //=> ['KB5101650', 'KB5101650', 'KB5121768', 'KB5121767', 'KB5101684']
 * ```
 */
export function releasesOf(product: ProductId, yearMonth: YearMonthInput, options?: CatalogOptions): Release[] {
  const fn = 'releasesOf';
  const p = _product(fn, product);
  const ym = _parseYearMonth(fn, 'yearMonth', yearMonth);
  const catalog = _catalog(fn, _own(_options(fn, options), 'catalog'));
  const mi = _monthIndex(ym);
  const out: Release[] = [];
  for (const channel of CHANNELS) {
    const list = _index(catalog).timeline.get(`${p.id}|${channel}`) ?? [];
    const inMonth = list.filter((t) => _monthIndex(t.release.month) === mi).map((t) => t.release);
    if (!inMonth.some((r) => _isBRelease(r.kind))) {
      inMonth.push(_missing(catalog, p.id, ym, channel));
    }
    out.push(...inMonth);
  }
  const day = (r: Release): number => (r.date ? _epochDay(r.date.year, r.date.month, r.date.day) : 0);
  // A stable sort: on one day the hotpatch channel's release stays first, as it was added first.
  return out.sort((a, b) => day(a) - day(b));
}

/** When to evaluate {@link currentRelease}: an instant (epoch milliseconds), or a date (its whole day, in a zone). */
export type AsOf = number | DateInput;

/** Options of {@link currentRelease}. */
export interface CurrentReleaseOptions extends CatalogOptions {
  /** When: epoch milliseconds, or a date whose whole day counts (read in `zone`). */
  readonly asOf: AsOf;
  /**
   * Zone in which a date `asOf` is read (the whole day counts).
   * @defaultValue `'UTC'`
   */
  readonly zone?: string;
}

/** Epoch ms of an `AsOf`: a number as is, a date as its last millisecond in `zone`. @internal */
function _asOfMs(fn: string, at: unknown, zone: string): number {
  if (typeof at === 'number') return _epochMs(fn, 'options.asOf', at);
  const d = _civilDate(fn, 'options.asOf', at);
  // The whole day counts: the instant just before the next day starts in the zone.
  const nextDay = _fromEpochDay(_epochDay(d.year, d.month, d.day) + 1);
  // Stryker disable next-line ArithmeticOperator: equivalent: no release lands at midnight (they land 17:00/18:00 UTC)
  return _wallToEpochMs(nextDay, 0, 0, zone) - 1;
}

/** Newest release on a channel at an instant, unchecked. @internal */
function _currentRelease(catalog: Catalog, product: ProductId, channel: Channel, atMs: number): Release | null {
  const index = _index(catalog);
  const list = index.timeline.get(`${product}|${channel}`) ?? [];
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as { at: number }).at <= atMs) lo = mid + 1;
    else hi = mid;
  }
  const published = lo > 0 ? (list[lo - 1] as { release: Release }).release : null;
  // Past the newest published month, the newest Patch Tuesday that has happened is a projection.
  const newest = index.newest.get(`${product}|${channel}`);
  if (newest === undefined) return published;
  const latest = _latestReleasedMonth(atMs);
  return latest > newest ? _missing(catalog, product, _fromMonthIndex(latest), channel) : published;
}

/**
 * What a device on a channel should run at a time: the newest release published at or before it, OOBs
 * included. Releases count from 10:00 Pacific on their date. Past the newest published month it returns the
 * projection of the latest Patch Tuesday (KB and build null). Null before the product's first release.
 * @param product - product id
 * @param channel - `'hotpatch'` or `'standard'`
 * @param options - see {@link CurrentReleaseOptions}; `asOf` is required (0.1's positional `at` is still read)
 * @param legacyOptions - the options, when `asOf` is given positionally
 * @returns the release, or null
 * @throws like {@link releaseFor}; `E_ZONE`; `E_DATE_RANGE` for a bad `asOf`; `E_OPTION` without `asOf`
 * @category Catalog
 * @example
 * ```ts
 * currentRelease('windows-11-24h2', 'hotpatch', { asOf: '2026-03-20' })?.kb //=> 'KB5084897'
 * currentRelease('windows-11-24h2', 'standard', { asOf: { year: 2026, month: 5, day: 20 } })?.build //=> '26100.8457'
 * ```
 */
export function currentRelease(
  product: ProductId,
  channel: Channel,
  options: CurrentReleaseOptions | AsOf,
  legacyOptions?: Omit<CurrentReleaseOptions, 'asOf'>,
): Release | null {
  const fn = 'currentRelease';
  const p = _product(fn, product);
  const ch = _channel(fn, channel);
  const { asOf, rest } = _asOfOptions(fn, options, legacyOptions);
  const catalog = _catalog(fn, _own(rest, 'catalog'));
  const zone = _zoneOption(fn, rest);
  return _currentRelease(catalog, p.id, ch, _asOfMs(fn, asOf, zone));
}

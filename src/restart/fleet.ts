/**
 * Fleet forecasts: one pass over a stream of device records (an Intune export, JSON lines), one result per
 * device, memory flat in the fleet's size.
 * @module
 */
import { _civilDate, _epochDay, _formatDate, type CivilDate, type DateInput } from '../time/civil-date.js';
import { isHotpatchError, _show, _error } from '../errors.js';
import { MAX_YEAR, _int, _options, _own } from '../guards.js';
import { _product, type ProductId } from '../products/products.js';
import { _formatYm, _fromMonthIndex, _monthIndex } from '../time/year-month.js';
import { _catalog } from '../catalog/catalog.js';
import { _index } from '../catalog/lookup-index.js';
import { _latestReleasedMonth } from '../cadence/release-instant.js';
import type { Catalog, Channel, ReleaseKind } from '../catalog/types.js';
import { _device } from './device.js';
import { _eligibilityReasons, type EligibilityCode } from './eligibility.js';
import { _restartDate, _simulate, type RestartReason } from './simulate.js';
import { _bKey } from '../catalog/validate.js';
import { _placeUbr, type BuildPlacement } from '../catalog/identify-build.js';
import { _ubrOf } from '../products/build.js';

/** Options of {@link forecastFleet}. */
export interface ForecastFleetOptions {
  /** The day of the forecast. */
  readonly asOf: DateInput;
  /**
   * How far ahead to look for the next restart, 1..120 months.
   * @defaultValue 12
   */
  readonly horizonMonths?: number;
  /**
   * Release data to use.
   * @defaultValue the built-in catalog
   */
  readonly catalog?: Catalog;
}

/** What a device's build is, in a fleet result. */
export interface FleetIdentity {
  /** Month of the release (`YYYY-MM`). */
  readonly month: string;
  /** Channel of the release. */
  readonly channel: Channel;
  /** Kind of the release. */
  readonly kind: ReleaseKind;
  /** Its KB. */
  readonly kb: string | null;
}

/** A device's next restart, in a fleet result. */
export interface FleetNextRestart {
  /** Release date `YYYY-MM-DD`. */
  readonly date: string;
  /** Why it restarts. */
  readonly reason: RestartReason;
  /** KB, or null when projected. */
  readonly kb: string | null;
}

/** Why a fleet record was refused. */
export interface FleetError {
  /** Stable error code. */
  readonly code: string;
  /** One-line message. */
  readonly message: string;
}

/** Per-device result of a fleet forecast. */
export type FleetResult =
  | {
      /** Position in the input, from 0. */
      readonly index: number;
      /** The record's `id`, if it had one. */
      readonly id: string | null;
      /** The record was a valid device. */
      readonly ok: true;
      /** Product (given or inferred). */
      readonly product: ProductId;
      /** Build, short form. */
      readonly build: string;
      /** What the build is, when the catalog knows it. */
      readonly identity: FleetIdentity | null;
      /** Where the build stands against the data; a build newer than every known release is assumed current. */
      readonly buildPlacement: BuildPlacement;
      /** True/false when the latest Patch Tuesday as of `asOf` is published; null when it is not, so currency cannot be told. */
      readonly current: boolean | null;
      /** Eligible for hotpatch on `asOf`. */
      readonly eligible: boolean;
      /** Codes of unmet prerequisites. */
      readonly reasons: readonly EligibilityCode[];
      /** Next predicted restart within the horizon. */
      readonly nextRestart: FleetNextRestart | null;
    }
  | {
      /** Position in the input, from 0. */
      readonly index: number;
      /** The record's `id`, if readable. */
      readonly id: string | null;
      /** The record was refused. */
      readonly ok: false;
      /** The coded error the record raised. */
      readonly error: FleetError;
    };

interface Prepared {
  readonly asOf: CivilDate;
  readonly asOfIndex: number;
  readonly asOfDay: number;
  readonly horizon: number;
  readonly catalog: Catalog;
  readonly latestReleased: number;
}

function prepare(fn: string, options: unknown): Prepared {
  const opts = _options(fn, options);
  const asOf = _civilDate(fn, 'options.asOf', _own(opts, 'asOf'));
  const horizonOpt = _own(opts, 'horizonMonths');
  const horizon = horizonOpt === undefined ? 12 : _int(fn, 'options.horizonMonths', horizonOpt, 1, 120, 'E_OPTION');
  const asOfIndex = _monthIndex(asOf);
  if (asOfIndex + horizon > _monthIndex({ year: MAX_YEAR, month: 12 }))
    throw _error('E_DATE_RANGE', `${fn}: options.asOf plus ${horizon} months leaves year 9999`);
  return {
    asOf,
    asOfIndex,
    asOfDay: _epochDay(asOf.year, asOf.month, asOf.day),
    horizon,
    catalog: _catalog(fn, _own(opts, 'catalog')),
    // End of the asOf day in UTC: releases of that day count as out.
    latestReleased: _latestReleasedMonth((_epochDay(asOf.year, asOf.month, asOf.day) + 1) * 86_400_000 - 1),
  };
}

function idOf(record: unknown): string | null {
  if (typeof record !== 'object' || record === null) return null;
  const id = _own(record, 'id');
  return typeof id === 'string' ? id.slice(0, 200) : typeof id === 'number' && Number.isFinite(id) ? String(id) : null;
}

function forecastOne(fn: string, record: unknown, index: number, p: Prepared): FleetResult {
  const id = idOf(record);
  try {
    const device = _device(fn, record);
    const product = _product(fn, device.product);
    const matches = (_index(p.catalog).byBuild.get(device.build) ?? []).filter((r) => r.product === product.id);
    const best =
      matches.length > 0 ? matches.reduce((a, b) => (_monthIndex(b.month) > _monthIndex(a.month) ? b : a)) : null;
    const latest = _fromMonthIndex(p.latestReleased);
    const bRelease = _index(p.catalog).bRelease;
    const published =
      bRelease.has(_bKey({ product: product.id, channel: 'hotpatch', month: latest })) ||
      bRelease.has(_bKey({ product: product.id, channel: 'standard', month: latest }));
    const current = !published ? null : best ? _monthIndex(best.month) >= p.latestReleased : false;
    const reasons = _eligibilityReasons(device, product, p.asOfIndex).map((r) => r.code);
    let next: { date: string; reason: RestartReason; kb: string | null } | null = null;
    _simulate(p.catalog, device, product, p.asOf, p.asOfIndex + p.horizon, (mi, release, reason) => {
      const d = _restartDate(release, mi);
      if (_epochDay(d.year, d.month, d.day) < p.asOfDay) return true;
      next = { date: _formatDate(d), reason, kb: release.kb };
      return false;
    });
    return {
      index,
      id,
      ok: true,
      product: product.id,
      build: device.build,
      identity: best ? { month: _formatYm(best.month), channel: best.channel, kind: best.kind, kb: best.kb } : null,
      buildPlacement: best ? 'known' : _placeUbr(p.catalog, product.id, _ubrOf(device.build)),
      current,
      eligible: reasons.length === 0,
      reasons,
      nextRestart: next,
    };
  } catch (error) {
    if (!isHotpatchError(error)) throw error;
    return { index, id, ok: false, error: { code: error.code, message: error.message } };
  }
}

/**
 * Forecasts a fleet from a synchronous iterable of device records, lazily: one result per record, in order.
 * Bad records give `{ ok: false, error }` results instead of stopping the stream.
 * @param devices - records as {@link parseDevice} accepts them (an `id` field is carried through)
 * @param options - see {@link ForecastFleetOptions}
 * @returns a generator of results
 * @throws {@link HotpatchTypeError} `E_TYPE` when `devices` is not iterable; `E_OPTION`/`E_DATE_RANGE` for bad options
 * @category Restarts
 * @example
 * ```ts
 * const [r] = [...forecastFleetSync([{ id: 'pc-1', edition: 'Enterprise', architecture: 'x64', osVersion: '10.0.26100.9106',
 *   license: 'microsoft-365-e3', vbsRunning: true, hotpatchPolicy: 'enabled', management: 'intune' }], { asOf: { year: 2026, month: 8, day: 20 } })];
 * r.ok && [r.product, r.eligible, r.current, r.nextRestart?.reason] //=> ['windows-11-24h2', true, true, 'unknown-release']
 * ```
 */
export function forecastFleetSync(
  devices: Iterable<unknown>,
  options: ForecastFleetOptions,
): Generator<FleetResult, void, undefined> {
  const fn = 'forecastFleet';
  const p = prepare(fn, options);
  if (
    devices === null ||
    typeof devices !== 'object' ||
    typeof (devices as Iterable<unknown>)[Symbol.iterator] !== 'function'
  ) {
    throw _error('E_TYPE', `${fn}: devices ${_show(devices)} is not iterable; expected an iterable of device records`);
  }
  return (function* run(): Generator<FleetResult, void, undefined> {
    let index = 0;
    for (const record of devices) yield forecastOne(fn, record, index++, p);
  })();
}

/**
 * Forecasts a fleet from a synchronous or asynchronous iterable (a stream of parsed CSV rows or JSON lines),
 * one result per record, in order, with memory flat in the fleet's size.
 * @param devices - records as {@link parseDevice} accepts them
 * @param options - see {@link ForecastFleetOptions}
 * @returns an async generator of results
 * @throws like {@link forecastFleetSync}
 * @category Restarts
 * @example
 * ```ts
 * const rows = [{ id: 'pc-2', edition: 'Pro', architecture: 'x64', osVersion: '10.0.26100.9106', hotpatchPolicy: 'enabled', management: 'intune' }];
 * const ineligible: string[] = [];
 * for await (const r of forecastFleet(rows, { asOf: { year: 2026, month: 11, day: 28 } })) {
 *   if (r.ok && !r.eligible) ineligible.push(`${r.id}: ${r.reasons.join(', ')}`);
 * }
 * ineligible //=> ['pc-2: EDITION_NOT_SUPPORTED, LICENSE_NOT_QUALIFYING, VBS_NOT_RUNNING']
 * ```
 */
export function forecastFleet(
  devices: Iterable<unknown> | AsyncIterable<unknown>,
  options: ForecastFleetOptions,
): AsyncGenerator<FleetResult, void, undefined> {
  const fn = 'forecastFleet';
  const p = prepare(fn, options);
  const isAsync =
    devices !== null &&
    typeof devices === 'object' &&
    typeof (devices as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function';
  if (
    !isAsync &&
    (devices === null ||
      typeof devices !== 'object' ||
      typeof (devices as Iterable<unknown>)[Symbol.iterator] !== 'function')
  ) {
    throw _error(
      'E_TYPE',
      `${fn}: devices ${_show(devices)} is not iterable; expected an iterable or async iterable of device records`,
    );
  }
  return (async function* run(): AsyncGenerator<FleetResult, void, undefined> {
    let index = 0;
    for await (const record of devices) yield forecastOne(fn, record, index++, p);
  })();
}

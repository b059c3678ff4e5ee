/**
 * One device of a fleet: its identity, compliance, eligibility and next restart on the as-of date, with the
 * assumptions filled in, and a verdict for Windows versions outside the hotpatch program too.
 * @internal
 * @module
 */
import { _patchTuesdayOf } from '../cadence/patch-tuesday.js';
import { _latestReleasedMonth } from '../cadence/release-instant.js';
import { _catalog } from '../catalog/catalog.js';
import { _placeUbr } from '../catalog/identify-build.js';
import { _releasesWithBuild } from '../catalog/lookup-index.js';
import type { Catalog } from '../catalog/types.js';
import { _error, isHotpatchError } from '../errors.js';
import { MAX_YEAR, _checkKeys, _int, _options, _own } from '../guards.js';
import { _parseBuild, _ubrOf } from '../products/build.js';
import { _product } from '../products/products.js';
import { _civilDate, _epochDay, _formatDate, type CivilDate } from '../time/civil-date.js';
import { _formatYm, _fromMonthIndex, _monthIndex } from '../time/year-month.js';
import { SERVER_DEVICE_ASSUMPTIONS, _assumptions, _withAssumptions, type DeviceAssumptions } from './assumptions.js';
import { _buildCandidates } from '../catalog/build-product.js';
import { _device } from './device.js';
import { _deviceServicingEnd, _eligibilityReasons } from './eligibility.js';
import { _servicingEnd, type ServicingEnd } from '../products/lifecycle.js';
import type { DeviceCompliance, FleetNextRestart, FleetResult } from './fleet-types.js';
import { _restartDate, _simulate } from './simulate.js';
import { _isProgramBuild, _programWindowsName, _windowsName } from './windows-versions.js';

/** A fleet forecast's options, checked once. */
export interface _Prepared {
  readonly asOf: CivilDate;
  readonly asOfIndex: number;
  readonly asOfDay: number;
  readonly horizon: number;
  readonly catalog: Catalog;
  /** Month index of the newest Patch Tuesday published by the end of the as-of day (UTC). */
  readonly latestReleased: number;
  readonly assume: DeviceAssumptions;
  readonly assumeEsu: boolean;
}

/** Checks a fleet forecast's options. */
export function _prepareFleet(fn: string, options: unknown): _Prepared {
  const opts = _options(fn, options);
  const asOf = _civilDate(fn, 'options.asOf', _own(opts, 'asOf'));
  const horizonOpt = _own(opts, 'horizonMonths');
  const horizon = horizonOpt === undefined ? 12 : _int(fn, 'options.horizonMonths', horizonOpt, 1, 120, 'E_OPTION');
  const asOfIndex = _monthIndex(asOf);
  if (asOfIndex + horizon > _monthIndex({ year: MAX_YEAR, month: 12 })) {
    throw _error('E_DATE_RANGE', `${fn}: options.asOf plus ${horizon} months leaves year 9999`);
  }
  const asOfDay = _epochDay(asOf.year, asOf.month, asOf.day);
  const nextDayMs = (asOfDay + 1) * 86_400_000;
  return {
    asOf,
    asOfIndex,
    asOfDay,
    horizon,
    catalog: _catalog(fn, _own(opts, 'catalog')),
    // Stryker disable next-line ArithmeticOperator: equivalent: releases land at 17:00/18:00 UTC, never at midnight ± 1 ms
    latestReleased: _latestReleasedMonth(nextDayMs - 1),
    assume: _assumptions(fn, _own(opts, 'assume')),
    assumeEsu: _esuOption(fn, _own(opts, 'assumeEsu')),
  };
}

function _esuOption(fn: string, value: unknown): boolean {
  if (value === undefined || typeof value === 'boolean') return value === true;
  throw _error(
    'E_OPTION',
    `${fn}: options.assumeEsu ${JSON.stringify(value)?.slice(0, 40)} is not accepted; expected true or false`,
  );
}

/** Whether a day is after a servicing end: the end day itself still gets its Patch Tuesday update. */
function ended(end: ServicingEnd | null, p: _Prepared): boolean {
  return end !== null && p.asOfDay > _epochDay(end.date.year, end.date.month, end.date.day);
}

/** A device past its servicing end: not current, no restart ahead (no update ships), the end named. */
const PAST_END = {
  current: false,
  releasesBehind: null,
  daysBehind: null,
  complianceNote: 'end-of-servicing',
} as const;

/** A record's `id` as a result carries it: a string cut at 200 characters, a finite number as text, else null. */
export function _deviceIdOf(record: unknown): string | null {
  const id = typeof record === 'object' && record !== null ? _own(record, 'id') : undefined;
  return typeof id === 'string' ? id.slice(0, 200) : typeof id === 'number' && Number.isFinite(id) ? String(id) : null;
}

/** Days from the Patch Tuesday of month index `mi` to the as-of day. */
function daysSince(mi: number, p: _Prepared): number {
  const d = _patchTuesdayOf(_fromMonthIndex(mi));
  return p.asOfDay - _epochDay(d.year, d.month, d.day);
}

/** Compliance of a known release month, or of a build placed by its number. */
function compliance(p: _Prepared, identityMonth: number | null, placement: string): DeviceCompliance {
  if (identityMonth !== null) {
    const behind = Math.max(0, p.latestReleased - identityMonth);
    return {
      current: behind === 0,
      releasesBehind: behind,
      daysBehind: behind === 0 ? 0 : daysSince(identityMonth + 1, p),
      complianceNote: null,
    };
  }
  if (placement === 'newer-than-data')
    return { current: true, releasesBehind: 0, daysBehind: 0, complianceNote: 'newer-than-data' };
  if (placement === 'older-than-data')
    return { current: false, releasesBehind: null, daysBehind: null, complianceNote: 'older-than-data' };
  return { current: null, releasesBehind: null, daysBehind: null, complianceNote: 'unknown-build' };
}

/** The next Patch Tuesday on or after the as-of day: when a monthly-restart device restarts next. */
function nextMonthlyRestart(p: _Prepared): FleetNextRestart {
  const thisMonth = _patchTuesdayOf(p.asOf);
  const mi = thisMonth.day >= p.asOf.day ? p.asOfIndex : p.asOfIndex + 1;
  return { date: _formatDate(_patchTuesdayOf(_fromMonthIndex(mi))), reason: 'monthly-lcu', kb: null };
}

/** A Windows version outside the hotpatch program: known, restarts every month, no data to judge currency. */
function outsideProgram(
  index: number,
  id: string | null,
  build: { build: number; ubr: number },
  edition: string,
  esu: boolean,
  assumed: readonly string[],
  p: _Prepared,
): FleetResult {
  const end = _servicingEnd(build.build, edition, esu);
  // Past its end of servicing no update ships: not current, no restart ahead, and the end named.
  const past = ended(end, p);
  return {
    index,
    id,
    ok: true,
    product: null,
    windows: _windowsName(build.build, edition),
    build: `${build.build}.${build.ubr}`,
    identity: null,
    buildPlacement: null,
    ...(past
      ? PAST_END
      : { current: null, releasesBehind: null, daysBehind: null, complianceNote: 'no-data-for-product' as const }),
    eligible: false,
    reasons: past ? ['NOT_A_HOTPATCH_PRODUCT', 'END_OF_SERVICING'] : ['NOT_A_HOTPATCH_PRODUCT'],
    nextRestart: past ? null : nextMonthlyRestart(p),
    servicingEnd: end ? _formatDate(end.date) : null,
    assumed,
  };
}

/** Forecasts one record; a bad record gives an error result, never a throw. */
export function _forecastDevice(fn: string, record: unknown, index: number, p: _Prepared): FleetResult {
  const id = _deviceIdOf(record);
  try {
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      throw _error(
        'E_DEVICE',
        `${fn}: device ${JSON.stringify(record)?.slice(0, 60)} is not an object; expected a device record`,
      );
    }
    _checkKeys(`${fn}: device`, record, null, 'E_DEVICE'); // no __proto__ or constructor key may be copied
    const { record: filled, assumed } = _withAssumptions(record, p.assume);
    const buildText = filled['build'] ?? filled['osVersion'];
    const parsed = _parseBuild(fn, 'device.build', buildText);
    const edition = typeof filled['edition'] === 'string' ? filled['edition'] : '';
    if (!_isProgramBuild(parsed.build) && (filled['product'] === undefined || filled['product'] === '')) {
      const esuField = filled['esu'];
      const esu = esuField === undefined || esuField === '' ? p.assumeEsu : esuField === true || esuField === 'true';
      return outsideProgram(index, id, parsed, edition, esu, assumed, p);
    }
    // An assumed edition never decides between Windows 11 24H2 and Server 2025: the data does where it can (a
    // revision on the server's own line is a server, with the server's assumptions); else the assumption stands.
    if (assumed.includes('edition') && (filled['product'] === undefined || filled['product'] === '')) {
      const fromData = _buildCandidates(p.catalog, parsed.build, parsed.ubr);
      const only = fromData.length === 1 ? _product(fn, fromData[0]) : null;
      if (only && only.family === 'server') {
        filled['edition'] = SERVER_DEVICE_ASSUMPTIONS.edition;
        if (assumed.includes('management')) filled['management'] = SERVER_DEVICE_ASSUMPTIONS.management;
      }
    }
    if ((filled['esu'] === undefined || filled['esu'] === '') && p.assumeEsu) filled['esu'] = true;
    const device = _device(fn, filled, p.catalog);
    const product = _product(fn, device.product);
    const matches = _releasesWithBuild(p.catalog, device.build, product.id);
    const best =
      matches.length > 0 ? matches.reduce((a, b) => (_monthIndex(b.month) > _monthIndex(a.month) ? b : a)) : null;
    const placement = best ? 'known' : _placeUbr(p.catalog, product.id, _ubrOf(device.build));
    const reasons = _eligibilityReasons(device, product, p.asOfIndex).map((r) => r.code);
    const end = _deviceServicingEnd(device, product);
    if (ended(end, p) && !reasons.includes('END_OF_SERVICING')) reasons.push('END_OF_SERVICING');
    let next: FleetNextRestart | null = null;
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
      windows: _programWindowsName(product.id, product.displayName, device.edition),
      build: device.build,
      identity: best ? { month: _formatYm(best.month), channel: best.channel, kind: best.kind, kb: best.kb } : null,
      buildPlacement: placement,
      ...(ended(end, p) ? PAST_END : compliance(p, best ? _monthIndex(best.month) : null, placement)),
      eligible: reasons.length === 0,
      reasons,
      nextRestart: next,
      servicingEnd: end ? _formatDate(end.date) : null,
      assumed,
    };
  } catch (error) {
    if (!isHotpatchError(error)) throw error;
    return { index, id, ok: false, error: { code: error.code, message: error.message } };
  }
}

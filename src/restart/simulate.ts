/**
 * The month-by-month simulation behind every restart answer: the device's state at the window's start, then for
 * each Patch Tuesday release whether it restarts the device and why. `predictRestarts`, `nextRestart` and the
 * fleet forecast all run it, so they cannot disagree.
 * @internal
 * @module
 */
import { _baselineIndexOf } from '../cadence/baseline-rule.js';
import { _patchTuesdayOf } from '../cadence/patch-tuesday.js';
import { _index, _releasesWithBuild } from '../catalog/lookup-index.js';
import { _releaseFor } from '../catalog/releases.js';
import { _placeUbr } from '../catalog/identify-build.js';
import { _isBaselineKind, type Catalog, type Release } from '../catalog/types.js';
import { _ubrOf } from '../products/build.js';
import type { Product, ProductId } from '../products/products.js';
import type { CivilDate } from '../time/civil-date.js';
import { _fromMonthIndex, _monthIndex } from '../time/year-month.js';
import type { DeviceProfile } from './device.js';
import { _deviceServicingEnd, _eligibilityReasons } from './eligibility.js';

/** Why a restart happens. */
export const RESTART_REASONS = [
  'planned-baseline',
  'unplanned-baseline',
  'monthly-lcu',
  'catch-up-baseline',
  'off-track-lcu',
  'unknown-release',
] as const;
/**
 * - `planned-baseline`: a quarterly baseline on the hotpatch channel;
 * - `unplanned-baseline`: a planned hotpatch month replaced by a baseline (from the catalog);
 * - `monthly-lcu`: the device is on the standard channel (ineligible or hotpatch off): every monthly cumulative update restarts;
 * - `catch-up-baseline`: an eligible device below the current baseline installs it first;
 * - `off-track-lcu`: an eligible device that installed a non-hotpatch cumulative update gets LCUs until the next baseline;
 * - `unknown-release`: a past planned hotpatch month whose release is not in the data: the device may have had a
 *   hotpatch (no restart) or an unplanned baseline (restart), so the month is listed as a possible restart.
 */
export type RestartReason = (typeof RESTART_REASONS)[number];

type TrackState = 'on-track' | 'off-track' | 'below-baseline';

/**
 * The device's state at the window's first release (month index `m0`): the month to simulate from and whether
 * it is on the hotpatch track, off it (a non-hotpatch LCU since its baseline), or below the current baseline.
 * A build newer than the window starts the simulation after its own month. @internal
 */
function startState(
  catalog: Catalog,
  device: DeviceProfile,
  product: Product,
  m0: number,
): { start: number; state: TrackState } {
  const matches = _releasesWithBuild(catalog, device.build, product.id);
  let start = m0;
  let state: TrackState = 'on-track';
  if (matches.length > 0) {
    const buildMonth = Math.max(...matches.map((r) => _monthIndex(r.month)));
    const onTrack = matches.some((r) => r.channel === 'hotpatch' || _isBaselineKind(r.kind));
    state = onTrack ? 'on-track' : 'off-track';
    if (buildMonth + 1 >= m0) start = buildMonth + 1;
    // Stryker disable next-line EqualityOperator: equivalent: a shortcut; any gap of 3 or more months holds a baseline
    else if (m0 - buildMonth > 3 || baselineBetween(catalog, product.id, buildMonth + 1, m0 - 1))
      state = 'below-baseline';
  } else {
    // A build the data does not know is placed by its number: below every known release of the product it is far
    // behind; above every one it is assumed current; in between it is judged against the last baseline.
    const placement = _placeUbr(catalog, product.id, _ubrOf(device.build));
    const last = lastBaseline(catalog, product.id, m0);
    if (placement === 'older-than-data') state = 'below-baseline';
    else if (placement === 'between-releases' && last?.build && _ubrOf(device.build) < _ubrOf(last.build))
      state = 'below-baseline';
  }
  // A non-hotpatch LCU installed since the last planned baseline takes the device off track until the next one.
  const installed = device.installedSinceBaseline ?? [];
  if (installed.length > 0 && state === 'on-track') {
    const latest = Math.max(...installed.map((u) => _monthIndex(u.month)));
    if (latest >= _baselineIndexOf(start - 1)) {
      state = 'off-track';
      start = Math.max(start, latest + 1);
    }
  }
  return { start, state };
}

/** Month index from which a product exists: the earlier of its first release in the data and its program start. */
function _productBirth(catalog: Catalog, product: Product): number {
  const first = _index(catalog).oldest.get(product.id);
  const program = product.hotpatchPreviewStart?.value ?? product.hotpatchStart?.value;
  const candidates = [first, program ? _monthIndex(program) : undefined].filter((x): x is number => x !== undefined);
  return candidates.length === 0 ? Number.NEGATIVE_INFINITY : Math.min(...candidates);
}

function baselineBetween(catalog: Catalog, product: ProductId, first: number, last: number): boolean {
  for (let mi = first; mi <= last; mi++)
    if (_isBaselineKind(_releaseFor(catalog, product, _fromMonthIndex(mi), 'hotpatch').kind)) return true;
  return false;
}

/** Month index of the first Patch Tuesday on or after a date. @internal */
function _firstReleaseMonth(date: CivilDate): number {
  const mi = _monthIndex(date);
  return date.day <= _patchTuesdayOf(date).day ? mi : mi + 1;
}

/**
 * The simulation, unchecked: from the first Patch Tuesday on or after `from` through month `toIndex`, calling
 * `emit` for each restart (return false to stop). A device behind restarts when it takes its next release. @internal
 */
export function _simulate(
  catalog: Catalog,
  device: DeviceProfile,
  product: Product,
  from: CivilDate,
  toIndex: number,
  emit: (mi: number, release: Release, reason: RestartReason) => boolean,
): void {
  // Nothing happens to a device before its product exists (its first release in the data, or its published program
  // start, whichever is earlier): a Windows Server 2025 device installs no update in 2023.
  let { start, state } = startState(
    catalog,
    device,
    product,
    Math.max(_firstReleaseMonth(from), _productBirth(catalog, product)),
  );
  // After its first month in the simulation the device has installed an update, so its build is past any minimum.
  let updated = false;
  // After the end of servicing of the device's version and edition no release ships, so nothing restarts it (Pro
  // ends a year before Enterprise). Where no date is published, the product's end of hotpatch servicing bounds it.
  const deviceEnd = _deviceServicingEnd(device, product);
  const end = deviceEnd
    ? _monthIndex(deviceEnd.date)
    : product.endOfServicing
      ? _monthIndex(product.endOfServicing.value.lastMonth)
      : null;
  const last = end === null ? toIndex : Math.min(toIndex, end);
  for (let mi = start; mi <= last; mi++) {
    const ym = _fromMonthIndex(mi);
    const hot = _releaseFor(catalog, product.id, ym, 'hotpatch');
    let reasons = _eligibilityReasons(device, product, mi);
    if (updated) reasons = reasons.filter((r) => r.code !== 'BUILD_BELOW_MINIMUM');
    let release: Release | null = null;
    let reason: RestartReason | null = null;
    if (reasons.length > 0) {
      release = _releaseFor(catalog, product.id, ym, 'standard');
      reason = 'monthly-lcu';
      state = _isBaselineKind(release.kind) || _isBaselineKind(hot.kind) ? 'on-track' : 'off-track';
    } else if (_isBaselineKind(hot.kind)) {
      release = hot;
      reason = hot.kind === 'baseline' ? 'planned-baseline' : 'unplanned-baseline';
      state = 'on-track';
    } else if (state === 'below-baseline') {
      release = lastBaseline(catalog, product.id, mi) ?? hot;
      reason = 'catch-up-baseline';
      state = 'on-track';
    } else if (state === 'off-track') {
      release = _releaseFor(catalog, product.id, ym, 'standard');
      reason = 'off-track-lcu';
    } else if (hot.restartRequired === null) {
      release = hot;
      reason = 'unknown-release';
    }
    updated = true;
    if (release && reason && emit(mi, release, reason) === false) return;
  }
}

function lastBaseline(catalog: Catalog, product: ProductId, mi: number): Release | null {
  for (let i = mi - 1; i >= mi - 3; i--) {
    const r = _releaseFor(catalog, product, _fromMonthIndex(i), 'hotpatch');
    if (_isBaselineKind(r.kind)) return r;
  }
  return null;
}

/**
 * When a restart of month `mi` happens: the release's own date when it belongs to that month, else that month's
 * Patch Tuesday (a catch-up installs an earlier baseline at the device's next release). @internal
 */
export function _restartDate(release: Release, mi: number): CivilDate {
  if (release.date && _monthIndex(release.month) === mi) return release.date;
  const month = _fromMonthIndex(mi);
  return _patchTuesdayOf(month);
}

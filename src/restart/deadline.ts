/**
 * Restart deadlines under Windows Update for Business / Autopatch ring policies: when a quality update is
 * offered, when its deadline falls, when the grace period ends, and so when a restart is forced.
 * @see https://learn.microsoft.com/en-us/windows/deployment/windows-autopatch/operate/windows-autopatch-windows-quality-update-overview
 * @module
 */
import { _show, _error } from '../errors.js';
import { _checkKeys, _options, _own } from '../guards.js';
import { _product, type ProductId } from '../products/products.js';
import { _pacificTenAm } from '../cadence/release-instant.js';
import { _patchTuesdayOf } from '../cadence/patch-tuesday.js';
import { _epochMs, _zonedInstant, type ZonedInstant } from '../time/instant.js';
import { _zoneOption, _plusDaysInZone } from '../time/zone.js';
import { _parseYearMonth, type YearMonth, type YearMonthInput } from '../time/year-month.js';
import { _catalog } from '../catalog/catalog.js';
import { _channel, _releaseFor } from '../catalog/releases.js';
import type { Catalog, Channel, Release } from '../catalog/types.js';

/** A ring policy in either Graph vocabulary (other keys of a Graph object are ignored). */
export interface RingPolicy {
  /** Days after Patch Tuesday before the update is offered (Graph `windowsUpdates` vocabulary), 0..30. */
  readonly deferralInDays?: number;
  /** Same as `deferralInDays` (Intune `windowsUpdateForBusinessConfiguration` vocabulary), 0..30. */
  readonly qualityUpdatesDeferralPeriodInDays?: number;
  /** Days after the offer until the restart is enforced, 0..30. */
  readonly deadlineForQualityUpdatesInDays?: number;
  /** Same as `deadlineForQualityUpdatesInDays` (Graph `userExperienceSettings`), 0..30. */
  readonly daysUntilForcedReboot?: number;
  /** Minimum days from a pending restart until it is forced, 0..7. */
  readonly deadlineGracePeriodInDays?: number;
}

/** A ring policy with one vocabulary. */
export interface NormalizedRingPolicy {
  /** Deferral days. */
  readonly deferralDays: number;
  /** Deadline days, or null when no deadline is configured. */
  readonly deadlineDays: number | null;
  /** Grace period days. */
  readonly graceDays: number;
}

/** Names of the Windows Autopatch ring presets (the four deployment rings and the expedited release). */
export const RING_PRESETS = ['test', 'first', 'fast', 'broad', 'expedited'] as const;
/** Name of an Autopatch ring preset. */
export type RingPreset = (typeof RING_PRESETS)[number];

/** Windows Autopatch ring presets (deferral / deadline / grace days), from {@link AUTOPATCH_RING_PRESETS_URL}. */
export const AUTOPATCH_RING_PRESETS: Readonly<Record<RingPreset, NormalizedRingPolicy>> = {
  test: { deferralDays: 0, deadlineDays: 0, graceDays: 0 },
  first: { deferralDays: 1, deadlineDays: 2, graceDays: 2 },
  fast: { deferralDays: 6, deadlineDays: 2, graceDays: 2 },
  broad: { deferralDays: 9, deadlineDays: 5, graceDays: 2 },
  expedited: { deferralDays: 0, deadlineDays: 1, graceDays: 1 },
};
/** Where the presets are documented (the deferral/deadline/grace table of Autopatch's quality update overview). */
export const AUTOPATCH_RING_PRESETS_URL =
  'https://learn.microsoft.com/en-us/windows/deployment/windows-autopatch/operate/windows-autopatch-windows-quality-update-overview';
/** Default grace period of the ConfigureDeadlineGracePeriod policy when a deadline is set without one. */
export const DEFAULT_GRACE_DAYS = 2;
const CSP_URL = 'https://learn.microsoft.com/en-us/windows/client-management/mdm/policy-csp-update';

function days(fn: string, field: string, value: unknown, max: number): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > max) {
    throw _error(
      'E_POLICY',
      `${fn}: policy.${field} ${_show(value)} is not accepted; expected a whole number of days from 0 to ${max}`,
    );
  }
  return value;
}

function alias(fn: string, a: [string, number | undefined], b: [string, number | undefined]): number | undefined {
  if (a[1] !== undefined && b[1] !== undefined && a[1] !== b[1]) {
    throw _error(
      'E_POLICY',
      `${fn}: policy.${a[0]} (${a[1]}) and policy.${b[0]} (${b[1]}) disagree; expected one value`,
    );
  }
  return a[1] ?? b[1];
}

/** @internal */
function _ringPolicy(fn: string, policy: unknown): NormalizedRingPolicy {
  if (typeof policy === 'string') {
    if ((RING_PRESETS as readonly string[]).includes(policy)) return AUTOPATCH_RING_PRESETS[policy as RingPreset];
    throw _error(
      'E_POLICY',
      `${fn}: policy ${_show(policy)} is not a preset; expected one of ${Object.keys(AUTOPATCH_RING_PRESETS).join(', ')} or a policy record`,
    );
  }
  if (typeof policy !== 'object' || policy === null || Array.isArray(policy)) {
    throw _error(
      'E_POLICY',
      `${fn}: policy ${_show(policy)} is not a policy; expected a preset name or a record with deferralInDays, deadlineForQualityUpdatesInDays, deadlineGracePeriodInDays`,
    );
  }
  _checkKeys(`${fn}: policy`, policy, null, 'E_POLICY');
  const rec = policy as Record<string, unknown>;
  const get = (k: string): unknown => _own(rec, k);
  const deferral = alias(
    fn,
    ['deferralInDays', days(fn, 'deferralInDays', get('deferralInDays'), 30)],
    [
      'qualityUpdatesDeferralPeriodInDays',
      days(fn, 'qualityUpdatesDeferralPeriodInDays', get('qualityUpdatesDeferralPeriodInDays'), 30),
    ],
  );
  const deadline = alias(
    fn,
    [
      'deadlineForQualityUpdatesInDays',
      days(fn, 'deadlineForQualityUpdatesInDays', get('deadlineForQualityUpdatesInDays'), 30),
    ],
    ['daysUntilForcedReboot', days(fn, 'daysUntilForcedReboot', get('daysUntilForcedReboot'), 30)],
  );
  const grace = days(fn, 'deadlineGracePeriodInDays', get('deadlineGracePeriodInDays'), 7);
  return { deferralDays: deferral ?? 0, deadlineDays: deadline ?? null, graceDays: grace ?? DEFAULT_GRACE_DAYS };
}

/** Options of {@link restartDeadline}. */
export interface RestartDeadlineOptions {
  /**
   * IANA zone of the device: days are added on its wall clock.
   * @defaultValue `'UTC'`
   */
  readonly zone?: string;
  /**
   * The device's channel: a hotpatch device has no forced restart in a hotpatch month.
   * @defaultValue `'standard'`
   */
  readonly channel?: Channel;
  /**
   * Product, for unplanned baselines from the catalog.
   * @defaultValue `'windows-11-24h2'`
   */
  readonly product?: ProductId;
  /** When the device first found the update (epoch ms); the deadline counts from here. Defaults to the offer. */
  readonly foundAt?: number;
  /** When the restart became pending (epoch ms); the grace period counts from here. Defaults to `foundAt`. */
  readonly restartPendingAt?: number;
  /**
   * Release data to use.
   * @defaultValue the built-in catalog
   */
  readonly catalog?: Catalog;
}

/** Result of {@link restartDeadline}. */
export interface RestartDeadline {
  /** The month. */
  readonly month: YearMonth;
  /** The release the device gets. */
  readonly release: Release;
  /** The policy applied. */
  readonly policy: NormalizedRingPolicy;
  /** Patch Tuesday, 10:00 Pacific. */
  readonly published: ZonedInstant;
  /** When the update is offered: publication plus the deferral. */
  readonly offer: ZonedInstant;
  /** Whether this release restarts the device at all. */
  /**
   * Whether this release restarts the device; null for a past month the data does not hold (a hotpatch or an
   * unplanned baseline?): the deadline is then given as if it restarts, the cautious reading.
   */
  readonly restartRequired: boolean | null;
  /** Deadline: `foundAt` plus the deadline days (null without a deadline, or without a restart). */
  readonly deadline: ZonedInstant | null;
  /** End of the grace period: `restartPendingAt` plus the grace days (null without a deadline, or without a restart). */
  readonly graceEnd: ZonedInstant | null;
  /** When the restart is forced: the later of deadline and grace end (null when none is forced). */
  readonly forcedRestart: ZonedInstant | null;
  /** Why there is no forced restart, when there is none. */
  readonly noForcedRestartBecause?: 'hotpatch-no-restart' | 'no-deadline-configured';
  /** Microsoft pages the rules come from. */
  readonly urls: readonly string[];
}

/**
 * Restart deadline of a month's quality update under a ring policy. Offer = Patch Tuesday 10:00 Pacific plus
 * the deferral; deadline = when the device found the update (default: the offer) plus the deadline days;
 * grace end = when the restart became pending (default: found) plus the grace days; the restart is forced at the
 * later of deadline and grace end. Days are added on the device's wall clock. Windows picks the exact minute
 * outside active hours, so treat the forced instant as "from then on", not as a scheduled time.
 * @param yearMonth - the month
 * @param policy - an Autopatch preset (`'test'`, `'first'`, `'fast'`, `'broad'`, `'expedited'`) or a policy record in either Graph vocabulary
 * @param options - see {@link RestartDeadlineOptions}
 * @returns the timeline; in a hotpatch month on the hotpatch channel `restartRequired` is false and `forcedRestart` null
 * @throws {@link HotpatchRangeError} `E_POLICY` for negative, fractional or too large days (deferral or deadline > 30, grace > 7), disagreeing aliases or unknown presets; `E_ZONE`; like {@link parseYearMonth}
 * @category Restarts
 * @example
 * ```ts
 * const d = restartDeadline('2026-07', { deferralInDays: 1, deadlineForQualityUpdatesInDays: 2, deadlineGracePeriodInDays: 2 }, { zone: 'Europe/Berlin' });
 * [d.offer.local, d.forcedRestart?.local] //=> ['2026-07-15T19:00:00+02:00', '2026-07-17T19:00:00+02:00']
 * ```
 */
export function restartDeadline(
  yearMonth: YearMonthInput,
  policy: RingPolicy | RingPreset,
  options?: RestartDeadlineOptions,
): RestartDeadline {
  const fn = 'restartDeadline';
  const ym = _parseYearMonth(fn, 'yearMonth', yearMonth);
  const p = _ringPolicy(fn, policy);
  const opts = _options(fn, options);
  const zone = _zoneOption(fn, opts);
  const channelOpt = _own(opts, 'channel');
  const channel = channelOpt === undefined ? 'standard' : _channel(fn, channelOpt);
  const productOpt = _own(opts, 'product');
  const product = productOpt === undefined ? 'windows-11-24h2' : _product(fn, productOpt).id;
  const catalog = _catalog(fn, _own(opts, 'catalog'));
  const release = _releaseFor(catalog, product, ym, channel);
  // Stryker disable next-line LogicalOperator: equivalent: a month's B release is dated its Patch Tuesday
  const publishedMs = _pacificTenAm(release.date ?? _patchTuesdayOf(ym));
  const offerMs = _plusDaysInZone(publishedMs, p.deferralDays, zone);
  const foundOpt = _own(opts, 'foundAt');
  const foundMs = foundOpt === undefined ? offerMs : _epochMs(fn, 'options.foundAt', foundOpt);
  const pendingOpt = _own(opts, 'restartPendingAt');
  const pendingMs = pendingOpt === undefined ? foundMs : _epochMs(fn, 'options.restartPendingAt', pendingOpt);
  const base = {
    month: ym,
    release,
    policy: p,
    published: _zonedInstant(publishedMs, zone),
    offer: _zonedInstant(offerMs, zone),
    urls: [AUTOPATCH_RING_PRESETS_URL, CSP_URL],
  };
  if (release.restartRequired === false) {
    return {
      ...base,
      restartRequired: false,
      deadline: null,
      graceEnd: null,
      forcedRestart: null,
      noForcedRestartBecause: 'hotpatch-no-restart',
    };
  }
  if (p.deadlineDays === null) {
    return {
      ...base,
      restartRequired: release.restartRequired,
      deadline: null,
      graceEnd: null,
      forcedRestart: null,
      noForcedRestartBecause: 'no-deadline-configured',
    };
  }
  const deadlineMs = _plusDaysInZone(foundMs, p.deadlineDays, zone);
  const graceMs = _plusDaysInZone(pendingMs, p.graceDays, zone);
  return {
    ...base,
    restartRequired: release.restartRequired,
    deadline: _zonedInstant(deadlineMs, zone),
    graceEnd: _zonedInstant(graceMs, zone),
    forcedRestart: _zonedInstant(Math.max(deadlineMs, graceMs), zone),
  };
}

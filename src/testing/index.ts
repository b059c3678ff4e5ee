/**
 * `hotpatch-calendar/testing`: fast-check arbitraries for this library's domain, and invariant checks that
 * other projects can run against their own reboot logic. Arbitraries are built from bounds, never `.filter`.
 * @packageDocumentation
 */
import fc from 'fast-check';
// The kit is a client of the public API: it imports the package by name, so its bundle carries no second copy
// of the library or its data (package self-reference; tsconfig paths and the test alias map it to src/).
import {
  PRODUCT_IDS,
  daysInMonth,
  plannedMonthKind,
  type CivilDate,
  type ProductId,
  type RingPolicy,
  type YearMonth,
} from 'hotpatch-calendar';

/** Bounds for year-based arbitraries. */
export interface YearBounds {
  /**
   * Smallest year.
   * @defaultValue 1
   */
  readonly minYear?: number;
  /**
   * Largest year.
   * @defaultValue 9999
   */
  readonly maxYear?: number;
}

/**
 * Any product id.
 * @returns an arbitrary of {@link ProductId}
 * @category Testing
 * @example
 * ```ts
 * fc.sample(productIdArbitrary(), 1)[0] //=> e.g. 'windows-server-2025'
 * fc.sample(productIdArbitrary(), 20).every((id) => PRODUCT_IDS.includes(id)) //=> true
 * ```
 */
export function productIdArbitrary(): fc.Arbitrary<ProductId> {
  return fc.constantFrom(...PRODUCT_IDS);
}

/**
 * Year-months within bounds, uniformly over months.
 * @param bounds - see {@link YearBounds}
 * @returns an arbitrary of `{ year, month }`
 * @category Testing
 * @example
 * ```ts
 * fc.sample(yearMonthArbitrary({ minYear: 2026, maxYear: 2026 }), 1)[0].year //=> 2026
 * ```
 */
export function yearMonthArbitrary(bounds: YearBounds = {}): fc.Arbitrary<YearMonth> {
  const min = (bounds.minYear ?? 1) * 12;
  const max = (bounds.maxYear ?? 9999) * 12 + 11;
  return fc.integer({ min, max }).map((i) => ({ year: Math.floor(i / 12), month: (i % 12) + 1 }));
}

/**
 * Valid civil dates within bounds (the day is scaled into the month, so no value is rejected).
 * @param bounds - see {@link YearBounds}
 * @returns an arbitrary of `{ year, month, day }`
 * @category Testing
 * @example
 * ```ts
 * fc.sample(civilDateArbitrary(), 1)[0].day >= 1 //=> true
 * ```
 */
export function civilDateArbitrary(bounds: YearBounds = {}): fc.Arbitrary<CivilDate> {
  return fc
    .tuple(yearMonthArbitrary(bounds), fc.integer({ min: 0, max: 30 }))
    .map(([ym, d]) => ({ year: ym.year, month: ym.month, day: 1 + (d % daysInMonth(ym.year, ym.month)) }));
}

/** IANA zones chosen for their edge cases: half-hour and 45-minute offsets, +14, southern-hemisphere DST, no DST. */
export const EDGE_ZONES = [
  'UTC',
  'America/Los_Angeles',
  'America/St_Johns',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Asia/Tokyo',
  'Australia/Sydney',
  'Australia/Lord_Howe',
  'Pacific/Auckland',
  'Pacific/Chatham',
  'Pacific/Kiritimati',
  'Europe/Berlin',
  'Europe/London',
  'America/Sao_Paulo',
] as const;

/**
 * IANA zone names with awkward offsets and DST rules.
 * @returns an arbitrary of zone names from {@link EDGE_ZONES}
 * @category Testing
 * @example
 * ```ts
 * EDGE_ZONES.includes(fc.sample(ianaZoneArbitrary(), 1)[0]) //=> true
 * ```
 */
export function ianaZoneArbitrary(): fc.Arbitrary<(typeof EDGE_ZONES)[number]> {
  return fc.constantFrom(...EDGE_ZONES);
}

/**
 * Ring policies in the Graph vocabulary within Microsoft's documented ranges (deferral and deadline 0..30,
 * grace 0..7).
 * @returns an arbitrary of {@link RingPolicy}
 * @category Testing
 * @example
 * ```ts
 * fc.sample(ringPolicyArbitrary(), 1)[0].deadlineGracePeriodInDays! <= 7 //=> true
 * ```
 */
export function ringPolicyArbitrary(): fc.Arbitrary<RingPolicy> {
  return fc.record({
    deferralInDays: fc.integer({ min: 0, max: 30 }),
    deadlineForQualityUpdatesInDays: fc.integer({ min: 0, max: 30 }),
    deadlineGracePeriodInDays: fc.integer({ min: 0, max: 7 }),
  });
}

/**
 * The planned restart months of an eligible, current hotpatch device in a year (January, April, July, October),
 * without catalog exceptions: a reference for simple reboot logic.
 * @param year - the year
 * @returns the four baseline months
 * @category Testing
 * @example
 * ```ts
 * plannedRestartMonths(2027).map((m) => m.month) //=> [1, 4, 7, 10]
 * ```
 */
export function plannedRestartMonths(year: number): YearMonth[] {
  return Array.from({ length: 12 }, (_, i) => ({ year, month: i + 1 })).filter(
    (ym) => plannedMonthKind(ym) === 'baseline',
  );
}

export {
  UNMET_PREREQUISITES,
  deviceProfileArbitrary,
  type DeviceProfileConstraints,
  type UnmetPrerequisite,
} from './devices.js';
export { checkRebootCadence, type CheckRebootCadenceOptions, type RestartMonthsFn } from './cadence-check.js';
export {
  checkFleetRestartCounts,
  checkNextRestart,
  checkRestartDeadline,
  type CheckOptions,
  type FleetRestartCountsFn,
  type NextRestartFn,
  type RestartDeadlineFn,
} from './more-checks.js';

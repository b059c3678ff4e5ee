/**
 * `hotpatch-calendar/testing`: fast-check arbitraries for this library's domain, and invariant checks that
 * other projects can run against their own reboot logic. Arbitraries are built from bounds, never `.filter`.
 * @packageDocumentation
 */
import fc from 'fast-check';
// The kit is a client of the public API: it imports the package by name, so its bundle carries no second copy
// of the library or its data (package self-reference; tsconfig paths and the test alias map it to src/).
import {
  LICENSES,
  PRODUCT_IDS,
  daysInMonth,
  getProduct,
  plannedMonthKind,
  restartSummary,
  type CivilDate,
  type DeviceProfile,
  type License,
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

/** Constraints of {@link deviceProfileArbitrary}. */
export interface DeviceProfileConstraints {
  /** Restrict to these products. */
  readonly products?: readonly ProductId[];
  /**
   * `true`: only devices meeting every prerequisite (policy enabled); `false`: only devices failing at least one
   * (an unsupported edition); undefined: both.
   */
  readonly eligible?: boolean;
  /** A fixed build instead of a generated one. */
  readonly build?: string;
}

/** Every license the library knows to qualify (all but the catch-all `other`). */
const QUALIFYING: readonly License[] = LICENSES.filter((l) => l !== 'other');

/**
 * Device profiles for any product. Eligible ones meet every documented prerequisite; their build is generated
 * above any published build, so they count as current in any year.
 * @param constraints - see {@link DeviceProfileConstraints}
 * @returns an arbitrary of {@link DeviceProfile}
 * @category Testing
 * @example
 * ```ts
 * ['Enterprise', 'Education'].includes(fc.sample(deviceProfileArbitrary({ eligible: true, products: ['windows-11-25h2'] }), 1)[0]?.edition ?? '') //=> true
 * ```
 */
export function deviceProfileArbitrary(constraints: DeviceProfileConstraints = {}): fc.Arbitrary<DeviceProfile> {
  const products = constraints.products ?? PRODUCT_IDS;
  const eligible = constraints.eligible === undefined ? fc.boolean() : fc.constant(constraints.eligible);
  return fc
    .record({
      product: fc.constantFrom(...products),
      eligible,
      ubr: fc.integer({ min: 60_000, max: 99_999 }),
      license: fc.constantFrom(...QUALIFYING),
      clientEdition: fc.constantFrom('Enterprise', 'Education'),
      arm64: fc.boolean(),
      management: fc.constantFrom('intune' as const, 'autopatch' as const),
    })
    .map(({ product, eligible: ok, ubr, license, clientEdition, arm64, management }): DeviceProfile => {
      const p = getProduct(product);
      const build = constraints.build ?? `${p.buildMajor}.${ubr}`;
      if (p.family === 'client') {
        return {
          product,
          edition: ok ? clientEdition : 'Pro',
          architecture: arm64 ? 'arm64' : 'x64',
          build,
          license,
          vbsRunning: true,
          hotpatchPolicy: 'enabled',
          chpeDisabled: true,
          management,
        };
      }
      return {
        product,
        edition: ok ? 'Datacenter: Azure Edition' : 'Datacenter',
        architecture: 'x64',
        build,
        vbsRunning: true,
        hotpatchPolicy: 'enabled',
        management: 'azure',
      };
    });
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

/** Your reboot logic under test: the months in which a device restarts in a year. */
export type RestartMonthsFn = (
  device: DeviceProfile,
  year: number,
) => readonly YearMonth[] | Promise<readonly YearMonth[]>;

/** Options of {@link checkRebootCadence}. */
export interface CheckRebootCadenceOptions extends YearBounds {
  /** Products to test (default: those without a published end before `maxYear`). */
  readonly products?: readonly ProductId[];
  /**
   * fast-check runs.
   * @defaultValue fast-check's global setting
   */
  readonly numRuns?: number;
  /** Seed to replay a failure. */
  readonly seed?: number;
}

/**
 * Runs the cadence invariants against your reboot logic with fast-check: for generated devices and years, your
 * restart months must equal this library's (an eligible current device restarts exactly in the baseline months,
 * four a year plus the catalog's unplanned baselines; an ineligible one every month). Throws fast-check's report
 * (with seed and counterexample) on the first disagreement.
 * @param restartMonths - your implementation
 * @param options - see {@link CheckRebootCadenceOptions}
 * @returns a promise that resolves when every run agreed
 * @throws fast-check's error with the counterexample and the seed to replay it
 * @category Testing
 * @example
 * ```ts
 * // A scheduler under test: here, one that asks this library (yours would implement the rules itself).
 * const myScheduler = { restartMonths: (device: DeviceProfile, year: number) => restartSummary(device, year).months };
 * await checkRebootCadence((device, year) => myScheduler.restartMonths(device, year), { minYear: 2027, maxYear: 2030 });
 * ```
 */
export async function checkRebootCadence(
  restartMonths: RestartMonthsFn,
  options: CheckRebootCadenceOptions = {},
): Promise<void> {
  const minYear = options.minYear ?? 2027;
  const maxYear = options.maxYear ?? 2033;
  const products = options.products ?? ['windows-11-26h2', 'windows-server-2025'];
  const params: fc.Parameters<[DeviceProfile, number]> = {
    ...(options.numRuns === undefined ? {} : { numRuns: options.numRuns }),
    ...(options.seed === undefined ? {} : { seed: options.seed }),
  };
  const details = await fc.check(
    fc.asyncProperty(
      deviceProfileArbitrary({ products }),
      fc.integer({ min: minYear, max: maxYear }),
      async (device, year) => {
        const expected = restartSummary(device, year).months.map((m) => `${m.year}-${m.month}`);
        const actual = (await restartMonths(device, year)).map((m) => `${m.year}-${m.month}`);
        if (expected.join() !== actual.join()) {
          throw new Error(
            `restart months for ${device.product} (${device.edition}) in ${year}: expected [${expected.join(', ')}], got [${actual.join(', ')}]`,
          );
        }
      },
    ),
    params,
  );
  if (details.failed) {
    // The property's own line (expected vs got) leads the message: reporters and assert.rejects show only that.
    const inner =
      details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    throw new Error(
      `checkRebootCadence: ${inner}\nReplay: { seed: ${details.seed}, path: '${details.counterexamplePath ?? ''}' } after ${details.numRuns} runs.`,
      { cause: details.errorInstance },
    );
  }
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

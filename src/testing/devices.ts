/**
 * Device profiles that cover every input that changes a restart answer: each prerequisite unmet on its own or
 * with others, every management channel, policy `default` (on from May 2026 unless the tenant opted out), Arm64
 * with and without CHPE, servers on Azure, Azure Local and Arc, builds behind the last baseline, off-track
 * installs. Valid by construction: no generated device is rejected by the library.
 * @module
 */
import fc from 'fast-check';
import {
  _applicable,
  _eligibleDevice,
  _miss,
  type Mutable,
  UNMET_PREREQUISITES,
  type UnmetPrerequisite,
} from './device-setups.js';
import {
  checkEligibility,
  HotpatchRangeError,
  LICENSES,
  PRODUCT_IDS,
  getProduct,
  safeResolveBuildProduct,
  type DeviceProfile,
  type License,
  type OffTrackInstall,
  type ProductId,
} from 'hotpatch-calendar';

export { UNMET_PREREQUISITES, type UnmetPrerequisite } from './device-setups.js';

/** Constraints of {@link deviceProfileArbitrary}. */
export interface DeviceProfileConstraints {
  /**
   * Restrict to these products.
   * @defaultValue every product
   */
  readonly products?: readonly ProductId[];
  /**
   * `true`: only devices meeting every prerequisite on every day (policy `enabled`); `false`: only devices missing
   * at least one prerequisite on every day; undefined: both, and clients with policy `default` (eligible from the
   * May 2026 update), whose answer depends on the date.
   */
  readonly eligible?: boolean;
  /**
   * The prerequisites an ineligible device may miss (one or several are picked among those that apply to its
   * product). Implies `eligible: false` unless `eligible` says otherwise.
   * @defaultValue all of {@link UNMET_PREREQUISITES}
   */
  readonly unmet?: readonly UnmetPrerequisite[];
  /** A fixed build (with or without `10.0.`) instead of a generated one; it must match every product allowed. */
  readonly build?: string;
  /**
   * Years of off-track installs (an out-of-band cumulative update or an optional preview installed in a month).
   * @defaultValue 2022..2030
   */
  readonly installYears?: {
    /** First year an install may fall in. */
    readonly minYear: number;
    /** Last year an install may fall in. */
    readonly maxYear: number;
  };
  /**
   * Values every generated device has, applied last (any of edition, architecture, license, vbsRunning,
   * hotpatchPolicy, tenantOptOut, chpeDisabled, management). With `eligible: true` only setups that stay eligible
   * with them are generated (none: `E_OPTION`); with `eligible: false` a device misses only prerequisites that are
   * not fixed.
   */
  readonly fixed?: FixedFields;
  /**
   * Whether devices may carry off-track installs.
   * @defaultValue true
   */
  readonly offTrack?: boolean;
}

/** The device fields {@link DeviceProfileConstraints.fixed} can set. */
export type FixedFields = Partial<
  Pick<
    DeviceProfile,
    | 'edition'
    | 'architecture'
    | 'license'
    | 'vbsRunning'
    | 'hotpatchPolicy'
    | 'tenantOptOut'
    | 'chpeDisabled'
    | 'management'
  >
>;

/** The fields each way of missing a prerequisite changes: a fixed field rules that way out. */
const TOUCHES: Readonly<Record<UnmetPrerequisite, readonly (keyof FixedFields)[]>> = {
  EDITION_NOT_SUPPORTED: ['edition', 'management'],
  LICENSE_NOT_QUALIFYING: ['license'],
  VBS_NOT_RUNNING: ['vbsRunning'],
  MANAGEMENT_NOT_SUPPORTED: ['management'],
  ARM64_CHPE_ENABLED: ['architecture', 'chpeDisabled'],
  ARCHITECTURE_NOT_SUPPORTED: ['architecture'],
  HOTPATCH_POLICY_DISABLED: ['hotpatchPolicy'],
  HOTPATCH_POLICY_NOT_ENABLED: ['hotpatchPolicy', 'tenantOptOut'],
  BUILD_BELOW_MINIMUM: [],
};

/** The base setups (variants) of a product that stay eligible with the fixed values. */
function eligibleVariants(product: ProductId, fixed: FixedFields): number[] {
  const out: number[] = [];
  for (let v = 0; v < 12; v++) {
    const d = withFixed({ ..._eligibleDevice(product, { variant: v, license: 'microsoft-365-e3' }) }, fixed, true);
    d.build = `${getProduct(product).buildMajor}.99000`;
    // Prerequisites only: the program's start and end are the date's business, not the device's.
    const codes = checkEligibility(d, { asOf: { year: 2026, month: 6, day: 15 } }).reasons.map((r) => r.code);
    if (codes.every((c) => c === 'BEFORE_PROGRAM' || c === 'OUT_OF_SUPPORT' || c === 'END_OF_SERVICING')) out.push(v);
  }
  return out;
}

function withFixed(d: Mutable<DeviceProfile>, fixed: FixedFields, eligible: boolean): Mutable<DeviceProfile> {
  Object.assign(d, fixed);
  // An eligible Arm64 client has CHPE off unless the caller fixed it.
  if (eligible && d.architecture === 'arm64' && fixed.chpeDisabled === undefined) d.chpeDisabled = true;
  return d;
}

const QUALIFYING: readonly License[] = LICENSES.filter((l) => l !== 'other');
interface Picks {
  readonly product: ProductId;
  readonly variant: number;
  readonly eligibleVariant: number;
  readonly license: License;
  readonly unmetCount: number;
  readonly unmetOrder: readonly number[];
  readonly policyDefault: boolean;
  readonly buildKind: number;
  readonly ubr: number;
  readonly installs: readonly OffTrackInstall[];
}

/**
 * Device profiles for any product, covering every input that changes a restart answer (see
 * {@link DeviceProfileConstraints}): eligible devices (clients on Intune or Autopatch, x64 or Arm64 with CHPE off;
 * Server 2025 Azure Edition on Azure/Azure Local or Standard/Datacenter through Arc; Server 2022 Azure Edition),
 * devices missing one or several prerequisites, policy `default` around May 2026, builds far above every release
 * (current in any year) or behind the last baseline, and out-of-band or preview installs.
 * @param constraints - see {@link DeviceProfileConstraints}
 * @returns an arbitrary of {@link DeviceProfile}
 * @throws `HotpatchRangeError` `E_OPTION` for an unknown product or prerequisite, or no products
 * @category Testing
 * @example
 * ```ts
 * const [d] = fc.sample(deviceProfileArbitrary({ products: ['windows-11-25h2'], unmet: ['VBS_NOT_RUNNING'] }), 1);
 * d.vbsRunning === true //=> false
 * ```
 */
export function deviceProfileArbitrary(constraints: DeviceProfileConstraints = {}): fc.Arbitrary<DeviceProfile> {
  const products = constraints.products ?? PRODUCT_IDS;
  const bad = products.filter((p) => !PRODUCT_IDS.includes(p));
  if (products.length === 0 || bad.length > 0) {
    throw new HotpatchRangeError(
      'E_OPTION',
      `deviceProfileArbitrary: products ${bad.length > 0 ? `'${bad.join("', '")}' unknown` : 'is empty'}; expected some of ${PRODUCT_IDS.join(', ')}`,
    );
  }
  if (constraints.build !== undefined) {
    const major = Number(constraints.build.replace(/^10\.0\./, '').split('.')[0]);
    const off = products.filter((p) => getProduct(p).buildMajor !== major);
    if (off.length > 0) {
      throw new HotpatchRangeError(
        'E_OPTION',
        `deviceProfileArbitrary: build '${constraints.build}' is not a build of ${off.join(', ')}; constrain products to the build's`,
      );
    }
  }
  const unmet = constraints.unmet ?? UNMET_PREREQUISITES;
  const badUnmet = unmet.filter((u) => !UNMET_PREREQUISITES.includes(u));
  if (badUnmet.length > 0 || unmet.length === 0) {
    throw new HotpatchRangeError(
      'E_OPTION',
      `deviceProfileArbitrary: unmet ${badUnmet.length > 0 ? `'${badUnmet.join("', '")}' unknown` : 'is empty'}; expected some of ${UNMET_PREREQUISITES.join(', ')}`,
    );
  }
  const eligible = constraints.eligible ?? (constraints.unmet ? false : undefined);
  const fixed = constraints.fixed ?? {};
  const fixedKeys = Object.keys(fixed) as (keyof FixedFields)[];
  const missable = unmet.filter((u) => !TOUCHES[u].some((f) => fixedKeys.includes(f)));
  if (eligible === false && missable.length === 0) {
    throw new HotpatchRangeError(
      'E_OPTION',
      `deviceProfileArbitrary: every prerequisite that may be missed is fixed (${fixedKeys.join(', ')}); nothing can make the device ineligible`,
    );
  }
  if (eligible === true && fixed.hotpatchPolicy !== undefined && fixed.hotpatchPolicy !== 'enabled') {
    throw new HotpatchRangeError(
      'E_OPTION',
      `deviceProfileArbitrary: hotpatchPolicy '${fixed.hotpatchPolicy}' cannot be eligible on every day; with eligible: true fix 'enabled' or nothing`,
    );
  }
  const variants = new Map(products.map((p) => [p, eligible === true ? eligibleVariants(p, fixed) : []]));
  const stuck = products.filter((p) => eligible === true && (variants.get(p) ?? []).length === 0);
  if (stuck.length > 0) {
    throw new HotpatchRangeError(
      'E_OPTION',
      `deviceProfileArbitrary: fixed ${JSON.stringify(fixed)} leaves no eligible setup of ${stuck.join(', ')}; drop eligible: true or those products`,
    );
  }
  const years = constraints.installYears ?? { minYear: 2022, maxYear: 2030 };
  const install = fc.record({
    kind: fc.constantFrom('oob-lcu' as const, 'preview' as const),
    month: fc.record({
      year: fc.integer({ min: years.minYear, max: years.maxYear }),
      month: fc.integer({ min: 1, max: 12 }),
    }),
  });
  return fc
    .record<Picks>({
      product: fc.constantFrom(...products),
      variant: fc.nat(1_000),
      eligibleVariant: fc.nat(11),
      license: fc.constantFrom(...QUALIFYING),
      // Weighted so that a single unmet prerequisite (the case a one-rule bug hides in) is common.
      unmetCount:
        eligible === true
          ? fc.constant(0)
          : eligible === false
            ? fc.oneof({ weight: 4, arbitrary: fc.constant(1) }, fc.integer({ min: 2, max: 3 }))
            : fc.oneof(
                { weight: 2, arbitrary: fc.constant(0) },
                { weight: 2, arbitrary: fc.constant(1) },
                fc.integer({ min: 2, max: 3 }),
              ),
      unmetOrder: fc.shuffledSubarray([...missable.keys()], { minLength: missable.length, maxLength: missable.length }),
      policyDefault: eligible === undefined ? fc.boolean() : fc.constant(false),
      buildKind: fc.nat(3),
      ubr: fc.nat(99_999),
      installs:
        constraints.offTrack === false
          ? fc.constant([])
          : fc.oneof({ weight: 3, arbitrary: fc.constant([]) }, fc.array(install, { minLength: 1, maxLength: 2 })),
    })
    .map((pick) => {
      const ok = variants.get(pick.product) ?? [];
      // With eligible: true, only the setups the fixed values leave eligible (picked by index: no filtering).
      const p = ok.length > 0 ? { ...pick, variant: ok[pick.eligibleVariant % ok.length] ?? 0 } : pick;
      return withFixed({ ...build(p, missable, constraints.build) }, fixed, p.unmetCount === 0);
    });
}

/**
 * A revision a device of the product can really run: after Windows 11 24H2 and Server 2025 split (January 2026),
 * a revision that only Windows 11 received is no Server 2025 build; it moves up onto the server's own line.
 */
function ownLine(product: ProductId, major: number, ubr: number): number {
  let u = ubr;
  for (let i = 0; i < 4 && !safeResolveBuildProduct(`${major}.${u}`, { product }).ok; i++) u += 25_000;
  return u;
}

/** The lowest UBR that meets the build minimum of a setup (24H2 clients, Server 2025 through Arc). */
const minimumOf = (d: DeviceProfile): number =>
  d.product === 'windows-11-24h2' ? 2033 : d.management === 'azure-arc' ? 1742 : 1;

function build(pick: Picks, unmet: readonly UnmetPrerequisite[], fixedBuild: string | undefined): DeviceProfile {
  const d = _eligibleDevice(pick.product, pick);
  const ways = _applicable(d, fixedBuild !== undefined);
  const chosen = pick.unmetOrder
    .map((i) => unmet[i])
    .filter((u): u is UnmetPrerequisite => u !== undefined && ways.includes(u));
  // A constraint that leaves nothing applicable to this product still yields an ineligible device: the edition.
  const missed =
    pick.unmetCount === 0
      ? []
      : chosen.length > 0
        ? chosen.slice(0, pick.unmetCount)
        : ['EDITION_NOT_SUPPORTED' as const];
  // The build minimum of the setup before anything is missed (an Arc server moved off Arc keeps Arc's minimum).
  const minimum = minimumOf(d);
  for (const u of missed) _miss(d, u, pick.variant);
  if (pick.policyDefault && missed.length === 0 && getProduct(d.product).family === 'client')
    d.hotpatchPolicy = 'default';
  const major = getProduct(d.product).buildMajor;
  const ubr = missed.includes('BUILD_BELOW_MINIMUM')
    ? 1 + (pick.ubr % Math.max(1, minimum - 1))
    : // Far above every release (current in any year), or anywhere from the minimum up (behind, or a real build).
      pick.buildKind === 0
      ? 60_000 + (pick.ubr % 40_000)
      : minimumOf(d) + (pick.ubr % 12_000);
  d.build = fixedBuild ?? `${major}.${ownLine(d.product, major, ubr)}`;
  if (pick.installs.length > 0) d.installedSinceBaseline = pick.installs;
  return d;
}

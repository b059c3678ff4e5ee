/**
 * The device profile: what restart prediction and eligibility need to know about one machine.
 * @module
 */
import { _show, _error } from '../errors.js';
import { _checkKeys, _own } from '../guards.js';
import { _parseBuild } from '../products/build.js';
import { _resolveBuildProduct } from '../catalog/build-product.js';
import { _catalog } from '../catalog/catalog.js';
import type { Catalog } from '../catalog/types.js';
import { ARCHITECTURES, _product, type Architecture, type ProductId } from '../products/products.js';
import { _parseYearMonth, type YearMonth } from '../time/year-month.js';

/** Licenses that matter for client hotpatch (and `other` for anything else). */
export const LICENSES = [
  'windows-enterprise-e3',
  'windows-enterprise-e5',
  'microsoft-365-e3',
  'microsoft-365-e5',
  'microsoft-365-f3',
  'windows-education-a3',
  'windows-education-a5',
  'microsoft-365-a3',
  'microsoft-365-a5',
  'microsoft-365-business-premium',
  'windows-365-enterprise',
  'other',
] as const;
/** A license; see {@link LICENSES}. */
export type License = (typeof LICENSES)[number];

/** The hotpatch setting of the device's quality-update policy (Intune "When available, apply without restarting"). */
export const HOTPATCH_POLICIES = ['enabled', 'disabled', 'default'] as const;
/** `default`: no explicit setting (Autopatch turns hotpatch on by default from the May 2026 update unless the tenant opts out). */
export type HotpatchPolicy = (typeof HOTPATCH_POLICIES)[number];

/** How the device is managed. */
export const MANAGEMENT = ['intune', 'autopatch', 'azure-arc', 'azure', 'azure-local', 'none'] as const;
/** A management channel; see {@link MANAGEMENT}. */
export type Management = (typeof MANAGEMENT)[number];

/** Cumulative updates that are not hotpatches and take a hotpatch device off its baseline until the next one. */
export const OFF_TRACK_UPDATES = ['oob-lcu', 'preview'] as const;
/** A non-hotpatch cumulative update installed since the last baseline. */
export type OffTrackUpdate = (typeof OFF_TRACK_UPDATES)[number];

/** One device, as plain data. */
export interface DeviceProfile {
  /** Product id. */
  readonly product: ProductId;
  /** Edition as Windows reports it: `Enterprise`, `Education`, `Pro`, `Datacenter: Azure Edition`, `Standard`, `Datacenter`. */
  readonly edition: string;
  /** CPU architecture. */
  readonly architecture: Architecture;
  /** Current OS build, `26100.4061` or `10.0.26100.4061`. */
  readonly build: string;
  /** License (client devices). */
  readonly license?: License;
  /** Whether virtualization-based security is running. */
  readonly vbsRunning?: boolean;
  /** Hotpatch setting of the quality-update policy. */
  readonly hotpatchPolicy: HotpatchPolicy;
  /** Whether the tenant opted out of hotpatch-by-default (matters for `hotpatchPolicy: 'default'`). */
  readonly tenantOptOut?: boolean;
  /** Arm64 only: whether CHPE is disabled (registry DWORD `HotPatchRestrictions`=1 or the `DisableCHPE` CSP). */
  readonly chpeDisabled?: boolean;
  /** How the device is managed. */
  readonly management: Management;
  /** Non-hotpatch cumulative updates installed since the last baseline, and the month each came in. */
  readonly installedSinceBaseline?: readonly OffTrackInstall[];
  /** Windows 10 22H2 only: enrolled in Extended Security Updates (updates go on to the ESU end). */
  readonly esu?: boolean;
}

/** A non-hotpatch cumulative update a device installed. */
export interface OffTrackInstall {
  /** What was installed. */
  readonly kind: OffTrackUpdate;
  /** The month it was installed in. */
  readonly month: YearMonth;
}

const FIELDS = [
  'id',
  'product',
  'edition',
  'architecture',
  'build',
  'osVersion',
  'license',
  'vbsRunning',
  'hotpatchPolicy',
  'tenantOptOut',
  'chpeDisabled',
  'management',
  'installedSinceBaseline',
  'esu',
];

function fail(fn: string, field: string, value: unknown, expected: string): never {
  throw _error('E_DEVICE', `${fn}: device.${field} ${_show(value)} is not accepted; expected ${expected}`);
}

function oneOf<T extends string>(fn: string, field: string, value: unknown, allowed: readonly T[]): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  return fail(fn, field, value, `one of ${allowed.join(', ')}`);
}

function bool(fn: string, field: string, value: unknown): boolean | undefined {
  if (value === undefined || typeof value === 'boolean') return value;
  if (value === 'true' || value === 'false') return value === 'true';
  return fail(fn, field, value, 'true or false');
}

/**
 * Checks an untrusted record (a JSON line, a CSV row, an Intune export row) and returns a device profile. The
 * build may come as `build` or `osVersion` (`10.0.26100.4061`); a missing `product` is inferred from the build
 * and edition; booleans may be `'true'`/`'false'` strings.
 * @param record - the raw record
 * @returns the validated profile (without unknown fields)
 * @throws {@link HotpatchTypeError} `E_DEVICE` for unknown fields, forbidden keys and bad values; `E_BUILD_FORMAT`; `E_BUILD_PRODUCT` when the build is not the product's; `E_UNKNOWN_PRODUCT`
 * @category Restarts
 * @example
 * ```ts
 * parseDevice({ edition: 'Enterprise', architecture: 'x64', osVersion: '10.0.26100.4061', license: 'microsoft-365-e3',
 *   vbsRunning: true, hotpatchPolicy: 'enabled', management: 'intune' }).product //=> 'windows-11-24h2'
 * ```
 */
export function parseDevice(record: unknown): DeviceProfile {
  return _device('parseDevice', record);
}

/** @internal */
export function _device(fn: string, record: unknown, catalog?: Catalog): DeviceProfile {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    throw _error('E_DEVICE', `${fn}: device ${_show(record)} is not an object; expected a device profile record`);
  }
  _checkKeys(`${fn}: device`, record, FIELDS, 'E_DEVICE');
  const get = (k: string): unknown => _own(record, k);
  const edition = get('edition');
  if (typeof edition !== 'string' || edition.length === 0 || edition.length > 64)
    fail(fn, 'edition', edition, 'an edition name such as Enterprise');
  const buildText = get('build') ?? get('osVersion');
  const build = _parseBuild(fn, 'device.build', buildText);
  const productRaw = get('product');
  const asked = productRaw === undefined || productRaw === '' ? undefined : _product(fn, productRaw);
  if (asked && (build.major !== 10 || build.minor !== 0 || build.build !== asked.buildMajor)) {
    throw _error(
      'E_BUILD_PRODUCT',
      `${fn}: device.build ${_show(buildText)} is not a ${asked.id} build; expected 10.0.${asked.buildMajor}.x`,
    );
  }
  // A build the products share (26100) is settled by its release in the data, its build line or the edition.
  const product = _resolveBuildProduct(fn, catalog ?? _catalog(fn, undefined), build, asked?.id, edition).product;
  const architecture = oneOf(fn, 'architecture', get('architecture'), ARCHITECTURES);
  const licenseRaw = get('license');
  const license =
    licenseRaw === undefined || licenseRaw === '' ? undefined : oneOf(fn, 'license', licenseRaw, LICENSES);
  const hotpatchPolicy = oneOf(fn, 'hotpatchPolicy', get('hotpatchPolicy') ?? 'default', HOTPATCH_POLICIES);
  const management = oneOf(fn, 'management', get('management'), MANAGEMENT);
  const vbsRunning = bool(fn, 'vbsRunning', get('vbsRunning'));
  const chpeDisabled = bool(fn, 'chpeDisabled', get('chpeDisabled'));
  const tenantOptOut = bool(fn, 'tenantOptOut', get('tenantOptOut'));
  const esu = bool(fn, 'esu', get('esu'));
  const installedRaw = get('installedSinceBaseline');
  let installedSinceBaseline: { kind: OffTrackUpdate; month: YearMonth }[] | undefined;
  if (installedRaw !== undefined) {
    if (!Array.isArray(installedRaw) || installedRaw.length > 24)
      fail(fn, 'installedSinceBaseline', installedRaw, 'a list of at most 24 { kind, month } records');
    installedSinceBaseline = installedRaw.map((u: unknown, i: number) => {
      if (typeof u !== 'object' || u === null || Array.isArray(u))
        fail(fn, `installedSinceBaseline[${i}]`, u, "a { kind: 'oob-lcu' | 'preview', month } record");
      _checkKeys(`${fn}: device.installedSinceBaseline[${i}]`, u, ['kind', 'month'], 'E_DEVICE');
      return {
        kind: oneOf(fn, `installedSinceBaseline[${i}].kind`, _own(u, 'kind'), OFF_TRACK_UPDATES),
        month: _parseYearMonth(fn, `device.installedSinceBaseline[${i}].month`, _own(u, 'month')),
      };
    });
  }
  return {
    product,
    edition,
    architecture,
    build: `${build.build}.${build.ubr}`,
    hotpatchPolicy,
    management,
    ...(license === undefined ? {} : { license }),
    ...(vbsRunning === undefined ? {} : { vbsRunning }),
    ...(chpeDisabled === undefined ? {} : { chpeDisabled }),
    ...(tenantOptOut === undefined ? {} : { tenantOptOut }),
    ...(esu === undefined ? {} : { esu }),
    ...(installedSinceBaseline === undefined ? {} : { installedSinceBaseline }),
  };
}

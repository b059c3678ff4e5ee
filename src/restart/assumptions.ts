/**
 * What the library assumes about a device record that lacks a field: an Intune export has no licence, VBS or
 * policy column. The same defaults serve `forecastFleet`, the `fleet`, `compliance` and `restarts` commands, each
 * overridable, and every result says which values were assumed.
 * @module
 */
import { _checkKeys, _own } from '../guards.js';
import type { DeviceProfile } from './device.js';

/** The values assumed for fields a device record lacks. */
export interface DeviceAssumptions {
  /**
   * Edition, when the record names none (Intune's "All devices" export has no SKU column).
   * @defaultValue `'Enterprise'`: hotpatch needs Enterprise or Education, which Autopatch-managed devices have;
   * assume `'Pro'` for a stricter answer
   */
  readonly edition: string;
  /**
   * CPU architecture.
   * @defaultValue `'x64'` (most Windows devices; Arm64 devices also need CHPE disabled, which an export cannot show)
   */
  readonly architecture: DeviceProfile['architecture'];
  /**
   * Licence.
   * @defaultValue `'microsoft-365-e3'`: devices managed by Intune with an Enterprise or Education edition almost always
   * have a qualifying licence; assume `'other'` for a stricter answer
   */
  readonly license: NonNullable<DeviceProfile['license']>;
  /**
   * Whether VBS is running.
   * @defaultValue `true` (on by default on Windows 11 Enterprise hardware that meets its requirements)
   */
  readonly vbsRunning: boolean;
  /**
   * The quality-update policy's hotpatch setting.
   * @defaultValue `'default'`: what Microsoft does without a setting (hotpatch on from the May 2026 update for
   * Autopatch-managed devices unless the tenant opted out)
   */
  readonly hotpatchPolicy: DeviceProfile['hotpatchPolicy'];
  /**
   * How the device is managed.
   * @defaultValue `'intune'` (the records come from an Intune export)
   */
  readonly management: DeviceProfile['management'];
}

/** The documented defaults; see {@link DeviceAssumptions}. */
export const DEVICE_ASSUMPTIONS: DeviceAssumptions = {
  edition: 'Enterprise',
  architecture: 'x64',
  license: 'microsoft-365-e3',
  vbsRunning: true,
  hotpatchPolicy: 'default',
  management: 'intune',
};

/**
 * What is assumed of a device whose build the data places on a Windows Server line (Server 2025's 26100.32xxx)
 * when the record names no edition or management: the edition and management that get server hotpatches.
 */
export const SERVER_DEVICE_ASSUMPTIONS: Pick<DeviceAssumptions, 'edition' | 'management'> = {
  edition: 'Datacenter: Azure Edition',
  management: 'azure',
};

const FIELDS = ['edition', 'architecture', 'license', 'vbsRunning', 'hotpatchPolicy', 'management'] as const;

/** The assumptions with a caller's overrides (checked when the device is read). @internal */
export function _assumptions(fn: string, value: unknown): DeviceAssumptions {
  if (value === undefined) return DEVICE_ASSUMPTIONS;
  if (typeof value !== 'object' || value === null) return DEVICE_ASSUMPTIONS;
  _checkKeys(`${fn}: options.assume`, value, FIELDS, 'E_OPTION');
  const out: Record<string, unknown> = { ...DEVICE_ASSUMPTIONS };
  for (const key of FIELDS) if (_own(value, key) !== undefined) out[key] = _own(value, key);
  return out as unknown as DeviceAssumptions;
}

/** A record with the assumed values filled in, and which fields were assumed. @internal */
export function _withAssumptions(
  record: object,
  assume: DeviceAssumptions,
): { record: Record<string, unknown>; assumed: string[] } {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(record)) out[key] = _own(record, key);
  const assumed: string[] = [];
  for (const key of FIELDS) {
    const v = out[key];
    if (v === undefined || v === null || v === '') {
      out[key] = assume[key];
      assumed.push(key);
    }
  }
  return { record: out, assumed };
}

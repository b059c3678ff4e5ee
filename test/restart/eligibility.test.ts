import { describe, expect, it } from 'vitest';
import { ELIGIBLE_CLIENT } from '../support/devices.js';
import { checkEligibility, parseDevice, type DeviceProfile } from '../../src/index.js';

const asOf = { year: 2026, month: 11, day: 28 };
const client = ELIGIBLE_CLIENT;
const codes = (d: DeviceProfile, on = asOf): string[] => checkEligibility(d, { asOf: on }).reasons.map((r) => r.code);

describe('checkEligibility: Windows 11', () => {
  it('a documented-eligible device is eligible', () => {
    expect(checkEligibility(client, { asOf })).toEqual({ eligible: true, reasons: [] });
  });
  it.each<[string, Partial<DeviceProfile>, string]>([
    ['IoT Enterprise edition', { edition: 'IoT Enterprise' }, 'EDITION_NOT_SUPPORTED'],
    ['build below 26100.2033', { build: '26100.1742' }, 'BUILD_BELOW_MINIMUM'],
    ['no qualifying license', { license: 'other' }, 'LICENSE_NOT_QUALIFYING'],
    ['VBS off', { vbsRunning: false }, 'VBS_NOT_RUNNING'],
    ['policy disabled', { hotpatchPolicy: 'disabled' }, 'HOTPATCH_POLICY_DISABLED'],
    ['not Intune-managed', { management: 'none' }, 'MANAGEMENT_NOT_SUPPORTED'],
    ['Arm64 with CHPE', { architecture: 'arm64' }, 'ARM64_CHPE_ENABLED'],
    [
      'default policy, tenant opted out',
      { hotpatchPolicy: 'default', tenantOptOut: true },
      'HOTPATCH_POLICY_NOT_ENABLED',
    ],
  ])('%s → %s', (_label, change, code) => {
    const reasons = checkEligibility({ ...client, ...change }, { asOf }).reasons;
    expect(reasons.map((r) => r.code)).toEqual([code]);
    expect(reasons[0]?.url).toMatch(/^https:\/\/learn\.microsoft\.com\//);
    expect(reasons[0]?.message.length).toBeGreaterThan(10);
  });
  it('Arm64 with CHPE disabled (HotPatchRestrictions=1) is eligible', () => {
    expect(codes({ ...client, architecture: 'arm64', chpeDisabled: true })).toEqual([]);
  });
  it('the default policy turns hotpatch on from the May 2026 update, not before', () => {
    const d = { ...client, hotpatchPolicy: 'default' as const };
    expect(codes(d, { year: 2026, month: 4, day: 30 })).toEqual(['HOTPATCH_POLICY_NOT_ENABLED']);
    expect(codes(d, { year: 2026, month: 5, day: 12 })).toEqual([]);
  });
  it('Pro: not an edition that hotpatches, and out of servicing after 2026-10-13 (Home/Pro end a year before Enterprise)', () => {
    expect(codes({ ...client, edition: 'Pro' }, { year: 2026, month: 10, day: 13 })).toEqual(['EDITION_NOT_SUPPORTED']);
    expect(codes({ ...client, edition: 'Pro' }, { year: 2026, month: 10, day: 14 })).toEqual([
      'EDITION_NOT_SUPPORTED',
      'END_OF_SERVICING',
    ]);
    expect(codes({ ...client, edition: 'Pro' }, asOf)).toEqual(['END_OF_SERVICING', 'EDITION_NOT_SUPPORTED']);
  });
  it('before the program and after servicing', () => {
    expect(codes({ ...client, build: '26100.2033' }, { year: 2024, month: 10, day: 20 })).toEqual(['BEFORE_PROGRAM']);
    expect(codes(client, { year: 2027, month: 11, day: 1 })).toEqual(['END_OF_SERVICING']);
    // The published end date is exact: 24H2 Enterprise ends 2027-10-12.
    expect(codes(client, { year: 2027, month: 10, day: 12 })).toEqual([]);
    expect(codes(client, { year: 2027, month: 10, day: 13 })).toEqual(['END_OF_SERVICING']);
  });
  it('Education and Enterprise multi-session count as Enterprise/Education', () => {
    expect(codes({ ...client, edition: 'Education', license: 'windows-education-a3' })).toEqual([]);
    expect(codes({ ...client, edition: 'Enterprise multi-session' })).toEqual([]);
  });
});

describe('checkEligibility: Windows Server', () => {
  const arc: DeviceProfile = {
    product: 'windows-server-2025',
    edition: 'Standard',
    architecture: 'x64',
    build: '26100.32230',
    hotpatchPolicy: 'enabled',
    management: 'azure-arc',
  };
  it('Server 2025 Standard through Azure Arc is eligible', () => expect(codes(arc)).toEqual([]));
  it('Server 2025 Standard without Arc is not', () =>
    expect(codes({ ...arc, management: 'none' })).toEqual(['MANAGEMENT_NOT_SUPPORTED']));
  it('Server 2025 Azure Edition on Azure is eligible', () =>
    expect(codes({ ...arc, edition: 'Datacenter: Azure Edition', management: 'azure' })).toEqual([]));
  it('Server 2022 needs Azure Edition', () => {
    const s22: DeviceProfile = {
      product: 'windows-server-2022-azure-edition',
      edition: 'Datacenter',
      architecture: 'x64',
      build: '20348.5074',
      hotpatchPolicy: 'enabled',
      management: 'azure',
    };
    expect(codes(s22)).toEqual(['EDITION_NOT_SUPPORTED']);
    expect(codes({ ...s22, edition: 'Datacenter: Azure Edition' })).toEqual([]);
  });
  it('servers need hotpatch turned on explicitly', () =>
    expect(codes({ ...arc, hotpatchPolicy: 'default' })).toEqual(['HOTPATCH_POLICY_NOT_ENABLED']));
  it('servers are x64 only', () =>
    expect(codes({ ...arc, architecture: 'arm64' })).toEqual(['ARCHITECTURE_NOT_SUPPORTED']));
});

describe('parseDevice', () => {
  it('reads an Intune export row: osVersion, inferred product, string booleans', () => {
    expect(
      parseDevice({
        id: 'pc',
        edition: 'Enterprise',
        architecture: 'x64',
        osVersion: '10.0.26200.7392',
        license: 'microsoft-365-e5',
        vbsRunning: 'true',
        hotpatchPolicy: 'enabled',
        management: 'intune',
      }),
    ).toEqual({
      product: 'windows-11-25h2',
      edition: 'Enterprise',
      architecture: 'x64',
      build: '26200.7392',
      license: 'microsoft-365-e5',
      vbsRunning: true,
      hotpatchPolicy: 'enabled',
      management: 'intune',
    });
  });
  it('infers Server 2025 for a 26100 Datacenter build', () => {
    expect(
      parseDevice({ edition: 'Datacenter', architecture: 'x64', build: '26100.32230', management: 'azure-arc' })
        .product,
    ).toBe('windows-server-2025');
  });
  it.each([
    [{ ...client, product: 'windows-xp' }, 'E_UNKNOWN_PRODUCT'],
    [{ ...client, build: '26100.' }, 'E_BUILD_FORMAT'],
    [{ ...client, build: '20348.100' }, 'E_BUILD_PRODUCT'],
    [{ ...client, architecture: 'x86' }, 'E_DEVICE'],
    [{ ...client, extra: 1 }, 'E_DEVICE'],
    [JSON.parse('{"__proto__":{"x":1},"edition":"Enterprise"}'), 'E_DEVICE'],
    [null, 'E_DEVICE'],
  ])('rejects %j → %s', (record, code) => {
    expect(() => parseDevice(record)).toThrow(expect.objectContaining({ code }));
  });
  it('checkEligibility requires asOf: no clock is read', () => {
    expect(() => checkEligibility(client, {} as never)).toThrow(expect.objectContaining({ code: 'E_OPTION' }));
  });
});

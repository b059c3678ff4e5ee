import { describe, expect, it } from 'vitest';
import { ELIGIBLE_CLIENT } from '../support/devices.js';
import { checkEligibility, getProduct, type DeviceProfile } from '../../src/index.js';

// Rules the mutation run showed unpinned (src/restart/eligibility.ts), each stated as Microsoft's documents say it.
const arcServer: DeviceProfile = {
  product: 'windows-server-2025',
  edition: 'Standard',
  architecture: 'x64',
  build: '26100.1742',
  hotpatchPolicy: 'enabled',
  management: 'azure-arc',
};
const azureEdition: DeviceProfile = { ...arcServer, edition: 'Datacenter: Azure Edition', management: 'azure' };
const client = ELIGIBLE_CLIENT;
const asOf = { year: 2026, month: 8, day: 20 };
const codes = (d: DeviceProfile, on = asOf) => checkEligibility(d, { asOf: on }).reasons.map((r) => r.code);

describe('Windows Server 2025 prerequisites', () => {
  it('through Azure Arc, build 26100.1742 is the minimum: that build qualifies, the one before does not', () => {
    expect(checkEligibility(arcServer, { asOf })).toMatchObject({ eligible: true, reasons: [] });
    expect(checkEligibility({ ...arcServer, build: '26100.1741' }, { asOf })).toMatchObject({ eligible: false });
    expect(codes({ ...arcServer, build: '26100.1741' })).toEqual(['BUILD_BELOW_MINIMUM']);
  });
  it('Standard and Datacenter qualify only through Arc; Azure Edition only on Azure or Azure Local', () => {
    expect(codes({ ...arcServer, edition: 'Datacenter' })).toEqual([]);
    expect(codes({ ...arcServer, management: 'azure' })).toEqual(['MANAGEMENT_NOT_SUPPORTED']);
    expect(codes({ ...azureEdition, management: 'azure-local' })).toEqual([]);
    expect(codes({ ...azureEdition, management: 'azure-arc' })).toEqual(['MANAGEMENT_NOT_SUPPORTED']);
  });
  it('other editions do not qualify, whatever the management', () => {
    expect(codes({ ...arcServer, edition: 'Essentials' })).toEqual(['EDITION_NOT_SUPPORTED']);
    expect(codes({ ...azureEdition, edition: 'Datacenter: Azure Edition Core' })).toEqual([]);
  });
  it('edition names are read without case or surrounding spaces', () => {
    expect(codes({ ...arcServer, edition: '  STANDARD ' })).toEqual([]);
    expect(codes({ ...client, edition: ' enterprise ' })).toEqual([]);
  });
  it('a server needs hotpatch turned on: no default applies, and disabled is named as such', () => {
    expect(codes({ ...azureEdition, hotpatchPolicy: 'default' })).toEqual(['HOTPATCH_POLICY_NOT_ENABLED']);
    expect(codes({ ...azureEdition, hotpatchPolicy: 'disabled' })).toEqual(['HOTPATCH_POLICY_DISABLED']);
    expect(codes({ ...azureEdition, architecture: 'arm64' })).toEqual(['ARCHITECTURE_NOT_SUPPORTED']);
  });
});

describe('Windows Server 2022 Azure Edition prerequisites', () => {
  const s2022: DeviceProfile = { ...azureEdition, product: 'windows-server-2022-azure-edition', build: '20348.4052' };
  it('Azure Edition on Azure or Azure Local qualifies; Datacenter does not; elsewhere the management is the reason', () => {
    expect(codes(s2022)).toEqual([]);
    expect(codes({ ...s2022, edition: 'Datacenter' })).toEqual(['EDITION_NOT_SUPPORTED']);
    expect(codes({ ...s2022, management: 'azure-arc' })).toEqual(['MANAGEMENT_NOT_SUPPORTED']);
  });
});

describe('eligible is false exactly when a reason is given', () => {
  it('for each single reason and for several at once', () => {
    for (const d of [
      { ...client, vbsRunning: false },
      { ...client, license: 'other' as const },
      { ...client, edition: 'Pro', vbsRunning: false, management: 'none' as const },
    ]) {
      const e = checkEligibility(d, { asOf });
      expect(e.eligible).toBe(false);
      expect(e.reasons.length).toBeGreaterThan(0);
    }
    expect(codes({ ...client, edition: 'Pro', vbsRunning: false, management: 'none' })).toEqual([
      'EDITION_NOT_SUPPORTED',
      'VBS_NOT_RUNNING',
      'MANAGEMENT_NOT_SUPPORTED',
    ]);
  });
});

describe('end of servicing', () => {
  it('Windows 11 Enterprise 24H2 is serviced through 2027-10-12 and out of servicing the day after, said once', () => {
    expect(codes(client, { year: 2027, month: 10, day: 12 })).toEqual([]);
    expect(codes(client, { year: 2027, month: 10, day: 13 })).toEqual(['END_OF_SERVICING']);
    expect(codes(client, { year: 2027, month: 11, day: 20 })).toEqual(['END_OF_SERVICING']);
  });
});

describe('program start and end reasons cite the product page they come from', () => {
  it('Server 2022 Azure Edition, whose end is a month without a day, is out of servicing after October 2027', () => {
    const s2022: DeviceProfile = { ...azureEdition, product: 'windows-server-2022-azure-edition', build: '20348.4052' };
    expect(codes(s2022, { year: 2027, month: 10, day: 20 })).toEqual([]);
    const after = checkEligibility(s2022, { asOf: { year: 2027, month: 11, day: 1 } }).reasons;
    expect(after.map((r) => r.code)).toEqual(['OUT_OF_SUPPORT']);
    expect(after[0]?.url).toBe(getProduct('windows-server-2022-azure-edition').endOfServicing?.source);
    expect(after[0]?.url).toMatch(/^https:\/\//);
  });
  it('before the program, the reason cites the program start (preview start where there was one)', () => {
    const before = checkEligibility(client, { asOf: { year: 2024, month: 6, day: 1 } }).reasons;
    expect(before.map((r) => r.code)).toEqual(['BEFORE_PROGRAM']);
    const p = getProduct('windows-11-24h2');
    expect(before[0]?.url).toBe((p.hotpatchPreviewStart ?? p.hotpatchStart)?.source);
    expect(before[0]?.url).toMatch(/^https:\/\/(learn|support|techcommunity)\.microsoft\.com\//);
  });
  it('24H2 out of servicing cites its lifecycle page', () => {
    const after = checkEligibility(client, { asOf: { year: 2027, month: 10, day: 13 } }).reasons;
    expect(after[0]?.url).toBe(getProduct('windows-11-24h2').endOfServicing?.source);
    expect(after[0]?.url).toMatch(/^https:\/\//);
  });
});

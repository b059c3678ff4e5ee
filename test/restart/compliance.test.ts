import { describe, expect, it } from 'vitest';
import {
  ELIGIBILITY_CODES,
  complianceSummary,
  createCatalog,
  compliantBuildRanges,
  forecastFleetSync,
  checkEligibility,
} from '../../src/index.js';
import { ELIGIBLE_CLIENT } from '../support/devices.js';

const { product: _product, build: _build, ...device } = ELIGIBLE_CLIENT;

describe('complianceSummary', () => {
  const fleet = [
    { id: 'current-hotpatch', ...device, osVersion: '10.0.26100.9106' },
    { id: 'current-lcu', ...device, osVersion: '10.0.26200.9168' },
    { id: 'july', ...device, osVersion: '10.0.26100.8875' },
    { id: 'may-no-vbs', ...device, osVersion: '10.0.26100.8390', vbsRunning: false },
    { id: 'win10', ...device, osVersion: '10.0.19045.6456' },
    { id: 'broken', ...device, osVersion: 'garbage' },
  ];
  it('counts currency per product and channel, releases behind, restarts due and remedies, as of a date', async () => {
    const s = await complianceSummary(forecastFleetSync(fleet, { asOf: '2026-08-20' }), { asOf: '2026-08-20' });
    expect(s).toMatchObject({
      asOf: '2026-08-20',
      records: 6,
      errors: 1,
      // Windows 10 22H2 is past its end of servicing (2025-10-14): counted, and not current.
      total: { devices: 5, current: 2, percentCurrent: 40 },
      unknownCurrency: 0,
      releasesBehind: { '0': 2, '1': 1, '2': 0, '3+': 1, unknown: 1 },
    });
    // The July device is on the July baseline, which both channels share.
    expect(s.byProduct['windows-11-24h2']).toMatchObject({
      devices: 3,
      current: 1,
      byChannel: {
        hotpatch: { devices: 2, current: 1 },
        baseline: { devices: 1, current: 0 },
        standard: { devices: 0 },
      },
    });
    expect(s.byProduct['windows-11-25h2']).toMatchObject({
      devices: 1,
      current: 1,
      byChannel: { standard: { devices: 1, current: 1 } },
    });
    expect(s.byProduct['other-windows']).toMatchObject({ devices: 1, current: 0 });
    expect(s.remedies.map((r) => [r.code, r.devices])).toEqual([
      ['END_OF_SERVICING', 1],
      ['NOT_A_HOTPATCH_PRODUCT', 1],
      ['VBS_NOT_RUNNING', 1],
    ]);
    expect(s.remedies[2]?.remedy.action).toMatch(/Turn on virtualization-based security/);
  });
  it('an audit of a past day uses only what was published by then', async () => {
    const before = await complianceSummary(forecastFleetSync(fleet, { asOf: '2026-08-10' }), { asOf: '2026-08-10' });
    // On 10 August the August release was not out: the July device was current.
    expect(before.total).toMatchObject({ devices: 5, current: 3 });
  });
  it('refuses what is not results', async () => {
    await expect(complianceSummary(42 as never, { asOf: '2026-08-20' })).rejects.toMatchObject({ code: 'E_TYPE' });
  });
});

describe('remedies', () => {
  it('every eligibility reason carries a remedy an admin can carry out, with a Microsoft URL', () => {
    const reasons = [
      ...checkEligibility(
        {
          product: 'windows-11-24h2',
          edition: 'Pro',
          architecture: 'arm64',
          build: '26100.1000',
          hotpatchPolicy: 'disabled',
          management: 'none',
        },
        { asOf: '2026-08-20' },
      ).reasons,
      ...checkEligibility(
        {
          product: 'windows-server-2025',
          edition: 'Standard',
          architecture: 'arm64',
          build: '26100.1000',
          hotpatchPolicy: 'default',
          management: 'azure-arc',
        },
        { asOf: '2026-08-20' },
      ).reasons,
    ];
    for (const r of reasons) {
      expect(r.remedy.action.length).toBeGreaterThan(20);
      expect(r.remedy.url).toMatch(/^https:\/\/learn\.microsoft\.com\//);
    }
    expect(reasons.find((r) => r.code === 'ARM64_CHPE_ENABLED')?.remedy.action).toContain(
      'HotPatchRestrictions = 1 under HKLM\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Memory Management',
    );
    expect(reasons.find((r) => r.code === 'HOTPATCH_POLICY_DISABLED')?.remedy.action).toContain(
      'Devices > Windows updates',
    );
    expect(reasons.filter((r) => r.code === 'BUILD_BELOW_MINIMUM').map((r) => r.remedy.action)).toEqual([
      expect.stringContaining('26100.2033'),
      expect.stringContaining('26100.1742'),
    ]);
    expect(ELIGIBILITY_CODES).toContain('NOT_A_HOTPATCH_PRODUCT');
  });
});

describe('compliantBuildRanges', () => {
  it('August 2026, Windows 11 24H2: from the August hotpatch build 26100.9106 on, so hotpatched devices are compliant', () => {
    expect(compliantBuildRanges('windows-11-24h2', '2026-08')).toEqual([
      {
        lowestVersion: '10.0.26100.9106',
        highestVersion: '10.0.26100.99999',
        description: 'windows-11-24h2 patched through 2026-08: releases from 2026-08 on',
      },
    ]);
  });
  it('a superseded release with a higher UBR than a later hotpatch splits the ranges (UBRs are not monotonic)', () => {
    // An overlay where July's preview (26100.9150) is above August's hotpatch (26100.9106) and below its LCU.
    const catalog = createCatalog([
      {
        products: ['windows-11-24h2'],
        kind: 'preview',
        date: '2026-07-28',
        kb: 'KB5999998',
        ubr: 9150,
        sources: ['w11-update-history'],
      },
    ]);
    const ranges = compliantBuildRanges('windows-11-24h2', '2026-08', { catalog });
    expect(ranges.map((r) => [r.lowestVersion, r.highestVersion])).toEqual([
      ['10.0.26100.9106', '10.0.26100.9106'],
      ['10.0.26100.9168', '10.0.26100.99999'],
    ]);
  });
  it('no range when the data holds nothing of the month or later', () => {
    expect(compliantBuildRanges('windows-server-2025', '2027-05')).toEqual([]);
  });
});

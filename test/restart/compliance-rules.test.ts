import { describe, expect, it } from 'vitest';
import { complianceSummary, forecastFleetSync, type FleetResult } from '../../src/index.js';
import { ELIGIBLE_FLEET_ROW } from '../support/devices.js';

const row = ELIGIBLE_FLEET_ROW;
const asOf = '2026-08-20';
const [base] = [...forecastFleetSync([{ ...row, osVersion: '10.0.26100.9106' }], { asOf })] as [
  FleetResult & { ok: true },
];
const withNext = (date: string): FleetResult => ({
  ...base,
  nextRestart: { date, reason: 'planned-baseline', kb: null },
});

describe('complianceSummary counts', () => {
  it('restarts due: within 7 days includes the 7th day, within 30 days includes the 30th', async () => {
    const s = await complianceSummary(
      ['2026-08-27', '2026-08-28', '2026-09-19', '2026-09-20', '2026-08-20'].map(withNext),
      { asOf },
    );
    expect(s.restartsDue).toEqual({ within7Days: 2, within30Days: 4 });
  });
  it('products in name order, devices without a currency verdict counted apart, errors counted, channels by the build', async () => {
    const results = [
      ...forecastFleetSync(
        [
          { ...row, product: 'windows-11-25h2', osVersion: '10.0.26200.9106' }, // August hotpatch: current
          { ...row, osVersion: '10.0.26100.9168' }, // August LCU (standard channel): current
          { ...row, osVersion: '10.0.26100.8875' }, // July baseline: behind
          { ...row, osVersion: '10.0.26100.7700' }, // between releases: no verdict
          { nonsense: true },
        ],
        { asOf },
      ),
    ];
    const s = await complianceSummary(results, { asOf });
    expect(Object.keys(s.byProduct)).toEqual(['windows-11-24h2', 'windows-11-25h2']);
    expect(s).toMatchObject({ records: 5, errors: 1, unknownCurrency: 1 });
    expect(s.byProduct['windows-11-24h2']).toMatchObject({
      devices: 2,
      current: 1,
      notTold: 1,
      byChannel: {
        standard: { devices: 1, current: 1 },
        baseline: { devices: 1, current: 0 },
        hotpatch: { devices: 0 },
      },
    });
    expect(s.byProduct['windows-11-25h2']).toMatchObject({
      devices: 1,
      current: 1,
      notTold: 0,
      byChannel: { hotpatch: { devices: 1, current: 1 } },
    });
    expect(s.total).toMatchObject({ devices: 3, current: 2 });
  });
  it('reasons by number of devices, then by code; each with its remedy', async () => {
    const results = [
      ...forecastFleetSync(
        [
          { ...row, osVersion: '10.0.26100.9106', vbsRunning: 'false' },
          { ...row, osVersion: '10.0.26100.9106', vbsRunning: 'false', edition: 'Pro' },
          { ...row, osVersion: '10.0.26100.9106', edition: 'Pro' },
          { ...row, osVersion: '10.0.26100.9106', license: 'other' },
        ],
        { asOf },
      ),
    ];
    const s = await complianceSummary(results, { asOf });
    const order = Object.keys(s.reasons);
    expect(Object.values(s.reasons)).toEqual([...Object.values(s.reasons)].sort((a, b) => b - a));
    const twos = order.filter((c) => s.reasons[c as keyof typeof s.reasons] === 2);
    expect(twos).toHaveLength(2);
    expect(twos).toEqual([...twos].sort());
    expect(s.remedies.map((r) => r.code)).toEqual(order);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createCatalog,
  nextRestart,
  patchTuesday,
  predictRestarts,
  restartSummary,
  toEpochDay,
  type DeviceProfile,
} from '../../src/index.js';
import { deviceProfileArbitrary } from '../../src/testing/index.js';

const device: DeviceProfile = {
  product: 'windows-11-24h2',
  edition: 'Enterprise',
  architecture: 'x64',
  build: '26100.7392', // December 2025 hotpatch: current at the start of 2026
  license: 'microsoft-365-e3',
  vbsRunning: true,
  hotpatchPolicy: 'enabled',
  management: 'intune',
};
const year2026 = { from: { year: 2026, month: 1, day: 1 }, to: { year: 2026, month: 12, day: 31 } };
const summary = (d: DeviceProfile, from: { year: number; month: number; day: number }): string[] =>
  predictRestarts(d, { from, to: { year: 2026, month: 12, day: 31 } }).map((r) => `${r.month.month}:${r.reason}`);

describe('predictRestarts: examples', () => {
  it('an eligible current Windows 11 device in 2026: 5 known restarts (June an unplanned baseline) and 2 possible ones (September and November, whose hotpatch channel is not in the data)', () => {
    const list = predictRestarts(device, year2026);
    expect(list.map((r) => [r.month.month, r.reason, r.release.kb, r.source, r.planned])).toEqual([
      [1, 'planned-baseline', 'KB5074109', 'published', true],
      [4, 'planned-baseline', 'KB5083769', 'published', true],
      [6, 'unplanned-baseline', 'KB5094126', 'published', false],
      [7, 'planned-baseline', 'KB5101650', 'published', true],
      [9, 'unknown-release', null, 'unknown', false],
      [10, 'planned-baseline', null, 'published', true],
      [11, 'unknown-release', null, 'unknown', false],
    ]);
    expect(list[0]?.instant.utc).toBe('2026-01-13T18:00:00Z');
    expect(list[5]?.release.build).toBe('26100.9711');
    expect(restartSummary(device, 2026)).toMatchObject({ planned: 4, unplanned: 3, total: 7 });
  });
  it('December 2026, after the data date, is projected: a hotpatch month without a restart', () => {
    expect(predictRestarts({ ...device, build: '26100.99999' }, { from: '2026-12-01', to: '2026-12-31' })).toEqual([]);
  });
  it('a device on the standard channel restarts every month', () => {
    expect(restartSummary({ ...device, hotpatchPolicy: 'disabled' }, 2026).total).toBe(12);
    expect(restartSummary({ ...device, edition: 'Pro' }, 2026).restarts.every((r) => r.reason === 'monthly-lcu')).toBe(
      true,
    );
  });
  it('a device still below the baseline installs it (restart), then takes hotpatches', () => {
    expect(summary({ ...device, build: '26100.2894' }, { year: 2026, month: 2, day: 1 })).toEqual([
      '2:catch-up-baseline',
      '4:planned-baseline',
      '6:unplanned-baseline',
      '7:planned-baseline',
      '9:unknown-release',
      '10:planned-baseline',
      '11:unknown-release',
    ]);
  });
  it('a device that installed the February LCU gets the March LCU, then returns to hotpatch at the April baseline', () => {
    expect(summary({ ...device, build: '26100.7840' }, { year: 2026, month: 3, day: 1 })).toEqual([
      '3:off-track-lcu',
      '4:planned-baseline',
      '6:unplanned-baseline',
      '7:planned-baseline',
      '9:unknown-release',
      '10:planned-baseline',
      '11:unknown-release',
    ]);
  });
  it('a device that installed the preview or an OOB LCU is off track until the next baseline', () => {
    for (const kind of ['preview', 'oob-lcu'] as const) {
      expect(
        summary(
          { ...device, build: '26100.7781', installedSinceBaseline: [{ kind, month: { year: 2026, month: 2 } }] },
          { year: 2026, month: 3, day: 1 },
        )[0],
      ).toBe('3:off-track-lcu');
    }
  });
  it('the hotpatch default from May 2026: monthly LCUs until April, then hotpatch', () => {
    expect(summary({ ...device, hotpatchPolicy: 'default' }, { year: 2026, month: 1, day: 1 })).toEqual([
      '1:monthly-lcu',
      '2:monthly-lcu',
      '3:monthly-lcu',
      '4:monthly-lcu',
      '6:unplanned-baseline',
      '7:planned-baseline',
      '9:unknown-release',
      '10:planned-baseline',
      '11:unknown-release',
    ]);
  });
  it('Server 2022 Azure Edition: August 2024 was an unplanned baseline', () => {
    const server: DeviceProfile = {
      product: 'windows-server-2022-azure-edition',
      edition: 'Datacenter: Azure Edition',
      architecture: 'x64',
      build: '20348.2333',
      hotpatchPolicy: 'enabled',
      management: 'azure',
    };
    expect(restartSummary(server, 2024).months.map((m) => m.month)).toEqual([4, 7, 8, 10]);
  });
  it('no restarts after the end of servicing', () => {
    expect(restartSummary({ ...device, hotpatchPolicy: 'disabled' }, 2028).total).toBe(0);
  });
  it('nextRestart of a device current in August 2026: September, a possible restart (its hotpatch channel is not in the data)', () => {
    expect(nextRestart({ ...device, build: '26100.9106' }, { year: 2026, month: 8, day: 20 })).toMatchObject({
      date: { year: 2026, month: 9, day: 8 },
      reason: 'unknown-release',
      planned: false,
    });
  });
  it('a build the data does not know is placed by its number: below every known release it is far behind', () => {
    // 26200.100 is older than every 25H2 release in the data (25H2 has no minimum build): it catches up at its next release.
    const d25 = { ...device, product: 'windows-11-25h2', build: '26200.100' } as const;
    expect(nextRestart(d25, { asOf: '2026-11-28' })).toMatchObject({
      reason: 'catch-up-baseline',
      month: { year: 2026, month: 12 },
    });
    // 26100.99999 is newer than every release: assumed current, so its next restart is the January 2027 baseline.
    expect(nextRestart({ ...device, build: '26100.99999' }, { asOf: '2026-11-28' })).toMatchObject({
      reason: 'planned-baseline',
      month: { year: 2027, month: 1 },
    });
  });
  it('bad input gets coded errors', () => {
    expect(() =>
      predictRestarts(device, { from: { year: 2026, month: 2, day: 1 }, to: { year: 2026, month: 1, day: 1 } }),
    ).toThrow(expect.objectContaining({ code: 'E_INTERVAL' }));
    expect(() =>
      predictRestarts(device, { from: { year: 1000, month: 1, day: 1 }, to: { year: 2026, month: 1, day: 1 } }),
    ).toThrow(expect.objectContaining({ code: 'E_INTERVAL' }));
    expect(() => predictRestarts({ ...device, product: 'nope' as never }, year2026)).toThrow(
      expect.objectContaining({ code: 'E_UNKNOWN_PRODUCT' }),
    );
    expect(() => predictRestarts({ ...device, build: '26100.-1' }, year2026)).toThrow(
      expect.objectContaining({ code: 'E_BUILD_FORMAT' }),
    );
  });
});

describe('predictRestarts: cadence properties', () => {
  const future = fc.integer({ min: 2027, max: 9999 });
  it('an eligible current device restarts exactly at the 4 planned baselines of a year without exceptions', () => {
    fc.assert(
      fc.property(
        deviceProfileArbitrary({ eligible: true, offTrack: false, products: ['windows-11-26h2'] }),
        future,
        (d, year) => {
          const s = restartSummary(d, year);
          return s.total === 4 && s.planned === 4 && s.months.map((m) => m.month).join() === '1,4,7,10';
        },
      ),
    );
  });
  it('consecutive planned restarts are 84 to 98 days apart', () => {
    fc.assert(
      fc.property(
        deviceProfileArbitrary({
          eligible: true,
          offTrack: false,
          products: ['windows-11-26h2', 'windows-server-2025'],
        }),
        fc.integer({ min: 2027, max: 2033 }),
        (d, year) => {
          const list = predictRestarts(d, {
            from: { year, month: 1, day: 1 },
            to: { year: year + 1, month: 12, day: 31 },
          });
          // Two years of an eligible device: eight planned baselines (an empty list would prove nothing).
          return (
            list.length === 8 &&
            list.every(
              (r, i) =>
                i === 0 || [84, 91, 98].includes(toEpochDay(r.date) - toEpochDay((list[i - 1] as typeof r).date)),
            )
          );
        },
      ),
    );
  });
  it('an ineligible device restarts 12 times a year, on every Patch Tuesday', () => {
    fc.assert(
      fc.property(
        deviceProfileArbitrary({ eligible: false, offTrack: false, products: ['windows-11-26h2'] }),
        future,
        (d, year) => {
          const s = restartSummary(d, year);
          return s.total === 12 && s.restarts.every((r) => r.date.day === patchTuesday(year, r.month.month).day);
        },
      ),
    );
  });
  it('an override adding an unplanned baseline adds exactly one restart', () => {
    fc.assert(
      fc.property(
        deviceProfileArbitrary({ eligible: true, offTrack: false, products: ['windows-11-26h2'] }),
        fc.integer({ min: 2027, max: 2200 }),
        fc.constantFrom(2, 3, 5, 6, 8, 9, 11, 12),
        (d, year, month) => {
          const mm = String(month).padStart(2, '0');
          const catalog = createCatalog([
            {
              product: 'windows-11-26h2',
              channel: 'hotpatch',
              month: `${year}-${mm}`,
              kind: 'unplanned-baseline',
              kb: null,
              build: null,
              date: `${year}-${mm}-${String(patchTuesday(year, month).day).padStart(2, '0')}`,
              restartRequired: true,
              urls: ['https://learn.microsoft.com/en-us/windows/release-health/windows11-release-information'],
            },
          ]);
          const s = restartSummary(d, year, { catalog });
          return (
            s.total === 5 &&
            s.unplanned === 1 &&
            s.restarts.some((r) => r.month.month === month && r.reason === 'unplanned-baseline')
          );
        },
      ),
    );
  });
});

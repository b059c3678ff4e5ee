import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HotpatchRangeError, checkEligibility, restartSummary, type DeviceProfile } from '../../src/index.js';
import { UNMET_PREREQUISITES, deviceProfileArbitrary } from '../../src/testing/index.js';

// The codes that say a prerequisite is unmet (the program's start and end belong to the date, not the device).
const prerequisites = (d: DeviceProfile, asOf: { year: number; month: number; day: number }) =>
  checkEligibility(d, { asOf })
    .reasons.map((r) => r.code)
    .filter((c) => c !== 'BEFORE_PROGRAM' && c !== 'OUT_OF_SUPPORT' && c !== 'END_OF_SERVICING');
const anyDay = fc.record({
  year: fc.integer({ min: 2022, max: 2030 }),
  month: fc.integer({ min: 1, max: 12 }),
  day: fc.integer({ min: 1, max: 28 }),
});

describe('deviceProfileArbitrary', () => {
  it('generates only devices the library accepts', () => {
    fc.assert(
      fc.property(deviceProfileArbitrary(), fc.integer({ min: 2022, max: 2030 }), (d, year) => {
        expect(() => restartSummary(d, year)).not.toThrow();
      }),
    );
  });
  it('eligible: true meets every prerequisite on every day; eligible: false misses one on every day', () => {
    fc.assert(
      fc.property(deviceProfileArbitrary({ eligible: true }), anyDay, (d, day) => {
        expect(prerequisites(d, day)).toEqual([]);
      }),
    );
    fc.assert(
      fc.property(deviceProfileArbitrary({ eligible: false }), anyDay, (d, day) => {
        expect(prerequisites(d, day).length).toBeGreaterThan(0);
      }),
    );
  });
  it('covers every unmet prerequisite, each on its own', () => {
    const seen = new Set<string>();
    for (const d of fc.sample(deviceProfileArbitrary({ eligible: false }), { numRuns: 3000, seed: 1 })) {
      const codes = prerequisites(d, { year: 2026, month: 6, day: 15 });
      if (codes.length === 1) seen.add(codes[0] ?? '');
    }
    expect([...seen].sort()).toEqual([...UNMET_PREREQUISITES].sort());
  });
  it('unmet picks which prerequisites are missed', () => {
    fc.assert(
      fc.property(deviceProfileArbitrary({ unmet: ['VBS_NOT_RUNNING', 'ARM64_CHPE_ENABLED'] }), (d) => {
        const codes = prerequisites(d, { year: 2026, month: 6, day: 15 });
        // Servers have neither prerequisite; they fall back to an unsupported edition.
        expect(codes.length).toBeGreaterThan(0);
        for (const c of codes) expect(['VBS_NOT_RUNNING', 'ARM64_CHPE_ENABLED', 'EDITION_NOT_SUPPORTED']).toContain(c);
      }),
    );
  });
  it('fixed values hold on every device, and eligible: true picks only setups they leave eligible', () => {
    fc.assert(
      fc.property(
        deviceProfileArbitrary({
          eligible: true,
          products: ['windows-11-24h2', 'windows-11-25h2'],
          fixed: { architecture: 'arm64', management: 'autopatch' },
        }),
        (d) => {
          expect(d).toMatchObject({ architecture: 'arm64', management: 'autopatch', chpeDisabled: true });
          expect(prerequisites(d, { year: 2026, month: 6, day: 15 })).toEqual([]);
        },
      ),
    );
    fc.assert(
      fc.property(
        deviceProfileArbitrary({
          eligible: true,
          products: ['windows-server-2025'],
          fixed: { management: 'azure-arc' },
        }),
        (d) => {
          expect(['Standard', 'Datacenter']).toContain(d.edition);
        },
      ),
    );
  });
  it('with eligible: false, a fixed field is never the one missed', () => {
    fc.assert(
      fc.property(
        deviceProfileArbitrary({ eligible: false, fixed: { vbsRunning: true, license: 'microsoft-365-e5' } }),
        (d) => {
          const codes = prerequisites(d, { year: 2026, month: 6, day: 15 });
          expect(codes.length).toBeGreaterThan(0);
          expect(codes).not.toContain('VBS_NOT_RUNNING');
          expect(codes).not.toContain('LICENSE_NOT_QUALIFYING');
        },
      ),
    );
  });
  it('refuses constraints that contradict each other, with E_OPTION', () => {
    for (const c of [
      { eligible: true, fixed: { edition: 'Pro' } },
      { eligible: true, fixed: { hotpatchPolicy: 'default' as const } },
      { unmet: ['VBS_NOT_RUNNING' as const], fixed: { vbsRunning: false } },
      { products: ['windows-12' as never] },
      { products: ['windows-11-24h2' as const], build: '26200.100' },
    ]) {
      expect(() => deviceProfileArbitrary(c), JSON.stringify(c)).toThrow(HotpatchRangeError);
    }
  });
});

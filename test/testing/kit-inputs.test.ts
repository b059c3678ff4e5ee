import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkEligibility, identifyBuild, type DeviceProfile } from '../../src/index.js';
import { deviceProfileArbitrary } from '../../src/testing/index.js';
import { _representatives } from '../../src/testing/representatives.js';

describe('deviceProfileArbitrary refuses constraints it cannot meet, each with E_OPTION and why', () => {
  it.each([
    ['no products', { products: [] }, /products is empty/],
    ['an unknown product', { products: ['windows-12'] }, /products 'windows-12' unknown/],
    [
      'a build of another product',
      { products: ['windows-11-24h2'], build: '10.0.26200.1' },
      /build '10\.0\.26200\.1' is not a build of windows-11-24h2/,
    ],
    ['an unknown prerequisite', { unmet: ['NO_COFFEE'] }, /unmet 'NO_COFFEE' unknown/],
    ['no prerequisites', { unmet: [] }, /unmet is empty/],
    [
      'ineligible with every missable field fixed',
      { eligible: false, unmet: ['VBS_NOT_RUNNING'], fixed: { vbsRunning: true } },
      /nothing can make the device ineligible/,
    ],
    [
      'eligible with a policy that is not on every day',
      { eligible: true, fixed: { hotpatchPolicy: 'default' } },
      /hotpatchPolicy 'default' cannot be eligible on every day/,
    ],
    [
      'eligible with fixed values no setup meets',
      { eligible: true, products: ['windows-server-2022-azure-edition'], fixed: { edition: 'Pro' } },
      /leaves no eligible setup of windows-server-2022-azure-edition/,
    ],
  ])('%s', (_name, constraints, message) => {
    expect(() => deviceProfileArbitrary(constraints as never)).toThrow(
      expect.objectContaining({ code: 'E_OPTION', message: expect.stringMatching(message) }),
    );
  });
  it('a fixed build is kept as given; Arm64 eligible devices get CHPE disabled unless it is fixed', () => {
    const devices = fc.sample(
      deviceProfileArbitrary({
        products: ['windows-11-25h2'],
        build: '26200.9106',
        eligible: true,
        fixed: { architecture: 'arm64' },
      }),
      20,
    );
    for (const d of devices) {
      expect(d.build).toBe('26200.9106');
      expect(d.chpeDisabled).toBe(true);
    }
  });
  it('eligible devices are eligible on a day in the program; ineligible ones miss what was asked', () => {
    const asOf = { year: 2026, month: 6, day: 15 };
    for (const d of fc.sample(deviceProfileArbitrary({ eligible: true, products: ['windows-11-25h2'] }), 30))
      expect(checkEligibility(d, { asOf }).reasons).toEqual([]);
    for (const d of fc.sample(
      deviceProfileArbitrary({ products: ['windows-11-25h2'], unmet: ['ARM64_CHPE_ENABLED'] }),
      30,
    ))
      expect(checkEligibility(d, { asOf }).reasons.map((r) => r.code)).toContain('ARM64_CHPE_ENABLED');
  });
  it('offTrack: false gives no installs; the default sometimes gives one or two', () => {
    expect(
      fc.sample(deviceProfileArbitrary({ offTrack: false }), 50).every((d) => d.installedSinceBaseline === undefined),
    ).toBe(true);
    const counts = fc
      .sample(deviceProfileArbitrary({ eligible: true }), 300)
      .map((d) => d.installedSinceBaseline?.length ?? 0);
    expect(new Set(counts)).toEqual(new Set([0, 1, 2]));
  });
});

describe('the representatives the enumeration asks about', () => {
  const keys = (list: DeviceProfile[]) =>
    list.map((d) =>
      [
        d.edition,
        d.architecture,
        d.management,
        d.build,
        d.hotpatchPolicy,
        d.vbsRunning,
        d.license ?? '-',
        (d.installedSinceBaseline ?? []).map((i) => `${i.kind}@${i.month.month}`).join('+'),
      ].join(' '),
    );
  it('Windows 11 24H2 in 2026: each eligible setup once, current as 2026 starts (a December 2025 hotpatch build)', () => {
    const list = _representatives('windows-11-24h2', 2026);
    const eligible = list.filter((d) => checkEligibility(d, { asOf: '2026-06-20' }).eligible);
    expect(new Set(keys(eligible)).size).toBe(eligible.length);
    const seen = identifyBuild(list[0]?.build ?? '', { product: 'windows-11-24h2' }).matches;
    expect(seen.map((r) => `${r.month.year}-${r.month.month} ${r.channel}`)).toContain('2025-12 hotpatch');
    // The build minimum case is 26100.1742; the one behind every release is the October 2024 baseline 26100.2033.
    expect(list.map((d) => d.build)).toEqual(expect.arrayContaining(['26100.1742', '26100.2033']));
    expect(list.filter((d) => d.hotpatchPolicy === 'default' && d.tenantOptOut !== true)).toHaveLength(1);
    expect(
      list.flatMap((d) => d.installedSinceBaseline ?? []).map((i) => `${i.kind} ${i.month.year}-${i.month.month}`),
    ).toEqual(['oob-lcu 2026-2', 'preview 2026-5', 'oob-lcu 2026-11']);
  });
  it('Windows Server 2025: the build minimum case is an Arc server on 26100.1000; behind is 26100.1742; the rest current', () => {
    const list = _representatives('windows-server-2025', 2027);
    const below = list.filter((d) => d.build === '26100.1000');
    expect(below.map((d) => d.management)).toEqual(['azure-arc']);
    expect(list.map((d) => d.build)).toContain('26100.1742');
  });
  it('past the data, a build above every release (26100.99000)', () => {
    expect(_representatives('windows-11-24h2', 2029)[0]?.build).toBe('26100.99000');
  });
});

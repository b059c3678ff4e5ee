import { runWithIntuneExport } from '../support/cli.js';
import { describe, expect, it } from 'vitest';

const run = runWithIntuneExport;

describe('compliance FILE --as-of DATE', () => {
  it('table: totals, products, releases behind, restarts due, and a to-do list by remedy', async () => {
    const r = await run(['compliance', 'export.csv', '--as-of', '2026-11-28']);
    expect(r.code, r.err).toBe(0);
    // PC-LEIPZIG-09 runs the November 2026 cumulative update; the others are months behind.
    expect(r.out).toMatch(
      /^Hotpatch compliance on 2026-11-28: 1 of 6 devices current \(16\.7%\); 0 whose currency cannot be told; 1 record that is no device/,
    );
    expect(r.out).toContain('Security releases behind: current 1, 1 behind 0, 2 behind 0, 3+ behind 3, unknown 2');
    expect(r.out).toMatch(/ {2}2 devices: NOT_A_HOTPATCH_PRODUCT: Upgrade to Windows 11 Enterprise 24H2/);
  });
  it('json is the summary object; an audit of an earlier day counts only what was published then', async () => {
    const now = JSON.parse(
      (await run(['compliance', 'export.csv', '--as-of', '2026-11-28', '--format', 'json'])).out,
    ) as { total: { current: number } };
    const august = JSON.parse(
      (await run(['compliance', 'export.csv', '--as-of', '2026-08-20', '--format', 'json'])).out,
    ) as { total: { current: number; devices: number } };
    expect(now.total.current).toBe(1);
    // On 20 August 2026 the two devices on August builds were current (and the one on a later build).
    // Five devices have a verdict then: the one on Windows 11 23H2 (Enterprise, serviced to 2026-11-10) had none yet.
    expect(august.total).toMatchObject({ current: 3, devices: 5 });
  });
  it.each([
    ['csv', /^section,key,devices,current,percent_current\r\ntotal,all,6,1,16\.7\r\n/],
    ['md', /^# Hotpatch compliance on 2026-11-28\n/],
    ['html', /^<!doctype html>/],
  ])('--format %s', async (format, pattern) => {
    expect((await run(['compliance', 'export.csv', '--as-of', '2026-11-28', '--format', format])).out).toMatch(pattern);
  });
  it('usage errors exit 2', async () => {
    expect((await run(['compliance', 'export.csv', '--lang', 'fr'])).code).toBe(2);
    expect((await run(['compliance', 'export.csv', '--as-of', '2026-11-28', '--format', 'pdf'])).code).toBe(2);
  });
});

describe('compliance-policy', () => {
  it('prints a Graph windows10CompliancePolicy fragment whose ranges accept the August 2026 hotpatch', async () => {
    const r = await run(['compliance-policy', '--product', 'windows-11-24h2', '--month', '2026-08']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({
      '@odata.type': '#microsoft.graph.windows10CompliancePolicy',
      validOperatingSystemBuildRanges: [
        {
          '@odata.type': 'microsoft.graph.operatingSystemVersionRange',
          lowestVersion: '10.0.26100.9106',
          highestVersion: '10.0.26100.99999',
          description:
            'windows-11-24h2 patched through 2026-08, releases from then on (hotpatch, LCU, baseline): 26100.9106 and later',
        },
      ],
      osMinimumVersion: '10.0.26100.9106',
    });
    expect(r.err).toBe('');
  });
  it('two products: one range each, described by product, month and channels, and no osMinimumVersion', async () => {
    const r = await run([
      'compliance-policy',
      '--product',
      'windows-11-24h2',
      '--product',
      'windows-11-25h2',
      '--month',
      '2026-08',
    ]);
    expect(r.code, r.err).toBe(0);
    const policy = JSON.parse(r.out);
    expect(policy.osMinimumVersion).toBeUndefined();
    expect(
      policy.validOperatingSystemBuildRanges.map((x: { lowestVersion: string; description: string }) => [
        x.lowestVersion,
        x.description.split(',')[0],
      ]),
    ).toEqual([
      ['10.0.26100.9106', 'windows-11-24h2 patched through 2026-08'],
      ['10.0.26200.9106', 'windows-11-25h2 patched through 2026-08'],
    ]);
  });
  it('a month whose hotpatch build is not in the data is exit 1 naming product and month; --allow-projected emits with a warning', async () => {
    const r = await run(['compliance-policy', '--product', 'windows-11-25h2', '--month', '2026-11']);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/the hotpatch build of windows-11-25h2 for 2026-11 is not in the data/);
    const allowed = await run([
      'compliance-policy',
      '--product',
      'windows-11-25h2',
      '--month',
      '2026-11',
      '--allow-projected',
    ]);
    expect(allowed.code).toBe(0);
    expect(allowed.err).toMatch(/warning: .*hotpatched devices may be flagged/);
    expect(JSON.parse(allowed.out).validOperatingSystemBuildRanges[0].lowestVersion).toBe('10.0.26200.9974');
  });
  it('a month with nothing in the data is exit 1; missing flags exit 2', async () => {
    expect((await run(['compliance-policy', '--product', 'windows-server-2025', '--month', '2027-05'])).code).toBe(1);
    expect((await run(['compliance-policy', '--product', 'windows-server-2025'])).code).toBe(2);
  });
});

import { describe, expect, it } from 'vitest';
import { compliancePolicy } from 'hotpatch-calendar';
import { runCli } from '../support/cli.js';

// August 2026: Windows 11 hotpatch KB5120994 = 26100.9106 and 26200.9106; LCU KB5121003 = x.9168 (release notes).
describe('compliancePolicy', () => {
  it("one product, one range: osMinimumVersion is that range's lowest version", () => {
    const p = compliancePolicy('windows-11-24h2', '2026-08');
    expect(p.osMinimumVersion).toBe('10.0.26100.9106');
    expect(p.validOperatingSystemBuildRanges).toHaveLength(1);
  });
  it('several products: every product keeps its own range; a minimum would fail all but one product', () => {
    const p = compliancePolicy(['windows-11-24h2', 'windows-11-25h2', 'windows-11-24h2'], '2026-08');
    expect(p.validOperatingSystemBuildRanges.map((r) => r.lowestVersion)).toEqual([
      '10.0.26100.9106',
      '10.0.26200.9106',
    ]);
    expect('osMinimumVersion' in p).toBe(false);
  });
  it('a month whose release is not in the data is E_POLICY naming product, month and channel', () => {
    expect(() => compliancePolicy(['windows-11-24h2'], '2026-11')).toThrow(
      expect.objectContaining({
        code: 'E_POLICY',
        message: expect.stringMatching(/hotpatch build of windows-11-24h2 for 2026-11/),
      }),
    );
    expect(
      compliancePolicy(['windows-11-24h2'], '2026-11', { allowProjected: true }).validOperatingSystemBuildRanges[0]
        ?.description,
    ).toMatch(/^windows-11-24h2 patched through 2026-11, releases from then on \((LCU, baseline|LCU)\)/);
  });
  it('bad input: no products, an unknown product, a bad option', () => {
    expect(() => compliancePolicy([], '2026-08')).toThrow(expect.objectContaining({ code: 'E_OPTION' }));
    expect(() => compliancePolicy(['windows-12' as never], '2026-08')).toThrow(
      expect.objectContaining({ code: 'E_UNKNOWN_PRODUCT' }),
    );
    expect(() => compliancePolicy('windows-11-24h2', '2026-08', { allowProjected: 'yes' as never })).toThrow(
      expect.objectContaining({ code: 'E_OPTION' }),
    );
  });
});

describe('argument parsing', () => {
  it('-- ends the options: a file named -5.csv is read as a file, not joined to a flag', async () => {
    const r = await runCli(['fleet', '--as-of', '2026-11-28', '--', '-5.csv']);
    expect(r.err).not.toMatch(/Unknown option/);
    expect(r.err).toMatch(/-5\.csv/);
    expect(r.code).toBe(1);
  });
});

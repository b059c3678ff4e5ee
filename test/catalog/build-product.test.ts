import { describe, expect, it } from 'vitest';
import { identifyBuild, parseDevice, resolveBuildProduct, safeResolveBuildProduct } from 'hotpatch-calendar';
import { forecastFleetSync } from 'hotpatch-calendar';
import { runCli } from '../support/cli.js';

// Windows 11 24H2 and Windows Server 2025 share OS build 26100. They shared KBs and builds through December 2025
// (e.g. KB5064010 = 26100.4851, August 2025); from January 2026 Server 2025 has its own line (KB5073379 =
// 26100.32230), per the Windows Server release-information page. A build is never assigned by guess.
describe('resolveBuildProduct', () => {
  it.each([
    ['26100.32995', {}, 'windows-server-2025', 'release'], // June 2026 Server 2025 LCU KB5094125
    ['26100.9974', {}, 'windows-11-24h2', 'release'], // November 2026 Windows 11 LCU (CVE records)
    ['26100.33900', {}, 'windows-server-2025', 'build-line'], // not in the data, on the server's line
    ['26100.10100', {}, 'windows-11-24h2', 'build-line'], // not in the data, on the client's line
    ['26100.4851', { edition: 'Datacenter: Azure Edition' }, 'windows-server-2025', 'edition'],
    ['26100.4851', { edition: 'Enterprise' }, 'windows-11-24h2', 'edition'],
    ['26100.4851', { product: 'windows-server-2025' }, 'windows-server-2025', 'product'],
    ['26200.7781', {}, 'windows-11-25h2', 'only-candidate'],
    ['10.0.20348.4052', {}, 'windows-server-2022-azure-edition', 'only-candidate'],
  ] as const)('resolveBuildProduct(%s, %j) → %s by %s', (build, options, product, by) => {
    expect(resolveBuildProduct(build, options)).toMatchObject({ product, by });
  });
  it('a build the products shared, with nothing else to tell, is E_AMBIGUOUS_PRODUCT naming both and the flags', () => {
    const r = safeResolveBuildProduct('26100.4851');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('E_AMBIGUOUS_PRODUCT');
      expect(r.error.message).toContain('windows-11-24h2 or windows-server-2025');
      expect(r.error.message).toContain('--product');
      expect(r.error.message).toContain('--edition');
    }
  });
  it('a server revision on a client edition, or with the client product, is E_BUILD_PRODUCT', () => {
    expect(() => resolveBuildProduct('26100.32995', { edition: 'Enterprise' })).toThrow(
      expect.objectContaining({ code: 'E_BUILD_PRODUCT' }),
    );
    expect(() => resolveBuildProduct('26100.32995', { product: 'windows-11-24h2' })).toThrow(
      expect.objectContaining({ code: 'E_BUILD_PRODUCT' }),
    );
    expect(() =>
      parseDevice({
        edition: 'Enterprise',
        architecture: 'x64',
        build: '26100.32995',
        hotpatchPolicy: 'enabled',
        management: 'intune',
      }),
    ).toThrow(expect.objectContaining({ code: 'E_BUILD_PRODUCT' }));
  });
  it('bad input: not a build, a build of no hotpatch product, a bad option', () => {
    expect(() => resolveBuildProduct('26100')).toThrow(expect.objectContaining({ code: 'E_BUILD_FORMAT' }));
    expect(() => resolveBuildProduct('19045.6456')).toThrow(expect.objectContaining({ code: 'E_UNKNOWN_PRODUCT' }));
    expect(() => resolveBuildProduct('26100.1', { edition: 42 as never })).toThrow(
      expect.objectContaining({ code: 'E_OPTION' }),
    );
  });
  it('identifyBuild names only the products the data leaves: the server build is the server only', () => {
    expect(identifyBuild('26100.32995').candidates).toEqual(['windows-server-2025']);
    expect(identifyBuild('26100.4851').candidates).toEqual(['windows-11-24h2', 'windows-server-2025']);
  });
});

describe('the product from a build, in every shell', () => {
  it('restarts --build 26100.32995 forecasts a Windows Server 2025 (it answered windows-11-24h2 Enterprise)', async () => {
    const r = await runCli(['restarts', '--build', '26100.32995', '--year', '2027']);
    expect(r.code, r.err).toBe(0);
    expect(r.out.split('\n')[0]).toMatch(/^windows-server-2025 Datacenter: Azure Edition on 26100\.32995: /);
  });
  it('restarts --build 26100.4851 (shared) exits 2 with the candidates and the flags', async () => {
    const r = await runCli(['restarts', '--build', '26100.4851', '--year', '2027']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('windows-11-24h2 or windows-server-2025');
    expect(r.err).toContain('--edition');
  });
  it('a fleet row with no edition on the server line is a server; on the client line a client', () => {
    const rows = [
      ...forecastFleetSync(
        [
          { id: 'srv', osVersion: '10.0.26100.32995' },
          { id: 'pc', osVersion: '10.0.26100.9974' },
        ],
        { asOf: '2026-12-01' },
      ),
    ];
    expect(rows.map((r) => (r.ok ? [r.id, r.product] : [r.id, r.error.code]))).toEqual([
      ['srv', 'windows-server-2025'],
      ['pc', 'windows-11-24h2'],
    ]);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtInCatalog, identifyBuild, isPatchedThrough, releaseFor } from '../../src/index.js';

describe('identifyBuild', () => {
  it('a 26100 hotpatch build of 2025 is Windows 11 24H2 or Server 2025', () => {
    const id = identifyBuild('26100.4851');
    expect(id.candidates).toEqual(['windows-11-24h2', 'windows-server-2025']);
    expect(id.matches.map((r) => [r.product, r.channel, r.kind, r.kb])).toEqual([
      ['windows-11-24h2', 'hotpatch', 'hotpatch', 'KB5064010'],
      ['windows-server-2025', 'hotpatch', 'hotpatch', 'KB5064010'],
    ]);
  });
  it('narrows by product', () => {
    const id = identifyBuild('10.0.26100.4061', { product: 'windows-server-2025' });
    expect(id.candidates).toEqual(['windows-server-2025']);
    expect(id.matches.map((r) => [r.channel, r.kind, r.kb])).toEqual([['standard', 'lcu', 'KB5058411']]);
  });
  it('a 2026 Server 2025 build is only Server 2025', () => {
    expect(identifyBuild('26100.32230').matches.map((r) => [r.product, r.kind])).toEqual([
      ['windows-server-2025', 'baseline'],
      ['windows-server-2025', 'baseline'],
    ]);
  });
  it('an OOB hotpatch and a preview are identified', () => {
    expect(identifyBuild('26200.7093').matches[0]).toMatchObject({ kind: 'oob-hotpatch', kb: 'KB5072753' });
    expect(identifyBuild('26100.8737').matches[0]).toMatchObject({ kind: 'preview', kb: 'KB5095093' });
  });
  it('unknown builds are unknown, with candidates from the build major', () => {
    expect(identifyBuild('26300.1')).toMatchObject({ known: false, matches: [], candidates: ['windows-11-26h2'] });
    expect(identifyBuild('19045.5000')).toMatchObject({ known: false, candidates: [] });
  });
  it('inverts releaseFor for every published Patch Tuesday release', () => {
    const published = builtInCatalog().entries.filter(
      (r) => r.build && ['baseline', 'unplanned-baseline', 'hotpatch', 'lcu'].includes(r.kind),
    );
    fc.assert(
      fc.property(fc.constantFrom(...published), (r) => {
        const back = releaseFor(r.product, r.month, r.channel);
        return (
          identifyBuild(r.build as string).matches.includes(back) &&
          identifyBuild(back.build as string, { product: r.product }).matches.some((m) => m.kb === r.kb)
        );
      }),
      { numRuns: Math.max(published.length, 100) },
    );
  });
  it('rejects malformed builds', () => {
    expect(() => identifyBuild('26100.')).toThrow(expect.objectContaining({ code: 'E_BUILD_FORMAT' }));
  });
});

describe('isPatchedThrough', () => {
  it.each([
    ['26100.7781', '2026-02', true], // February hotpatch, below February's LCU 7840 but patched
    ['26100.7840', '2026-02', true],
    ['26100.7840', '2026-03', false],
    ['26100.7979', '2026-03', true], // March hotpatch
    ['26100.7985', '2026-03', true], // OOB hotpatch counts for its month
    ['26100.8737', '2026-06', true], // June preview
    ['26100.8737', '2026-07', false],
    ['26100.9106', '2026-08', true],
    ['26100.9106', '2026-09', false], // September not published: conservative
    ['26100.7900', '2026-02', true], // unknown, above both February builds
    ['26100.7800', '2026-02', false], // unknown, between the channels: conservative
  ])('isPatchedThrough(%s, windows-11-24h2, %s) → %s', (build, month, expected) => {
    expect(isPatchedThrough(build, 'windows-11-24h2', month)).toBe(expected);
  });
  it('across channels a higher UBR is not more patched: Feb LCU 26100.7840 > March hotpatch 26100.7979? no — and March hotpatch is patched through March', () => {
    expect(isPatchedThrough('26100.7979', 'windows-11-24h2', '2026-03')).toBe(true);
    expect(isPatchedThrough('26100.7840', 'windows-11-24h2', '2026-03')).toBe(false);
  });
  it('Server 2022: the February 2022 hotpatch 20348.525 is above the LCU 20348.524, and both are patched through February', () => {
    expect(isPatchedThrough('20348.525', 'windows-server-2022-azure-edition', '2022-02')).toBe(true);
    expect(isPatchedThrough('20348.524', 'windows-server-2022-azure-edition', '2022-02')).toBe(true);
  });
  it('rejects a build of another product', () => {
    expect(() => isPatchedThrough('20348.525', 'windows-11-24h2', '2022-02')).toThrow(
      expect.objectContaining({ code: 'E_BUILD_PRODUCT' }),
    );
  });
});

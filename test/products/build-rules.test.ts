import { describe, expect, it } from 'vitest';
import {
  compareBuilds,
  identifyBuild,
  isPatchedThrough,
  parseBuild,
  placeBuild,
  safeParseBuild,
} from '../../src/index.js';

describe('builds', () => {
  it('compareBuilds orders by major, then minor, then OS build, then revision', () => {
    expect(compareBuilds('10.0.26100.1', '6.3.26100.9999')).toBe(1);
    expect(compareBuilds('6.3.26100.9999', '10.0.26100.1')).toBe(-1);
    expect(compareBuilds('10.1.26100.1', '10.0.26100.9999')).toBe(1);
    expect(compareBuilds('10.0.20348.9999', '10.0.26100.1')).toBe(-1);
    expect(compareBuilds('26100.7781', '26100.7840')).toBe(-1);
    expect(compareBuilds('10.0.26100.7781', '26100.7781')).toBe(0);
  });
  it('record parts go up to 99,999,999; a product build must be 10.0.<its OS build>', () => {
    expect(parseBuild({ major: 10, minor: 0, build: 26100, ubr: 99_999_999 } as never).ubr).toBe(99_999_999);
    expect(safeParseBuild({ major: 10, minor: 0, build: 26100, ubr: 100_000_000 } as never).ok).toBe(false);
    expect(() => placeBuild('6.3.26100.1', 'windows-11-24h2')).toThrow(
      expect.objectContaining({ code: 'E_BUILD_PRODUCT' }),
    );
    expect(() => placeBuild('10.1.26100.1', 'windows-11-24h2')).toThrow(
      expect.objectContaining({ code: 'E_BUILD_PRODUCT' }),
    );
    expect(() => placeBuild('26200.1', 'windows-11-24h2')).toThrow(
      expect.objectContaining({ code: 'E_BUILD_PRODUCT' }),
    );
    expect(placeBuild('10.0.26100.1', 'windows-11-24h2')).toBe('older-than-data');
  });
  it('build records must be four whole numbers with a 4- or 5-digit OS build', () => {
    expect(parseBuild({ major: 10, minor: 0, build: 26100, ubr: 1 } as never)).toEqual({
      major: 10,
      minor: 0,
      build: 26100,
      ubr: 1,
    });
    for (const bad of [
      { major: 10, minor: 0, build: 26100 },
      { major: 10, minor: 0, build: 999, ubr: 1 },
      { major: 10, minor: 0, build: 100_000, ubr: 1 },
      { major: 10, minor: 0, build: 26100, ubr: -1 },
      { major: 10, minor: 0.5, build: 26100, ubr: 1 },
      { major: '10', minor: 0, build: 26100, ubr: 1 },
    ]) {
      const r = safeParseBuild(bad as never);
      expect(r.ok ? 'parsed' : r.error.code).toBe('E_BUILD_FORMAT');
    }
  });
});

describe('identifyBuild and isPatchedThrough', () => {
  it('only 10.0 builds are Windows builds: 6.3.26100.4851 belongs to no product', () => {
    expect(identifyBuild('6.3.26100.4851')).toMatchObject({ known: false, candidates: [], matches: [] });
    expect(identifyBuild('10.1.26100.4851')).toMatchObject({ known: false, candidates: [] });
  });
  it('a build given as a record, or with options, is identified the same as its text', () => {
    const text = identifyBuild('26100.4851');
    expect(identifyBuild({ major: 10, minor: 0, build: 26100, ubr: 4851 })).toEqual(text);
    expect(identifyBuild('10.0.26100.4851', {})).toEqual(text);
    expect(identifyBuild('26100.4851', { product: 'windows-server-2025' }).matches.map((r) => r.product)).toEqual([
      'windows-server-2025',
    ]);
  });
  it('a published build is known; a build between releases is not', () => {
    expect(identifyBuild('26100.4851').known).toBe(true);
    expect(identifyBuild('26100.4852').known).toBe(false);
    expect(identifyBuild('26100.4852').matches).toEqual([]);
  });
  it('an unknown build checked against a month the data does not hold is not reported as patched', () => {
    // December 2026 is not published: nothing says which build fixes it, so no build is patched through it.
    expect(isPatchedThrough('26100.99999', 'windows-11-24h2', '2026-12')).toBe(false);
    expect(isPatchedThrough('26100.7781', 'windows-11-24h2', '2026-02')).toBe(true);
  });
  it('the product decides: Server 2025 and Windows 11 24H2 share 26100 builds but not their releases', () => {
    // 26100.32230 is Server 2025's January 2026 baseline; Windows 11 24H2 never had that build.
    expect(isPatchedThrough('26100.32230', 'windows-server-2025', '2026-01')).toBe(true);
    expect(identifyBuild('26100.32230', { product: 'windows-server-2025' }).known).toBe(true);
    expect(identifyBuild('26100.32230', { product: 'windows-11-24h2' }).known).toBe(false);
    // A Windows 11 build below Server 2025's January baseline is not a patched Server 2025.
    expect(isPatchedThrough('26100.7623', 'windows-server-2025', '2026-01')).toBe(false);
    expect(isPatchedThrough('26100.7623', 'windows-11-24h2', '2026-01')).toBe(true);
  });
});

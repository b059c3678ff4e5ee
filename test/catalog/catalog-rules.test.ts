import { describe, expect, it } from 'vitest';
import {
  PRODUCT_IDS,
  builtInCatalog,
  catalogInfo,
  createCatalog,
  identifyBuild,
  placeBuild,
  releaseChannels,
  toEpochDay,
  type Release,
} from '../../src/index.js';

// Catalogs and their lookup indexes are built once and cached, so each check builds a fresh one (an empty overlay
// over the built-in data): a test of the cached built-in catalog would only see how the first caller built it.
const fresh = () => createCatalog([]);
const ubr = (r: Release): number => (r.build ? Number(r.build.split('.')[1]) : 0);
const day = (r: Release): number => (r.date ? toEpochDay(r.date) : 0);

describe('catalog entries', () => {
  it('are ordered by product (as PRODUCT_IDS), hotpatch channel first, then date, then build revision', () => {
    const entries = fresh().entries;
    expect(entries.length).toBe(builtInCatalog().entries.length);
    for (let i = 1; i < entries.length; i++) {
      const [a, b] = [entries[i - 1] as Release, entries[i] as Release];
      const key = (r: Release) => [PRODUCT_IDS.indexOf(r.product), r.channel === 'hotpatch' ? 0 : 1, day(r), ubr(r)];
      const [ka, kb] = [key(a), key(b)];
      const cmp = ka.findIndex((v, j) => v !== kb[j]);
      expect(cmp === -1 || (ka[cmp] as number) < (kb[cmp] as number), `${i}: ${JSON.stringify([ka, kb])}`).toBe(true);
    }
    expect(new Set(entries.map((e) => e.product)).size).toBeGreaterThanOrEqual(4);
  });
  it('are frozen, to the nested records', () => {
    const catalog = fresh();
    const [first] = catalog.entries;
    expect(Object.isFrozen(catalog.entries)).toBe(true);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first?.month)).toBe(true);
    expect(Object.isFrozen(first?.urls)).toBe(true);
  });
});

describe('createCatalog overlays', () => {
  const entry = (date: string, kb: string | null, u: number | null) => ({
    products: ['windows-11-25h2'],
    kind: 'hotpatch',
    date,
    kb,
    ubr: u,
    sources: ['w11-release-info'],
  });
  it('two entries replacing the same release are refused', () => {
    expect(() =>
      createCatalog([entry('2027-02-09', 'KB5999001', 12001), entry('2027-02-09', 'KB5999002', 12002)]),
    ).toThrow(expect.objectContaining({ code: 'E_CATALOG' }));
  });
  it('the data date is the later of the base and the overlay', () => {
    const base = builtInCatalog();
    const older = createCatalog({ formatVersion: 2, retrieved: '2020-01-01', sources: {}, releases: [] } as never);
    expect(catalogInfo(older).retrieved).toBe(catalogInfo(base).retrieved);
    const newer = createCatalog({ formatVersion: 2, retrieved: '2027-03-01', sources: {}, releases: [] } as never);
    expect(catalogInfo(newer).retrieved).toBe('2027-03-01');
  });
  it('the newest month counts only releases with a KB or a build', () => {
    const before = catalogInfo().products['windows-11-25h2'].newestMonth.hotpatch;
    const empty = createCatalog([entry('2027-02-09', null, null)]);
    expect(catalogInfo(empty).products['windows-11-25h2'].newestMonth.hotpatch).toBe(before);
    const kbOnly = createCatalog([entry('2027-02-09', 'KB5999001', null)]);
    expect(catalogInfo(kbOnly).products['windows-11-25h2'].newestMonth.hotpatch).toBe('2027-02');
    const known = createCatalog([entry('2027-02-09', 'KB5999001', 12001)]);
    expect(catalogInfo(known).products['windows-11-25h2'].newestMonth.hotpatch).toBe('2027-02');
  });
});

describe('builds against the data', () => {
  it('a build is found with or without its 10.0. prefix', () => {
    const catalog = fresh();
    expect(identifyBuild('10.0.26100.4851', { catalog }).matches.map((r) => r.kb)).toEqual(['KB5064010', 'KB5064010']);
    expect(identifyBuild('26100.4851', { catalog }).known).toBe(true);
  });
  it('the newest month per product and channel, from a freshly built index', () => {
    const info = catalogInfo(fresh());
    expect(info.products['windows-11-24h2'].newestMonth).toEqual(catalogInfo().products['windows-11-24h2'].newestMonth);
    // Windows 11's October 2026 baseline is in the data by its build (KB not published there).
    expect(info.products['windows-11-24h2'].newestMonth.hotpatch).toBe('2026-10');
    expect(info.products['windows-11-26h2'].newestMonth).toEqual({ hotpatch: '2026-10', standard: '2026-11' });
  });
  it('placement edges: one below the lowest known revision is older, one above the highest is newer', () => {
    const catalog = fresh();
    const revisions = catalog.entries.filter((r) => r.product === 'windows-11-24h2' && r.build).map(ubr);
    const [min, max] = [Math.min(...revisions), Math.max(...revisions)];
    const at = (u: number) => placeBuild(`26100.${u}`, 'windows-11-24h2', { catalog });
    expect([at(min), at(min - 1), at(max), at(max + 1)]).toEqual([
      'known',
      'older-than-data',
      'known',
      'newer-than-data',
    ]);
    expect(at(7700)).toBe('between-releases');
  });
});

describe('release kinds', () => {
  it('the channels of each kind; an unknown kind is E_OPTION', () => {
    expect(releaseChannels('baseline')).toEqual(['hotpatch', 'standard']);
    expect(releaseChannels('lcu')).toEqual(['standard']);
    expect(() => releaseChannels('monthly' as never)).toThrow(expect.objectContaining({ code: 'E_OPTION' }));
  });
});

import { describe, expect, it } from 'vitest';
import {
  PRODUCT_IDS,
  builtInCatalog,
  catalogInfo,
  createCatalog,
  identifyBuild,
  placeBuild,
  toEpochDay,
  type Release,
} from '../../src/index.js';

const ubr = (r: Release): number => (r.build ? Number(r.build.split('.')[1]) : 0);
const day = (r: Release): number => (r.date ? toEpochDay(r.date) : 0);

describe('catalog entries', () => {
  it('are ordered by product (as PRODUCT_IDS), hotpatch channel first, then date, then build revision', () => {
    const entries = builtInCatalog().entries;
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
    const [first] = builtInCatalog().entries;
    expect(Object.isFrozen(builtInCatalog().entries)).toBe(true);
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
    const known = createCatalog([entry('2027-02-09', 'KB5999001', 12001)]);
    expect(catalogInfo(known).products['windows-11-25h2'].newestMonth.hotpatch).toBe('2027-02');
  });
});

describe('builds against the data', () => {
  it('a build is found with or without its 10.0. prefix', () => {
    expect(identifyBuild('10.0.26100.4851').matches.map((r) => r.kb)).toEqual(
      identifyBuild('26100.4851').matches.map((r) => r.kb),
    );
    expect(identifyBuild('10.0.26100.4851').known).toBe(true);
  });
  it('placement edges: one below the lowest known revision is older, one above the highest is newer', () => {
    const revisions = builtInCatalog()
      .entries.filter((r) => r.product === 'windows-11-24h2' && r.build)
      .map(ubr);
    const [min, max] = [Math.min(...revisions), Math.max(...revisions)];
    expect(placeBuild(`26100.${min}`, 'windows-11-24h2')).toBe('known');
    expect(placeBuild(`26100.${min - 1}`, 'windows-11-24h2')).toBe('older-than-data');
    expect(placeBuild(`26100.${max}`, 'windows-11-24h2')).toBe('known');
    expect(placeBuild(`26100.${max + 1}`, 'windows-11-24h2')).toBe('newer-than-data');
  });
});

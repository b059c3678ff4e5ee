import { describe, expect, it } from 'vitest';
import {
  PRODUCT_IDS,
  compliantBuildRanges,
  builtInCatalog,
  catalogInfo,
  createCatalog,
  currentRelease,
  identifyBuild,
  isPatchedThrough,
  placeBuild,
  releaseFor,
  releasesOf,
  toEpochDay,
  type Release,
} from '../../src/index.js';

// Lookups on a catalog built from an overlay written out of order: May 2027 for Windows 11 24H2 with a hotpatch,
// its standard-channel LCU, two OOB hotpatches on one day (the higher build listed first), June's hotpatch, and
// Server 2025's May hotpatch with a higher build.
const W = 'windows-11-24h2';
const entry = (products: string[], kind: string, date: string, kb: string, ubr: number) => ({
  products,
  kind,
  date,
  kb,
  ubr,
  sources: ['w11-release-info'],
});
const overlay = [
  entry([W], 'hotpatch', '2027-06-08', 'KB5999310', 12100),
  entry([W], 'oob-hotpatch', '2027-05-20', 'KB5999302', 12010),
  entry([W], 'oob-hotpatch', '2027-05-20', 'KB5999301', 12005),
  entry(['windows-server-2025'], 'hotpatch', '2027-05-11', 'KB5999350', 12050),
  entry([W], 'lcu', '2027-05-11', 'KB5999299', 12001),
  entry([W], 'hotpatch', '2027-05-11', 'KB5999300', 12000),
];
// Built anew in each test: a catalog's index is built on its first lookup and kept, so a test that shared one would
// only check how an earlier test built it.
const ours = () => createCatalog(overlay);
const ubr = (r: Release): number => (r.build ? Number(r.build.split('.')[1]) : 0);

describe('a catalog built from an overlay in any order', () => {
  it('orders entries by product (as PRODUCT_IDS), hotpatch channel first, then date, then build revision', () => {
    const mine = ours();
    const key = (r: Release) => [
      PRODUCT_IDS.indexOf(r.product),
      r.channel === 'hotpatch' ? 0 : 1,
      toEpochDay(r.date ?? { year: 1, month: 1, day: 1 }),
      ubr(r),
    ];
    const entries = mine.entries;
    for (let i = 1; i < entries.length; i++) {
      const [ka, kb] = [key(entries[i - 1] as Release), key(entries[i] as Release)];
      const at = ka.findIndex((v, j) => v !== kb[j]);
      expect(at === -1 || (ka[at] as number) < (kb[at] as number), `${i}: ${ka} then ${kb}`).toBe(true);
    }
    const overrides = entries.filter((r) => r.source === 'override').map((r) => r.kb);
    expect(overrides).toEqual(['KB5999300', 'KB5999301', 'KB5999302', 'KB5999310', 'KB5999299', 'KB5999350']);
  });
  it('counts entries per product and the overrides', () => {
    const mine = ours();
    const info = catalogInfo(mine);
    const base = catalogInfo(builtInCatalog());
    expect(info.entries).toBe(base.entries + 6);
    expect(info.overrides).toBe(6);
    expect(info.products[W].entries).toBe(base.products[W].entries + 5);
    expect(info.products['windows-server-2025'].entries).toBe(base.products['windows-server-2025'].entries + 1);
    expect(info.products['windows-11-25h2'].entries).toBe(base.products['windows-11-25h2'].entries);
    expect(PRODUCT_IDS.reduce((n, id) => n + info.products[id].entries, 0)).toBe(info.entries);
    expect(info.products[W].newestMonth).toEqual({ hotpatch: '2027-06', standard: '2027-05' });
  });
});

describe('the month lookup and the timeline', () => {
  it("a month's Patch Tuesday release is its B release, not an OOB of the same month", () => {
    const mine = ours();
    expect(releaseFor(W, '2027-05', 'hotpatch', { catalog: mine }).kb).toBe('KB5999300');
    expect(releaseFor(W, '2027-05', 'standard', { catalog: mine }).kb).toBe('KB5999299');
  });
  it('the current release follows the timeline: the B release, then the OOB with the higher build of that day', () => {
    const mine = ours();
    const at = (asOf: string) => currentRelease(W, 'hotpatch', { asOf, catalog: mine })?.kb;
    expect([at('2027-05-10'), at('2027-05-11'), at('2027-05-19'), at('2027-05-20'), at('2027-06-08')]).toEqual([
      null,
      'KB5999300',
      'KB5999300',
      'KB5999302',
      'KB5999310',
    ]);
  });
  it('in the newest published month, the current release is the published one, not a projection', () => {
    const mine = ours();
    const may = currentRelease(W, 'standard', { asOf: '2027-05-30', catalog: mine });
    expect([may?.kb, may?.source]).toEqual(['KB5999299', 'override']);
    const june = currentRelease(W, 'standard', { asOf: '2027-06-09', catalog: mine });
    expect([june?.kb, june?.source]).toEqual([null, 'projected']);
  });
  it("a month's releases in date order, the hotpatch channel first on a shared day", () => {
    const mine = ours();
    expect(releasesOf(W, '2027-05', { catalog: mine }).map((r) => [r.channel, r.kb])).toEqual([
      ['hotpatch', 'KB5999300'],
      ['standard', 'KB5999299'],
      ['hotpatch', 'KB5999301'],
      ['hotpatch', 'KB5999302'],
    ]);
  });
});

describe('builds against this catalog', () => {
  it('a catalog can be layered over another one', () => {
    const mine = ours();
    const more = createCatalog([entry([W], 'hotpatch', '2027-08-10', 'KB5999320', 12300)], { base: mine });
    expect(releaseFor(W, '2027-05', 'hotpatch', { catalog: more }).kb).toBe('KB5999300');
    expect(releaseFor(W, '2027-08', 'hotpatch', { catalog: more }).kb).toBe('KB5999320');
  });
  it('a device build in full form is found as its release', () => {
    const mine = ours();
    expect(isPatchedThrough('10.0.26100.12000', W, '2027-05', { catalog: mine })).toBe(true);
  });
  it('the catalog option is used, by identifyBuild with or without a product', () => {
    const mine = ours();
    expect(identifyBuild('26100.12000').known).toBe(false);
    expect(identifyBuild('26100.12000', { catalog: mine }).matches.map((r) => r.kb)).toEqual(['KB5999300']);
    expect(identifyBuild('10.0.26100.12050', { catalog: mine, product: W }).known).toBe(false);
    expect(identifyBuild('26100.12050', { catalog: mine, product: 'windows-server-2025' }).known).toBe(true);
  });
  it('only Windows 10.0 builds are looked up', () => {
    const mine = ours();
    const other = identifyBuild('6.3.26100.12000', { catalog: mine });
    expect([other.known, other.candidates]).toEqual([false, []]);
  });
  it("placeBuild: a build is known only as the product's own release", () => {
    const mine = ours();
    expect(placeBuild('26100.12050', 'windows-server-2025', { catalog: mine })).toBe('known');
    expect(placeBuild('26100.12050', W, { catalog: mine })).toBe('between-releases');
    expect(placeBuild('26100.12000', W, { catalog: mine })).toBe('known');
    expect(placeBuild('26100.12101', W, { catalog: mine })).toBe('newer-than-data');
  });
  it("an unknown build is patched through a month when at or above that month's B builds of its own product", () => {
    const mine = ours();
    // 12002 is above May's hotpatch (12000) and LCU (12001); Server's 12050, the OOBs and June do not count.
    expect(isPatchedThrough('26100.12002', W, '2027-05', { catalog: mine })).toBe(true);
    expect(isPatchedThrough('26100.11999', W, '2027-05', { catalog: mine })).toBe(false);
    expect(isPatchedThrough('26100.12002', W, '2027-06', { catalog: mine })).toBe(false);
    expect(isPatchedThrough('26100.12049', 'windows-server-2025', '2027-05', { catalog: mine })).toBe(false);
  });
  it('a known build is patched through the newest month it shipped in', () => {
    const mine = ours();
    expect(isPatchedThrough('26100.12000', W, '2027-05', { catalog: mine })).toBe(true);
    expect(isPatchedThrough('26100.12000', W, '2027-06', { catalog: mine })).toBe(false);
    // The same build listed again in June (a re-release): it now counts for June.
    const again = createCatalog([...overlay.slice(1), entry([W], 'hotpatch', '2027-06-08', 'KB5999310', 12000)]);
    expect(isPatchedThrough('26100.12000', W, '2027-06', { catalog: again })).toBe(true);
  });
});

describe('compliant build ranges', () => {
  it('one range per run of patched builds of the product; a run below an unpatched build is closed', () => {
    // June 2027's hotpatch (12100) is patched through June; May's LCU (12200) is higher but not; Server's June
    // hotpatch (12150) is another product's build.
    const catalog = createCatalog([
      entry([W], 'hotpatch', '2027-05-11', 'KB5999300', 12000),
      entry([W], 'lcu', '2027-05-11', 'KB5999299', 12200),
      entry([W], 'hotpatch', '2027-06-08', 'KB5999310', 12100),
      entry(['windows-server-2025'], 'hotpatch', '2027-06-08', 'KB5999351', 12150),
    ]);
    expect(compliantBuildRanges(W, '2027-06', { catalog })).toEqual([
      {
        lowestVersion: '10.0.26100.12100',
        highestVersion: '10.0.26100.12100',
        description: 'windows-11-24h2 patched through 2027-06: releases 12100 to 12100',
      },
    ]);
    expect(compliantBuildRanges(W, '2027-05', { catalog }).map((r) => r.description)).toEqual([
      'windows-11-24h2 patched through 2027-05: releases from 2027-05 on',
    ]);
  });
});

describe('the data date', () => {
  const dated = (retrieved: string) =>
    createCatalog({ formatVersion: 2, retrieved, sources: {}, releases: [] } as never);
  it('a month with no data is unknown from its Patch Tuesday on the data date, projected before', () => {
    // June 2027's Patch Tuesday is the 8th.
    expect(releaseFor(W, '2027-06', 'standard', { catalog: dated('2027-06-08') }).source).toBe('unknown');
    expect(releaseFor(W, '2027-06', 'standard', { catalog: dated('2027-06-07') }).source).toBe('projected');
    expect(releaseFor(W, '2027-05', 'standard', { catalog: dated('2027-06-07') }).source).toBe('unknown');
  });
});

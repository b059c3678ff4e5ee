import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { builtInCatalog, createCatalog, releaseFor, releasesOf, type CatalogEntry } from '../../src/index.js';

// The catalog data format 2 and its JSON Schema: the built-in data validates against the shipped schema, and
// the schema and createCatalog agree on what an overlay may say.
const read = (path: string): unknown => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const schema = read('../../src/catalog/catalog.schema.json') as Record<string, unknown>;
const data = read('../../src/catalog/releases.json');
const ajv = new Ajv2020({ allErrors: true, strict: true });
const validateDocument = ajv.compile(schema);
const validateEntry = ajv.compile({ $ref: `${String(schema['$id'])}#/$defs/entry` });

const W11 = 'https://learn.microsoft.com/en-us/windows/release-health/windows11-release-information';
const doc = (releases: unknown[]) => ({
  formatVersion: 2 as const,
  retrieved: '2027-06-01',
  sources: { w11: W11 },
  releases: releases as CatalogEntry[],
});

describe('catalog data format 2', () => {
  it('the built-in data validates against the shipped JSON Schema (draft 2020-12)', () => {
    expect(validateDocument(data), JSON.stringify(validateDocument.errors)).toBe(true);
  });
  it('names each source page once: a few dozen URLs, not one per release', () => {
    const text = readFileSync(new URL('../../src/catalog/releases.json', import.meta.url), 'utf8');
    expect(text.match(/https:\/\//g)?.length).toBeLessThanOrEqual(40);
  });
  it('derives restart from kind for every built-in release: only hotpatches install without one', () => {
    for (const r of builtInCatalog().entries)
      expect(r.restartRequired).toBe(r.kind !== 'hotpatch' && r.kind !== 'oob-hotpatch');
  });
  it('a baseline written once stands on both channels with one KB and one build', () => {
    const c = createCatalog(
      doc([
        {
          products: ['windows-11-24h2'],
          kind: 'baseline',
          date: '2027-04-13',
          kb: 'KB5999001',
          ubr: 12000,
          sources: ['w11'],
        },
      ]),
    );
    for (const channel of ['hotpatch', 'standard'] as const) {
      expect(releaseFor('windows-11-24h2', '2027-04', channel, { catalog: c })).toMatchObject({
        kind: 'baseline',
        kb: 'KB5999001',
        build: '26100.12000',
        restartRequired: true,
        source: 'override',
        urls: ['https://support.microsoft.com/help/5999001', W11],
      });
    }
  });
  it('a KB shared by 24H2 and 25H2 is written once; each product gets its own OS build with the shared UBR', () => {
    const c = createCatalog(
      doc([
        {
          products: ['windows-11-24h2', 'windows-11-25h2'],
          kind: 'hotpatch',
          date: '2027-05-11',
          kb: 'KB5999002',
          ubr: 12100,
          sources: ['w11'],
        },
      ]),
    );
    expect(releaseFor('windows-11-24h2', '2027-05', 'hotpatch', { catalog: c }).build).toBe('26100.12100');
    expect(releaseFor('windows-11-25h2', '2027-05', 'hotpatch', { catalog: c }).build).toBe('26200.12100');
  });
  it('published KB5077212 (February 2026 hotpatch) is one entry in the file and two releases in the catalog', () => {
    const entries = (data as { releases: { kb: string | null }[] }).releases.filter((e) => e.kb === 'KB5077212');
    expect(entries).toHaveLength(1);
    expect(releasesOf('windows-11-25h2', '2026-02').find((r) => r.kb === 'KB5077212')?.build).toBe('26200.7781');
    expect(releasesOf('windows-11-24h2', '2026-02').find((r) => r.kb === 'KB5077212')?.build).toBe('26100.7781');
  });
  it('a bare list of entries may cite the built-in sources table', () => {
    const c = createCatalog([
      {
        products: ['windows-server-2025'],
        kind: 'hotpatch',
        date: '2027-02-09',
        kb: null,
        ubr: null,
        sources: ['server-release-info'],
      },
    ]);
    expect(releaseFor('windows-server-2025', '2027-02', 'hotpatch', { catalog: c }).urls).toEqual([
      'https://learn.microsoft.com/en-us/windows/release-health/windows-server-release-info',
    ]);
  });
  it("a full build may stand for the UBR; its OS build must be the product's", () => {
    const ok = createCatalog([
      {
        products: ['windows-11-24h2'],
        kind: 'lcu',
        date: '2027-05-11',
        kb: null,
        build: '10.0.26100.12150',
        sources: [W11],
      },
    ]);
    expect(releaseFor('windows-11-24h2', '2027-05', 'standard', { catalog: ok }).build).toBe('26100.12150');
    expect(() =>
      createCatalog([
        {
          products: ['windows-11-25h2'],
          kind: 'lcu',
          date: '2027-05-11',
          kb: null,
          build: '26100.12150',
          sources: [W11],
        },
      ]),
    ).toThrow(expect.objectContaining({ code: 'E_BUILD_PRODUCT' }));
  });
  it("a later document date moves the catalog's data date forward, never back", () => {
    expect(createCatalog(doc([])).retrieved).toBe('2027-06-01');
    expect(createCatalog({ ...doc([]), retrieved: '2020-01-01' }).retrieved).toBe(builtInCatalog().retrieved);
  });

  const good = {
    products: ['windows-11-24h2'],
    kind: 'hotpatch',
    date: '2027-05-11',
    kb: 'KB5999003',
    ubr: 1,
    sources: [W11],
  };
  it.each([
    ['an unknown field', { ...good, channel: 'hotpatch' }],
    ['no products', { ...good, products: [] }],
    ['a product twice', { ...good, products: ['windows-11-24h2', 'windows-11-24h2'] }],
    ['an unknown kind', { ...good, kind: 'monthly' }],
    ['a malformed date', { ...good, date: '2027-5-11' }],
    ['a malformed KB', { ...good, kb: 'Q123' }],
    ['ubr and build both', { ...good, build: '26100.1' }],
    ['a negative ubr', { ...good, ubr: -1 }],
    ['an http source', { ...good, sources: ['http://example.com'] }],
    ['no sources', { ...good, sources: [] }],
    ['dates that are not a record', { ...good, dates: ['2027-05-12'] }],
    ['a malformed per-product date', { ...good, dates: { 'windows-11-24h2': '2027-5-12' } }],
    ['a per-product date of no product', { ...good, dates: { 'windows-12': '2027-05-12' } }],
  ])('schema and createCatalog both reject %s', (_name, entry) => {
    expect(validateEntry(entry)).toBe(false);
    expect(() => createCatalog([entry])).toThrow(expect.objectContaining({ code: expect.stringMatching(/^E_/) }));
  });
  it('per-product dates: one KB, a date per product (KB5046696: Server 2025 2024-11-12, Windows 11 2024-11-19)', () => {
    const entry = {
      ...good,
      products: ['windows-11-24h2', 'windows-server-2025'],
      dates: { 'windows-server-2025': '2027-05-14' },
    };
    expect(validateEntry(entry)).toBe(true);
    const catalog = createCatalog([entry]);
    const dates = ['windows-11-24h2', 'windows-server-2025'].map(
      (p) => releaseFor(p as never, '2027-05', 'hotpatch', { catalog }).date,
    );
    expect(dates).toEqual([
      { year: 2027, month: 5, day: 11 },
      { year: 2027, month: 5, day: 14 },
    ]);
    expect(releaseFor('windows-server-2025', '2024-11', 'hotpatch').date).toEqual({ year: 2024, month: 11, day: 12 });
    expect(releaseFor('windows-11-24h2', '2024-11', 'hotpatch').date).toEqual({ year: 2024, month: 11, day: 19 });
  });
  it('a per-product date in another month, or of a product the entry does not name, is refused with E_CATALOG', () => {
    expect(() => createCatalog([{ ...good, dates: { 'windows-11-24h2': '2027-06-01' } }])).toThrow(
      /dates\.windows-11-24h2 "2027-06-01" is not a date in the entry's month 2027-05/,
    );
    expect(() => createCatalog([{ ...good, dates: { 'windows-server-2025': '2027-05-12' } }])).toThrow(
      expect.objectContaining({ code: 'E_CATALOG' }),
    );
  });
  it('schema and createCatalog both accept a well-formed entry', () => {
    expect(validateEntry(good)).toBe(true);
    expect(() => createCatalog([good])).not.toThrow();
  });
  it('an unknown source id is a coded error that names it', () => {
    expect(() => createCatalog([{ ...good, sources: ['no-such-page'] }])).toThrow(
      /source id "no-such-page" is not in the sources table/,
    );
  });
  it('an unknown format version says which versions are read', () => {
    expect(() => createCatalog({ ...doc([]), formatVersion: 4 } as never)).toThrow(
      /formatVersion 4 is not supported; expected 3 or 2/,
    );
  });
});

describe('catalog data format 1 is still read', () => {
  const v1 = {
    product: 'windows-11-24h2',
    channel: 'hotpatch',
    month: '2027-05',
    kind: 'hotpatch',
    kb: 'KB5999004',
    build: '26100.12101',
    date: '2027-05-11',
    restartRequired: false,
    urls: [W11],
  };
  it('as a whole file (schemaVersion 1)', () => {
    const c = createCatalog({ schemaVersion: 1, retrieved: '2027-06-01', entries: [v1] } as never);
    expect(releaseFor('windows-11-24h2', '2027-05', 'hotpatch', { catalog: c })).toMatchObject({
      kb: 'KB5999004',
      build: '26100.12101',
    });
  });
  it('with a migration error where a field contradicts what format 2 derives', () => {
    expect(() => createCatalog([{ ...v1, restartRequired: true }])).toThrow(
      /restartRequired true contradicts kind 'hotpatch' \(catalog format 1 entry; format 2 derives it/,
    );
    expect(() => createCatalog([{ ...v1, channel: 'standard' }])).toThrow(
      /kind 'hotpatch' belongs to the hotpatch channel, not 'standard'/,
    );
  });
});

import { describe, expect, it } from 'vitest';
import { builtInCatalog, catalogInfo, createCatalog, releaseFor } from '../../src/index.js';
import { FORMAT_1_ENTRY } from '../support/catalog-entries.js';

const base = FORMAT_1_ENTRY;

describe('createCatalog', () => {
  it('layers an override over the built-in data without mutating it', () => {
    const before = builtInCatalog().entries.length;
    const mine = createCatalog([base]);
    expect(releaseFor('windows-11-24h2', '2027-05', 'hotpatch', { catalog: mine })).toMatchObject({
      kind: 'unplanned-baseline',
      source: 'override',
    });
    expect(releaseFor('windows-11-24h2', '2027-05', 'hotpatch').source).toBe('projected');
    expect(builtInCatalog().entries.length).toBe(before);
    expect(catalogInfo(mine).overrides).toBe(1);
  });
  it('replaces a published month', () => {
    const mine = createCatalog([
      {
        ...base,
        month: '2026-08',
        date: '2026-08-11',
        kind: 'hotpatch',
        kb: 'KB5999999',
        build: '26100.9107',
        restartRequired: false,
      },
    ]);
    expect(releaseFor('windows-11-24h2', '2026-08', 'hotpatch', { catalog: mine })).toMatchObject({
      kb: 'KB5999999',
      source: 'override',
    });
  });
  it('accepts newer data for the next month', () => {
    const mine = createCatalog([
      {
        ...base,
        month: '2026-12',
        date: '2026-12-08',
        kind: 'hotpatch',
        kb: 'KB5999990',
        build: '26100.10100',
        restartRequired: false,
      },
      {
        ...base,
        channel: 'standard',
        month: '2026-12',
        date: '2026-12-08',
        kind: 'lcu',
        kb: 'KB5999991',
        build: '26100.10150',
        restartRequired: true,
      },
    ]);
    expect(catalogInfo(mine).products['windows-11-24h2'].newestMonth).toEqual({
      hotpatch: '2026-12',
      standard: '2026-12',
    });
  });
  it.each([
    ['unknown field', { ...base, extra: 1 }, 'E_CATALOG'],
    ['missing field', { ...base, urls: undefined }, 'E_CATALOG'],
    ['wrong type', { ...base, restartRequired: 'yes' }, 'E_CATALOG'],
    ['restart contradicts kind', { ...base, restartRequired: false }, 'E_CATALOG'],
    ['malformed KB', { ...base, kb: 'KB12' }, 'E_KB_FORMAT'],
    ['malformed build', { ...base, build: '26100.' }, 'E_BUILD_FORMAT'],
    ['build of another product', { ...base, build: '20348.100' }, 'E_BUILD_PRODUCT'],
    ['unknown product', { ...base, product: 'windows-12' }, 'E_UNKNOWN_PRODUCT'],
    ['date outside month', { ...base, date: '2027-06-08' }, 'E_CATALOG'],
    ['impossible date', { ...base, date: '2027-02-30', month: '2027-02' }, 'E_DATE_RANGE'],
    ['baseline kind in a hotpatch month', { ...base, kind: 'baseline' }, 'E_CATALOG'],
    [
      'hotpatch kind on the standard channel',
      { ...base, channel: 'standard', kind: 'hotpatch', restartRequired: false },
      'E_CATALOG',
    ],
    ['non-https url', { ...base, urls: ['javascript:alert(1)'] }, 'E_CATALOG'],
    ['empty urls', { ...base, urls: [] }, 'E_CATALOG'],
  ])('rejects %s', (_label, entry, code) => {
    expect(() => createCatalog([entry])).toThrow(expect.objectContaining({ code }));
  });
  it('rejects prototype-polluting JSON and leaves Object.prototype untouched', () => {
    for (const text of [
      `[{"__proto__":{"polluted":true},"product":"windows-11-24h2"}]`,
      `[${JSON.stringify(base).slice(0, -1)},"constructor":{"prototype":{"polluted":true}}}]`,
      `[${JSON.stringify(base).slice(0, -1)},"__proto__":{"polluted":true}}]`,
    ]) {
      expect(() => createCatalog(JSON.parse(text) as unknown[])).toThrow(
        expect.objectContaining({ code: 'E_CATALOG' }),
      );
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
  it('rejects contradictions: two B releases for one month, a baseline whose channels disagree, a hotpatch sharing the LCU KB', () => {
    expect(() => createCatalog([base, { ...base, kb: 'KB5000001' }])).toThrow(
      expect.objectContaining({ code: 'E_CATALOG' }),
    );
    expect(() =>
      createCatalog([
        { ...base, month: '2027-04', date: '2027-04-13', kind: 'baseline', kb: 'KB5000001' },
        { ...base, channel: 'standard', month: '2027-04', date: '2027-04-13', kind: 'baseline', kb: 'KB5000002' },
      ]),
    ).toThrow(expect.objectContaining({ code: 'E_CATALOG' }));
    expect(() =>
      createCatalog([
        {
          ...base,
          month: '2026-08',
          date: '2026-08-11',
          kind: 'hotpatch',
          kb: 'KB5121003',
          build: null,
          restartRequired: false,
        },
      ]),
    ).toThrow(expect.objectContaining({ code: 'E_CATALOG' }));
  });
  it('rejects non-arrays, non-objects and fake catalogs', () => {
    expect(() => createCatalog({} as never)).toThrow(expect.objectContaining({ code: 'E_CATALOG' }));
    expect(() => createCatalog([null])).toThrow(expect.objectContaining({ code: 'E_CATALOG' }));
    expect(() =>
      releaseFor('windows-11-24h2', '2026-01', 'hotpatch', { catalog: { entries: [], retrieved: '' } }),
    ).toThrow(expect.objectContaining({ code: 'E_CATALOG' }));
  });
  it('the built-in catalog is frozen', () => {
    const c = builtInCatalog();
    expect(Object.isFrozen(c.entries)).toBe(true);
    expect(Object.isFrozen(c.entries[0])).toBe(true);
  });
});

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCatalog } from '../../src/index.js';
import { importCvrf, importReleaseHealth, mergeCatalogEntries } from '../../src/importers/index.js';
import type { CatalogEntry } from '../../src/index.js';

const cvrf = () =>
  importCvrf(JSON.parse(readFileSync(new URL('./fixtures/cvrf-2026-Aug.json', import.meta.url), 'utf8')));
const server = () =>
  importReleaseHealth(readFileSync(new URL('./fixtures/windows-server-release-info.html', import.meta.url), 'utf8'));
const options = { retrieved: '2026-11-28' };

describe('mergeCatalogEntries', () => {
  it('starts an overlay, and merging the same entries again changes nothing', () => {
    const first = mergeCatalogEntries(null, cvrf().entries, options);
    expect(first.added).toHaveLength(5);
    const again = mergeCatalogEntries(first.document, cvrf().entries, options);
    expect([again.added, again.changed, again.conflicts]).toEqual([[], [], []]);
    expect(again.document).toEqual(first.document);
    expect(() => createCatalog(first.document)).not.toThrow();
  });
  it('fills a value that was unknown, and reports a conflict keeping the earlier value unless told otherwise', () => {
    const doc = mergeCatalogEntries(null, cvrf().entries, options).document;
    const filled = mergeCatalogEntries(doc, [
      {
        products: ['windows-server-2022-azure-edition'],
        kind: 'hotpatch',
        date: '2026-08-11',
        kb: 'KB5120229',
        ubr: 5461,
        sources: ['https://example.org/a'],
      },
    ]);
    expect(filled.changed).toEqual(['windows-server-2022-azure-edition 2026-08 hotpatch']);
    const other: CatalogEntry = {
      products: ['windows-server-2025'],
      kind: 'lcu',
      date: '2026-08-11',
      kb: 'KB5999999',
      ubr: 33296,
      sources: ['https://example.org/b'],
    };
    const kept = mergeCatalogEntries(doc, [other]);
    expect(kept.conflicts).toEqual([
      {
        product: 'windows-server-2025',
        release: '2026-08 standard',
        field: 'kb',
        existing: 'KB5120233',
        incoming: 'KB5999999',
        kept: 'existing',
      },
    ]);
    expect(kept.document).toEqual(doc);
    const replaced = mergeCatalogEntries(doc, [other], { prefer: 'incoming' });
    expect(replaced.document.releases.find((e) => e.products.includes('windows-server-2025'))?.kb).toBe('KB5999999');
  });
  it('property: merging entries of different months gives the same document in any order', () => {
    const entries: CatalogEntry[] = [...cvrf().entries, ...server().entries];
    fc.assert(
      fc.property(fc.shuffledSubarray(entries, { minLength: 1 }), (subset) => {
        const forward = subset.reduce<ReturnType<typeof mergeCatalogEntries>['document'] | null>(
          (doc, e) => mergeCatalogEntries(doc, [e], options).document,
          null,
        );
        const backward = [...subset]
          .reverse()
          .reduce<ReturnType<typeof mergeCatalogEntries>['document'] | null>(
            (doc, e) => mergeCatalogEntries(doc, [e], options).document,
            null,
          );
        expect(backward).toEqual(forward);
      }),
    );
  });
  it('property: merging twice is merging once', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([...server().entries], { minLength: 1 }), (subset) => {
        const once = mergeCatalogEntries(null, subset, options).document;
        expect(mergeCatalogEntries(once, subset, options).document).toEqual(once);
      }),
    );
  });
  it('refuses bad options and a document that is not format 2', () => {
    expect(() => mergeCatalogEntries(null, [], { prefer: 'newest' as never, retrieved: '2026-11-28' })).toThrow(
      expect.objectContaining({ code: 'E_OPTION' }),
    );
    expect(() => mergeCatalogEntries({ schemaVersion: 1 } as never, [], options)).toThrow(
      expect.objectContaining({ code: 'E_CATALOG' }),
    );
    expect(() => mergeCatalogEntries(null, [])).toThrow(expect.objectContaining({ code: 'E_OPTION' }));
  });
});

describe('per-product dates through a merge', () => {
  it('a KB dated differently per product keeps each date: the document says it, and the catalog reads it back', () => {
    const url = 'https://support.microsoft.com/help/5999001';
    const merged = mergeCatalogEntries(
      null,
      [
        {
          products: ['windows-11-24h2', 'windows-server-2025'],
          kind: 'hotpatch',
          date: '2027-05-18',
          dates: { 'windows-server-2025': '2027-05-11' },
          kb: 'KB5999001',
          ubr: 12000,
          sources: [url],
        },
      ],
      { retrieved: '2027-05-20' },
    );
    const catalog = createCatalog(merged.document);
    const byProduct = catalog.entries
      .filter((r) => r.kb === 'KB5999001')
      .map((r) => [r.product, `${r.date?.year}-${r.date?.month}-${r.date?.day}`]);
    expect(byProduct.sort()).toEqual([
      ['windows-11-24h2', '2027-5-18'],
      ['windows-server-2025', '2027-5-11'],
    ]);
  });
});

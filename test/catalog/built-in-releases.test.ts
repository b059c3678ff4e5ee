import { describe, expect, it } from 'vitest';
import { _builtInReleases } from '../../src/catalog/built-in-releases.js';
import { _decodeInput } from '../../src/catalog/decode.js';
import { _builtInDocument } from '../../src/catalog/unpack.js';
import { _validateCatalog } from '../../src/catalog/validate.js';
import { PRODUCT_IDS, builtInCatalog, isSealedCalendar, type Release } from '../../src/index.js';

// The built-in catalog skips the decoder and the catalog check at startup; this is where they run instead, so
// data that would fail them never ships, and the fast path can never say anything the full path would not.
describe('the built-in catalog without the decoder', () => {
  const doc = _builtInDocument();
  const decoded = _decodeInput('builtInCatalog', doc, 'published', new Map()).releases;

  it('the packed data passes every check of the decoder and the catalog', () => {
    expect(() => _validateCatalog('builtInCatalog', decoded)).not.toThrow();
  });

  // The catalog's order, written out here: product, hotpatch before standard, date, then build revision.
  const day = (r: Release) => (r.date ? r.date.year * 10_000 + r.date.month * 100 + r.date.day : 0);
  const ubr = (r: Release) => (r.build ? Number(r.build.split('.')[1]) : 0);
  const inCatalogOrder = (releases: readonly Release[]) =>
    releases
      .map((r, i) => ({ r, i }))
      .sort(
        (a, b) =>
          PRODUCT_IDS.indexOf(a.r.product) - PRODUCT_IDS.indexOf(b.r.product) ||
          (a.r.channel === b.r.channel ? 0 : a.r.channel === 'hotpatch' ? -1 : 1) ||
          day(a.r) - day(b.r) ||
          ubr(a.r) - ubr(b.r) ||
          a.i - b.i,
      )
      .map(({ r }) => r);
  const ordered = inCatalogOrder(decoded);

  it('unpacks, on every call, exactly the releases the full decoder gives, field order included', () => {
    // Called directly: builtInCatalog() keeps its first answer for the process.
    const unpacked = inCatalogOrder(_builtInReleases());
    expect(unpacked).toEqual(ordered);
    expect(JSON.stringify(unpacked)).toBe(JSON.stringify(ordered));
  });

  it('gives exactly the releases the full decoder gives, in the catalog order', () => {
    const catalog = builtInCatalog();
    expect(catalog.retrieved).toBe(doc.retrieved);
    expect(catalog.entries.length).toBe(ordered.length);
    expect(catalog.entries).toEqual(ordered);
    // Field order too: releases are serialised as they are (build KB --format json, the server's answers).
    expect(JSON.stringify(catalog.entries)).toBe(JSON.stringify(ordered));
  });

  it('is frozen to its leaves, and not a calendar', () => {
    const catalog = builtInCatalog();
    expect(Object.isFrozen(catalog.entries)).toBe(true);
    expect(
      catalog.entries.every((r) => Object.isFrozen(r) && Object.isFrozen(r.urls) && Object.isFrozen(r.month)),
    ).toBe(true);
    expect(isSealedCalendar(catalog)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import type { CatalogDocument, CatalogEntry } from '../../src/index.js';
import { mergeCatalogEntries } from '../../src/importers/index.js';

// Each rule of the merge, one case each, on small hand-made entries.
const A = 'https://example.org/a';
const B = 'https://example.org/b';
const entry = (fields: Partial<CatalogEntry> & Pick<CatalogEntry, 'kind' | 'date'>): CatalogEntry => ({
  products: ['windows-server-2025'],
  kb: null,
  ubr: null,
  sources: [A],
  ...fields,
});
const start = (entries: CatalogEntry[], retrieved = '2026-08-12'): CatalogDocument =>
  mergeCatalogEntries(null, entries, { retrieved }).document;

describe('mergeCatalogEntries: what is the same release', () => {
  it('a Patch Tuesday release per month and channel; an OOB or preview per KB, or per date without one', () => {
    const doc = start([
      entry({ kind: 'oob-lcu', date: '2026-08-20', kb: 'KB5999101' }),
      entry({ kind: 'oob-lcu', date: '2026-08-27', kb: 'KB5999102' }),
      entry({ kind: 'preview', date: '2026-08-25' }),
    ]);
    expect(doc.releases.map((e) => `${e.kind} ${e.date} ${e.kb}`)).toEqual(
      ['oob-lcu 2026-08-20 KB5999101', 'oob-lcu 2026-08-27 KB5999102', 'preview 2026-08-25 null'].sort((a, b) =>
        (a.split(' ')[1] ?? '').localeCompare(b.split(' ')[1] ?? ''),
      ),
    );
    const again = mergeCatalogEntries(doc, [entry({ kind: 'preview', date: '2026-08-25', kb: 'KB5999103' })], {
      retrieved: '2026-08-30',
    });
    // The preview without a KB is keyed by its date: the one with a KB is another release.
    expect(again.added).toEqual(['windows-server-2025 2026-08 preview KB5999103']);
    const lcu = mergeCatalogEntries(doc, [entry({ kind: 'lcu', date: '2026-08-11', kb: 'KB5120233' })]);
    expect(lcu.added).toEqual(['windows-server-2025 2026-08 standard']);
    const base = mergeCatalogEntries(doc, [entry({ kind: 'unplanned-baseline', date: '2026-08-11' })]);
    expect(base.added).toEqual(['windows-server-2025 2026-08 baseline']);
  });
  it('one release twice in one import is refused, as in any catalog data', () => {
    expect(() =>
      mergeCatalogEntries(
        null,
        [
          entry({ kind: 'lcu', date: '2026-08-11', kb: 'KB5120233' }),
          entry({ kind: 'lcu', date: '2026-08-11', kb: 'KB5120233', ubr: 33296, sources: [B] }),
        ],
        { retrieved: '2026-08-12' },
      ),
    ).toThrow(
      expect.objectContaining({
        code: 'E_CATALOG',
        message: expect.stringContaining('two entries replace the same release'),
      }),
    );
  });
});

describe('mergeCatalogEntries: values', () => {
  it('an unknown value is filled, never a conflict; sources are joined, at most ten', () => {
    const many = Array.from({ length: 10 }, (_, i) => `https://example.org/s${i}`);
    const doc = start([entry({ kind: 'hotpatch', date: '2026-08-11', sources: many })]);
    const r = mergeCatalogEntries(doc, [
      entry({ kind: 'hotpatch', date: '2026-08-11', kb: 'KB5120229', ubr: 33300, sources: [B] }),
    ]);
    expect(r.conflicts).toEqual([]);
    expect(r.changed).toEqual(['windows-server-2025 2026-08 hotpatch']);
    expect(r.document.releases[0]).toMatchObject({ kb: 'KB5120229', ubr: 33300, sources: many });
    // A known value is never emptied by an import that lacks it.
    const back = mergeCatalogEntries(r.document, [entry({ kind: 'hotpatch', date: '2026-08-11' })]);
    expect([back.changed, back.conflicts, back.document.releases[0]?.kb]).toEqual([[], [], 'KB5120229']);
  });
  it('prefer incoming: the incoming values win, its sources first, every conflict reported', () => {
    const doc = start([entry({ kind: 'lcu', date: '2026-08-11', kb: 'KB5120233', ubr: 33296 })]);
    const r = mergeCatalogEntries(
      doc,
      [entry({ kind: 'lcu', date: '2026-08-11', kb: 'KB5999999', ubr: 33297, sources: [B] })],
      {
        prefer: 'incoming',
      },
    );
    expect(r.conflicts.map((c) => `${c.field} ${c.existing}→${c.incoming} kept ${c.kept}`)).toEqual([
      'kb KB5120233→KB5999999 kept incoming',
      'ubr 33296→33297 kept incoming',
    ]);
    expect(r.changed).toEqual(['windows-server-2025 2026-08 standard']);
    expect(r.document.releases[0]).toMatchObject({ kb: 'KB5999999', ubr: 33297, sources: [B, A] });
  });
  it('notes travel with their releases; products are written in the library order, in one entry when all agrees', () => {
    const doc = start([
      entry({
        products: ['windows-server-2025', 'windows-11-24h2'],
        kind: 'hotpatch',
        date: '2024-12-10',
        kb: 'KB5048794',
        ubr: 2528,
        note: 'shared by both',
      }),
    ]);
    expect(doc.releases).toEqual([
      {
        products: ['windows-11-24h2', 'windows-server-2025'],
        kind: 'hotpatch',
        date: '2024-12-10',
        kb: 'KB5048794',
        ubr: 2528,
        sources: [A],
        note: 'shared by both',
      },
    ]);
  });
  it('entries sort by date, then product, then build', () => {
    const doc = start([
      entry({ kind: 'lcu', date: '2026-09-08', kb: 'KB5999201', ubr: 2 }),
      entry({ products: ['windows-11-24h2'], kind: 'lcu', date: '2026-08-11', kb: 'KB5999202', ubr: 9 }),
      entry({ kind: 'oob-lcu', date: '2026-08-11', kb: 'KB5999203', ubr: 8 }),
      entry({ kind: 'lcu', date: '2026-08-11', kb: 'KB5999204', ubr: 7 }),
    ]);
    expect(doc.releases.map((e) => e.kb)).toEqual(['KB5999202', 'KB5999204', 'KB5999203', 'KB5999201']);
  });
});

describe('mergeCatalogEntries: dates read', () => {
  it('each release keeps the later of the dates it was read; the document has the latest', () => {
    const doc = start([entry({ kind: 'lcu', date: '2026-08-11', kb: 'KB5120233' })], '2026-09-01');
    // Read again earlier (an old saved file): nothing gets older.
    const older = mergeCatalogEntries(doc, [entry({ kind: 'lcu', date: '2026-08-11', kb: 'KB5120233' })], {
      retrieved: '2026-08-15',
    });
    expect(older.document).toEqual(doc);
    const newer = mergeCatalogEntries(doc, [entry({ kind: 'lcu', date: '2026-09-08', kb: 'KB5999301' })], {
      retrieved: '2026-10-01',
    });
    expect(newer.document.retrieved).toBe('2026-10-01');
    expect(newer.document.releases.map((e) => [e.date, e.retrieved])).toEqual([
      ['2026-08-11', '2026-09-01'],
      ['2026-09-08', undefined],
    ]);
    // An entry's own date wins over the import's.
    const own = mergeCatalogEntries(null, [entry({ kind: 'lcu', date: '2026-08-11', retrieved: '2026-08-20' })], {
      retrieved: '2026-09-01',
    });
    expect(own.document.releases[0]?.retrieved).toBe('2026-08-20');
  });
  it('security counts of several products stay with their products, in library order', () => {
    const counts = (cves: number) => ({ cves, critical: 0, important: 0, exploited: 0, publiclyDisclosed: 0, url: A });
    const doc = start([
      entry({
        products: ['windows-server-2025', 'windows-11-24h2'],
        kind: 'lcu',
        date: '2026-08-11',
        kb: 'KB5999401',
        security: { 'windows-server-2025': counts(5), 'windows-11-24h2': counts(4) },
      }),
    ]);
    expect(Object.entries(doc.releases[0]?.security ?? {})).toEqual([
      ['windows-11-24h2', counts(4)],
      ['windows-server-2025', counts(5)],
    ]);
  });
});

describe('mergeCatalogEntries: what it refuses', () => {
  it.each([
    [{ formatVersion: 1, retrieved: '2026-08-12', sources: {}, releases: [] }],
    [{ formatVersion: 4, retrieved: '2026-08-12', sources: {}, releases: [] }],
    [{ formatVersion: 3, retrieved: '2026-08-12', sources: {} }],
    ['{}'],
  ])('a document %j that is not format 3 or 2', (document) => {
    expect(() => mergeCatalogEntries(document as never, [], { retrieved: '2026-08-12' })).toThrow(
      expect.objectContaining({
        code: 'E_CATALOG',
        message: expect.stringContaining(
          'is not a catalog document; expected { formatVersion: 3 (or 2), retrieved, sources, releases } or null',
        ),
      }),
    );
  });
  it('a format-2 document is read and written back as format 3, its sources kept', () => {
    const doc = { formatVersion: 2 as const, retrieved: '2026-08-12', sources: { mine: A }, releases: [] };
    const r = mergeCatalogEntries(doc, [entry({ kind: 'lcu', date: '2026-08-11' })]);
    expect([r.document.formatVersion, r.document.sources]).toEqual([3, { mine: A }]);
  });
  it('incoming that is not a list, and a date that is not one', () => {
    expect(() => mergeCatalogEntries(null, {} as never, { retrieved: '2026-08-12' })).toThrow(
      expect.objectContaining({ code: 'E_CATALOG', message: expect.stringContaining('is not a list') }),
    );
    expect(() => mergeCatalogEntries(null, [], { retrieved: '2026-02-30' })).toThrow(
      expect.objectContaining({ code: 'E_DATE_RANGE' }),
    );
  });
});

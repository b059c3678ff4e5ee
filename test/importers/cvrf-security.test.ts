import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCatalog, releaseFor } from '../../src/index.js';
import { importCvrf, mergeCatalogEntries } from '../../src/importers/index.js';

// January 2025, trimmed to three real CVEs (see fixtures/README.md): CVE-2025-21333 (Hyper-V, Important,
// exploited; Windows 11 24H2 and Server 2025 only), CVE-2025-21298 (OLE, Critical; also Server 2022 and
// Windows 10), CVE-2025-21275 (App Package Installer, Important, publicly disclosed; also Server 2022 and Windows 10).
const january = () => JSON.parse(readFileSync(new URL('./fixtures/cvrf-2025-Jan.json', import.meta.url), 'utf8'));
const URL_JAN = 'https://api.msrc.microsoft.com/cvrf/v3.0/cvrf/2025-Jan';

function securityOf(doc: unknown, product: string) {
  for (const e of importCvrf(doc).entries) {
    const s = (e.security as Record<string, unknown> | undefined)?.[product];
    if (s) return s;
  }
  return undefined;
}

describe('importCvrf: what each release fixes', () => {
  it('counts per product the CVEs whose remediations name it, with MSRC severity and exploitability', () => {
    const client = { cves: 3, critical: 1, important: 2, exploited: 1, publiclyDisclosed: 1, url: URL_JAN };
    expect(securityOf(january(), 'windows-11-24h2')).toEqual(client);
    expect(securityOf(january(), 'windows-server-2025')).toEqual(client);
    // The Hyper-V CVE names no Server 2022 product: two CVEs, none exploited.
    expect(securityOf(january(), 'windows-server-2022-azure-edition')).toEqual({
      cves: 2,
      critical: 1,
      important: 1,
      exploited: 0,
      publiclyDisclosed: 1,
      url: URL_JAN,
    });
    // Products outside the program (Windows 10) get nothing, and no product gets a zero record.
    expect(importCvrf(january()).entries.map((e) => e.products)).toEqual([
      ['windows-11-24h2', 'windows-server-2025'],
      ['windows-server-2022-azure-edition'],
    ]);
  });
  it('takes the severity of the product asked about, and an empty threat product list as every product', () => {
    const doc = january();
    // OLE: Critical only for Server 2022's ids, Important for the rest.
    const ole = doc.Vulnerability[1];
    ole.Threats[2].ProductID = ['11923', '11924'];
    ole.Threats.push({ Description: { Value: 'Important' }, ProductID: ['13924', '12436'], Type: 3 });
    expect(securityOf(doc, 'windows-11-24h2')).toMatchObject({ critical: 0, important: 3 });
    expect(securityOf(doc, 'windows-server-2022-azure-edition')).toMatchObject({ critical: 1, important: 1 });
    // Critical for one SKU of a product and Important for another counts once, as Critical.
    ole.Threats.push({ Description: { Value: 'Critical' }, ProductID: ['13925'], Type: 3 });
    expect(securityOf(doc, 'windows-11-24h2')).toMatchObject({ cves: 3, critical: 1, important: 2 });
    const empty = january();
    empty.Vulnerability[1].Threats[2].ProductID = [];
    expect(securityOf(empty, 'windows-server-2025')).toMatchObject({ critical: 1 });
  });
  it('reads yes only from the Exploited and Publicly Disclosed fields, counts a CVE once and skips one without an id', () => {
    const doc = january();
    doc.Vulnerability[0].Threats[1].Description.Value =
      'Publicly Disclosed:No;Exploited:No;Latest Software Release:Exploitation Detected';
    expect(securityOf(doc, 'windows-11-24h2')).toMatchObject({ exploited: 0, publiclyDisclosed: 1 });
    doc.Vulnerability[0].Threats[1].Description.Value = 'Publicly Disclosed: Yes ; Exploited: Yes';
    expect(securityOf(doc, 'windows-11-24h2')).toMatchObject({ exploited: 1, publiclyDisclosed: 2 });
    doc.Vulnerability.push(structuredClone(doc.Vulnerability[0]));
    doc.Vulnerability[3].CVE = 'cve-2025-21333 ';
    expect(securityOf(doc, 'windows-11-24h2')).toMatchObject({ cves: 3 });
    doc.Vulnerability[3].CVE = undefined;
    expect(securityOf(doc, 'windows-11-24h2')).toMatchObject({ cves: 3 });
    // Threats that are not objects or have no text are passed over.
    doc.Vulnerability[1].Threats = [
      null,
      7,
      { Type: 3 },
      { Description: { Value: 'Critical' }, ProductID: ['13924'], Type: 3 },
    ];
    expect(securityOf(doc, 'windows-11-24h2')).toMatchObject({ critical: 1 });
    expect(securityOf(doc, 'windows-server-2025')).toMatchObject({ critical: 0 });
  });
  it('counts nothing for a product whose only remediation has an unknown subtype', () => {
    const doc = january();
    for (const v of doc.Vulnerability)
      for (const r of v.Remediations) if (r.ProductID.includes('11923')) r.SubType = 'Monthly Rollup';
    expect(securityOf(doc, 'windows-server-2022-azure-edition')).toBeUndefined();
  });
});

describe('security counts through the catalog', () => {
  it('reach each release of the month, survive a merge, and take the newest import', () => {
    const entries = importCvrf(january()).entries;
    const first = mergeCatalogEntries(null, entries, { retrieved: '2025-01-15' });
    const catalog = createCatalog(first.document);
    for (const channel of ['hotpatch', 'standard'] as const)
      expect(releaseFor('windows-server-2025', '2025-01', channel, { catalog }).security).toMatchObject({ cves: 3 });
    // An import without counts keeps them; a revised document replaces them and is a change.
    const bare = entries.map(({ security: _, ...rest }) => rest);
    const kept = mergeCatalogEntries(first.document, bare, { retrieved: '2025-01-20' });
    expect(kept.changed).toEqual([]);
    expect(kept.document.releases[0]?.security?.['windows-11-24h2']?.cves).toBe(3);
    const revised = importCvrf({ ...january(), Vulnerability: january().Vulnerability.slice(1) }).entries;
    const next = mergeCatalogEntries(first.document, revised, { retrieved: '2025-02-01' });
    // The Hyper-V CVE never named Server 2022: its counts are unchanged, so its release is not.
    expect(next.changed).toEqual(['windows-11-24h2 2025-01 baseline', 'windows-server-2025 2025-01 baseline']);
    expect(next.document.releases[0]?.security?.['windows-11-24h2']).toMatchObject({ cves: 2, exploited: 0 });
  });
  it('refuses counts that are not counts, or that do not add up', () => {
    const entry = (security: unknown) => [
      {
        products: ['windows-server-2025'],
        kind: 'baseline',
        date: '2025-01-14',
        kb: 'KB5050009',
        ubr: 2894,
        sources: [URL_JAN],
        security,
      },
    ];
    const ok = { cves: 3, critical: 1, important: 2, exploited: 1, publiclyDisclosed: 1, url: URL_JAN };
    expect(() => createCatalog(entry({ 'windows-server-2025': ok }))).not.toThrow();
    for (const [bad, says] of [
      [{ 'windows-11-24h2': ok }, 'windows-11-24h2'],
      [{ 'windows-server-2025': { ...ok, cves: -1 } }, 'cves -1 is not an integer from 0 to 10000'],
      [{ 'windows-server-2025': { ...ok, critical: 2.5 } }, 'critical 2.5'],
      [{ 'windows-server-2025': { ...ok, critical: 3 } }, 'do not add up'],
      [{ 'windows-server-2025': { ...ok, exploited: 4 } }, 'do not add up'],
      [{ 'windows-server-2025': { ...ok, url: 'http://x' } }, 'is not an https URL'],
      [{ 'windows-server-2025': { ...ok, extra: 1 } }, 'extra'],
      [{ 'windows-server-2025': null }, 'is not { cves'],
      [[], 'is not a record of product ids'],
    ] as const) {
      expect(() => createCatalog(entry(bad)), says).toThrow(says);
    }
  });
});

describe('per-entry collection dates', () => {
  it('keep the date each release was read when a later import is layered on it', () => {
    const jan = importCvrf(january()).entries;
    const first = mergeCatalogEntries(null, jan, { retrieved: '2025-01-15' });
    expect(first.document.releases.every((e) => e.retrieved === undefined)).toBe(true);
    const later = mergeCatalogEntries(
      first.document,
      [
        {
          products: ['windows-server-2025'],
          kind: 'hotpatch',
          date: '2025-02-11',
          kb: 'KB5052105',
          ubr: 3107,
          sources: [URL_JAN],
        },
      ],
      { retrieved: '2025-02-12' },
    );
    expect(later.document.retrieved).toBe('2025-02-12');
    expect(later.document.releases.map((e) => [e.date, e.retrieved])).toEqual([
      ['2025-01-14', '2025-01-15'],
      ['2025-01-14', '2025-01-15'],
      ['2025-02-11', undefined],
    ]);
    const catalog = createCatalog(later.document);
    expect(releaseFor('windows-server-2025', '2025-01', 'standard', { catalog }).retrieved).toBe('2025-01-15');
    // Under the newer built-in data each overlay release keeps its own date.
    expect(releaseFor('windows-server-2025', '2025-02', 'hotpatch', { catalog }).retrieved).toBe('2025-02-12');
    // The built-in data is the newest layer here, so its releases carry the catalog's own date.
    expect(releaseFor('windows-11-25h2', '2026-02', 'standard', { catalog }).retrieved).toBeUndefined();
    // Under a newer overlay, built-in releases are dated by the built-in data, not the overlay.
    const newer = createCatalog({ ...later.document, retrieved: '2026-12-06' });
    expect(newer.retrieved).toBe('2026-12-06');
    expect(releaseFor('windows-11-25h2', '2026-02', 'standard', { catalog: newer }).retrieved).toBe(
      createCatalog([]).retrieved,
    );
    // Read again later and confirmed: the release is as current as that import.
    const again = mergeCatalogEntries(later.document, jan, { retrieved: '2025-03-01' });
    expect(again.changed).toEqual([]);
    expect(again.document.releases.filter((e) => e.date === '2025-01-14').map((e) => e.retrieved)).toEqual([
      undefined,
      undefined,
    ]);
    expect(() => createCatalog([{ ...jan[0], retrieved: '2025-13-01' }])).toThrow(/retrieved|month/);
  });
});

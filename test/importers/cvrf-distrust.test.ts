import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importCvrf, mergeCatalogEntries } from '../../src/importers/index.js';

// The August 2026 CVRF fixture (trimmed from MSRC's document; see fixtures/README.md) with hostile values put in.
const fixture = () => JSON.parse(readFileSync(new URL('./fixtures/cvrf-2026-Aug.json', import.meta.url), 'utf8'));
type Doc = { Vulnerability: { Remediations?: { FixedBuild?: string; SubType?: string; Type?: number }[] }[] };
const withFixedBuild = (value: string) => {
  const doc = fixture() as Doc;
  for (const v of doc.Vulnerability)
    for (const r of v.Remediations ?? []) if (r.Type === 2 && typeof r.FixedBuild === 'string') r.FixedBuild = value;
  return doc;
};

describe('importCvrf distrusts its input', () => {
  it.each(['10.0.20348.5499', '1e4', '0x2800', '10.0.26100.', '10.0.26100.33296 ', '10.0.26100.-1'])(
    'FixedBuild %j on a product of another OS build, or malformed: a coded warning, and no build stored',
    (value) => {
      const r = importCvrf(withFixedBuild(value));
      const server2025 = r.entries.filter((e) => e.products.includes('windows-server-2025'));
      const kept = value.trim() === '10.0.26100.33296';
      if (kept) {
        expect(server2025.some((e) => e.ubr === 33296)).toBe(true);
      } else {
        expect(r.warnings.map((w) => w.code)).toContain('BAD_FIXED_BUILD');
        expect(server2025.every((e) => e.ubr === null)).toBe(true);
        expect(server2025.length).toBeGreaterThan(0);
      }
    },
  );
  it('a SubType named __proto__ or constructor is just unknown', () => {
    const doc = fixture() as Doc;
    for (const v of doc.Vulnerability) for (const r of v.Remediations ?? []) if (r.Type === 2) r.SubType = '__proto__';
    const r = importCvrf(doc);
    expect(r.entries).toEqual([]);
    expect(r.warnings.map((w) => w.code)).toContain('UNKNOWN_SUBTYPE');
    const doc2 = fixture() as Doc;
    for (const v of doc2.Vulnerability)
      for (const r2 of v.Remediations ?? []) if (r2.Type === 2) r2.SubType = 'constructor';
    expect(importCvrf(doc2).entries).toEqual([]);
  });
});

describe('mergeCatalogEntries refuses malformed arguments with coded errors', () => {
  it.each([
    ['null entries', null],
    ['a string', 'x'],
    ['an empty record', [{}]],
    ['a null entry', [null]],
  ])('%s → E_CATALOG, never a bare TypeError', (_name, incoming) => {
    expect(() => mergeCatalogEntries(null, incoming as never, { retrieved: '2026-12-01' })).toThrow(
      expect.objectContaining({ code: 'E_CATALOG' }),
    );
  });
});

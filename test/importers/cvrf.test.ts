import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCatalog, releaseFor } from '../../src/index.js';
import { importCvrf } from '../../src/importers/index.js';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));
const august = fixture('cvrf-2026-Aug.json');
const URL_AUG = 'https://api.msrc.microsoft.com/cvrf/v3.0/cvrf/2026-Aug';

describe('importCvrf: MSRC CVRF 2026-Aug (trimmed)', () => {
  const result = () => importCvrf(august);
  it('reads the month from DocumentTracking.Identification.ID', () => {
    expect(result().month).toEqual({ year: 2026, month: 8 });
  });
  it('maps Microsoft product names to products and SubTypes to channels; a KB shared by 24H2 and 25H2 is one entry', () => {
    // Security counts are pinned on the January 2025 fixture (cvrf-security.test.ts); here every product has them.
    for (const e of result().entries) expect(Object.keys(e.security ?? {})).toEqual(e.products);
    expect(result().entries.map(({ security: _, ...e }) => e)).toEqual([
      {
        products: ['windows-11-24h2', 'windows-11-25h2'],
        kind: 'lcu',
        date: '2026-08-11',
        kb: 'KB5121003',
        ubr: 9168,
        sources: [URL_AUG],
      },
      {
        products: ['windows-server-2025'],
        kind: 'lcu',
        date: '2026-08-11',
        kb: 'KB5120233',
        ubr: 33296,
        sources: [URL_AUG],
      },
      {
        products: ['windows-server-2022-azure-edition'],
        kind: 'lcu',
        date: '2026-08-11',
        kb: 'KB5120242',
        ubr: 5499,
        sources: [URL_AUG],
      },
      {
        products: ['windows-server-2022-azure-edition'],
        kind: 'hotpatch',
        date: '2026-08-11',
        kb: 'KB5120229',
        ubr: null,
        sources: [URL_AUG],
      },
    ]);
  });
  it('agrees with the built-in catalog wherever both know the release', () => {
    for (const e of result().entries) {
      for (const p of e.products) {
        const r = releaseFor(p, '2026-08', e.kind === 'hotpatch' ? 'hotpatch' : 'standard');
        expect([r.kb, r.build?.split('.')[1] ?? null]).toEqual([e.kb, e.ubr === null ? null : String(e.ubr)]);
      }
    }
  });
  it('says what it could not tell, never silently: no hotpatch in a planned hotpatch month, a missing build', () => {
    expect(
      result()
        .warnings.map((w) => w.code)
        .sort(),
    ).toEqual([
      'MISSING_BUILD',
      'UNPLANNED_BASELINE_CANDIDATE',
      'UNPLANNED_BASELINE_CANDIDATE',
      'UNPLANNED_BASELINE_CANDIDATE',
    ]);
    expect(result().warnings.find((w) => w.code === 'MISSING_BUILD')?.message).toContain('KB5120229');
    expect(
      result()
        .warnings.filter((w) => w.code === 'UNPLANNED_BASELINE_CANDIDATE')
        .map((w) => w.message.split(':')[0]),
    ).toEqual(['windows-11-24h2', 'windows-11-25h2', 'windows-server-2025']);
  });
  it('gives entries that createCatalog accepts, citing the document URL (or the one given)', () => {
    expect(() => createCatalog(result().entries)).not.toThrow();
    expect(importCvrf(august, { url: 'https://mirror.example/2026-Aug' }).entries[0]?.sources).toEqual([
      'https://mirror.example/2026-Aug',
    ]);
  });
  it('reads the other spellings of the hotpatch SubType and warns about a new one', () => {
    const doc = JSON.parse(JSON.stringify(august)) as { Vulnerability: { Remediations: { SubType: string }[] }[] };
    for (const v of doc.Vulnerability)
      for (const r of v.Remediations)
        if (r.SubType === 'Security Hotpatch Update') r.SubType = 'SecurityHotpatchUpdate';
    expect(importCvrf(doc).entries.some((e) => e.kb === 'KB5120229')).toBe(true);
    for (const v of doc.Vulnerability)
      for (const r of v.Remediations) if (r.SubType === 'SecurityHotpatchUpdate') r.SubType = 'Security Hotfix Preview';
    expect(
      importCvrf(doc).warnings.some(
        (w) => w.code === 'UNKNOWN_SUBTYPE' && w.message.includes('Security Hotfix Preview'),
      ),
    ).toBe(true);
  });
  it('importing the same document twice gives the same entries', () => {
    expect(importCvrf(august)).toEqual(result());
  });
  it.each([
    ['not an object', 42],
    ['an array', []],
    ['no id', { ProductTree: {}, Vulnerability: [] }],
    [
      'an id that is no month',
      { DocumentTracking: { Identification: { ID: { Value: '2026-Foo' } } }, ProductTree: {}, Vulnerability: [] },
    ],
    ['no vulnerability list', { DocumentTracking: { Identification: { ID: { Value: '2026-Aug' } } }, ProductTree: {} }],
    ['no product tree', { DocumentTracking: { Identification: { ID: { Value: '2026-Aug' } } }, Vulnerability: [] }],
  ])('a malformed document (%s) is E_IMPORT', (_name, doc) => {
    expect(() => importCvrf(doc)).toThrow(
      expect.objectContaining({ code: 'E_IMPORT', message: expect.stringContaining('expected MSRC CVRF v3.0 JSON') }),
    );
  });
  it('hostile shapes inside a well-formed document are skipped, and nothing leaks into prototypes', () => {
    const doc = JSON.parse(
      '{"DocumentTracking":{"Identification":{"ID":{"Value":"2026-Aug"}}},"ProductTree":{"__proto__":{"x":1},"FullProductName":[{"ProductID":"1","Value":"Windows Server 2025"}]},' +
        '"Vulnerability":[null,7,{"Remediations":"no"},{"Remediations":[null,{"Type":2,"Description":{"Value":"5120233"},"ProductID":"1","SubType":"Security Update"},{"Type":2,"Description":{"Value":"5120233"},"ProductID":["1"],"SubType":"Security Update","FixedBuild":"10.0.26100.33296"}]}]}',
    );
    expect(importCvrf(doc).entries).toEqual([
      {
        products: ['windows-server-2025'],
        kind: 'lcu',
        date: '2026-08-11',
        kb: 'KB5120233',
        ubr: 33296,
        sources: [URL_AUG],
      },
    ]);
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
  });
});

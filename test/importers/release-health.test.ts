import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCatalog, releaseFor } from '../../src/index.js';
import { RELEASE_HEALTH_URLS, importReleaseHealth } from '../../src/importers/index.js';

const html = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('importReleaseHealth', () => {
  const server = () => importReleaseHealth(html('windows-server-release-info.html'));
  const client = () => importReleaseHealth(html('windows11-release-information.html'));
  it('reads each calendar table under its product and year heading; future rows are skipped', () => {
    expect(server().entries.map((e) => [e.products.join('+'), e.kind, e.date, e.kb, e.ubr])).toEqual([
      ['windows-server-2025', 'baseline', '2026-01-13', 'KB5073379', 32230],
      ['windows-server-2025', 'hotpatch', '2026-02-10', 'KB5075942', 32313],
      ['windows-server-2025', 'hotpatch', '2026-03-10', 'KB5078736', 32463],
      ['windows-server-2025', 'baseline', '2026-04-14', 'KB5082063', 32690],
      ['windows-server-2025', 'hotpatch', '2026-05-12', 'KB5087423', 32772],
      ['windows-server-2025', 'baseline', '2026-07-14', 'KB5099536', 33158],
      ['windows-server-2022-azure-edition', 'hotpatch', '2024-06-11', 'KB5039330', 2522],
      ['windows-server-2022-azure-edition', 'baseline', '2024-07-09', 'KB5040437', 2582],
      ['windows-server-2022-azure-edition', 'unplanned-baseline', '2024-08-13', 'KB5041160', 2655],
      ['windows-server-2022-azure-edition', 'hotpatch', '2024-09-10', 'KB5042880', 2695],
    ]);
    expect(server().month).toEqual({ year: 2026, month: 7 });
    expect(server().entries[0]?.sources).toEqual([RELEASE_HEALTH_URLS.windowsServer]);
  });
  it('a baseline in a planned hotpatch month (Microsoft marks it with *) is an unplanned baseline: Windows 11 June 2026', () => {
    expect(client().entries.find((e) => e.date === '2026-06-09')).toMatchObject({
      products: ['windows-11-25h2'],
      kind: 'unplanned-baseline',
      kb: 'KB5094126',
      ubr: 8655,
    });
    expect(client().entries[0]?.sources).toEqual([RELEASE_HEALTH_URLS.windows11]);
  });
  it('the same KB and revision under 24H2 and 25H2 become one entry for both', () => {
    expect(client().entries.find((e) => e.kb === 'KB5077212')?.products).toEqual([
      'windows-11-25h2',
      'windows-11-24h2',
    ]);
  });
  it('agrees with the built-in catalog on every row', () => {
    for (const e of [...server().entries, ...client().entries]) {
      for (const p of e.products) {
        const r = releaseFor(p, e.date.slice(0, 7), e.kind === 'hotpatch' ? 'hotpatch' : 'standard');
        expect({ p, kb: r.kb, kind: r.kind }).toEqual({ p, kb: e.kb, kind: e.kind });
      }
    }
    expect(() => createCatalog([...server().entries, ...client().entries])).not.toThrow();
  });
  it('reports a row it cannot read, and a build of another product, instead of guessing', () => {
    const page = html('windows-server-release-info.html')
      .replace('<td>2026.03 B</td><td>Hotpatch</td>', '<td>2026.03 B</td><td>Hotfix</td>')
      .replace('26100.32313', '26200.32313');
    const codes = importReleaseHealth(page).warnings.map((w) => w.message);
    expect(codes.some((m) => m.includes('"Hotfix"'))).toBe(true);
    expect(codes.some((m) => m.includes("26200.32313 is not this product's"))).toBe(true);
  });
  it.each([
    ['not text', 42],
    ['HTML without a calendar table', '<html><body><table><tr><th>Servicing option</th></tr></table></body></html>'],
    ['JSON', '{"value": []}'],
  ])('%s is E_IMPORT', (_name, input) => {
    expect(() => importReleaseHealth(input as string)).toThrow(expect.objectContaining({ code: 'E_IMPORT' }));
  });
});

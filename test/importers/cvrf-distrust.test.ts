import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importCvrf, importReleaseHealth, mergeCatalogEntries } from '../../src/importers/index.js';

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

describe("importReleaseHealth: impossible rows are the page's error, reported and left out", () => {
  const page = () => readFileSync(new URL('./fixtures/windows11-release-information.html', import.meta.url), 'utf8');
  it.each([
    ['a month 13', (html: string) => html.replace('<td>2026.02 B</td>', '<td>2026.13 B</td>')],
    ['February 31', (html: string) => html.replace('<td>2026-02-10</td>', '<td>2026-02-31</td>')],
  ])('%s: an UNKNOWN_ROW warning, the other rows read, no date error', (_name, edit) => {
    const r = importReleaseHealth(edit(page()));
    expect(r.warnings.filter((w) => w.code === 'UNKNOWN_ROW').map((w) => w.message)).toEqual([
      expect.stringMatching(/names no real month or date; left out$/),
    ]);
    expect(r.entries.length).toBeGreaterThan(2);
  });
  it('the CLI: refresh --from such a page exits 0 with the warning (it was exit 2 with a date error)', async () => {
    const { runCli } = await import('../support/cli.js');
    const html = page().replace('<td>2026.02 B</td>', '<td>2026.13 B</td>');
    let written = '';
    const r = await runCli(['refresh', '--from', 'page.html', '--catalog', 'overlay.json'], {
      readFile: async (p: string) => (p === 'page.html' ? html : null),
      writeFile: async (_p: string, text: string) => {
        written = text;
      },
      now: () => Date.UTC(2026, 11, 6),
    });
    expect(r.code, r.err).toBe(0);
    expect(r.err).toMatch(/warning: page\.html: UNKNOWN_ROW: .*2026\.13 B.* names no real month or date/);
    expect(written).toContain('KB5077212');
  });
});

describe('bounded work on hostile pages and files', () => {
  it('200,000 unclosed <div>s are refused with E_IMPORT (the parser never sees them; it took 11 s)', () => {
    const html = `${'<div>'.repeat(200_000)}<table><tr><th>Month</th></tr></table>`;
    expect(() => importReleaseHealth(html)).toThrow(
      expect.objectContaining({
        code: 'E_IMPORT',
        message: expect.stringMatching(/nests elements more than 2000 deep/),
      }),
    );
  });
  it('a file read whole (--from, --catalog, the overlay) over 20 MB is refused before it is read', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { readFileOrNull } = await import('../../src/cli/host/files.js');
    const file = join(mkdtempSync(join(tmpdir(), 'hc-big-')), 'big.json');
    writeFileSync(file, Buffer.alloc(21 * 1024 * 1024, 32));
    await expect(readFileOrNull(file)).rejects.toThrow(/is 21\.0 MB; files read whole are at most 20 MB/);
  });
});

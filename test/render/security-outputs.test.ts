import { mkdirSync, mkdtempSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { createCatalog, yearCalendar } from '../../src/index.js';
import { importCvrf, mergeCatalogEntries } from '../../src/importers/index.js';
import { renderCsv, renderHtml, renderIcs, renderJson, renderMarkdown } from '../../src/render/index.js';
import { lockFile, readFileOrNull, writeFileAtomic } from '../../src/cli/host/files.js';
import { runCli } from '../support/cli.js';

// The January 2025 CVRF fixture (three real CVEs) imported on 2025-01-15, read over the newer built-in data.
const janPath = fileURLToPath(new URL('../importers/fixtures/cvrf-2025-Jan.json', import.meta.url));
const imported = mergeCatalogEntries(null, importCvrf(JSON.parse(readFileSync(janPath, 'utf8'))).entries, {
  retrieved: '2025-01-15',
}).document;
const catalog = createCatalog(imported);
const builtIn = createCatalog([]).retrieved;
const cal = (locale?: 'de') => {
  const c = yearCalendar(2025, { products: ['windows-11-24h2', 'windows-server-2022-azure-edition'], catalog });
  return { c, opts: locale ? { locale } : {} };
};

describe('what a month fixes, in every output', () => {
  it('the calendar row carries the counts, and months without them say null, never zero', () => {
    const { c } = cal();
    expect(c.rows[0]?.security).toMatchObject({ cves: 3, critical: 1, exploited: 1 });
    expect(c.rows[1]?.security).toMatchObject({ cves: 2, critical: 1, exploited: 0 });
    expect(c.rows.slice(2).every((r) => r.security === null)).toBe(true);
  });
  it('JSON: security per row (schema version 4), null where not known', () => {
    const json = JSON.parse(renderJson(cal().c));
    expect(json.schemaVersion).toBe(4);
    expect(json.rows[0].security).toEqual({
      cves: 3,
      critical: 1,
      important: 2,
      exploited: 1,
      publiclyDisclosed: 1,
      url: 'https://api.msrc.microsoft.com/cvrf/v3.0/cvrf/2025-Jan',
    });
    expect(json.rows[2].security).toBeNull();
  });
  it('CSV: five count columns, empty where not known', () => {
    const [head, first, , third] = renderCsv(cal().c).split('\r\n');
    expect(head?.endsWith(',cves,critical,important,exploited,publicly_disclosed')).toBe(true);
    expect(first?.endsWith(',3,1,2,1,1')).toBe(true);
    expect(third?.endsWith(',,,,,')).toBe(true);
  });
  it('Markdown: a Security column when the data holds counts, in English and German', () => {
    const table = (md: string) =>
      marked.lexer(md).find((t) => t.type === 'table') as { header: { text: string }[]; rows: { text: string }[][] };
    const en = table(renderMarkdown(cal().c));
    expect(en.header.at(-1)?.text).toBe('Security');
    expect(en.rows[0]?.at(-1)?.text).toBe('3 CVEs, 1 critical, 1 exploited, 1 publicly disclosed');
    expect(en.rows[2]?.at(-1)?.text).toBe('—');
    const de = table(renderMarkdown(cal('de').c, { locale: 'de' }));
    expect(de.header.at(-1)?.text).toBe('Sicherheit');
    expect(de.rows[1]?.at(-1)?.text).toBe('2 CVEs, 1 kritisch, 0 ausgenutzt, 1 öffentlich bekannt');
    // Without counts there is no column of dashes.
    expect(renderMarkdown(yearCalendar(2026))).not.toContain('Security');
  });
  it('ICS: the DESCRIPTION names the counts; German too', () => {
    const unfold = (ics: string) => ics.replace(/\r\n /g, '');
    expect(unfold(renderIcs(cal().c))).toContain(
      'Security: 3 CVEs\\, 1 critical\\, 1 exploited\\, 1 publicly disclosed.',
    );
    expect(unfold(renderIcs(cal('de').c, { locale: 'de' }))).toContain(
      'Sicherheit: 3 CVEs\\, 1 kritisch\\, 1 ausgenutzt\\, 1 öffentlich bekannt.',
    );
  });
  it('HTML (the page renders the same): the cell shows the counts and its title repeats them', () => {
    const html = renderHtml(cal().c);
    expect(html).toContain('<span class="sec">3 CVEs, 1 critical, 1 exploited, 1 publicly disclosed</span>');
    expect(html).toMatch(/title="[^"]*Security: 2 CVEs, 1 critical, 0 exploited, 1 publicly disclosed\./);
    expect(renderHtml(cal('de').c, { locale: 'de' })).toContain('<span class="sec">3 CVEs, 1 kritisch, 1 ausgenutzt');
  });
});

describe('footers never date old data by the newest layer', () => {
  it('name the oldest and newest collection dates of the releases shown', () => {
    const { c } = cal();
    expect([c.collectedFrom, c.retrieved]).toEqual(['2025-01-15', builtIn]);
    expect(renderMarkdown(c)).toContain(`Data collected 2025-01-15 to ${builtIn}.`);
    expect(renderHtml(cal('de').c, { locale: 'de' })).toContain(`Datenstand 2025-01-15 bis ${builtIn}.`);
    expect(JSON.parse(renderJson(c)).collectedFrom).toBe('2025-01-15');
    // One layer: one date.
    expect(renderMarkdown(yearCalendar(2026))).toContain(`Data collected ${builtIn}.`);
    expect(renderMarkdown(yearCalendar(2026))).not.toMatch(/Data collected [0-9-]+ to /);
  });
  it('ICS says "Planned release" for projected months, and names its sources in words, in German too', () => {
    const unfold = (ics: string) => ics.replace(/\r\n /g, '');
    const en = unfold(renderIcs(yearCalendar(2027, { products: ['windows-server-2025'] })));
    expect(en).toContain(
      'Planned release 2027-01-12T18:00:00Z (10:00 Pacific). Source: the planned cadence (projected).',
    );
    const de = unfold(renderIcs(yearCalendar(2027, { products: ['windows-server-2025'] }), { locale: 'de' }));
    expect(de).toContain('Geplante Veröffentlichung 2027-01-12T18:00:00Z');
    expect(de).toContain('Quelle: geplanter Rhythmus (vorausberechnet).');
    expect(de).not.toMatch(/Quelle: projected|Veröffentlicht 2027/);
  });
});

describe('the CLI with a clean cache: refresh --from a CVRF document, then plain commands', () => {
  const files = { writeFile: writeFileAtomic, readFile: readFileOrNull, lock: (p: string) => lockFile(p, 10_000) };
  const cli = (argv: string[], env: Record<string, string>) =>
    runCli(argv, {
      ...files,
      ensureDir: async (p: string) => void mkdirSync(p, { recursive: true }),
      platform: 'linux',
      env,
      now: () => Date.UTC(2026, 11, 6, 12),
    });
  it('month and data show the imported counts from the overlay, with the date it was read', async () => {
    const env = { HOME: mkdtempSync(join(tmpdir(), 'hc-home-')) };
    expect((await cli(['refresh', '--from', janPath], env)).code).toBe(0);
    const month = await cli(['month', '2025-01', '--product', 'windows-server-2025'], env);
    expect(month.code, month.err).toBe(0);
    expect(month.out).toContain(
      'Security:\n  windows-server-2025: 3 CVEs, 1 critical, 1 exploited, 1 publicly disclosed (https://api.msrc.microsoft.com/cvrf/v3.0/cvrf/2025-Jan)',
    );
    const json = JSON.parse((await cli(['month', '2025-01', '--format', 'json'], env)).out);
    expect(json[0].releases[0].security.cves).toBe(3);
    const data = JSON.parse((await cli(['data', '--format', 'json'], env)).out);
    expect(data.source.overlay.origin).toBe('cache');
  });
});

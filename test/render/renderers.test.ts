import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ICAL from 'ical.js';
import Ajv2020 from 'ajv/dist/2020.js';
import { marked, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { createCatalog, formatCivilDate, releaseInstant, restartState, yearCalendar } from '../../src/index.js';
import {
  CALENDAR_JSON_SCHEMA,
  CSV_COLUMNS,
  renderCsv,
  renderHtml,
  renderIcs,
  renderJson,
  renderMarkdown,
} from '../../src/render/index.js';

// Golden files: produced once by the renderers and then reviewed by hand against Microsoft's published 2026
// calendar (KBs, builds, June unplanned baseline) and RFC 5545/4180; regenerate with UPDATE_GOLDEN=1 and review
// the diff before committing.
const fixture = (name: string): URL => new URL(`./fixtures/${name}`, import.meta.url);
function golden(name: string, actual: string): void {
  if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(fixtureURLPath(name), actual);
  expect(actual).toBe(readFileSync(fixture(name), 'utf8'));
}
function fixtureURLPath(name: string): string {
  return fileURLToPath(fixture(name));
}

// Built inside each test (not once per file), so per-test coverage sees which test reaches which renderer code.
const cal2026 = () =>
  yearCalendar(2026, {
    products: ['windows-11-24h2', 'windows-server-2025'],
    zone: 'Europe/Berlin',
    include: ['oob'],
  });

describe('yearCalendar', () => {
  it('one row per product and month', () => {
    expect(cal2026().rows).toHaveLength(24);
    expect(cal2026().rows[0]).toMatchObject({
      product: 'windows-11-24h2',
      month: { year: 2026, month: 1 },
      kind: 'baseline',
      hotpatch: { kb: 'KB5074109' },
    });
  });
  it('June 2026 is an unplanned baseline for Windows 11; for Server 2025 it is past but not in the data, never "no restart"', () => {
    const june = cal2026().rows.filter((r) => r.month.month === 6);
    expect(june.map((r) => [r.product, r.kind, r.unplanned, r.hotpatch.source, r.hotpatch.restartRequired])).toEqual([
      ['windows-11-24h2', 'baseline', true, 'published', true],
      ['windows-server-2025', 'hotpatch', false, 'unknown', null],
    ]);
  });
  it('texts say "not in the data (newest: ...)" for a past month and "not published yet" only for the future', () => {
    const md = renderMarkdown(cal2026());
    expect(md).toMatch(
      /2026\.06 B \| 2026-06-09 \| 17:00 \| 2026-06-09 19:00 \| Windows Server 2025 \| Restart unknown \(not in the data\) \| not in the data \(newest: 2026-07\), restart unknown/,
    );
    expect(md).toMatch(
      /2026\.12 B \| 2026-12-08 \| 18:00 \| 2026-12-08 19:00 \| Windows 11 Enterprise, version 24H2 \| Hotpatch \(no restart\) \\\* \| not published yet, no restart/,
    );
    expect(renderCsv(cal2026())).toMatch(/\n2026-06,windows-server-2025,.*,hotpatch,,,2026-06-09,unknown,unknown,/);
  });
  it('extras: OOB releases of the year, in date order', () => {
    expect(cal2026().extras.map((x) => x.kb)).toContain('KB5121768');
    const times = cal2026().extras.map((x) => x.release.epochMilliseconds);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });
  it('previews: published ones, and planned fourth Tuesdays when not published', () => {
    const c = yearCalendar(2027, { products: ['windows-11-25h2'], include: ['previews'] });
    expect(c.extras).toHaveLength(12);
    expect(c.extras[0]).toMatchObject({
      kind: 'preview',
      source: 'projected',
      date: { year: 2027, month: 1, day: 26 },
    });
  });
  it('default products skip those whose program had not started or has ended', () => {
    expect(yearCalendar(2023).rows.map((r) => r.product)).not.toContain('windows-11-24h2');
    expect(new Set(yearCalendar(2023).rows.map((r) => r.product))).toEqual(
      new Set(['windows-server-2022-azure-edition']),
    );
    expect(yearCalendar(2026, { products: ['windows-11-26h2'] }).rows[0]).toMatchObject({
      status: 'unknown',
      source: 'projected',
    });
  });
  it('rejects bad input', () => {
    expect(() => yearCalendar(0)).toThrow(expect.objectContaining({ code: 'E_DATE_RANGE' }));
    expect(() => yearCalendar(2026, { products: ['nope' as never] })).toThrow(
      expect.objectContaining({ code: 'E_UNKNOWN_PRODUCT' }),
    );
    expect(() => yearCalendar(2026, { include: ['everything' as never] })).toThrow(
      expect.objectContaining({ code: 'E_OPTION' }),
    );
  });
});

describe('renderIcs', () => {
  const ics = () => renderIcs(cal2026(), { alarmsMinutesBefore: [60] });
  it('matches the golden file', () => golden('2026-w11-s25-berlin.ics', ics()));
  it('uses CRLF and folds every line to at most 75 octets', () => {
    expect(ics().endsWith('\r\n')).toBe(true);
    const lines = ics().split('\r\n').slice(0, -1);
    expect(lines.every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
    expect(ics().replace(/\r\n/g, '').includes('\n')).toBe(false);
  });
  it('folds by octets, not characters, and never splits a UTF-8 sequence', () => {
    const long = renderIcs(cal2026(), {
      name: 'Kalender für Änderungsausschuss – 🗓️ Wartungsfenster und Neustarts über das ganze Jahr hinweg',
    });
    const lines = long.split('\r\n');
    expect(lines.every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
    const unfolded = long.replace(/\r\n /g, '');
    expect(unfolded).toContain('X-WR-CALNAME:Kalender für Änderungsausschuss – 🗓️ Wartungsfenster');
  });
  it('parses back with ical.js: every start equals releaseInstant, UIDs unique, required properties present', () => {
    const comp = new ICAL.Component(ICAL.parse(renderIcs(cal2026(), { events: 'per-product' })));
    expect(comp.getFirstPropertyValue('version')).toBe('2.0');
    expect(comp.getFirstPropertyValue('prodid')).toMatch(/hotpatch-calendar/);
    const events = comp.getAllSubcomponents('vevent');
    expect(events).toHaveLength(cal2026().rows.length + cal2026().extras.length);
    const uids = events.map((e) => String(e.getFirstPropertyValue('uid')));
    expect(new Set(uids).size).toBe(uids.length);
    for (const [i, row] of cal2026().rows.entries()) {
      const e = new ICAL.Event(events[i]);
      expect(e.startDate.toJSDate().getTime()).toBe(releaseInstant(row.month).epochMilliseconds);
      expect(events[i]?.getFirstPropertyValue('dtstamp')).toBeTruthy();
    }
    const june = new ICAL.Event(
      events.find((e) => String(e.getFirstPropertyValue('uid')).startsWith('windows-11-24h2-2026-06')),
    );
    expect(june.description).toContain('KB5094126 (26100.8655)');
    expect(
      String(
        events
          .find((e) => String(e.getFirstPropertyValue('uid')).startsWith('windows-11-24h2-2026-06'))
          ?.getFirstPropertyValue('categories'),
      ),
    ).toBe('BASELINE');
  });
  it('merged (the default for several products): one event per Patch Tuesday naming every product, read back by ical.js', () => {
    const comp = new ICAL.Component(ICAL.parse(ics()));
    expect(comp.getFirstPropertyValue('x-wr-timezone')).toBe('Europe/Berlin');
    const events = comp.getAllSubcomponents('vevent');
    expect(events).toHaveLength(12 + cal2026().extras.length);
    for (const [i, month] of Array.from({ length: 12 }, (_, k) => k + 1).entries()) {
      const e = new ICAL.Event(events[i]);
      expect(e.uid).toBe(`2026-${String(month).padStart(2, '0')}-B@hotpatch-calendar`);
      expect(e.startDate.toJSDate().getTime()).toBe(releaseInstant({ year: 2026, month }).epochMilliseconds);
      // Each product's KB and build, under its name.
      for (const row of cal2026().rows.filter((r) => r.month.month === month)) {
        expect(e.description).toContain(`${row.productName}: `);
        if (row.hotpatch.kb) expect(e.description).toContain(row.hotpatch.kb);
        if (row.standard.kb) expect(e.description).toContain(row.standard.kb);
      }
    }
    const june = new ICAL.Event(events[5]);
    expect(june.summary).toBe('2026.06 B Unplanned baseline (restart) / Restart unknown (not in the data)');
    expect(events[5]?.getFirstProperty('categories')?.getValues()).toEqual(['BASELINE', 'UNPLANNED', 'UNKNOWN']);
    expect(() => renderIcs(cal2026(), { events: 'bogus' as never })).toThrow(
      expect.objectContaining({ code: 'E_OPTION' }),
    );
    // One product: one event per row, as before.
    expect(renderIcs(yearCalendar(2026, { products: ['windows-11-24h2'] }))).toContain(
      'UID:windows-11-24h2-2026-01-B@hotpatch-calendar',
    );
  });
  it('SEQUENCE grows as the data fills in: projected, published, KB and build, security counts', () => {
    const seq = (ics: string, uid: string): number => {
      const e = new ICAL.Component(ICAL.parse(ics))
        .getAllSubcomponents('vevent')
        .find((v) => String(v.getFirstPropertyValue('uid')) === uid);
      return Number(e?.getFirstPropertyValue('sequence'));
    };
    const one = (catalog?: ReturnType<typeof createCatalog>) =>
      renderIcs(yearCalendar(2027, { products: ['windows-server-2025'], ...(catalog ? { catalog } : {}) }));
    const uid = 'windows-server-2025-2027-02-B@hotpatch-calendar';
    const projected = seq(one(), uid);
    const kbOnly = createCatalog([
      {
        products: ['windows-server-2025'],
        kind: 'hotpatch',
        date: '2027-02-09',
        kb: 'KB5130001',
        ubr: null,
        sources: ['server-release-info'],
      },
    ]);
    const full = createCatalog([
      {
        products: ['windows-server-2025'],
        kind: 'hotpatch',
        date: '2027-02-09',
        kb: 'KB5130001',
        ubr: 34001,
        sources: ['server-release-info'],
      },
      {
        products: ['windows-server-2025'],
        kind: 'lcu',
        date: '2027-02-09',
        kb: 'KB5130002',
        ubr: 34050,
        sources: ['server-release-info'],
      },
    ]);
    expect([projected, seq(one(kbOnly), uid), seq(one(full), uid)]).toEqual([0, 2, 5]);
    // The same data, the same SEQUENCE: no clock in it.
    expect(seq(one(full), uid)).toBe(seq(one(full), uid));
  });
  it('is deterministic: stable UIDs and DTSTAMP from the input, not the clock', () => {
    expect(
      renderIcs(
        yearCalendar(2026, {
          products: ['windows-11-24h2', 'windows-server-2025'],
          zone: 'Europe/Berlin',
          include: ['oob'],
        }),
        { alarmsMinutesBefore: [60] },
      ),
    ).toBe(ics());
    expect(ics()).toContain('DTSTAMP:20261128T000000Z');
    expect(renderIcs(cal2026(), { dtstamp: Date.UTC(2026, 0, 1) })).toContain('DTSTAMP:20260101T000000Z');
  });
  it('escapes text', () => {
    expect(renderIcs(cal2026(), { name: 'a,b;c\\d\ne' })).toContain('X-WR-CALNAME:a\\,b\\;c\\\\d\\ne');
  });
});

describe('renderCsv', () => {
  const csv = () => renderCsv(cal2026());
  it('matches the golden file', () => golden('2026-w11-s25-berlin.csv', csv()));
  it('RFC 4180: header row, CRLF, same field count on every record', () => {
    const lines = csv().split('\r\n').slice(0, -1);
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(25);
    // An independent RFC 4180 field split: quoted fields may hold commas and doubled quotes.
    const fields = (l: string): string[] =>
      [...l.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map((m) => m[1] as string);
    expect(lines.every((l) => fields(l).length === CSV_COLUMNS.length)).toBe(true);
    expect(fields(lines[1] as string)[2]).toBe('"Windows 11 Enterprise, version 24H2"');
  });
});

describe('renderJson', () => {
  const json = () => renderJson(cal2026());
  it('matches the golden file', () => golden('2026-w11-s25-berlin.json', json()));
  it('validates against the shipped JSON Schema', () => {
    // ajv ships CommonJS: under ESM its class is the default export's `default`.
    const Ajv = (Ajv2020 as unknown as { default?: typeof Ajv2020 }).default ?? Ajv2020;
    const ajv = new Ajv({ strict: true, allErrors: true });
    const validate = ajv.compile(CALENDAR_JSON_SCHEMA);
    for (const c of [
      cal2026(),
      yearCalendar(2031, { include: ['previews'] }),
      yearCalendar(2024, { include: ['oob', 'previews'] }),
    ]) {
      const ok = validate(JSON.parse(renderJson(c)));
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    }
  });
});

describe('renderMarkdown', () => {
  it('matches the golden file', () => golden('2026-w11-s25-berlin.md', renderMarkdown(cal2026())));
  it('one table row per calendar row', () => {
    const md = renderMarkdown(yearCalendar(2026));
    expect(md.split('\n').filter((l) => l.startsWith('| 2026.')).length).toBe(yearCalendar(2026).rows.length);
  });
});

describe('renderHtml', () => {
  const html = () => renderHtml(yearCalendar(2026));
  it('matches the golden file', () => golden('2026-all.html', html()));
  it('is self-contained: no external assets or scripts', () => {
    const page = html();
    expect(page).not.toMatch(/<script|<link|src=|srcset=|url\(|@import/);
    // No remote URL at all: the page names none (it cites its sources in the data, not as links).
    expect(page).not.toMatch(/https?:\/\//);
    // The check itself can fail: the same test on a page with a remote image.
    expect(page.replace('</body>', '<img srcset="https://example.com/x.png 2x"></body>')).toMatch(
      /srcset=|https?:\/\//,
    );
  });
  it('rejects a non-calendar', () => {
    expect(() => renderHtml({} as never)).toThrow(expect.objectContaining({ code: 'E_TYPE' }));
  });
});

describe('renderMarkdown, read back with a real Markdown parser (marked)', () => {
  it('the first table has one row per calendar row, and its cells say what the calendar says', () => {
    const cal = cal2026();
    const tables = marked.lexer(renderMarkdown(cal)).filter((t): t is Tokens.Table => t.type === 'table');
    expect(tables.length).toBeGreaterThanOrEqual(1);
    const [main] = tables as [Tokens.Table];
    expect(main.header.map((h) => h.text)).toEqual([
      'Release',
      'Patch Tuesday',
      'Time (UTC)',
      'Time (Europe/Berlin)',
      'Product',
      'Type',
      'Hotpatch channel',
      'Standard channel',
    ]);
    expect(main.rows).toHaveLength(cal.rows.length);
    const restartWord = { required: 'restart required', none: 'no restart', unknown: 'restart unknown' } as const;
    main.rows.forEach((cells, i) => {
      const r = cal.rows[i] as (typeof cal.rows)[number];
      const text = cells.map((c) => c.text.replace(/\\(.)/g, '$1'));
      expect(text[0]).toBe(r.names.shortName);
      expect(text[1]).toBe(formatCivilDate(r.patchTuesday));
      expect(text[4]).toBe(r.productName);
      for (const [cell, ch] of [
        [text[6], r.hotpatch],
        [text[7], r.standard],
      ] as const) {
        if (ch.kb) expect(cell).toContain(ch.kb);
        if (ch.build) expect(cell).toContain(ch.build);
        expect(cell?.endsWith(restartWord[restartState(ch.restartRequired)])).toBe(true);
      }
    });
  });
  it('the parser sees a broken table when a cell holds an unescaped pipe (the check can fail)', () => {
    const md = renderMarkdown(cal2026()).replace('Windows Server 2025 |', 'Windows | Server 2025 |');
    const [main] = marked.lexer(md).filter((t): t is Tokens.Table => t.type === 'table') as [Tokens.Table];
    expect(main.rows.some((cells) => cells.length !== main.header.length || cells[4]?.text === 'Windows')).toBe(true);
  });
});

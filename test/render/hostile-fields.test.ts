import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { yearCalendar, type YearCalendar } from '../../src/index.js';
import { renderCsv, renderHtml, renderIcs, renderJson, renderMarkdown } from '../../src/render/index.js';

// A calendar as yearCalendar makes it, with the free-text fields replaced by what an attacker (or a broken
// catalog overlay) could put there. Renderers must escape them for their format, or refuse the calendar.
const base = () => yearCalendar(2026, { products: ['windows-11-24h2'], zone: 'Europe/Berlin', include: ['oob'] });
const HOSTILE =
  '=HYPERLINK("x")|*a*\r\nEND:VEVENT\r\nBEGIN:VEVENT\n<script>alert(1)</script>"\'\u0000\u001b[31m\u007f\u0085, ;\\';
const hostile: YearCalendar = {
  ...base(),
  rows: base().rows.map((r) => ({ ...r, productName: HOSTILE })),
  extras: base().extras.map((x) => ({ ...x, productName: HOSTILE })),
};
// biome-ignore lint/suspicious/noControlCharactersInRegex: looking for them is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

describe('renderers and hostile text in a calendar', () => {
  it('ICS: one SUMMARY per event, no injected property, no control character; ical.js reads the name back', () => {
    const ics = renderIcs(hostile);
    expect(ics).not.toMatch(CONTROL);
    const lines = ics.split('\r\n');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(base().rows.length + base().extras.length);
    expect(lines.filter((l) => l === 'END:VEVENT')).toHaveLength(base().rows.length + base().extras.length);
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
    expect(events).toHaveLength(base().rows.length + base().extras.length);
    const summary = String(events[0]?.getFirstPropertyValue('summary'));
    expect(summary).toContain('\r\nEND:VEVENT\r\nBEGIN:VEVENT\n<script>'.replace(/\r/g, '').replace(/\n/g, '\n'));
    expect(summary).toContain(', ;\\');
  });

  it('HTML: no element or attribute is opened by the text; control characters removed', () => {
    const html = renderHtml(hostile);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;');
    expect(html).not.toMatch(CONTROL);
    // Every attribute value stays inside its quotes: title="..." never contains a raw quote.
    for (const [, value] of html.matchAll(/ title="([^"]*)"/g)) expect(value).not.toMatch(/[<>]/);
  });

  it('Markdown: every row keeps its columns; pipes, emphasis and HTML are escaped; one line per row', () => {
    const md = renderMarkdown(hostile);
    expect(md).not.toMatch(CONTROL);
    const rows = md.split('\n').filter((l) => l.startsWith('| 2026.'));
    expect(rows).toHaveLength(base().rows.length);
    for (const row of rows) expect(row.split(/(?<!\\)\|/).length - 2).toBe(8);
    expect(md).toContain('\\<script\\>');
    expect(md).toContain('\\|\\*a\\*');
  });

  it('CSV: a formula is not a formula, quotes and line breaks stay inside one quoted field', () => {
    const csv = renderCsv(hostile);
    expect(csv).not.toMatch(CONTROL);
    const second = csv.split('\r\n')[1] ?? '';
    expect(second).toContain(`"'=HYPERLINK(""x"")`);
    // The record count is unchanged: the CR/LF inside the field is quoted, so a CSV reader sees one record.
    const records = csv.match(/^2026-\d\d,/gm) ?? [];
    expect(records).toHaveLength(base().rows.length);
  });

  it('JSON: the text round-trips exactly (JSON escapes everything)', () => {
    const json = JSON.parse(renderJson(hostile));
    expect(json.rows[0].productName).toBe(HOSTILE);
  });

  it('a calendar that is not what yearCalendar makes is E_TYPE in every renderer, naming the bad part', () => {
    const r0 = base().rows[0];
    const broken: unknown[] = [
      null,
      [],
      { ...base(), year: 2026.5 },
      { ...base(), rows: 'x' },
      { ...base(), rows: [{ ...r0, product: 'windows-11-24h2\r\nX-INJECT:1' }] },
      { ...base(), rows: [{ ...r0, hotpatch: { ...r0?.hotpatch, kb: 'KB1"><script>' } }] },
      { ...base(), rows: [{ ...r0, hotpatch: { ...r0?.hotpatch, build: '26100.7623\n' } }] },
      { ...base(), rows: [{ ...r0, release: { ...r0?.release, utc: 'yesterday' } }] },
      { ...base(), rows: [{ ...r0, hotpatch: { ...r0?.hotpatch, urls: ['javascript:alert(1)'] } }] },
      { ...base(), rows: [{ ...r0, names: { shortName: '2026.01 B\r\n', msrcId: '2026-Jan' } }] },
      { ...base(), extras: [{ ...base().extras[0], kind: 'nonsense' }] },
      { ...base(), retrieved: '2026-11-28\r\nX:1' },
    ];
    const renderers = [renderIcs, renderCsv, renderJson, renderMarkdown, renderHtml] as ((c: never) => string)[];
    for (const value of broken)
      for (const render of renderers)
        expect(() => render(value as never), JSON.stringify(value)?.slice(0, 80)).toThrow(
          expect.objectContaining({
            code: 'E_TYPE',
            message: expect.stringMatching(/expected the result of yearCalendar/),
          }),
        );
    expect(() => renderIcs({ ...base(), rows: [{ ...r0, product: 'x' }] } as never)).toThrow(/rows\[0\]/);
  });

  it('an unknown locale is E_OPTION that lists the languages', () => {
    expect(() => renderHtml(base(), { locale: 'fr' as never })).toThrow(
      expect.objectContaining({ code: 'E_OPTION', message: expect.stringMatching(/expected one of en, de/) }),
    );
  });
});

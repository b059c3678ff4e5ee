import ICAL from 'ical.js';
import fc from 'fast-check';
import { ELIGIBILITY_CODES } from '../../src/restart/eligibility-codes.js';
import { _remedy } from '../../src/restart/remedies.js';
import { remedyText } from '../../src/render/compliance/words.js';
import { describe, expect, it } from 'vitest';
import { PRODUCT_IDS, yearCalendar } from '../../src/index.js';
import { LOCALES, renderCsv, renderHtml, renderIcs, renderMarkdown } from '../../src/render/index.js';
import { renderCalendarText } from '../../src/render/text/calendar.js';
import { _messages, _reportWords } from '../../src/render/locale/locales.js';
import { de } from '../../src/render/locale/de.js';
import { en } from '../../src/render/locale/en.js';
import { reportDe } from '../../src/render/locale/report-de.js';
import { reportEn } from '../../src/render/locale/report-en.js';

const cal2027 = () => yearCalendar(2027, { zone: 'Europe/Berlin' });
const cal2026 = () => yearCalendar(2026, { zone: 'Europe/Berlin' });

describe('German', () => {
  it('the HTML page: lang="de", German title, legend, month and weekday names from Intl', () => {
    const html = renderHtml(cal2027(), { locale: 'de' });
    expect(html).toContain('<html lang="de">');
    expect(html).toContain('<title>Windows-Hotpatch-Kalender 2027</title>');
    expect(html).toContain('Baseline (Neustart)');
    expect(html).toContain('Hotpatch (kein Neustart)');
    expect(html).toContain('<span class="month">Mär</span>');
    expect(html).toContain('<span class="month">Dez</span>');
    // Patch Tuesday 2027-03-09 is a Tuesday: "Di".
    expect(html).toMatch(/<span class="date">09 <small>Di<\/small><\/span>/);
    expect(html).toContain('Ortszeiten in Europe/Berlin.');
  });

  it('ICS: German SUMMARY and DESCRIPTION, read back by ical.js; the machine parts (UID, CATEGORIES) unchanged', () => {
    const ics = renderIcs(cal2026(), { locale: 'de', events: 'per-product' });
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
    const june = events.find(
      (e) => String(e.getFirstPropertyValue('uid')) === 'windows-11-24h2-2026-06-B@hotpatch-calendar',
    );
    expect(String(june?.getFirstPropertyValue('summary'))).toBe(
      'Windows 11 Enterprise, version 24H2: 2026.06 B Ungeplante Baseline (Neustart)',
    );
    expect(String(june?.getFirstPropertyValue('description'))).toContain(
      'Hotpatch-Kanal: KB5094126 (26100.8655), Neustart erforderlich.',
    );
    expect(String(june?.getFirstPropertyValue('categories'))).toBe('BASELINE');
    expect(
      renderIcs(cal2026(), { events: 'per-product' }).replace(/^(SUMMARY|DESCRIPTION|X-WR-CALNAME|[ ]).*\r\n/gm, ''),
    ).toBe(ics.replace(/^(SUMMARY|DESCRIPTION|X-WR-CALNAME|[ ]).*\r\n/gm, ''));
  });

  it('Markdown in German; CSV stays English (machine-read headers)', () => {
    const md = renderMarkdown(cal2026(), { locale: 'de' });
    expect(md.split('\n')[0]).toBe('# Windows-Hotpatch-Kalender 2026');
    expect(md).toContain(
      '| Release | Patchday | Uhrzeit (UTC) | Uhrzeit (Europe/Berlin) | Produkt | Art | Hotpatch-Kanal | Standardkanal |',
    );
    expect(md).toContain('Hotpatch (kein Neustart)');
    expect(renderCsv(cal2026()).split('\r\n')[0]).toMatch(/^month,product,product_name,/);
  });

  it('every catalog has every message (adding a language is one file)', () => {
    const shape = (o: object): string[] =>
      Object.entries(o).flatMap(([k, v]) =>
        typeof v === 'object' && v !== null && !Array.isArray(v) ? shape(v).map((s) => `${k}.${s}`) : [k],
      );
    expect(shape(de).sort()).toEqual(shape(en).sort());
    // The report words too (compliance report), apart from the remedies, which fall back to the library's English.
    const { remedies: _de, ...reportDeRest } = reportDe;
    const { remedies: _en, ...reportEnRest } = reportEn;
    expect(shape(reportDeRest).sort()).toEqual(shape(reportEnRest).sort());
    expect(LOCALES).toEqual(['en', 'de']);
    expect(_messages('x', 'de')).toBe(de);
    for (const bad of ['fr', 'DE', '', 'toString', '__proto__', 1])
      expect(() => _messages('x', bad)).toThrow(expect.objectContaining({ code: 'E_OPTION' }));
  });
});

describe('remedies in German', () => {
  it('every reason has a German remedy for clients and servers, and English is the library text', () => {
    for (const code of ELIGIBILITY_CODES)
      for (const family of ['client', 'server'] as const) {
        const english = _remedy(code, family).action;
        expect(remedyText(code, family, _reportWords('en'))).toBe(english);
        const german = remedyText(code, family, _reportWords('de'));
        expect(german, `${family} ${code}`).not.toBe(english);
        // The German text keeps the technical names an admin searches for.
        for (const term of ['HotPatchRestrictions', '26100.2033', '26100.1742', 'Azure Arc', 'ESU'])
          if (english.includes(term)) expect(german, `${family} ${code} ${term}`).toContain(term);
      }
  });
});

describe('the terminal year view', () => {
  it('property: fits 100 columns for any year, zone, language and product set', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2021, max: 2040 }),
        fc.constantFrom('UTC', 'Europe/Berlin', 'Asia/Kolkata', 'America/Los_Angeles', 'Pacific/Kiritimati'),
        fc.constantFrom(...LOCALES),
        fc.subarray([...PRODUCT_IDS], { minLength: 1 }),
        (year, zone, locale, products) => {
          const text = renderCalendarText(yearCalendar(year, { zone, products }), {
            color: false,
            messages: _messages('t', locale),
          });
          return text.split('\n').every((line) => [...line].length <= 100);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('property: fits an 80-column terminal for any year, zone, language and product set', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2021, max: 2040 }),
        fc.constantFrom('UTC', 'Europe/Berlin', 'Asia/Kolkata', 'America/Argentina/ComodRivadavia'),
        fc.constantFrom(...LOCALES),
        fc.subarray([...PRODUCT_IDS], { minLength: 1 }),
        fc.constant(80),
        fc.boolean(),
        (year, zone, locale, products, width, color) => {
          const text = renderCalendarText(yearCalendar(year, { zone, products }), {
            color,
            messages: _messages('t', locale),
            width,
          });
          // biome-ignore lint/suspicious/noControlCharactersInRegex: colour codes take no columns
          const visible = text.replace(/\x1b\[[0-9;]*m/g, '');
          return visible.split('\n').every((line) => [...line].length <= width);
        },
      ),
      { numRuns: 60 },
    );
  });
  it('narrows only as far as needed, and colours the kind word, never the row', () => {
    const cal = yearCalendar(2026, { zone: 'Europe/Berlin' });
    const wide = renderCalendarText(cal, { color: false });
    expect(renderCalendarText(cal, { color: false, width: 200 })).toBe(wide);
    const narrow = renderCalendarText(cal, { color: false, width: 80 });
    expect(narrow).toMatch(/\nJun {3}09 19:00 Win 11 24H2\/25H2 {2}Unplanned {2}KB5094126 \.8655 {2}= hotpatch\n/);
    expect(wide).toMatch(
      /\nJun {4}Tue 09 19:00 {2}Win 11 24H2\/25H2 {3}Unplanned baseline {2}KB5094126 \.8655 {3}= hotpatch\n/,
    );
    const coloured = renderCalendarText(cal, { color: true, width: 80 });
    expect(coloured).toContain('\x1b[31mBaseline\x1b[0m');
    for (const code of ['\x1b[31m', '\x1b[32m', '\x1b[33m']) expect(coloured).not.toContain(`${code}Jan`);
  });

  it("one line per month and product group, the release in the reader's zone (Tokyo: Wednesday 02:00)", () => {
    const text = renderCalendarText(yearCalendar(2026, { zone: 'Asia/Tokyo' }), { color: false });
    expect(text.split('\n')[0]).toBe(
      'Windows hotpatch calendar 2026 · release times in Asia/Tokyo · Patch Tuesday 10:00 Pacific',
    );
    // Windows 11 24H2 and 25H2 share KBs and revisions, so they share a line.
    expect(text).toMatch(/\nFeb +Wed 11 03:00 +Win 11 24H2\/25H2 +Hotpatch +KB5077212 \.7781 +KB5077181 \.7840\n/);
    expect(text).toMatch(/\nJan +Wed 14 03:00 +Win 11 24H2\/25H2 +Baseline +KB5074109 \.7623 += hotpatch\n/);
    expect(text).toContain('All columns, product ids and full builds: --wide.');
  });

  it('--wide keeps every column and explains release names once', () => {
    const text = renderCalendarText(cal2026(), { color: false, wide: true });
    expect(text).toMatch(
      /2026\.02 B +2026-02-10 +18:00 +2026-02-10 19:00 +windows-11-24h2 +Hotpatch \(no restart\) +KB5077212 \(26100\.7781\)/,
    );
    expect(text.match(/"2026\.01 B" is Microsoft's name/g)).toHaveLength(1);
    // No zone: no second, identical time column.
    const header = renderCalendarText(yearCalendar(2026), { color: false, wide: true }).split('\n')[0] ?? '';
    expect(header.match(/UTC/g)).toHaveLength(1);
  });
});

describe('month and weekday names', () => {
  it("the fixed tables are Intl's names for each language", () => {
    for (const m of [en, de]) {
      const months = new Intl.DateTimeFormat(m.tag, { month: 'short', timeZone: 'UTC' });
      expect(m.monthsShort).toEqual(
        Array.from({ length: 12 }, (_, i) => months.format(Date.UTC(2026, i, 15)).replace(/\.$/, '')),
      );
      const days = new Intl.DateTimeFormat(m.tag, { weekday: 'short', timeZone: 'UTC' });
      // 2026-02-01 was a Sunday.
      expect(m.weekdaysShort).toEqual(
        Array.from({ length: 7 }, (_, i) => days.format(Date.UTC(2026, 1, 1 + i)).replace(/\.$/, '')),
      );
    }
  });
});

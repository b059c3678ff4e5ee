import { fc, test } from '@fast-check/vitest';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { type CivilDate, formatCivilDate, yearCalendar } from '../../src/index.js';
import { renderIcs } from '../../src/render/index.js';

// RFC 5545 details of the iCalendar output, each at its edge: line folding counts octets (§3.1), stamps are UTC
// date-times (§3.3.5), and the options are checked at their limits.
const calendar = () => yearCalendar(2026, { products: ['windows-11-24h2'], include: ['oob', 'previews'] });
const octets = (line: string) => new TextEncoder().encode(line).length;
const unfold = (ics: string) => ics.replace(/\r\n /g, '');

describe('iCalendar lines', () => {
  it('a line of exactly 75 octets stays whole; one more folds', () => {
    const prefix = 'X-WR-CALNAME:';
    const fits = 'a'.repeat(75 - prefix.length);
    expect(renderIcs(calendar(), { name: fits })).toContain(`\r\n${prefix}${fits}\r\n`);
    expect(renderIcs(calendar(), { name: `${fits}b` })).toContain(`\r\n${prefix}${fits}\r\n b\r\n`);
  });
  it('folds count UTF-8 octets and never split a character: 2-, 3- and 4-byte characters', () => {
    for (const ch of ['é', '€', '😀']) {
      const name = ch.repeat(60);
      const ics = renderIcs(calendar(), { name });
      expect(unfold(ics)).toContain(`X-WR-CALNAME:${name}\r\n`);
      const lines = ics.split('\r\n');
      const first = lines.findIndex((l) => l.startsWith('X-WR-CALNAME:'));
      const folded = [lines[first] as string];
      for (let i = first + 1; lines[i]?.startsWith(' '); i++) folded.push(lines[i] as string);
      expect(folded.every((l) => octets(l) <= 75)).toBe(true);
      // Each piece is whole characters and as long as it may be: the next character would not fit.
      expect(folded.slice(0, -1).every((l) => octets(l) + octets(ch) > 75)).toBe(true);
      expect(
        folded
          .join('')
          .replace(/^X-WR-CALNAME:/, '')
          .replaceAll(' ', ''),
      ).toBe(name);
    }
  });
  // Any length from 0 (short lines take a shortcut) and any mix of 1- to 4-octet characters.
  test.prop([fc.array(fc.constantFrom('a', ' ', 'é', '€', '😀'), { maxLength: 120 }).map((cs) => cs.join(''))])(
    'every physical line is at most 75 octets and unfolding gives the name back, for any name',
    (name) => {
      const ics = renderIcs(calendar(), { name });
      expect(ics.split('\r\n').every((l) => octets(l) <= 75)).toBe(true);
      expect(unfold(ics)).toContain(`\r\nX-WR-CALNAME:${name.replace(/,/g, '\\,')}\r\n`);
    },
  );
  it('DTSTAMP and DTSTART/DTEND are UTC date-times to the second', () => {
    const ics = renderIcs(calendar(), { dtstamp: Date.UTC(2026, 0, 2, 3, 4, 5), durationMinutes: 61 });
    expect(ics).toContain('DTSTAMP:20260102T030405Z');
    // January 2026's Patch Tuesday release: 13 January, 18:00 UTC; 61 minutes later.
    expect(ics).toContain('DTSTART:20260113T180000Z\r\nDTEND:20260113T190100Z');
  });
  it('categories per event: baseline, hotpatch, unplanned; OOB and preview extras', () => {
    const events = unfold(renderIcs(calendar())).split('BEGIN:VEVENT').slice(1);
    const categories = (needle: string) => events.find((e) => e.includes(needle))?.match(/CATEGORIES:([^\r]*)/)?.[1];
    expect(categories('DTSTART:20260113T')).toBe('BASELINE');
    expect(categories('DTSTART:20260210T')).toBe('HOTPATCH');
    expect(categories('DTSTART:20260609T')).toBe('BASELINE,UNPLANNED');
    expect(categories('KB5121768')).toBe('OOB');
    expect(categories('KB5101684')).toBe('PREVIEW');
  });
});

describe('renderIcs options at their limits', () => {
  const render = (options: object) => () => renderIcs(calendar(), options);
  const refused = expect.objectContaining({ code: 'E_OPTION' });
  it('alarms: at most 10, each 0 to 40320 minutes', () => {
    expect(render({ alarmsMinutesBefore: Array.from({ length: 10 }, (_, i) => i) })()).toContain('TRIGGER:-PT9M');
    expect(render({ alarmsMinutesBefore: Array.from({ length: 11 }, (_, i) => i) })).toThrow(refused);
    expect(render({ alarmsMinutesBefore: 15 })).toThrow(refused);
    expect(render({ alarmsMinutesBefore: [0, 40_320] })()).toContain('TRIGGER:-PT40320M');
    expect(render({ alarmsMinutesBefore: [-1] })).toThrow(refused);
    expect(render({ alarmsMinutesBefore: [40_321] })).toThrow(refused);
  });
  it('the name: text of at most 200 characters', () => {
    expect(render({ name: 'n'.repeat(200) })).not.toThrow();
    expect(render({ name: 'n'.repeat(201) })).toThrow(refused);
    expect(render({ name: 5 })).toThrow(refused);
  });
  it('the duration: 1 to 1440 minutes', () => {
    expect(render({ durationMinutes: 1 })()).toContain('DTSTART:20260113T180000Z\r\nDTEND:20260113T180100Z');
    expect(render({ durationMinutes: 1440 })()).toContain('DTEND:20260114T180000Z');
    expect(render({ durationMinutes: 0 })).toThrow(refused);
    expect(render({ durationMinutes: 1441 })).toThrow(refused);
    expect(render({ durationMinutes: 1.5 })).toThrow(refused);
  });
});

// What each event says, read back by a real parser: the facts of published releases (from Microsoft's KB
// articles), at most two sources each, and a SEQUENCE that counts what is known.
describe('iCalendar events', () => {
  const events = (ics: string) => new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
  const byUid = (ics: string, uid: string) => {
    const found = events(ics).find((e) => String(e.getFirstPropertyValue('uid')) === uid);
    if (!found) throw new Error(`no event ${uid}`);
    return found;
  };
  const text = (e: ICAL.Component, name: string) => String(e.getFirstPropertyValue(name));

  it('per product: the channels, the release, and the first two sources of the month', () => {
    const cal = calendar();
    const june = byUid(renderIcs(cal, { events: 'per-product' }), 'windows-11-24h2-2026-06-B@hotpatch-calendar');
    const lines = text(june, 'description').split('\n');
    const urls = cal.rows.find((r) => r.month.month === 6)?.hotpatch.urls ?? [];
    expect(urls.length).toBeGreaterThan(2);
    expect(lines.filter((l) => l.startsWith('https://'))).toEqual(urls.slice(0, 2));
    // June 2026 was a baseline: one KB and one build on both channels (KB5094126, 26100.8655).
    expect(lines.filter((l) => l.includes('KB5094126 (26100.8655)'))).toHaveLength(2);
    expect(text(june, 'summary')).toMatch(/^Windows 11 Enterprise.*24H2.*: /);
  });

  it('a projected month: the one page its expectation rests on, no KB, SEQUENCE 0', () => {
    const cal = yearCalendar(2027, { products: ['windows-11-24h2'] });
    const december = byUid(renderIcs(cal, { events: 'per-product' }), 'windows-11-24h2-2027-12-B@hotpatch-calendar');
    const row = cal.rows.at(-1);
    expect(row?.source).toBe('projected');
    expect(row?.hotpatch.kb).toBeNull();
    expect(row?.hotpatch.urls).toHaveLength(1);
    const lines = text(december, 'description').split('\n');
    expect(lines.filter((l) => l.startsWith('https://'))).toEqual(row?.hotpatch.urls);
    expect(lines.at(-1)).toBe(row?.hotpatch.urls[0]);
    expect(text(december, 'description')).not.toMatch(/KB\d/);
    expect(Number(december.getFirstPropertyValue('sequence'))).toBe(0);
  });

  it('an out-of-band hotpatch: its KB, build, channel and two of its sources; SEQUENCE 3 (published, KB, build)', () => {
    const cal = calendar();
    const oob = cal.extras.find((x) => x.kb === 'KB5078167');
    expect(oob?.urls.length).toBe(3);
    const e = byUid(renderIcs(cal), 'windows-11-24h2-hotpatch-oob-hotpatch-KB5078167@hotpatch-calendar');
    expect(text(e, 'summary')).toMatch(/KB5078167$/);
    const lines = text(e, 'description').split('\n');
    expect(lines[1]).toMatch(/^KB5078167 \(26100\.7634\), /);
    expect(lines.slice(2)).toEqual(oob?.urls.slice(0, 2));
    expect(Number(e.getFirstPropertyValue('sequence'))).toBe(3);
  });

  it('a planned preview nobody has published yet: no KB, no build, SEQUENCE 0', () => {
    const cal = calendar();
    const planned = cal.extras.find((x) => x.kind === 'preview' && x.source === 'projected');
    expect(planned?.kb).toBeNull();
    const uid = `windows-11-24h2-standard-preview-${formatCivilDate(planned?.date as CivilDate)}@hotpatch-calendar`;
    const e = byUid(renderIcs(cal), uid);
    expect(text(e, 'summary')).not.toMatch(/KB\d/);
    expect(text(e, 'description')).not.toMatch(/\(26100\./);
    expect(Number(e.getFirstPropertyValue('sequence'))).toBe(0);
  });
});

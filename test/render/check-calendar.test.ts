import { describe, expect, it } from 'vitest';
import { yearCalendar } from '../../src/index.js';
import { renderJson } from '../../src/render/index.js';

// The renderers check every field of the calendar they are given: anything yearCalendar() would not make is
// E_TYPE naming the part (the header, rows[i] or extras[i]), one field at a time, and the largest values
// yearCalendar can make still pass. A check that let one field through would hide behind none of the others.

const base = () => yearCalendar(2026, { products: ['windows-11-24h2'], zone: 'Europe/Berlin', include: ['oob'] });
type Json = Record<string, unknown>;
/** The calendar with one field replaced, by path (`rows.0.hotpatch.kb`). */
const withField = (path: string, value: unknown): unknown => {
  const calendar = JSON.parse(JSON.stringify(base())) as Json;
  const keys = path.split('.');
  let at: Json = calendar;
  for (const key of keys.slice(0, -1)) at = at[key] as Json;
  at[keys.at(-1) as string] = value;
  return calendar;
};
const outcome = (calendar: unknown): string => {
  try {
    renderJson(calendar as never);
    return 'ok';
  } catch (error) {
    const e = error as { code: string; message: string };
    return `${e.code}: ${/calendar (.*?) is not what/.exec(e.message)?.[1] ?? e.message}`;
  }
};

describe('the calendar a renderer accepts', () => {
  it('a calendar as yearCalendar makes it', () => {
    expect(outcome(base())).toBe('ok');
  });
  it('not a record: the message says what it was', () => {
    expect(outcome(null)).toBe('E_TYPE: (null)');
    expect(outcome([])).toBe('E_TYPE: (object)');
    expect(outcome('calendar')).toBe('E_TYPE: (string)');
  });
  it('the header: a year 1..9999, a zone of text, the data date', () => {
    for (const [field, value] of [
      ['year', 0],
      ['year', 10_000],
      ['year', 2026.5],
      ['zone', 5],
      ['zone', 'z'.repeat(501)],
      ['retrieved', 'x2026-11-28'],
      ['retrieved', '2026-11-28x'],
      ['collectedFrom', '2026-11-2'],
      ['collectedFrom', null],
    ] as const)
      expect(outcome(withField(field, value)), `${field} ${value}`).toBe(
        'E_TYPE: header (year, zone, retrieved, collectedFrom)',
      );
    expect(outcome(withField('zone', 'z'.repeat(500)))).toBe('ok');
    expect(outcome(withField('year', 9999))).toBe('ok');
  });
  it('rows and extras: lists of at most 1000', () => {
    expect(outcome(withField('rows', 'x'))).toBe('E_TYPE: rows');
    expect(outcome(withField('extras', {}))).toBe('E_TYPE: extras');
    const row = base().rows[0];
    const extra = base().extras[0];
    expect(
      outcome(
        withField(
          'rows',
          Array.from({ length: 1000 }, () => row),
        ),
      ),
    ).toBe('ok');
    expect(
      outcome(
        withField(
          'rows',
          Array.from({ length: 1001 }, () => row),
        ),
      ),
    ).toBe('E_TYPE: rows');
    expect(
      outcome(
        withField(
          'extras',
          Array.from({ length: 1000 }, () => extra),
        ),
      ),
    ).toBe('ok');
    expect(
      outcome(
        withField(
          'extras',
          Array.from({ length: 1001 }, () => extra),
        ),
      ),
    ).toBe('E_TYPE: extras');
  });
  it('every field of a row, one at a time, named by the row', () => {
    const bad: [string, unknown][] = [
      ['', 'not a row'],
      ['', []],
      ['product', 5],
      ['product', 'windows-12'],
      ['productName', 5],
      ['productName', 'n'.repeat(501)],
      ['month', { year: 2026 }],
      ['month', { year: 2026, month: 13 }],
      ['month', { year: 0, month: 1 }],
      ['month', '2026-01'],
      ['patchTuesday', { year: 2026, month: 1 }],
      ['patchTuesday', { year: 2026, month: 1, day: 32 }],
      ['patchTuesday', { year: 2026, month: 0, day: 13 }],
      ['patchTuesday', { year: 10_000, month: 1, day: 13 }],
      ['release.utc', 'x'],
      ['release.local', '2026-01-13'],
      ['release.zone', 5],
      ['release.epochMilliseconds', 'x'],
      ['release', 'x'],
      ['plannedKind', 'x'],
      ['kind', 5],
      ['unplanned', 'yes'],
      ['status', 'x'],
      ['names.shortName', '2026-01'],
      ['names.msrcId', 'January'],
      ['hotpatch.kind', 'x'],
      ['hotpatch.kb', 'KB1'],
      ['hotpatch.build', '1'],
      ['hotpatch.restartRequired', 'yes'],
      ['hotpatch.source', 'x'],
      ['hotpatch.urls', 'https://learn.microsoft.com/'],
      ['hotpatch.urls', ['http://learn.microsoft.com/']],
      ['hotpatch.urls', ['xhttps://learn.microsoft.com/']],
      ['hotpatch.urls', ['https://learn.microsoft.com/<x']],
      ['hotpatch.urls', [`https://learn.microsoft.com/${'a'.repeat(473)}`]],
      ['hotpatch.urls', Array.from({ length: 21 }, () => 'https://learn.microsoft.com/')],
      ['hotpatch.urls', ['https://learn.microsoft.com/', 5]],
      ['hotpatch.newestPublished', '2026'],
      ['standard.kb', 5],
      ['source', 'x'],
    ];
    for (const [field, value] of bad)
      expect(outcome(withField(field ? `rows.0.${field}` : 'rows.0', value)), field).toBe('E_TYPE: rows[0]');
    expect(outcome(withField('rows.0.productName', 'n'.repeat(500)))).toBe('ok');
    expect(outcome(withField('rows.0.hotpatch.urls', [`https://learn.microsoft.com/${'a'.repeat(472)}`]))).toBe('ok');
    expect(
      outcome(
        withField(
          'rows.0.hotpatch.urls',
          Array.from({ length: 20 }, () => 'https://a.b/'),
        ),
      ),
    ).toBe('ok');
    expect(outcome(withField('rows.0.hotpatch.kb', null))).toBe('ok');
    expect(outcome(withField('rows.0.hotpatch.restartRequired', null))).toBe('ok');
  });
  it('every field of an extra release, one at a time, named by its position', () => {
    const bad: [string, unknown][] = [
      ['product', 5],
      ['product', 'x'],
      ['productName', 5],
      ['month', { year: 2026, month: 0 }],
      ['channel', 'beta'],
      ['kind', 'baseline-ish'],
      ['kb', 'KB1'],
      ['build', '26100'],
      ['date', { year: 2026, month: 2, day: 0 }],
      ['release.utc', 'x'],
      ['restartRequired', null],
      ['source', 'x'],
      ['urls', ['http://x.y/']],
    ];
    for (const [field, value] of bad)
      expect(outcome(withField(`extras.0.${field}`, value)), field).toBe('E_TYPE: extras[0]');
    expect(outcome(withField('extras.0.kb', null))).toBe('ok');
    expect(outcome(withField('extras.0.channel', 'standard'))).toBe('ok');
  });
});

import { describe, expect, it } from 'vitest';
import { isSealedCalendar, yearCalendar } from '../../src/index.js';
import { renderIcs, renderJson } from '../../src/render/index.js';

// yearCalendar's results are frozen to the leaves and known by identity, so renderers check them once, where
// they are made; everything else is checked field by field.
describe('sealed calendars', () => {
  const cal = yearCalendar(2026, { products: ['windows-11-24h2', 'windows-server-2025'], include: ['oob'] });

  it("yearCalendar's result is sealed; a copy, a JSON round trip and non-objects are not", () => {
    expect(isSealedCalendar(cal)).toBe(true);
    expect(isSealedCalendar({ ...cal })).toBe(false);
    expect(isSealedCalendar(JSON.parse(JSON.stringify(cal)))).toBe(false);
    for (const value of [null, undefined, 0, 'calendar', []]) expect(isSealedCalendar(value)).toBe(false);
  });

  it('every record and list in it is frozen, so it cannot change after the check', () => {
    const unfrozen: string[] = [];
    const walk = (value: unknown, path: string): void => {
      if (typeof value !== 'object' || value === null) return;
      if (!Object.isFrozen(value)) unfrozen.push(path);
      for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
    };
    walk(cal, 'calendar');
    expect(unfrozen).toEqual([]);
    const row = cal.rows[0] as { hotpatch: { kb: string | null } };
    expect(() => {
      row.hotpatch.kb = 'KB0000000';
    }).toThrow(TypeError);
    expect(() => (cal.rows as unknown[]).push({})).toThrow(TypeError);
  });

  it('a copy with a tampered field is still refused, and an intact copy renders the same bytes', () => {
    const rows = cal.rows.map((r, i) => (i === 3 ? { ...r, hotpatch: { ...r.hotpatch, kb: 'KB1\r\nX:1' } } : r));
    expect(() => renderIcs({ ...cal, rows })).toThrow(expect.objectContaining({ code: 'E_TYPE' }));
    expect(renderIcs({ ...cal })).toBe(renderIcs(cal));
    expect(renderJson(JSON.parse(JSON.stringify(cal)))).toBe(renderJson(cal));
  });
});

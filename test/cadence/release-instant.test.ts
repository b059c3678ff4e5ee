import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { fromEpochDay, patchTuesday, releaseInstant, toZonedInstant } from '../../src/index.js';
import { _pacificTenAm, _pacificTenAmFromZoneData } from '../../src/cadence/release-instant.js';
import { _epochDay } from '../../src/time/civil-date.js';
import { anyMonth } from '../support/arbitraries.js';

describe('releaseInstant', () => {
  it("releaseInstant('2025-04', { zone: 'Europe/Berlin' }) → 17:00Z, 19:00+02:00", () => {
    expect(releaseInstant('2025-04', { zone: 'Europe/Berlin' })).toEqual({
      utc: '2025-04-08T17:00:00Z',
      local: '2025-04-08T19:00:00+02:00',
      zone: 'Europe/Berlin',
      epochMilliseconds: Date.UTC(2025, 3, 8, 17),
    });
  });
  it.each([
    ['2026-11', '2026-11-10T18:00:00Z'],
    ['2025-11', '2025-11-11T18:00:00Z'],
    ['2027-03', '2027-03-09T18:00:00Z'], // Patch Tuesday 9 March 2027, DST starts 14 March
    ['2026-03', '2026-03-10T17:00:00Z'], // DST started 8 March 2026
    ['2026-02', '2026-02-10T18:00:00Z'],
    ['2026-06', '2026-06-09T17:00:00Z'],
  ])('%s → %s', (ym, utc) => {
    expect(releaseInstant(ym).utc).toBe(utc);
  });
  it.each(['Asia/Tokyo', 'Australia/Sydney', 'Pacific/Auckland'])('lands on Wednesday in %s', (zone) => {
    for (const month of [1, 4, 7, 10, 11]) {
      const local = releaseInstant({ year: 2026, month }, { zone }).local;
      const day = Number(local.slice(8, 10));
      expect(day).toBe(patchTuesday(2026, month).day + 1);
    }
  });
  it('the D release is the fourth Tuesday at 10:00 Pacific', () => {
    expect(releaseInstant('2026-06', { release: 'D' }).utc).toBe('2026-06-23T17:00:00Z');
  });
  it('UTC is 17:00Z or 18:00Z and equals luxon converting 10:00 America/Los_Angeles (years 1884..9999)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1884, max: 9999 }),
        anyMonth,
        fc.constantFrom('B', 'D' as const),
        (year, month, release) => {
          const r = releaseInstant({ year, month }, { release });
          const tuesday = patchTuesday(year, month).day + (release === 'D' ? 14 : 0);
          const oracle = DateTime.fromObject(
            { year, month, day: tuesday, hour: 10 },
            { zone: 'America/Los_Angeles' },
          ).toUTC();
          return (
            r.epochMilliseconds === oracle.toMillis() && (r.utc.endsWith('T17:00:00Z') || r.utc.endsWith('T18:00:00Z'))
          );
        },
      ),
    );
  });
  it('before Pacific Standard Time existed (1883) uses PST: 18:00Z, never local mean time', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1882 }), anyMonth, (year, month) =>
        releaseInstant({ year, month }).utc.endsWith('T18:00:00Z'),
      ),
    );
  });
  it('local is the same instant as utc (years 1950..9999, where no zone keeps offset seconds)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1950, max: 9999 }),
        anyMonth,
        fc.constantFrom('Asia/Kolkata', 'America/St_Johns', 'Pacific/Kiritimati', 'Europe/Berlin'),
        (year, month, zone) => {
          const r = releaseInstant({ year, month }, { zone });
          return DateTime.fromISO(r.local, { setZone: true }).toMillis() === r.epochMilliseconds;
        },
      ),
    );
  });
  it('keeps offset seconds of local mean time, as Temporal prints them', () => {
    expect(releaseInstant('1850-11', { zone: 'Asia/Kolkata' }).local).toBe('1850-11-12T23:53:28+05:53:28');
  });
  it('rejects an unknown zone', () => {
    expect(() => releaseInstant('2026-07', { zone: 'Mars/Base' })).toThrow(expect.objectContaining({ code: 'E_ZONE' }));
  });
  it('rejects an unknown release', () => {
    expect(() => releaseInstant('2026-07', { release: 'C' as 'B' })).toThrow(
      expect.objectContaining({ code: 'E_OPTION' }),
    );
  });
});

describe('toZonedInstant', () => {
  it('shows an instant in Tokyo', () => {
    expect(toZonedInstant(Date.UTC(2026, 6, 14, 17), 'Asia/Tokyo').local).toBe('2026-07-15T02:00:00+09:00');
  });
  it('rejects fractional milliseconds', () => {
    expect(() => toZonedInstant(1.5, 'UTC')).toThrow(expect.objectContaining({ code: 'E_DATE_RANGE' }));
  });
});

describe('10:00 Pacific by arithmetic (the US rule since 2007) equals the time-zone database', () => {
  it('property: every day from 2007 to 2200, including both switch Sundays', () => {
    fc.assert(
      fc.property(fc.integer({ min: _epochDay(2007, 1, 1), max: _epochDay(2200, 12, 31) }), (day) => {
        const date = fromEpochDay(day);
        expect(_pacificTenAm(date)).toBe(_pacificTenAmFromZoneData(date));
      }),
    );
  });
  it.each([
    // 2026: daylight time from 8 March to 1 November; 10:00 on both Sundays is already on the new side.
    ['2026-03-07', '2026-03-07T18:00:00Z'],
    ['2026-03-08', '2026-03-08T17:00:00Z'],
    ['2026-10-31', '2026-10-31T17:00:00Z'],
    ['2026-11-01', '2026-11-01T18:00:00Z'],
    ['2007-03-11', '2007-03-11T17:00:00Z'],
    ['2006-04-02', '2006-04-02T17:00:00Z'],
    ['2006-03-12', '2006-03-12T18:00:00Z'],
  ])('%s → %s', (text, utc) => {
    const [y, m, d] = text.split('-').map(Number) as [number, number, number];
    expect(new Date(_pacificTenAm({ year: y, month: m, day: d })).toISOString().replace('.000', '')).toBe(utc);
  });
});

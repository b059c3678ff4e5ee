import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { maintenanceWindows } from '../../src/index.js';
import { _wallToEpochMs } from '../../src/time/zone.js';

const iso = (ms: number): string => new Date(ms).toISOString().replace('.000', '');
const wall = (date: string, hh: number, mm: number, zone: string): string => {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return iso(_wallToEpochMs({ year, month, day }, hh, mm, zone));
};

describe('a wall-clock time in a zone becomes one instant (Temporal "compatible")', () => {
  it('an ambiguous time after clocks go back is the earlier instant (summer time still on)', () => {
    // Berlin: 03:00 CEST → 02:00 CET on 2026-10-25, so 02:30 happens at 00:30Z and again at 01:30Z.
    expect(wall('2026-10-25', 2, 30, 'Europe/Berlin')).toBe('2026-10-25T00:30:00Z');
    // New York: 02:00 EDT → 01:00 EST on 2026-11-01, so 01:30 happens at 05:30Z and 06:30Z.
    expect(wall('2026-11-01', 1, 30, 'America/New_York')).toBe('2026-11-01T05:30:00Z');
    // Sydney: 03:00 AEDT → 02:00 AEST on 2026-04-05.
    expect(wall('2026-04-05', 2, 30, 'Australia/Sydney')).toBe('2026-04-04T15:30:00Z');
    // Lord Howe Island moves its clocks by 30 minutes: 02:00 (+11:00) → 01:30 (+10:30).
    expect(wall('2026-04-05', 1, 45, 'Australia/Lord_Howe')).toBe('2026-04-04T14:45:00Z');
  });

  it('a skipped time before clocks go forward moves forward by the gap', () => {
    // Berlin: 02:00 CET → 03:00 CEST on 2026-03-29: 02:30 does not exist and becomes 03:30 CEST.
    expect(wall('2026-03-29', 2, 30, 'Europe/Berlin')).toBe('2026-03-29T01:30:00Z');
    // New York: 02:00 EST → 03:00 EDT on 2026-03-08.
    expect(wall('2026-03-08', 2, 30, 'America/New_York')).toBe('2026-03-08T07:30:00Z');
    // Sydney: 02:00 AEST → 03:00 AEDT on 2026-10-04.
    expect(wall('2026-10-04', 2, 15, 'Australia/Sydney')).toBe('2026-10-03T16:15:00Z');
  });

  it('the day after a change uses the new offset (the offset of the day before would be an hour off)', () => {
    expect(wall('2026-10-26', 2, 30, 'Europe/Berlin')).toBe('2026-10-26T01:30:00Z');
    expect(wall('2026-03-30', 2, 30, 'Europe/Berlin')).toBe('2026-03-30T00:30:00Z');
    expect(wall('2026-11-02', 1, 30, 'America/New_York')).toBe('2026-11-02T06:30:00Z');
    // The day before a change still uses the old one.
    expect(wall('2026-10-24', 2, 30, 'Europe/Berlin')).toBe('2026-10-24T00:30:00Z');
  });

  it('times away from a change are the plain offset, in zones with and without summer time', () => {
    expect(wall('2026-07-14', 10, 0, 'America/Los_Angeles')).toBe('2026-07-14T17:00:00Z');
    expect(wall('2026-01-13', 10, 0, 'America/Los_Angeles')).toBe('2026-01-13T18:00:00Z');
    expect(wall('2026-01-13', 4, 0, 'Asia/Kolkata')).toBe('2026-01-12T22:30:00Z');
    expect(wall('2026-01-13', 0, 0, 'UTC')).toBe('2026-01-13T00:00:00Z');
  });

  it('a maintenance window on the ambiguous hour starts at the earlier instant', () => {
    // Patch Tuesday 2026-10-13 + 12 days = Sunday 2026-10-25, the night Berlin leaves summer time.
    const [w] = maintenanceWindows(
      { from: '2026-10', to: '2026-10' },
      { offsetDays: 12, time: '02:30', zone: 'Europe/Berlin', durationMinutes: 60 },
    );
    expect(w?.start).toMatchObject({ utc: '2026-10-25T00:30:00Z', local: '2026-10-25T02:30:00+02:00' });
    // One hour later by the clock on the wall is 02:30 again, now in winter time.
    expect(w?.end).toMatchObject({ utc: '2026-10-25T01:30:00Z', local: '2026-10-25T02:30:00+01:00' });
  });

  const zones = ['Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'America/Santiago', 'Asia/Tokyo'];
  it('property: every instant is found again from its own wall time, or an earlier instant with the same wall time', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: Date.UTC(1990, 0, 1) / 60_000, max: Date.UTC(2040, 0, 1) / 60_000 }),
        (zone, minutes) => {
          const t = minutes * 60_000;
          const local = DateTime.fromMillis(t, { zone });
          const found = _wallToEpochMs(local, local.hour, local.minute, zone);
          const back = DateTime.fromMillis(found, { zone });
          return (
            found <= t &&
            t - found <= 3_600_000 &&
            back.toFormat('yyyy-MM-dd HH:mm') === local.toFormat('yyyy-MM-dd HH:mm')
          );
        },
      ),
    );
  });
});

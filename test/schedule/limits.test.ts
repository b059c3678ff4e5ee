import { describe, expect, it } from 'vitest';
import { maintenanceWindows, toCron, toRrule } from '../../src/index.js';

// Each export format at the edge of what it can say: RRULE and cron name a day-of-month range of one week, so
// they reach from the first week of the month (Patch Tuesday - 7) to the fourth (Patch Tuesday + 14).
const rule = (offsetDays: number) => ({ offsetDays, time: '02:00', zone: 'Europe/Berlin', durationMinutes: 60 });
const refused = (code: string) => expect.objectContaining({ code });

describe('RRULE and cron reach -7..14 days from Patch Tuesday', () => {
  it('RRULE: the first and the fourth week, not beyond', () => {
    expect(toRrule(rule(-7), { year: 2026, month: 7 })).toBe(
      'DTSTART;TZID=Europe/Berlin:20260707T020000\r\nRRULE:FREQ=MONTHLY;BYDAY=TU;BYMONTHDAY=1,2,3,4,5,6,7',
    );
    expect(toRrule(rule(14), { year: 2026, month: 7 })).toBe(
      'DTSTART;TZID=Europe/Berlin:20260728T020000\r\nRRULE:FREQ=MONTHLY;BYDAY=TU;BYMONTHDAY=22,23,24,25,26,27,28',
    );
    expect(() => toRrule(rule(-8), { year: 2026, month: 7 })).toThrow(refused('E_SCHEDULE'));
    expect(() => toRrule(rule(15), { year: 2026, month: 7 })).toThrow(refused('E_SCHEDULE'));
  });
  it('cron: the same range as day-of-month, the weekday in the guard', () => {
    expect(toCron(rule(-7), 'x').expression).toBe('0 2 1-7 * *');
    expect(toCron(rule(14), 'x').expression).toBe('0 2 22-28 * *');
    expect(() => toCron(rule(-8), 'x')).toThrow(refused('E_SCHEDULE'));
    expect(() => toCron(rule(15), 'x')).toThrow(refused('E_SCHEDULE'));
  });
  it('cron: one line of 1 to 1000 characters without %, CR or LF', () => {
    expect(toCron(rule(3), 'c'.repeat(1000)).crontab.endsWith(`&& ${'c'.repeat(1000)}`)).toBe(true);
    for (const command of ['', 'c'.repeat(1001), 'a\nb', 'a\rb', 'date +%F', 5])
      expect(() => toCron(rule(3), command as never), String(command).slice(0, 10)).toThrow(refused('E_SCHEDULE'));
  });
});

describe('maintenanceWindows ranges', () => {
  it('from at most 1,200 months before to; never backwards', () => {
    expect(maintenanceWindows({ from: '2000-01', to: '2100-01' }, rule(3))).toHaveLength(1201);
    expect(() => maintenanceWindows({ from: '2000-01', to: '2100-02' }, rule(3))).toThrow(refused('E_INTERVAL'));
    expect(() => maintenanceWindows({ from: '2026-02', to: '2026-01' }, rule(3))).toThrow(refused('E_INTERVAL'));
    expect(maintenanceWindows({ from: '2026-02', to: '2026-02' }, rule(3))).toHaveLength(1);
  });
  it('a window pushed out of years 1..9999 by its offset is refused', () => {
    expect(() => maintenanceWindows({ from: '9999-12', to: '9999-12' }, rule(25))).toThrow(refused('E_DATE_RANGE'));
    expect(() => maintenanceWindows({ from: '0001-01', to: '0001-01' }, rule(-14))).toThrow(refused('E_DATE_RANGE'));
    expect(maintenanceWindows({ from: '9999-12', to: '9999-12' }, rule(14))[0]?.date).toEqual({
      year: 9999,
      month: 12,
      day: 28,
    });
  });
  it('the time of day: HH:MM, midnight when not given', () => {
    const noTime = { offsetDays: 0, zone: 'UTC', durationMinutes: 60 };
    expect(maintenanceWindows({ from: '2026-07', to: '2026-07' }, noTime as never)[0]?.start.utc).toBe(
      '2026-07-14T00:00:00Z',
    );
    expect(() => maintenanceWindows({ from: '2026-07', to: '2026-07' }, { ...noTime, time: 200 } as never)).toThrow();
  });
});

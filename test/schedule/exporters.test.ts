import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import rrulePkg from 'rrule';
import { describe, expect, it } from 'vitest';
import {
  maintenanceWindows,
  patchTuesday,
  toAwsSchedule,
  toAzureRecurrence,
  toCron,
  toGcpRecurringSchedule,
  toRrule,
  type WindowRule,
} from '../../src/index.js';

const { rrulestr } = rrulePkg;
const rule = (offsetDays: number): WindowRule => ({
  offsetDays,
  time: '02:30',
  zone: 'Europe/Berlin',
  durationMinutes: 180,
});
const iso = (d: { year: number; month: number; day: number }): string =>
  `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
// Expected local dates: Patch Tuesday + N, computed with UTC Date arithmetic (an oracle independent of the library).
function expected(year: number, month: number, n: number): string {
  const pt = patchTuesday(year, month);
  return new Date(Date.UTC(year, month - 1, pt.day + n)).toISOString().slice(0, 10);
}
function nthWeekday(year: number, month: number, weekday: number, n: number): number {
  const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  return 1 + ((weekday - first + 7) % 7) + 7 * (n - 1);
}
const ORD = { First: 1, Second: 2, Third: 3, Fourth: 4 } as const;

describe('maintenanceWindows', () => {
  it('Patch Tuesday + 3 at 02:00 Berlin, across the October DST change', () => {
    const w = maintenanceWindows(
      { from: '2026-07', to: '2026-11' },
      { offsetDays: 3, time: '02:00', zone: 'Europe/Berlin', durationMinutes: 180 },
    );
    expect(w.map((x) => x.start.local)).toEqual([
      '2026-07-17T02:00:00+02:00',
      '2026-08-14T02:00:00+02:00',
      '2026-09-11T02:00:00+02:00',
      '2026-10-16T02:00:00+02:00',
      '2026-11-13T02:00:00+01:00',
    ]);
    expect(w[0]?.end.local).toBe('2026-07-17T05:00:00+02:00');
  });
  it('a local time skipped by spring-forward moves forward by the gap', () => {
    // 2027-03-14 is the US switch: Patch Tuesday 9 March + 5 days at 02:30 in Los Angeles does not exist.
    const [w] = maintenanceWindows(
      { from: '2027-03', to: '2027-03' },
      { offsetDays: 5, time: '02:30', zone: 'America/Los_Angeles', durationMinutes: 60 },
    );
    expect(w?.start.local).toBe('2027-03-14T03:30:00-07:00');
  });
  it('rejects bad rules', () => {
    expect(() => maintenanceWindows({ from: '2026-01', to: '2026-02' }, { ...rule(31) })).toThrow(
      expect.objectContaining({ code: 'E_SCHEDULE' }),
    );
    expect(() => maintenanceWindows({ from: '2026-01', to: '2026-02' }, { ...rule(1), time: '24:00' })).toThrow(
      expect.objectContaining({ code: 'E_SCHEDULE' }),
    );
    expect(() => maintenanceWindows({ from: '2026-03', to: '2026-02' }, rule(1))).toThrow(
      expect.objectContaining({ code: 'E_INTERVAL' }),
    );
  });
});

describe('exporters expand back to the same dates', () => {
  const months = fc.record({ year: fc.integer({ min: 2000, max: 2100 }), month: fc.integer({ min: 1, max: 12 }) });

  it('Azure recurEvery', () => {
    fc.assert(
      fc.property(fc.integer({ min: -13, max: 20 }), months, (n, { year, month }) => {
        const m = /^Month (First|Second|Third|Fourth) Tuesday Offset(-?\d)$/.exec(
          toAzureRecurrence(rule(n)).recurEvery,
        );
        if (!m) return false;
        const day = nthWeekday(year, month, 2, ORD[m[1] as keyof typeof ORD]) + Number(m[2]);
        return (
          new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10) === expected(year, month, n) &&
          Math.abs(Number(m[2])) <= 6
        );
      }),
    );
    expect(toAzureRecurrence(rule(3)).recurEvery).toBe('Month Second Tuesday Offset3');
    expect(toAzureRecurrence(rule(9))).toMatchObject({
      recurEvery: 'Month Third Tuesday Offset2',
      note: expect.stringContaining('third'),
    });
    expect(() => toAzureRecurrence(rule(21))).toThrow(expect.objectContaining({ code: 'E_SCHEDULE' }));
    expect(() => toAzureRecurrence(rule(-14))).toThrow(expect.objectContaining({ code: 'E_SCHEDULE' }));
  });

  it('AWS cron with ScheduleOffset', () => {
    fc.assert(
      fc.property(fc.integer({ min: -7, max: 20 }), months, (n, { year, month }) => {
        const s = toAwsSchedule(rule(n));
        const m = /^cron\(30 2 \? \* TUE#([1-4]) \*\)$/.exec(s.schedule);
        if (!m) return false;
        const offset = s.scheduleOffset ?? 0;
        const day = nthWeekday(year, month, 2, Number(m[1])) + offset;
        return (
          offset >= 0 &&
          offset <= 6 &&
          new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10) === expected(year, month, n)
        );
      }),
    );
    expect(() => toAwsSchedule(rule(-8))).toThrow(expect.objectContaining({ code: 'E_SCHEDULE' }));
  });

  it('GCP weekDayOfMonth', () => {
    fc.assert(
      fc.property(fc.integer({ min: -30, max: 30 }), months, (n, { year, month }) => {
        const g = toGcpRecurringSchedule(rule(n)).monthly.weekDayOfMonth;
        const day = nthWeekday(year, month, 2, g.weekOrdinal) + g.dayOffset;
        return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10) === expected(year, month, n);
      }),
    );
  });

  it('RRULE, expanded by rrule.js', () => {
    fc.assert(
      fc.property(fc.integer({ min: -7, max: 14 }), fc.integer({ min: 2020, max: 2060 }), (n, year) => {
        const text = toRrule({ ...rule(n), zone: 'UTC' }, { year, month: 1 });
        const dates = rrulestr(text.replace(';TZID=UTC:', ':').replace(/T(\d{6})\r\n/, 'T$1Z\n')).all(
          (_d, i) => i < 24,
        );
        return (
          dates.length === 24 &&
          dates.every((d, i) => d.toISOString().slice(0, 10) === expected(year + Math.floor(i / 12), (i % 12) + 1, n))
        );
      }),
    );
    expect(() => toRrule(rule(15), { year: 2026, month: 1 })).toThrow(expect.objectContaining({ code: 'E_SCHEDULE' }));
  });

  it('cron: day-of-month range plus weekday guard selects exactly the right days (and the OR trap would not)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -7, max: 14 }), fc.integer({ min: 2020, max: 2060 }), (n, year) => {
        const c = toCron(rule(n), '/bin/true');
        const [, , dom] = c.expression.split(' ');
        const [lo, hi] = (dom as string).split('-').map(Number) as [number, number];
        const wd = Number(/-eq (\d)/.exec(c.guard)?.[1]);
        for (let month = 1; month <= 12; month++) {
          const runs: string[] = [];
          for (let day = 1; day <= 31; day++) {
            const d = new Date(Date.UTC(year, month - 1, day));
            if (d.getUTCMonth() !== month - 1) break;
            const isoWd = d.getUTCDay() === 0 ? 7 : d.getUTCDay();
            if (day >= lo && day <= hi && isoWd === wd) runs.push(d.toISOString().slice(0, 10));
          }
          if (runs.length !== 1 || runs[0] !== expected(year, month, n)) return false;
        }
        return true;
      }),
    );
    const c = toCron(rule(3), '/usr/local/bin/patch');
    expect(c.expression.endsWith('* *')).toBe(true);
    expect(c.warning).toMatch(/EITHER/);
    expect(() => toCron(rule(3), 'echo 100%')).toThrow(expect.objectContaining({ code: 'E_SCHEDULE' }));
  });

  it("cron: the guard reads the weekday in the window's zone, so a Tokyo job runs on the right day on a UTC host", () => {
    // Patch Tuesday 2026-07-14 + 4 = Saturday 2026-07-18. At 05:00 that Saturday in Tokyo it is still Friday
    // 20:00 in UTC: a guard that asked the host's clock would say "Friday" and skip the job.
    const c = toCron({ offsetDays: 4, time: '05:00', zone: 'Asia/Tokyo', durationMinutes: 60 }, 'echo ran');
    expect(c.crontab.split('\n')[1]).toMatch(/^0 5 12-18 \* \* /);
    const bin = mkdtempSync(join(tmpdir(), 'cron-guard-'));
    const fakeDate = join(bin, 'date');
    // `date` pinned to 2026-07-17T20:00:00Z; it still honours TZ, as the real one does.
    writeFileSync(
      fakeDate,
      `#!/bin/sh\nexec ${execFileSync('sh', ['-c', 'command -v date']).toString().trim()} -d @1784318400 "$@"\n`,
    );
    chmodSync(fakeDate, 0o755);
    const run = (line: string): string =>
      execFileSync('sh', ['-c', line.replaceAll('\\%', '%')], {
        env: { PATH: `${bin}:${process.env['PATH'] ?? ''}`, TZ: 'UTC' },
      }).toString();
    try {
      expect(run('date +%u')).toBe('5\n'); // the host (UTC) thinks it is Friday
      expect(run(`${c.guard} echo ran`)).toBe('ran\n'); // the guard knows it is Saturday in Tokyo
      const friday = toCron({ offsetDays: 3, time: '05:00', zone: 'Asia/Tokyo', durationMinutes: 60 }, 'echo ran');
      expect(run(`${friday.guard} echo ran || true`)).toBe('');
    } finally {
      rmSync(bin, { recursive: true, force: true });
    }
  });

  it('the windows and the exporters agree on dates', () => {
    const w = maintenanceWindows({ from: '2026-01', to: '2026-12' }, rule(4));
    expect(w.map((x) => iso(x.date))).toEqual(Array.from({ length: 12 }, (_, i) => expected(2026, i + 1, 4)));
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { awsMaintenanceWindowTemplate, gcpPatchDeployment } from '../../src/deploy/index.js';
import { formatCivilDate, maintenanceWindows } from '../../src/index.js';

/** The nth Tuesday of a month (UTC calendar arithmetic, independent of the library). */
function nthTuesday(year: number, month: number, n: number): Date {
  const first = new Date(Date.UTC(year, month - 1, 1));
  const toTuesday = (2 - first.getUTCDay() + 7) % 7;
  return new Date(Date.UTC(year, month - 1, 1 + toTuesday + (n - 1) * 7));
}

describe('AWS Systems Manager maintenance window (CloudFormation)', () => {
  it('a whole template: name, schedule, offset, zone, duration, a cutoff shorter than the window', () => {
    const t = awsMaintenanceWindowTemplate(
      { offsetDays: 3, time: '02:00', zone: 'Asia/Tokyo', durationMinutes: 150 },
      { name: 'ring-1' },
    );
    expect(t.AWSTemplateFormatVersion).toBe('2010-09-09');
    expect(t.Resources.PatchTuesdayWindow).toEqual({
      Type: 'AWS::SSM::MaintenanceWindow',
      Properties: {
        Name: 'ring-1',
        Schedule: 'cron(0 2 ? * TUE#2 *)',
        ScheduleOffset: 3,
        ScheduleTimezone: 'Asia/Tokyo',
        Duration: 3,
        Cutoff: 1,
        AllowUnassociatedTargets: false,
      },
    });
    expect(() =>
      awsMaintenanceWindowTemplate({ offsetDays: 3, time: '02:00', zone: 'UTC', durationMinutes: 60 }, { name: 'a b' }),
    ).toThrow(expect.objectContaining({ code: 'E_OPTION' }));
    expect(() =>
      awsMaintenanceWindowTemplate({ offsetDays: -9, time: '02:00', zone: 'UTC', durationMinutes: 60 }),
    ).toThrow(expect.objectContaining({ code: 'E_SCHEDULE' }));
  });

  it('the description, the default name and the offset say where the window falls', () => {
    const t = (offsetDays: number) =>
      awsMaintenanceWindowTemplate({ offsetDays, time: '02:00', zone: 'UTC', durationMinutes: 60 });
    expect(t(3).Description).toBe('Maintenance window: Patch Tuesday + 3 days at 02:00 UTC');
    expect(t(-2).Description).toBe('Maintenance window: Patch Tuesday - 2 days at 02:00 UTC');
    expect([t(3), t(0), t(-2)].map((x) => x.Resources.PatchTuesdayWindow.Properties.Name)).toEqual([
      'patch-tuesday-plus-3',
      'patch-tuesday-plus-0',
      'patch-tuesday-minus-2',
    ]);
    // On Patch Tuesday itself the cron names the day: no offset.
    expect('ScheduleOffset' in t(0).Resources.PatchTuesdayWindow.Properties).toBe(false);
    expect(t(-2).Resources.PatchTuesdayWindow.Properties).toMatchObject({
      Schedule: 'cron(0 2 ? * TUE#1 *)',
      ScheduleOffset: 5,
    });
    const rule = { offsetDays: 3, time: '02:00', zone: 'UTC', durationMinutes: 60 };
    expect(awsMaintenanceWindowTemplate(rule, { name: 'abc' }).Resources.PatchTuesdayWindow.Properties.Name).toBe(
      'abc',
    );
    for (const name of ['ab', 12345, 'a'.repeat(129)])
      expect(() => awsMaintenanceWindowTemplate(rule, { name } as never), String(name)).toThrow(
        expect.objectContaining({ code: 'E_OPTION' }),
      );
  });

  it("property: TUE#n plus ScheduleOffset lands on the same day as the library's windows, for two years", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -7, max: 20 }),
        fc.integer({ min: 1, max: 1440 }),
        fc.integer({ min: 2024, max: 2040 }),
        (offsetDays, minutes, year) => {
          const rule = { offsetDays, time: '04:30', zone: 'UTC', durationMinutes: minutes };
          const p = awsMaintenanceWindowTemplate(rule).Resources.PatchTuesdayWindow.Properties;
          const week = Number(/TUE#([1-4])/.exec(p.Schedule)?.[1]);
          const offset = p.ScheduleOffset ?? 0;
          if (offset < 0 || offset > 6 || p.Cutoff >= Math.max(p.Duration, 1) || p.Duration < 1 || p.Duration > 24)
            return false;
          const windows = maintenanceWindows({ from: `${year}-01`, to: `${year + 1}-12` }, rule);
          return windows.every((w) => {
            const d = nthTuesday(w.month.year, w.month.month, week);
            d.setUTCDate(d.getUTCDate() + offset);
            return d.toISOString().slice(0, 10) === formatCivilDate(w.date);
          });
        },
      ),
    );
  });
});

describe('Google Cloud OS Config patch deployment', () => {
  it('all VMs, critical and security updates, restart when needed, the window and its length', () => {
    expect(
      gcpPatchDeployment({ offsetDays: -2, time: '23:15', zone: 'America/New_York', durationMinutes: 90 }),
    ).toEqual({
      instanceFilter: { all: true },
      patchConfig: { rebootConfig: 'DEFAULT', windowsUpdate: { classifications: ['CRITICAL', 'SECURITY'] } },
      duration: '5400s',
      recurringSchedule: {
        timeZone: { id: 'America/New_York' },
        timeOfDay: { hours: 23, minutes: 15 },
        frequency: 'MONTHLY',
        monthly: { weekDayOfMonth: { weekOrdinal: 2, dayOfWeek: 'TUESDAY', dayOffset: -2 } },
      },
    });
  });
});

// "Patch Tuesday + 3 days at 02:00 Berlin, for 3 hours": the windows, and the same rule for each scheduler.
import assert from 'node:assert/strict';
import {
  maintenanceWindows,
  toAwsSchedule,
  toAzureRecurrence,
  toCron,
  toGcpRecurringSchedule,
  toRrule,
  type WindowRule,
} from 'hotpatch-calendar';

const rule: WindowRule = { offsetDays: 3, time: '02:00', zone: 'Europe/Berlin', durationMinutes: 180 };
const windows = maintenanceWindows({ from: '2026-10', to: '2026-12' }, rule);
for (const w of windows) console.log(w.start.local, '→', w.end.local);

assert.deepEqual(
  windows.map((w) => w.start.local),
  ['2026-10-16T02:00:00+02:00', '2026-11-13T02:00:00+01:00', '2026-12-11T02:00:00+01:00'],
);
assert.equal(toAzureRecurrence(rule).recurEvery, 'Month Second Tuesday Offset3');
assert.equal(toAwsSchedule(rule).schedule, 'cron(0 2 ? * TUE#2 *)');
assert.equal(toGcpRecurringSchedule(rule).monthly.weekDayOfMonth.dayOffset, 3);
assert.equal(
  toRrule(rule, { year: 2026, month: 10 }).split('\r\n')[1],
  'RRULE:FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=11,12,13,14,15,16,17',
);
assert.equal(toCron(rule, '/usr/local/sbin/patch-now').expression, '0 2 11-17 * *');
console.log(toCron(rule, '/usr/local/sbin/patch-now').crontab);

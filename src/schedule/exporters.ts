/**
 * Scheduler dialects for "Patch Tuesday + N days": Azure Update Manager, AWS Systems Manager, Google Cloud OS
 * Config, RFC 5545 RRULE and cron. Each states its limits and fails clearly outside them.
 * @module
 */
import { _error } from '../errors.js';
import { _pad } from '../time/civil-date.js';
import { _patchTuesdayOf } from '../cadence/patch-tuesday.js';
import { _monthIndex, _parseYearMonth, type YearMonthInput } from '../time/year-month.js';
import { _options, _own } from '../guards.js';
import { _rule, maintenanceWindows, type WindowRule } from './maintenance-windows.js';

const ORDINALS = ['First', 'Second', 'Third', 'Fourth'] as const;
const WEEKDAYS_RRULE = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

function duration(minutes: number): string {
  return `${_pad(Math.floor(minutes / 60), 2)}:${_pad(minutes % 60, 2)}`;
}

/** Re-anchors an offset on the nth Tuesday so the remaining offset is within [min, max]. */
function anchor(offsetDays: number, min: number, max: number): { week: number; offset: number } | null {
  for (let week = 2; week >= 1 && week <= 4; week += offsetDays >= 0 ? 1 : -1) {
    const offset = offsetDays - (week - 2) * 7;
    if (offset >= min && offset <= max) return { week, offset };
  }
  return null;
}

/** Azure Update Manager maintenance configuration recurrence. */
export interface AzureRecurrence {
  /** `recurEvery`, e.g. `'Month Second Tuesday Offset3'`. */
  readonly recurEvery: string;
  /** Local start time `HH:MM`. */
  readonly startTime: string;
  /** `duration` `HH:MM` (Azure allows 01:30 to 04:00 for guest patching). */
  readonly duration: string;
  /** IANA zone of the start time; Azure's `timeZone` takes the Windows name of this zone. */
  readonly zone: string;
  /** Set when the offset was re-anchored on another Tuesday. */
  readonly note?: string;
}

/**
 * Azure Update Manager `recurEvery`. Azure allows offsets of -6..6 days; larger offsets are re-anchored on
 * another Tuesday of the month (+7 → `Third Tuesday Offset0`), within -13..20 days; beyond that it fails.
 * @param rule - the window rule
 * @returns the recurrence
 * @throws {@link HotpatchRangeError} `E_SCHEDULE` when no Tuesday of the month can anchor the offset
 * @category Schedules
 * @example
 * ```ts
 * toAzureRecurrence({ offsetDays: 3, time: '02:00', zone: 'Europe/Berlin', durationMinutes: 180 }).recurEvery
 * //=> 'Month Second Tuesday Offset3'
 * ```
 * @see https://learn.microsoft.com/en-us/azure/update-manager/scheduled-patching
 */
export function toAzureRecurrence(rule: WindowRule): AzureRecurrence {
  const r = _rule('toAzureRecurrence', rule);
  const a = anchor(r.offsetDays, -6, 6);
  if (!a)
    throw _error(
      'E_SCHEDULE',
      `toAzureRecurrence: offsetDays ${r.offsetDays} cannot be expressed; Azure allows Offset-6..6 on the first to fourth Tuesday, so -13..20 days from Patch Tuesday`,
    );
  return {
    recurEvery: `Month ${ORDINALS[a.week - 1] as string} Tuesday Offset${a.offset}`,
    startTime: r.time,
    duration: duration(r.durationMinutes),
    zone: r.zone,
    ...(a.week === 2
      ? {}
      : {
          note: `offset ${r.offsetDays} re-anchored on the ${(ORDINALS[a.week - 1] as string).toLowerCase()} Tuesday`,
        }),
  };
}

/** AWS Systems Manager maintenance window schedule. */
export interface AwsSchedule {
  /** `Schedule`, e.g. `'cron(0 2 ? * TUE#2 *)'`. */
  readonly schedule: string;
  /** `ScheduleOffset` in days (1..6), absent when 0. */
  readonly scheduleOffset?: number;
  /** `ScheduleTimezone` (IANA). */
  readonly scheduleTimezone: string;
  /** `Duration` in hours (1..24, rounded up). */
  readonly durationHours: number;
}

/**
 * AWS Systems Manager maintenance window: `cron(M H ? * TUE#n *)` with `ScheduleOffset` 1..6. Other offsets are
 * re-anchored on the first to fourth Tuesday (-7..20 days); beyond that it fails.
 * @param rule - the window rule
 * @returns the schedule
 * @throws {@link HotpatchRangeError} `E_SCHEDULE` when no Tuesday can anchor the offset
 * @category Schedules
 * @example
 * ```ts
 * toAwsSchedule({ offsetDays: 3, time: '02:30', zone: 'UTC', durationMinutes: 120 })
 * //=> { schedule: 'cron(30 2 ? * TUE#2 *)', scheduleOffset: 3, scheduleTimezone: 'UTC', durationHours: 2 }
 * ```
 * @see https://docs.aws.amazon.com/systems-manager/latest/userguide/reference-cron-and-rate-expressions.html
 */
export function toAwsSchedule(rule: WindowRule): AwsSchedule {
  const r = _rule('toAwsSchedule', rule);
  const a = anchor(r.offsetDays, 0, 6);
  if (!a)
    throw _error(
      'E_SCHEDULE',
      `toAwsSchedule: offsetDays ${r.offsetDays} cannot be expressed; AWS allows ScheduleOffset 1..6 after TUE#1..TUE#4, so -7..20 days from Patch Tuesday`,
    );
  return {
    schedule: `cron(${r.minute} ${r.hour} ? * TUE#${a.week} *)`,
    ...(a.offset === 0 ? {} : { scheduleOffset: a.offset }),
    scheduleTimezone: r.zone,
    durationHours: Math.max(1, Math.ceil(r.durationMinutes / 60)),
  };
}

/** Google Cloud OS Config patch deployment recurring schedule (the `recurringSchedule` object). */
export interface GcpRecurringSchedule {
  /** Time zone. */
  readonly timeZone: {
    /** IANA zone id. */
    readonly id: string;
  };
  /** Local time of day. */
  readonly timeOfDay: {
    /** Hour, 0..23. */
    readonly hours: number;
    /** Minute, 0..59. */
    readonly minutes: number;
  };
  /** Always `MONTHLY`. */
  readonly frequency: 'MONTHLY';
  /** Second Tuesday plus `dayOffset` (-30..30). */
  readonly monthly: {
    /** The anchor weekday of the month. */
    readonly weekDayOfMonth: {
      /** Always 2 (the second Tuesday). */
      readonly weekOrdinal: 2;
      /** Always `TUESDAY`. */
      readonly dayOfWeek: 'TUESDAY';
      /** Days after (or before) the second Tuesday. */
      readonly dayOffset: number;
    };
  };
}

/**
 * Google Cloud OS Config `recurringSchedule`: `weekDayOfMonth` second Tuesday with `dayOffset` (GCP allows -30..30).
 * @param rule - the window rule
 * @returns the schedule object
 * @throws {@link HotpatchRangeError} `E_SCHEDULE` for a bad rule
 * @category Schedules
 * @example
 * ```ts
 * toGcpRecurringSchedule({ offsetDays: 10, time: '03:00', zone: 'UTC', durationMinutes: 60 }).monthly.weekDayOfMonth.dayOffset //=> 10
 * ```
 * @see https://cloud.google.com/compute/vm-manager/docs/patch/schedule-patch-jobs
 */
export function toGcpRecurringSchedule(rule: WindowRule): GcpRecurringSchedule {
  const r = _rule('toGcpRecurringSchedule', rule);
  return {
    timeZone: { id: r.zone },
    timeOfDay: { hours: r.hour, minutes: r.minute },
    frequency: 'MONTHLY',
    monthly: { weekDayOfMonth: { weekOrdinal: 2, dayOfWeek: 'TUESDAY', dayOffset: r.offsetDays } },
  };
}

/** The weekday of Patch Tuesday + offset (0 = Monday) and its day-of-month window [8+N, 14+N]. */
function weekdayWindow(offsetDays: number): { weekday: number; first: number; last: number } {
  return { weekday: (((1 + offsetDays) % 7) + 7) % 7, first: 8 + offsetDays, last: 14 + offsetDays };
}

/** Options of {@link toRrule}. */
export interface ToRruleOptions {
  /** The month of the last occurrence: the rule gets `UNTIL` (that window's end, in UTC). Default: no end. */
  readonly lastMonth?: YearMonthInput;
}

/**
 * An RFC 5545 recurrence: `DTSTART;TZID=…` and `RRULE:FREQ=MONTHLY;BYDAY=<weekday>;BYMONTHDAY=<8+N..14+N>`
 * (Patch Tuesday + N is the only day of that weekday in that 7-day span). Works for -7..14 days, where the span
 * stays inside every month.
 * @param rule - the window rule
 * @param firstMonth - the month of the first occurrence (its date becomes DTSTART)
 * @param options - see {@link ToRruleOptions}
 * @returns two content lines joined by CRLF
 * @throws {@link HotpatchRangeError} `E_SCHEDULE` outside -7..14 days
 * @category Schedules
 * @example
 * ```ts
 * toRrule({ offsetDays: 3, time: '02:00', zone: 'Europe/Berlin', durationMinutes: 60 }, { year: 2026, month: 7 })
 * //=> 'DTSTART;TZID=Europe/Berlin:20260717T020000\r\nRRULE:FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=11,12,13,14,15,16,17'
 * ```
 */
export function toRrule(
  rule: WindowRule,
  firstMonth: { readonly year: number; readonly month: number },
  options?: ToRruleOptions,
): string {
  const r = _rule('toRrule', rule);
  const w = weekdayWindow(r.offsetDays);
  if (w.first < 1 || w.last > 28)
    throw _error(
      'E_SCHEDULE',
      `toRrule: offsetDays ${r.offsetDays} cannot be expressed; RRULE BYMONTHDAY works for -7..14 days from Patch Tuesday`,
    );
  const first = _parseYearMonth('toRrule', 'firstMonth', firstMonth);
  const day = _patchTuesdayOf(first).day + r.offsetDays;
  const days = Array.from({ length: 7 }, (_, i) => w.first + i).join(',');
  const lastOpt = _own(_options('toRrule', options), 'lastMonth');
  // RFC 5545 3.3.10: with a zoned DTSTART, UNTIL is in UTC. It is the last window's end, not its start: the last
  // occurrence is then inside the bound however a client compares (rrule.js compares floating local times).
  let until = '';
  if (lastOpt !== undefined) {
    const last = _parseYearMonth('toRrule', 'options.lastMonth', lastOpt);
    const end = maintenanceWindows({ from: last, to: last }, rule)[0]?.end.utc ?? '';
    if (_monthIndex(last) < _monthIndex(first))
      throw _error('E_INTERVAL', 'toRrule: options.lastMonth is before firstMonth; expected firstMonth <= lastMonth');
    until = `;UNTIL=${end.replace(/[-:]/g, '').slice(0, 15)}Z`;
  }
  return `DTSTART;TZID=${r.zone}:${_pad(first.year, 4)}${_pad(first.month, 2)}${_pad(day, 2)}T${_pad(r.hour, 2)}${_pad(r.minute, 2)}00\r\nRRULE:FREQ=MONTHLY;BYDAY=${WEEKDAYS_RRULE[w.weekday] as string};BYMONTHDAY=${days}${until}`;
}

/** A cron line with its guard. */
export interface CronSchedule {
  /** Five-field expression with day-of-week `*`, e.g. `'0 2 11-17 * *'`. */
  readonly expression: string;
  /**
   * Shell guard to prefix the command with, e.g. `'[ "$(TZ=Europe/Berlin date +\%u)" -eq 5 ] &&'`: the weekday
   * is read in the rule's zone, so it holds on a host in any zone.
   */
  readonly guard: string;
  /** A full crontab line with `CRON_TZ`. */
  readonly crontab: string;
  /** Why the guard is needed. */
  readonly warning: string;
}

/**
 * A cron schedule for Patch Tuesday + N days. Cron cannot say "the Friday between the 11th and the 17th": with
 * both day-of-month and day-of-week restricted, Vixie cron and cronie run on either (an OR), not both. So the
 * expression restricts the day of month only and a guard tests the weekday. Works for -7..14 days.
 * @param rule - the window rule
 * @param command - the command to run
 * @returns expression, guard, crontab line and the warning
 * @throws {@link HotpatchRangeError} `E_SCHEDULE` outside -7..14 days
 * @category Schedules
 * @example
 * ```ts
 * toCron({ offsetDays: 3, time: '02:00', zone: 'Europe/Berlin', durationMinutes: 60 }, '/usr/local/bin/patch').crontab
 * //=> 'CRON_TZ=Europe/Berlin\n0 2 11-17 * * [ "$(TZ=Europe/Berlin date +\\%u)" -eq 5 ] && /usr/local/bin/patch'
 * ```
 */
export function toCron(rule: WindowRule, command: string): CronSchedule {
  const r = _rule('toCron', rule);
  const w = weekdayWindow(r.offsetDays);
  if (w.first < 1 || w.last > 28)
    throw _error(
      'E_SCHEDULE',
      `toCron: offsetDays ${r.offsetDays} cannot be expressed; a day-of-month range works for -7..14 days from Patch Tuesday`,
    );
  if (typeof command !== 'string' || command.length === 0 || command.length > 1000 || /[\r\n%]/.test(command)) {
    throw _error(
      'E_SCHEDULE',
      'toCron: command is not accepted; expected one line of at most 1,000 characters without % (cron treats % as a newline)',
    );
  }
  const expression = `${r.minute} ${r.hour} ${w.first}-${w.last} * *`;
  // The weekday in the target zone, whatever the host's zone is (CRON_TZ only moves the schedule, not `date`).
  const guard = `[ "$(TZ=${r.zone} date +\\%u)" -eq ${w.weekday + 1} ] &&`;
  return {
    expression,
    guard,
    crontab: `CRON_TZ=${r.zone}\n${expression} ${guard} ${command}`,
    warning:
      'Do not put the weekday in the day-of-week field: when day-of-month and day-of-week are both restricted, cron runs when EITHER matches. The guard checks the weekday instead, in the zone of the window. CRON_TZ is read by cronie; on a cron that ignores it, run the host in that zone.',
  };
}

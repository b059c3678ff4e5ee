/**
 * Maintenance windows anchored on Patch Tuesday ("Patch Tuesday + N days at HH:MM local"), and exporters to the
 * schedulers people use, each within its own limits.
 * @module
 */
import { _show, _error } from '../errors.js';
import { _int, _options, _own } from '../guards.js';
import { _epochDay, _fromEpochDay, _pad, type CivilDate } from '../time/civil-date.js';
import { _patchTuesdayOf } from '../cadence/patch-tuesday.js';
import {
  _monthIndex,
  _fromMonthIndex,
  _parseYearMonth,
  type YearMonth,
  type YearMonthInput,
} from '../time/year-month.js';
import { _zonedInstant, type ZonedInstant } from '../time/instant.js';
import { _zoneOption, _wallToEpochMs } from '../time/zone.js';

/** A window's recurrence: Patch Tuesday plus `offsetDays`, at a local time, for a duration. */
export interface WindowRule {
  /** Days after Patch Tuesday (negative: before), -30..30. */
  readonly offsetDays: number;
  /** Local start time `HH:MM` (24-hour). */
  readonly time: string;
  /** IANA zone of `time`. */
  readonly zone: string;
  /** Length in minutes, 1..1440. */
  readonly durationMinutes: number;
}

/** A range of months, both inclusive. */
export interface MonthRange {
  /** First month. */
  readonly from: YearMonthInput;
  /** Last month (at most 1,200 months after `from`). */
  readonly to: YearMonthInput;
}

/** One concrete window. */
export interface MaintenanceWindow {
  /** Month whose Patch Tuesday anchors it. */
  readonly month: YearMonth;
  /** That Patch Tuesday. */
  readonly patchTuesday: CivilDate;
  /** Local date of the window. */
  readonly date: CivilDate;
  /** Start instant. */
  readonly start: ZonedInstant;
  /** End instant. */
  readonly end: ZonedInstant;
}

const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** @internal */
export function _rule(fn: string, value: unknown): WindowRule & { hour: number; minute: number } {
  const opts = _options(fn, value);
  const offsetDays = _int(fn, 'options.offsetDays', _own(opts, 'offsetDays') ?? 0, -30, 30, 'E_SCHEDULE');
  const time = _own(opts, 'time') ?? '00:00';
  const m = typeof time === 'string' ? TIME_RE.exec(time) : null;
  if (!m)
    throw _error(
      'E_SCHEDULE',
      `${fn}: options.time ${_show(time)} is not a time; expected 24-hour 'HH:MM', e.g. '02:30'`,
    );
  const zone = _zoneOption(fn, opts);
  const durationMinutes = _int(
    fn,
    'options.durationMinutes',
    _own(opts, 'durationMinutes') ?? 120,
    1,
    1440,
    'E_SCHEDULE',
  );
  return { offsetDays, time: time as string, zone, durationMinutes, hour: Number(m[1]), minute: Number(m[2]) };
}

/** Local date of Patch Tuesday + offset. @internal */
function _windowDate(ym: YearMonth, offsetDays: number): CivilDate {
  return _fromEpochDay(_epochDay(ym.year, ym.month, _patchTuesdayOf(ym).day) + offsetDays);
}

/**
 * The concrete maintenance windows "Patch Tuesday + N days at HH:MM local" for each month of a range, DST-correct
 * (a local time that a spring-forward skips moves forward by the gap, as Windows and Temporal do).
 * @param range - `{ from, to }` months, inclusive
 * @param options - see {@link WindowRule}
 * @returns one window per month
 * @throws {@link HotpatchRangeError} `E_SCHEDULE` for a bad offset, time or duration; `E_INTERVAL` for a reversed or too long range; `E_ZONE`
 * @category Schedules
 * @example
 * ```ts
 * maintenanceWindows({ from: '2026-07', to: '2026-07' }, { offsetDays: 3, time: '02:00', zone: 'Europe/Berlin', durationMinutes: 180 })[0]?.start.local
 * //=> '2026-07-17T02:00:00+02:00'
 * ```
 */
export function maintenanceWindows(range: MonthRange, options: WindowRule): MaintenanceWindow[] {
  const fn = 'maintenanceWindows';
  const r = _options(fn, range);
  const from = _parseYearMonth(fn, 'range.from', _own(r, 'from'));
  const to = _parseYearMonth(fn, 'range.to', _own(r, 'to'));
  const span = _monthIndex(to) - _monthIndex(from);
  if (span < 0 || span > 1200)
    throw _error(
      'E_INTERVAL',
      `${fn}: range ${_show(range)} is not accepted; expected from <= to, at most 1,200 months apart`,
    );
  const rule = _rule(fn, options);
  const out: MaintenanceWindow[] = [];
  for (let mi = _monthIndex(from); mi <= _monthIndex(to); mi++) {
    const month = _fromMonthIndex(mi);
    const date = _windowDate(month, rule.offsetDays);
    if (date.year < 1 || date.year > 9999)
      throw _error(
        'E_DATE_RANGE',
        `${fn}: the window of ${_pad(month.year, 4)}-${_pad(month.month, 2)} falls outside years 1..9999`,
      );
    const startMs = _wallToEpochMs(date, rule.hour, rule.minute, rule.zone);
    out.push({
      month,
      patchTuesday: _patchTuesdayOf(month),
      date,
      start: _zonedInstant(startMs, rule.zone),
      end: _zonedInstant(startMs + rule.durationMinutes * 60_000, rule.zone),
    });
  }
  return out;
}

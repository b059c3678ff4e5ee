/**
 * The one adapter to luxon: IANA zone validation and wall-clock ↔ instant conversion. Nothing else in `src/`
 * imports luxon, so bundles that use only date-level functions carry none of it (the CLI's own build maps the
 * import to src/cli/luxon-on-demand.ts, which loads luxon the first time a zone other than UTC is asked for). UTC
 * is answered by arithmetic, without luxon.
 * @internal
 * @module
 */
import { DateTime, IANAZone } from 'luxon';
import { _own } from '../guards.js';
import { _show, _error } from '../errors.js';
import { _epochDay, _fromEpochDay, _pad, type CivilDate } from './civil-date.js';

const MAX_ZONE_LENGTH = 64;
const DAY_MS = 86_400_000;
const checkedZones = new Map<string, boolean>();

/** Throws `E_ZONE` unless `zone` names an IANA time zone known to this runtime's ICU data. */
export function _checkZone(fn: string, zone: unknown): string {
  // Stryker disable next-line ConditionalExpression: equivalent: without it a non-string fails below with the same code
  if (typeof zone !== 'string') {
    throw _error(
      'E_ZONE',
      `${fn}: zone ${_show(zone)} is not a string; expected an IANA time zone name such as 'Europe/Berlin' or 'UTC'`,
    );
  }
  // UTC is in every runtime's zone data: no lookup (and no zone library loaded where it is loaded lazily).
  let valid = zone === 'UTC' ? true : checkedZones.get(zone);
  if (valid === undefined) {
    // Stryker disable next-line all: equivalent: ICU refuses '' and overlong names too; the bound spares it long input
    valid = zone.length > 0 && zone.length <= MAX_ZONE_LENGTH && IANAZone.isValidZone(zone);
    // Stryker disable next-line all: equivalent: the cache's size bound limits memory, not answers
    if (checkedZones.size < 1024) checkedZones.set(zone, valid);
  }
  if (!valid) {
    throw _error(
      'E_ZONE',
      `${fn}: zone ${_show(zone)} is not a known time zone; expected an IANA time zone name such as 'Europe/Berlin' or 'UTC'`,
    );
  }
  return zone;
}

/** The `zone` option of an options record: an IANA zone, `'UTC'` when absent. */
export function _zoneOption(fn: string, options: Record<string, unknown>): string {
  const zone = _own(options, 'zone');
  return zone === undefined ? 'UTC' : _checkZone(fn, zone);
}

/**
 * Epoch milliseconds of a wall-clock time in a zone, resolved as Temporal's 'compatible': in an overlap (the
 * hour after clocks go back) the earlier of the two instants, in a gap (clocks go forward) the wall time moved
 * forward by the gap (02:30 on a spring-forward night becomes 03:30). luxon alone picks the later instant in
 * an overlap, so both candidate offsets (a day before and after) are tried here.
 */
export function _wallToEpochMs(date: CivilDate, hour: number, minute: number, zone: string): number {
  const wall = _epochDay(date.year, date.month, date.day) * DAY_MS + (hour * 60 + minute) * 60_000;
  if (zone === 'UTC') return wall;
  const iana = IANAZone.create(zone);
  const offsetMs = (epochMs: number): number => iana.offset(epochMs) * 60_000;
  const offsetBefore = offsetMs(wall - DAY_MS);
  const candidates = [wall - offsetBefore, wall - offsetMs(wall + DAY_MS)].filter((t) => t + offsetMs(t) === wall);
  return candidates.length > 0 ? Math.min(...candidates) : wall - offsetBefore;
}

/** Wall-clock fields and UTC offset (seconds) of an instant in a zone. */
function _zonedFields(
  epochMs: number,
  zone: string,
): {
  date: CivilDate;
  hour: number;
  minute: number;
  second: number;
  offsetSeconds: number;
} {
  const dt = DateTime.fromMillis(epochMs, { zone });
  return {
    date: { year: dt.year, month: dt.month, day: dt.day },
    hour: dt.hour,
    minute: dt.minute,
    second: dt.second,
    offsetSeconds: Math.round(dt.offset * 60),
  };
}

/** RFC 3339 text of an instant in a zone; `Z` for zero offset in UTC, seconds in the offset only where the zone has them (local mean time), as Temporal prints. */
export function _formatZoned(epochMs: number, zone: string): string {
  if (zone === 'UTC') return _formatUtc(epochMs);
  const f = _zonedFields(epochMs, zone);
  const wall = `${_pad(f.date.year, 4)}-${_pad(f.date.month, 2)}-${_pad(f.date.day, 2)}T${_pad(f.hour, 2)}:${_pad(f.minute, 2)}:${_pad(f.second, 2)}`;
  return wall + _formatOffset(f.offsetSeconds);
}

/** RFC 3339 UTC text by integer arithmetic (no zone lookup needed). */
function _formatUtc(epochMs: number): string {
  const days = Math.floor(epochMs / 86_400_000);
  const rest = epochMs - days * 86_400_000;
  const d = _fromEpochDay(days);
  const s = Math.floor(rest / 1000);
  return `${_pad(d.year, 4)}-${_pad(d.month, 2)}-${_pad(d.day, 2)}T${_pad(Math.floor(s / 3600), 2)}:${_pad(Math.floor((s % 3600) / 60), 2)}:${_pad(s % 60, 2)}Z`;
}

/** `+HH:MM` (or `+HH:MM:SS`). */
function _formatOffset(offsetSeconds: number): string {
  const sign = offsetSeconds < 0 ? '-' : '+';
  const abs = Math.abs(offsetSeconds);
  const h = Math.floor(abs / 3600);
  const m = Math.floor((abs % 3600) / 60);
  const s = abs % 60;
  return `${sign}${_pad(h, 2)}:${_pad(m, 2)}${s ? `:${_pad(s, 2)}` : ''}`;
}

/** Adds calendar days in a zone, keeping the wall-clock time (DST-correct: 19:00 stays 19:00 across a change). */
export function _plusDaysInZone(epochMs: number, days: number, zone: string): number {
  if (zone === 'UTC') return epochMs + days * DAY_MS;
  return DateTime.fromMillis(epochMs, { zone }).plus({ days }).toMillis();
}

/**
 * Exact instants: the shape every zoned answer of this library takes.
 * @module
 */
import { _show, _error } from '../errors.js';
import { _checkZone, _formatZoned } from './zone.js';

/** An exact instant, shown in UTC and in a chosen IANA zone. */
export interface ZonedInstant {
  /** RFC 3339 UTC text, e.g. `'2025-04-08T17:00:00Z'`. */
  readonly utc: string;
  /** RFC 3339 text with the zone's offset, e.g. `'2025-04-08T19:00:00+02:00'`. */
  readonly local: string;
  /** The IANA zone `local` is expressed in. */
  readonly zone: string;
  /** Milliseconds since 1970-01-01T00:00:00Z. */
  readonly epochMilliseconds: number;
}

/** Earliest and latest instants accepted (0001-01-01T00:00Z … 9999-12-31T23:59:59.999Z). */
const MIN_MS = -62_135_596_800_000;
const MAX_MS = 253_402_300_799_999;

/** Builds a {@link ZonedInstant} from epoch milliseconds. @internal */
export function _zonedInstant(epochMs: number, zone: string): ZonedInstant {
  return { utc: _formatZoned(epochMs, 'UTC'), local: _formatZoned(epochMs, zone), zone, epochMilliseconds: epochMs };
}

/**
 * Shows an instant in UTC and in an IANA zone.
 * @param epochMilliseconds - integer milliseconds since the epoch, within years 1..9999
 * @param zone - IANA zone name
 * @returns the instant in both forms
 * @throws {@link HotpatchRangeError} `E_DATE_RANGE` for a non-integer or out-of-range instant; `E_ZONE` for an unknown zone
 * @category Release dates
 * @example
 * ```ts
 * toZonedInstant(Date.UTC(2026, 6, 14, 17), 'Asia/Tokyo').local //=> '2026-07-15T02:00:00+09:00'
 * ```
 */
export function toZonedInstant(epochMilliseconds: number, zone: string): ZonedInstant {
  return _zonedInstant(
    _epochMs('toZonedInstant', 'epochMilliseconds', epochMilliseconds),
    _checkZone('toZonedInstant', zone),
  );
}

/** Checks an instant given as epoch milliseconds. @internal */
export function _epochMs(fn: string, field: string, value: unknown): number {
  if (typeof value !== 'number') {
    throw _error(
      'E_TYPE',
      `${fn}: ${field} ${_show(value)} is not a number; expected integer epoch milliseconds within years 1..9999`,
    );
  }
  if (!Number.isInteger(value) || value < MIN_MS || value > MAX_MS) {
    throw _error(
      'E_DATE_RANGE',
      `${fn}: ${field} ${_show(value)} is out of range; expected integer epoch milliseconds within years 1..9999`,
    );
  }
  return value;
}

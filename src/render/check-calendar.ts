/**
 * Renderers accept only calendars made by yearCalendar (checked by shape, cheaply).
 * @internal
 * @module
 */
import { _show, _error } from '../errors.js';
import type { YearCalendar } from '../calendar/year-calendar.js';

/** @internal */
export function _checkCalendar(fn: string, value: unknown): YearCalendar {
  const c = value as YearCalendar;
  if (
    typeof value !== 'object' ||
    value === null ||
    !Number.isInteger(c.year) ||
    typeof c.zone !== 'string' ||
    typeof c.retrieved !== 'string' ||
    !Array.isArray(c.rows) ||
    !Array.isArray(c.extras)
  ) {
    throw _error('E_TYPE', `${fn}: calendar ${_show(value)} is not a calendar; expected the result of yearCalendar()`);
  }
  return c;
}

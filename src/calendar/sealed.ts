/**
 * Calendars `yearCalendar` made, frozen to the leaves and remembered by identity: a renderer given one knows it
 * is well formed and unchanged, so it checks a calendar once, where it is made, not on every render.
 * @module
 */
import { _freezeDeep } from '../guards.js';
import type { YearCalendar } from './year-calendar.js';

// Identity, not a brand property: nothing a caller builds or parses can get in.
const made = new WeakSet<object>();

/** Freezes a calendar to its leaves and records it as made here. @internal */
export function _sealCalendar(calendar: YearCalendar): YearCalendar {
  _freezeDeep(calendar);
  made.add(calendar);
  return calendar;
}

/**
 * Whether `value` is a calendar `yearCalendar` returned in this process. Such a calendar is frozen to its leaves
 * (changing it throws in strict mode), so the renderers trust it without checking every field again; any other
 * value (a copy, a calendar parsed from JSON, one built by hand) is checked field by field when rendered.
 * @param value - anything
 * @returns true for `yearCalendar`'s own, unchanged results
 * @category Calendars
 * @example
 * ```ts
 * const cal = yearCalendar(2026, { products: ['windows-11-24h2'] });
 * isSealedCalendar(cal) //=> true
 * isSealedCalendar({ ...cal }) //=> false
 * Object.isFrozen(cal.rows[0]?.hotpatch) //=> true
 * ```
 */
export function isSealedCalendar(value: unknown): value is YearCalendar {
  // WeakSet.prototype.has answers false for anything that is not an object (no throw), so no type check first.
  return made.has(value as object);
}

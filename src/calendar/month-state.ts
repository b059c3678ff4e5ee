/**
 * What a month means for a product's hotpatch devices, decided once: every renderer (table, CSV, ICS, Markdown,
 * HTML, the page, both languages) asks these two functions instead of reading `kind` and `restartRequired` itself,
 * so an unknown month can never be painted as "no restart" in one output and "unknown" in another.
 * @module
 */
import { _show, _error } from '../errors.js';

/**
 * A month's state for a product's hotpatch devices:
 * - `baseline`: the quarterly cumulative baseline (restart);
 * - `unplanned-baseline`: a planned hotpatch month Microsoft replaced by a baseline (restart);
 * - `hotpatch`: a hotpatch month (no restart), published or projected;
 * - `unknown`: a past planned hotpatch month with no release in the data: a hotpatch or an unplanned baseline,
 *   the data cannot tell, so the restart is unknown (never "no restart");
 * - `before-program` / `ended`: the product is not in the hotpatch program that month.
 */
export type MonthState = 'baseline' | 'unplanned-baseline' | 'hotpatch' | 'unknown' | 'before-program' | 'ended';
/** Every month state, for iteration (legends list them in this order). */
export const MONTH_STATES = [
  'baseline',
  'unplanned-baseline',
  'hotpatch',
  'unknown',
  'before-program',
  'ended',
] as const satisfies readonly MonthState[];

/** Whether a release restarts the device, as a word every output can print: null is `unknown`, never `none`. */
export type RestartState = 'required' | 'none' | 'unknown';

/** What {@link monthState} reads of a calendar row or a month description. */
export interface MonthStateInput {
  /** Program status of the product in the month. */
  readonly status: string;
  /** True when a planned hotpatch month became a baseline. */
  readonly unplanned: boolean;
  /** Kind for hotpatch devices. */
  readonly kind: string;
  /** The hotpatch channel's restart: null when the month is past but not in the data. */
  readonly hotpatch: {
    /** Whether the hotpatch channel's release restarts the device; null when the data cannot tell. */
    readonly restartRequired: boolean | null;
  };
}

/**
 * The state of a month for a product's hotpatch devices (see {@link MonthState}).
 * @param row - a calendar row (`yearCalendar(…).rows[i]`), or any record with its `status`, `unplanned`, `kind`
 *   and `hotpatch.restartRequired`
 * @returns the state
 * @throws {@link HotpatchTypeError} `E_TYPE` when `row` is not such a record
 * @category Calendars
 * @example
 * ```ts
 * const rows = yearCalendar(2026, { products: ['windows-11-24h2'] }).rows;
 * monthState(rows[5]) //=> 'unplanned-baseline'
 * monthState(rows[1]) //=> 'hotpatch'
 * monthState(rows[10]) //=> 'unknown'
 * ```
 */
export function monthState(row: MonthStateInput): MonthState {
  const hot = typeof row === 'object' && row !== null ? (row as { hotpatch?: unknown }).hotpatch : undefined;
  if (typeof hot !== 'object' || hot === null) {
    throw _error(
      'E_TYPE',
      `monthState: row ${_show(row)} is not a calendar row; expected { status, unplanned, kind, hotpatch }`,
    );
  }
  if (row.status === 'before-program' || row.status === 'ended') return row.status;
  if (row.unplanned) return 'unplanned-baseline';
  if (row.kind === 'baseline') return 'baseline';
  return row.hotpatch.restartRequired === null ? 'unknown' : 'hotpatch';
}

/**
 * A release's restart as a word: `required`, `none`, or `unknown` where the data cannot tell (`null`).
 * @param restartRequired - a release's or calendar channel's `restartRequired`
 * @returns the word
 * @throws {@link HotpatchTypeError} `E_TYPE` for anything but true, false or null
 * @category Calendars
 * @example
 * ```ts
 * restartState(true) //=> 'required'
 * restartState(null) //=> 'unknown'
 * ```
 */
export function restartState(restartRequired: boolean | null): RestartState {
  if (restartRequired === null) return 'unknown';
  if (typeof restartRequired !== 'boolean') {
    throw _error('E_TYPE', `restartState: ${_show(restartRequired)} is not accepted; expected true, false or null`);
  }
  return restartRequired ? 'required' : 'none';
}

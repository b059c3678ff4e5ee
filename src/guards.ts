/**
 * Argument checks shared by every public function, so that bad input fails at the door with a coded error
 * instead of deep inside.
 * @internal
 * @module
 */
import { _show, type ErrorCode, _error } from './errors.js';

/** Smallest and largest year the library accepts (Temporal's and ISO 8601's four-digit range). */
export const MIN_YEAR = 1;
/** Largest accepted year. */
export const MAX_YEAR = 9999;

/** Throws unless `value` is an integer in [min, max]: `E_TYPE` for a non-number, `code` otherwise. */
export function _int(
  fn: string,
  field: string,
  value: unknown,
  min: number,
  max: number,
  code: ErrorCode = 'E_DATE_RANGE',
): number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) return value;
  const isNumber = typeof value === 'number';
  throw _error(
    isNumber ? code : 'E_TYPE',
    `${fn}: ${field} ${_show(value)} is ${isNumber ? 'out of range' : 'not a number'}; expected an integer from ${min} to ${max}`,
  );
}

/** Throws unless `value` is a plain object (not null, not an array). */
export function _record(fn: string, field: string, value: unknown, expected: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw _error('E_TYPE', `${fn}: ${field} ${_show(value)} is not an object; expected ${expected}`);
  }
  return value as Record<string, unknown>;
}

/** Reads an own data property only: never `__proto__`, an inherited value or a getter. */
export function _own(obj: object, key: string): unknown {
  return Object.getOwnPropertyDescriptor(obj, key)?.value;
}

/** Keys that would reach or replace an object's prototype when a record is copied. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Throws `code` unless every own key of `record` is a string, not a prototype key, and (when `allowed` is
 * given) one of `allowed`. `where` names the record in the message, e.g. `'createCatalog: entry 3'`.
 */
export function _checkKeys(where: string, record: object, allowed: readonly string[] | null, code: ErrorCode): void {
  for (const key of Reflect.ownKeys(record)) {
    if (typeof key !== 'string' || FORBIDDEN_KEYS.has(key))
      throw _error(code, `${where}: key ${_show(String(key))} is not allowed`);
    if (allowed && !allowed.includes(key))
      throw _error(code, `${where}: field ${_show(key)} is not accepted; expected only ${allowed.join(', ')}`);
  }
}

/** Throws unless `value` is one of `allowed` (with `undefined` → `fallback`). */
export function _oneOf<T extends string>(
  fn: string,
  field: string,
  value: unknown,
  allowed: readonly T[],
  fallback?: T,
): T {
  if (value === undefined && fallback !== undefined) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw _error(
    'E_OPTION',
    `${fn}: ${field} ${_show(value)} is not accepted; expected one of ${allowed.map((a) => `'${a}'`).join(', ')}`,
  );
}

/** Options must be undefined or a plain object; anything else is a caller bug worth naming. */
export function _options(fn: string, value: unknown): Record<string, unknown> {
  if (value === undefined) return {};
  return _record(fn, 'options', value, 'an options object or undefined');
}

/**
 * Reads the "as of" of a call that takes it in its options (`{ asOf, ... }`), or, as in version 0.1, positionally
 * before the options. The as-of value itself is checked by the caller (a date, or epoch milliseconds).
 */
export function _asOfOptions(
  fn: string,
  first: unknown,
  legacy: unknown,
): { asOf: unknown; rest: Record<string, unknown> } {
  const positional =
    typeof first === 'string' ||
    typeof first === 'number' ||
    (typeof first === 'object' && first !== null && _own(first, 'day') !== undefined);
  const opts = positional ? _options(fn, legacy) : _options(fn, first);
  const asOf = positional ? first : _own(opts, 'asOf');
  if (asOf === undefined) {
    throw _error(
      'E_OPTION',
      `${fn}: options.asOf is missing; expected the day to evaluate on, 'YYYY-MM-DD' or { year, month, day } (no clock is read)`,
    );
  }
  // The other options, `asOf` among them when given in the options: readers take what they know by name.
  return { asOf, rest: opts };
}

/**
 * Freezes a record or list and everything under it, for records the library hands out and later trusts by
 * identity (catalogs, calendars). An object already frozen is taken as frozen to its leaves: every frozen object
 * the library holds was frozen here.
 * @internal
 */
export function _freezeDeep<T>(value: T): T {
  // Primitives and null count as frozen, so only records and lists are walked.
  if (!Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as object)) _freezeDeep(v);
  }
  return value;
}

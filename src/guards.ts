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

/** Reads an own property only: never `__proto__` or an inherited getter. */
export function _own(obj: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
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
  throw _error('E_OPTION', `${fn}: ${field} ${_show(value)} is not accepted; expected one of ${allowed.map((a) => `'${a}'`).join(', ')}`);
}

/** Options must be undefined or a plain object; anything else is a caller bug worth naming. */
export function _options(fn: string, value: unknown): Record<string, unknown> {
  if (value === undefined) return {};
  return _record(fn, 'options', value, 'an options object or undefined');
}

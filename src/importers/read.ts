/**
 * Small readers for untrusted documents, and the importers' errors. The importers are clients of the public API
 * (they import `hotpatch-calendar` by name, like the testing kit), so these few lines stand in for the library's
 * internal guards.
 * @internal
 * @module
 */
import { HotpatchRangeError, HotpatchSyntaxError } from 'hotpatch-calendar';

/** An own data property, never an inherited value or a getter. */
export function own(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? Object.getOwnPropertyDescriptor(value, key)?.value : undefined;
}

/** A value for a message: short, quoted, never throwing. */
export function show(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** The error of a document that is not what the importer reads (`E_IMPORT`). */
export function importError(message: string): HotpatchSyntaxError {
  return new HotpatchSyntaxError('E_IMPORT', message);
}

/** Options must be undefined or a plain object. */
export function optionsOf(fn: string, value: unknown): object {
  if (value === undefined) return {};
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value;
  throw new HotpatchRangeError('E_OPTION', `${fn}: options ${show(value)} is not an options object`);
}

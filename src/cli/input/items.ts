/**
 * One item of a fleet file: a device record, or an error row with a code; and the checks every format shares.
 * @module
 */
import { type ColumnMap, type OnUnrecognised, toDeviceRecord } from './columns.js';

/** Options of `readDevices`. */
export interface ReadDevicesOptions {
  /** The file's name, for messages. */
  readonly path: string;
  /** Longest record (CSV) or line (JSON lines) accepted, in characters. */
  readonly maxRecord: number;
  /** Largest Graph JSON document accepted, in characters (it is parsed whole). */
  readonly maxDocument: number;
  /** Called once with the columns the CLI does not read. */
  readonly onUnknownColumns: (columns: readonly string[]) => void;
  /** Called with each value the CLI does not recognise and reads as something else. */
  readonly onUnrecognised?: OnUnrecognised;
  /** Columns named with `--column FIELD=COLUMN`. */
  readonly columns?: ColumnMap;
}

/** A device record read from a fleet file, or the reason a row is none. */
export type InputItem =
  | { readonly ok: true; readonly record: Record<string, unknown>; readonly where?: string }
  | { readonly ok: false; readonly code: string; readonly message: string; readonly id?: string };

/** A device item from a raw object (a JSON line, a Graph device). */
export function item(
  raw: unknown,
  where: string,
  unknownColumns: Set<string>,
  onUnrecognised?: OnUnrecognised,
  columns?: ColumnMap,
): InputItem {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, code: 'E_INPUT', message: `${where} is not a device record (a JSON object)` };
  }
  const { record, os, unknown } = toDeviceRecord(raw as Record<string, unknown>, onUnrecognised, columns);
  for (const u of unknown) unknownColumns.add(u);
  return windowsOnly(record, where, os);
}

/**
 * The record as an item, unless its OS column (read apart from the record: a `delete` per row would slow every
 * later property access) names another system (macOS, iOS, Android, Linux).
 */
export function windowsOnly(record: Record<string, unknown>, where: string, os: unknown): InputItem {
  if (typeof os === 'string' && os !== '' && !/windows/i.test(os)) {
    const id = record['id'];
    const message = `${where} runs ${os}, not Windows`;
    return typeof id === 'string'
      ? { ok: false, code: 'E_NOT_WINDOWS', message, id }
      : { ok: false, code: 'E_NOT_WINDOWS', message };
  }
  return { ok: true, record, where };
}

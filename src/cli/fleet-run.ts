/**
 * How `fleet` and `compliance` run over a file: the day (default today), the data, the columns, and the records
 * that are no device, named after the output and failing the run unless `--allow-errors`.
 * @module
 */
import type { FleetResult } from '../restart/fleet-types.js';
import { _terminal } from '../render/escape.js';
import { _fromEpochDay, parseCivilDate, type CivilDate } from '../time/civil-date.js';
import { STRING } from './args.js';
import { loadCatalog, warnIfStale } from './catalog-option.js';
import { inputError } from './errors.js';
import { ASSUME_FLAGS, assumptionsOf, columnsOf, fleetResults } from './fleet-input.js';
import type { CliIo } from './io.js';

/** `--as-of`, or today (UTC) when not given: the day a fleet is audited is most often today. */
export function asOfFlag(text: string | undefined, io: CliIo): CivilDate {
  return text === undefined ? _fromEpochDay(Math.floor(io.now() / 86_400_000)) : parseCivilDate(text);
}

/** Passes the results on, noting each record that is no device (its row and why) in `errors`. */
export async function* failedRows(results: AsyncIterable<FleetResult>, errors: string[]): AsyncGenerator<FleetResult> {
  for await (const r of results) {
    // A phone or a Mac in an "All devices" export is not a failure: it is simply not Windows.
    if (!r.ok && r.error.code !== 'E_NOT_WINDOWS') errors.push(`${r.error.code}: ${r.error.message}`);
    yield r;
  }
}

/**
 * After the output: each record that was no device on stderr (at most 20 named), then exit 1 unless
 * `--allow-errors`, so a script never reads "0 of 0 devices current" from a file it could not read as success.
 */
export function reportFailedRows(errors: readonly string[], records: number, allow: boolean, io: CliIo): void {
  if (errors.length === 0) return;
  for (const e of errors.slice(0, 20))
    io.stderr(`hotpatch-calendar: ${allow ? 'warning' : 'error'}: ${_terminal(e, 300)}\n`);
  if (errors.length > 20)
    io.stderr(`hotpatch-calendar: ... and ${errors.length - 20} more records that are no device\n`);
  if (!allow)
    throw inputError(
      `${errors.length} of ${records} record${records === 1 ? '' : 's'} ${errors.length === 1 ? 'is' : 'are'} no device (see above); --allow-errors to exit 0 anyway`,
    );
}

/** The flags `fleet` and `compliance` share: the day, the format, the data, the error policy, the file's columns. */
export const FLEET_COMMAND_FLAGS = {
  'as-of': STRING,
  format: STRING,
  catalog: STRING,
  'allow-errors': { type: 'boolean' },
  ...ASSUME_FLAGS,
} as const;

/** What a fleet command reads from its flags and file. */
export interface FleetRun {
  /** The day of the forecast. */
  readonly asOf: CivilDate;
  /** The results, each record that is no device noted. */
  readonly results: AsyncGenerator<FleetResult>;
  /** After the output: names the failed records and fails the run unless `--allow-errors`. */
  finish(records: number): void;
}

/** Reads a fleet command's file with its flags: the day (default today), the data, assumptions and columns. */
export async function fleetRun(
  path: string,
  values: Partial<
    Record<Exclude<keyof typeof FLEET_COMMAND_FLAGS, 'assume-esu' | 'allow-errors' | 'column'>, string>
  > & {
    readonly 'assume-esu'?: boolean;
    readonly 'allow-errors'?: boolean;
    readonly column?: string[];
  },
  io: CliIo,
  horizonMonths?: number,
): Promise<FleetRun> {
  const asOf = asOfFlag(values['as-of'], io);
  const columns = columnsOf(values.column);
  const catalog = await loadCatalog(values.catalog, io);
  warnIfStale(catalog, asOf, io);
  const errors: string[] = [];
  const results = failedRows(
    fleetResults(path, io, {
      asOf,
      assume: assumptionsOf(values),
      assumeEsu: values['assume-esu'] === true,
      columns,
      ...(horizonMonths === undefined ? {} : { horizonMonths }),
      ...(catalog ? { catalog } : {}),
    }),
    errors,
  );
  return {
    asOf,
    results,
    finish: (records) => reportFailedRows(errors, records, values['allow-errors'] === true, io),
  };
}

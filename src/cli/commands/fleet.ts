/**
 * `hotpatch-calendar fleet FILE`: one forecast per device of a fleet file, streamed.
 * @module
 */
import { forecastFleet } from '../../restart/fleet.js';
import { FLEET_CSV_HEADER, renderFleetCsvRow } from '../../render/fleet-csv.js';
import { parseCivilDate } from '../../time/civil-date.js';
import { STRING, choiceFlag, intFlag, parseCommand, positionalsOf } from '../args.js';
import { CliError, ioError, usageError } from '../errors.js';
import { csvRecords, jsonLineRecords } from '../input/device-records.js';
import { loadCatalog, warnIfStale } from '../catalog-option.js';
import type { Command } from './command.js';

/** Wraps read failures (a missing file, a broken CSV) into one coded line that names the file. */
async function* readable(path: string, records: AsyncIterable<unknown>): AsyncGenerator<unknown> {
  try {
    yield* records;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw ioError(`cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

const FLAGS = { 'as-of': STRING, horizon: STRING, input: STRING, format: STRING, catalog: STRING } as const;

export const fleetCommand: Command = {
  name: 'fleet',
  help: `Usage: hotpatch-calendar fleet FILE|- --as-of YYYY-MM-DD [--horizon MONTHS] [--input csv|jsonl] [--format jsonl|csv]
Streams device records (CSV with a header row, or JSON lines) to one forecast per device. Columns/keys: id,
product, edition, architecture, build or osVersion, license, vbsRunning, hotpatchPolicy, chpeDisabled, management.
Intune export headers are understood: Device name, OS version, SKU family, Processor architecture.`,
  async run(args, io) {
    const { values, positionals } = parseCommand(args, FLAGS);
    const [path = '-'] = positionalsOf(positionals, 1, 'the FILE argument (or - for standard input)');
    if (values['as-of'] === undefined) throw usageError('fleet needs --as-of YYYY-MM-DD (the day of the forecast)');
    const asOf = parseCivilDate(values['as-of']);
    const horizon = intFlag('horizon', values.horizon);
    const input = choiceFlag('input', values.input, ['csv', 'jsonl'], path.endsWith('.csv') ? 'csv' : 'jsonl');
    const format = choiceFlag('format', values.format, ['jsonl', 'csv'], 'jsonl');
    const lines = io.readLines(path);
    const records = readable(path, input === 'csv' ? csvRecords(lines) : jsonLineRecords(lines));
    if (format === 'csv') io.stdout(FLEET_CSV_HEADER);
    const catalog = await loadCatalog(values.catalog, io);
    warnIfStale(catalog, asOf, io);
    for await (const r of forecastFleet(records, {
      asOf,
      ...(catalog ? { catalog } : {}),
      ...(horizon === undefined ? {} : { horizonMonths: horizon }),
    })) {
      io.stdout(format === 'jsonl' ? `${JSON.stringify(r)}\n` : renderFleetCsvRow(r));
    }
  },
};

/**
 * `hotpatch-calendar fleet FILE`: one forecast per device of a fleet file, streamed with back-pressure.
 * @module
 */
import { FLEET_CSV_HEADER, renderFleetCsvRow } from '../../render/fleet-csv.js';
import { parseCivilDate } from '../../time/civil-date.js';
import { choiceFlag, intFlag, parseCommand, positionalsOf, STRING } from '../args.js';
import { loadCatalog, warnIfStale } from '../catalog-option.js';
import { usageError } from '../errors.js';
import { ASSUME_FLAGS, ASSUME_HELP, assumptionsOf, fleetResults } from '../fleet-input.js';
import type { Command } from './command.js';

const FLAGS = { 'as-of': STRING, horizon: STRING, format: STRING, catalog: STRING, ...ASSUME_FLAGS } as const;

export const fleetCommand: Command = {
  name: 'fleet',
  help: `Usage: hotpatch-calendar fleet FILE|- --as-of YYYY-MM-DD [--horizon MONTHS] [--format jsonl|csv] [--catalog FILE] [--assume-* ...]
One result per device: its Windows version, identity (month, channel, KB), compliance (current, releases and
days behind), eligibility with reasons, and next restart. FILE is an Intune export as saved (CSV with , ; or tab,
any encoding Excel or PowerShell writes), Microsoft Graph managedDevice JSON ({ "value": [...] }) or JSON lines;
columns are matched by name in Intune's and Graph's spellings (Device name, OS version, SKU family, Processor
architecture, Management agent...), other columns are named once on stderr and ignored.
${ASSUME_HELP}`,
  async run(args, io) {
    const { values, positionals } = parseCommand(args, FLAGS);
    const [path = '-'] = positionalsOf(positionals, 1, 'the FILE argument (or - for standard input)');
    if (values['as-of'] === undefined) throw usageError('fleet needs --as-of YYYY-MM-DD (the day of the forecast)');
    const asOf = parseCivilDate(values['as-of']);
    const horizon = intFlag('horizon', values.horizon);
    const format = choiceFlag('format', values.format, ['jsonl', 'csv'], 'jsonl');
    const catalog = await loadCatalog(values.catalog, io);
    warnIfStale(catalog, asOf, io);
    const results = fleetResults(path, io, {
      asOf,
      assume: assumptionsOf(values),
      assumeEsu: values['assume-esu'] === true,
      ...(horizon === undefined ? {} : { horizonMonths: horizon }),
      ...(catalog ? { catalog } : {}),
    });
    if (format === 'csv') await io.stdout(FLEET_CSV_HEADER);
    for await (const r of results)
      await io.stdout(format === 'jsonl' ? `${JSON.stringify(r)}\n` : renderFleetCsvRow(r));
  },
};

/**
 * `hotpatch-calendar fleet FILE`: one forecast per device of a fleet file, streamed with back-pressure.
 * @module
 */
import { FLEET_CSV_HEADER, renderFleetCsvRow } from '../../render/fleet-csv.js';
import { renderFleetTableHeader, renderFleetTableRow } from '../../render/fleet-table.js';
import { _messages } from '../../render/locale/locales.js';
import { _formatDate } from '../../time/civil-date.js';
import { choiceFlag, intFlag, langFlag, parseCommand, positionalsOf, STRING } from '../args.js';
import { ASSUME_HELP } from '../fleet-input.js';
import { fleetJsonLine } from '../fleet-memo.js';
import { FLEET_COMMAND_FLAGS, fleetRun } from '../fleet-run.js';
import type { Command } from './command.js';

const FLAGS = { ...FLEET_COMMAND_FLAGS, horizon: STRING } as const;

export const fleetCommand: Command = {
  name: 'fleet',
  help: `Usage: hotpatch-calendar fleet FILE|- [--as-of YYYY-MM-DD] [--horizon MONTHS] [--format jsonl|csv|table] [--lang en|de]
                                [--column FIELD=COLUMN]... [--allow-errors] [--catalog FILE] [--assume-* ...]
One result per device: its Windows version, identity (month, channel, KB), compliance (current, releases and
days behind), eligibility with reasons, and next restart. FILE is an Intune export as saved (CSV with , ; or tab,
any encoding Excel or PowerShell writes), Microsoft Graph managedDevice JSON ({ "value": [...] }) or JSON lines;
columns are matched by name in Intune's and Graph's spellings (Device name, OS version, SKU family, Processor
architecture, Management agent...), other columns are named once on stderr and ignored. --as-of defaults to
today (UTC). Exit 1 when a record is no device (each named with its row on stderr), unless --allow-errors.
Example: hotpatch-calendar fleet export.csv --format table
${ASSUME_HELP}`,
  async run(args, io) {
    const { values, positionals } = parseCommand(args, FLAGS);
    const [path = '-'] = positionalsOf(positionals, 1, 'the FILE argument (or - for standard input)');
    const horizon = intFlag('horizon', values.horizon);
    const format = choiceFlag('format', values.format, ['jsonl', 'csv', 'table'], 'jsonl');
    const m = _messages('--lang', langFlag(values.lang));
    const { asOf, results, finish } = await fleetRun(path, values, io, horizon);
    if (format === 'csv') await io.stdout(FLEET_CSV_HEADER);
    if (format === 'table') await io.stdout(renderFleetTableHeader(_formatDate(asOf), m));
    let records = 0;
    for await (const r of results) {
      records++;
      await io.stdout(
        format === 'jsonl' ? fleetJsonLine(r) : format === 'csv' ? renderFleetCsvRow(r) : renderFleetTableRow(r, m),
      );
    }
    finish(records);
  },
};

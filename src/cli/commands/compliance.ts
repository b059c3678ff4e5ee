/**
 * `hotpatch-calendar compliance FILE --as-of DATE`: the fleet's security currency on a date, and what to do for the
 * devices that are not hotpatching, in one pass.
 * @module
 */
import { renderComplianceHtml } from '../../render/compliance/html.js';
import { renderComplianceCsv, renderComplianceMarkdown, renderComplianceText } from '../../render/compliance/text.js';
import { complianceSummary } from '../../restart/compliance.js';
import { _reportWords } from '../../render/locale/locales.js';
import { choiceFlag, langFlag, parseCommand, positionalsOf, STRING } from '../args.js';
import { ioError } from '../errors.js';
import { ASSUME_HELP } from '../fleet-input.js';
import { FLEET_COMMAND_FLAGS, fleetRun } from '../fleet-run.js';
import { colorOf, type Command } from './command.js';

const FORMATS = ['table', 'json', 'csv', 'md', 'html'] as const;

export const complianceCommand: Command = {
  name: 'compliance',
  help: `Usage: hotpatch-calendar compliance FILE|- [--as-of YYYY-MM-DD] [--format table|json|csv|md|html] [--lang en|de]
                                     [--column FIELD=COLUMN]... [--allow-errors] [--output FILE|-] [--catalog FILE] [--assume-* ...]
The fleet's compliance on the date (default: today, UTC), counting only releases published by then: devices
current per product and channel, the devices that are not current by name (furthest behind first, with the
reason and what to do), the distribution of security releases behind, restarts due within 7 and 30 days, and the
devices that are not hotpatching grouped by remedy ("1,204 devices: turn on VBS"). FILE as for 'fleet'. Exit 1
when a record is no device (each named with its row on stderr), unless --allow-errors.
Example: hotpatch-calendar compliance export.csv --column osVersion="Betriebssystemversion" --lang de --format html
${ASSUME_HELP}`,
  async run(args, io) {
    const { values, positionals } = parseCommand(args, { ...FLEET_COMMAND_FLAGS, output: STRING });
    const [path = '-'] = positionalsOf(positionals, 1, 'the FILE argument (or - for standard input)');
    const format = choiceFlag('format', values.format, FORMATS, 'table');
    const m = _reportWords(langFlag(values.lang));
    const { asOf, results, finish } = await fleetRun(path, values, io);
    const summary = await complianceSummary(results, { asOf });
    const render = {
      table: () => renderComplianceText(summary, { color: colorOf(io), messages: m }),
      json: () => `${JSON.stringify(summary, null, 2)}\n`,
      csv: () => renderComplianceCsv(summary),
      md: () => renderComplianceMarkdown(summary, m),
      html: () => renderComplianceHtml(summary, m),
    }[format];
    const text = render();
    if (values.output === undefined || values.output === '-') await io.stdout(text);
    else {
      try {
        await io.writeFile(values.output, text);
      } catch (error) {
        throw ioError(`cannot write ${values.output}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    finish(summary.records);
  },
};

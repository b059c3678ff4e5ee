/**
 * `hotpatch-calendar compliance FILE --as-of DATE`: the fleet's security currency on a date, and what to do for the
 * devices that are not hotpatching, in one pass.
 * @module
 */
import { renderComplianceHtml } from '../../render/compliance/html.js';
import { renderComplianceCsv, renderComplianceMarkdown, renderComplianceText } from '../../render/compliance/text.js';
import { complianceSummary } from '../../restart/compliance.js';
import { parseCivilDate } from '../../time/civil-date.js';
import { choiceFlag, parseCommand, positionalsOf, STRING } from '../args.js';
import { loadCatalog, warnIfStale } from '../catalog-option.js';
import { usageError } from '../errors.js';
import { ASSUME_FLAGS, ASSUME_HELP, assumptionsOf, fleetResults } from '../fleet-input.js';
import { colorOf, type Command } from './command.js';

const FLAGS = { 'as-of': STRING, format: STRING, catalog: STRING, ...ASSUME_FLAGS } as const;
const FORMATS = ['table', 'json', 'csv', 'md', 'html'] as const;

export const complianceCommand: Command = {
  name: 'compliance',
  help: `Usage: hotpatch-calendar compliance FILE|- --as-of YYYY-MM-DD [--format table|json|csv|md|html] [--catalog FILE] [--assume-* ...]
The fleet's compliance on the date, counting only releases published by then: devices current per product and
channel, the distribution of security releases behind, restarts due within 7 and 30 days, and the devices that
are not hotpatching grouped by remedy ("1,204 devices: turn on VBS"). FILE as for 'fleet'.
${ASSUME_HELP}`,
  async run(args, io) {
    const { values, positionals } = parseCommand(args, FLAGS);
    const [path = '-'] = positionalsOf(positionals, 1, 'the FILE argument (or - for standard input)');
    if (values['as-of'] === undefined) throw usageError('compliance needs --as-of YYYY-MM-DD (the day audited)');
    const asOf = parseCivilDate(values['as-of']);
    const format = choiceFlag('format', values.format, FORMATS, 'table');
    const catalog = await loadCatalog(values.catalog, io);
    warnIfStale(catalog, asOf, io);
    const results = fleetResults(path, io, {
      asOf,
      assume: assumptionsOf(values),
      assumeEsu: values['assume-esu'] === true,
      ...(catalog ? { catalog } : {}),
    });
    const summary = await complianceSummary(results, { asOf });
    const render = {
      table: () => renderComplianceText(summary, { color: colorOf(io) }),
      json: () => `${JSON.stringify(summary, null, 2)}\n`,
      csv: () => renderComplianceCsv(summary),
      md: () => renderComplianceMarkdown(summary),
      html: () => renderComplianceHtml(summary),
    }[format];
    await io.stdout(render());
  },
};

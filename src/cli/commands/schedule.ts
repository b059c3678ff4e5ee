/**
 * `hotpatch-calendar schedule`: maintenance windows relative to Patch Tuesday, and the same rule for schedulers.
 * @module
 */
import { toCron, toRrule } from '../../schedule/exporters.js';
import { awsMaintenanceWindowTemplate, gcpPatchDeployment } from '../../deploy/clouds.js';
import { azureDeploymentTemplate, azureMaintenanceConfiguration } from '../../deploy/azure.js';
import { toBicep } from '../../deploy/bicep.js';
import { maintenanceWindows, type WindowRule } from '../../schedule/maintenance-windows.js';
import { renderScheduleText } from '../../render/text/schedule.js';
import { parseYearMonth } from '../../time/year-month.js';
import { choiceFlag, intFlag, parseCommand, positionalsOf, FORMAT_AND_ZONE, STRING, langFlag } from '../args.js';
import { usageError } from '../errors.js';
import { _reportWords } from '../../render/locale/locales.js';
import { colorOf, type Command } from './command.js';

const FORMATS = ['table', 'json', 'azure', 'bicep', 'aws', 'gcp', 'rrule', 'cron'] as const;
const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

const FLAGS = {
  ...FORMAT_AND_ZONE,
  from: STRING,
  to: STRING,
  offset: STRING,
  time: STRING,
  duration: STRING,
  command: STRING,
  name: STRING,
  location: STRING,
} as const;

export const scheduleCommand: Command = {
  name: 'schedule',
  help: `Usage: hotpatch-calendar schedule --from YYYY-MM --to YYYY-MM [--offset DAYS] [--time HH:MM] [--tz ZONE]
  [--duration MINUTES] [--format table|json|azure|bicep|aws|gcp|rrule|cron] [--command CMD]
  [--name NAME] [--location REGION]
Maintenance windows "Patch Tuesday + N days at HH:MM local", and the same rule for a scheduler.
azure: an ARM deployment template of an Azure Update Manager maintenance configuration (bicep: the same as
Bicep), first window in --from, zone as its Windows name, restarts only where an update needs one.
aws: a CloudFormation template of an SSM maintenance window. gcp: an OS Config patch deployment.
Example: hotpatch-calendar schedule --from 2027-01 --to 2027-12 --offset 3 --time 02:00 --tz Europe/Berlin --format azure`,
  async run(args, io) {
    const { values, positionals } = parseCommand(args, FLAGS);
    positionalsOf(positionals, 0, '');
    if (values.from === undefined || values.to === undefined)
      throw usageError('schedule needs --from YYYY-MM and --to YYYY-MM');
    const rule: WindowRule = {
      offsetDays: intFlag('offset', values.offset) ?? 0,
      time: values.time ?? '00:00',
      zone: values.tz ?? 'UTC',
      durationMinutes: intFlag('duration', values.duration) ?? 120,
    };
    const from = parseYearMonth(values.from);
    const to = parseYearMonth(values.to);
    if (to.year * 12 + to.month < from.year * 12 + from.month)
      throw usageError(`--to ${values.to} is before --from ${values.from}; expected --to on or after --from`);
    const windows = maintenanceWindows({ from, to: values.to }, rule);
    const format = choiceFlag('format', values.format, FORMATS, 'table');
    if (format === 'cron') {
      const c = toCron(rule, values.command ?? '/path/to/maintenance');
      return io.stdout(`# ${c.warning}\n${c.crontab}\n`);
    }
    const azure = () =>
      azureMaintenanceConfiguration(rule, {
        from,
        to,
        ...(values.name !== undefined ? { name: values.name } : {}),
        ...(values.location !== undefined ? { location: values.location } : {}),
      });
    await io.stdout(
      {
        table: () => renderScheduleText(windows, { color: colorOf(io), words: _reportWords(langFlag(values.lang)) }),
        json: () => json(windows),
        azure: () => json(azureDeploymentTemplate(azure())),
        bicep: () => toBicep(azure()),
        // --to is each format's end: Azure expirationDateTime, AWS EndDate, GCP endTime, RRULE UNTIL.
        aws: () =>
          json(
            awsMaintenanceWindowTemplate(rule, {
              from,
              to,
              ...(values.name !== undefined ? { name: values.name } : {}),
            }),
          ),
        gcp: () => json(gcpPatchDeployment(rule, { from, to })),
        rrule: () => `${toRrule(rule, from, { lastMonth: to })}\n`,
      }[format](),
    );
  },
};

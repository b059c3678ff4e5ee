/**
 * `hotpatch-calendar deadline YYYY-MM`: offer, deadline and forced restart under a ring policy.
 * @module
 */
import { _patchTuesdayOf } from '../../cadence/patch-tuesday.js';
import { parseYearMonth } from '../../time/year-month.js';
import { RING_PRESETS, restartDeadline, type RingPolicy } from '../../restart/deadline.js';
import { CHANNELS } from '../../catalog/types.js';
import { _product } from '../../products/products.js';
import { renderDeadlineText } from '../../render/text/deadline.js';
import { choiceFlag, intFlag, parseCommand, positionalsOf, FORMAT_AND_ZONE, STRING, langFlag } from '../args.js';
import { usageError } from '../errors.js';
import { loadCatalog, warnIfStale } from '../catalog-option.js';
import { _reportWords } from '../../render/locale/locales.js';
import { colorOf, type Command } from './command.js';

const FLAGS = {
  catalog: STRING,
  ...FORMAT_AND_ZONE,
  preset: STRING,
  deferral: STRING,
  deadline: STRING,
  grace: STRING,
  channel: STRING,
  product: STRING,
} as const;

export const deadlineCommand: Command = {
  name: 'deadline',
  help: `Usage: hotpatch-calendar deadline YYYY-MM (--preset test|first|fast|broad|expedited | --deferral N --deadline N --grace N)
  [--tz ZONE] [--channel hotpatch|standard] [--product ID] [--format table|json]
Offer, deadline, grace end and forced restart of a month's quality update under a ring policy. --lang de: German.
Example: hotpatch-calendar deadline 2027-02 --preset broad --tz Europe/Berlin`,
  async run(args, io) {
    const { values, positionals } = parseCommand(args, FLAGS);
    const [month] = positionalsOf(positionals, 1, 'the YYYY-MM argument');
    const custom = values.deferral !== undefined || values.deadline !== undefined || values.grace !== undefined;
    if (values.preset !== undefined && custom)
      throw usageError('give --preset or --deferral/--deadline/--grace, not both');
    if (values.preset === undefined && !custom)
      throw usageError('deadline needs --preset NAME or --deferral/--deadline/--grace');
    const deferral = intFlag('deferral', values.deferral);
    const deadline = intFlag('deadline', values.deadline);
    const grace = intFlag('grace', values.grace);
    const policy: RingPolicy = {
      ...(deferral !== undefined ? { deferralInDays: deferral } : {}),
      ...(deadline !== undefined ? { deadlineForQualityUpdatesInDays: deadline } : {}),
      ...(grace !== undefined ? { deadlineGracePeriodInDays: grace } : {}),
    };
    const catalog = await loadCatalog(values.catalog, io);
    warnIfStale(catalog, _patchTuesdayOf(parseYearMonth(month ?? '')), io);
    const d = restartDeadline(
      month ?? '',
      values.preset !== undefined ? choiceFlag('preset', values.preset, RING_PRESETS, 'first') : policy,
      {
        ...(values.tz !== undefined ? { zone: values.tz } : {}),
        ...(catalog ? { catalog } : {}),
        ...(values.channel !== undefined
          ? { channel: choiceFlag('channel', values.channel, CHANNELS, 'standard') }
          : {}),
        ...(values.product !== undefined ? { product: _product('--product', values.product).id } : {}),
      },
    );
    const format = choiceFlag('format', values.format, ['table', 'json'], 'table');
    await io.stdout(
      format === 'json'
        ? `${JSON.stringify(d, null, 2)}\n`
        : renderDeadlineText(d, { color: colorOf(io), words: _reportWords(langFlag(values.lang)) }),
    );
  },
};

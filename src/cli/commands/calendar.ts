/**
 * `hotpatch-calendar [YEAR]`: the yearly calendar in any format, to stdout or a file.
 * @module
 */
import { CALENDAR_INCLUDES, yearCalendar } from '../../calendar/year-calendar.js';
import { renderCsv } from '../../render/csv.js';
import { renderHtml } from '../../render/html.js';
import { renderIcs } from '../../render/ics.js';
import { renderJson } from '../../render/json.js';
import { renderMarkdown } from '../../render/markdown.js';
import { renderCalendarText } from '../../render/text/calendar.js';
import { LOCALES, _messages } from '../../render/locale/locales.js';
import { _fromEpochDay } from '../../time/civil-date.js';
import {
  choiceFlag,
  parseCommand,
  positionalsOf,
  productFlags,
  PRODUCT_LIST,
  FORMAT_AND_ZONE,
  STRING,
} from '../args.js';
import { ioError, usageError } from '../errors.js';
import { VERSION } from '../version.js';
import { loadCatalog, warnIfStale } from '../catalog-option.js';
import { colorOf, widthOf, type Command } from './command.js';

const FORMATS = ['table', 'json', 'csv', 'ics', 'md', 'html'] as const;

const FLAGS = {
  catalog: STRING,
  ...FORMAT_AND_ZONE,
  output: STRING,
  lang: STRING,
  wide: { type: 'boolean' },
  events: STRING,
  product: { type: 'string', multiple: true },
  include: { type: 'string', multiple: true },
} as const;

export const calendarCommand: Command = {
  name: '',
  help: `hotpatch-calendar ${VERSION}: Windows hotpatch calendars, KB and build numbering, restart forecasts.

Usage:
  hotpatch-calendar [calendar] [YEAR] [--product ID]... [--format table|json|csv|ics|md|html] [--tz ZONE]
                    [--lang en|de] [--include oob|previews]... [--wide] [--events merged|per-product]
                    [--output FILE|-]
  hotpatch-calendar month YYYY-MM [--product ID]... [--tz ZONE] [--format table|json]
  hotpatch-calendar build BUILD [--product ID] [--format table|json]
  hotpatch-calendar restarts --build BUILD [device flags] [--year YYYY | --from DATE --to DATE]
  hotpatch-calendar deadline YYYY-MM (--preset NAME | --deferral N --deadline N --grace N) [--tz ZONE] [--channel CH]
  hotpatch-calendar fleet FILE|- --as-of YYYY-MM-DD [--horizon N] [--input csv|jsonl] [--format jsonl|csv]
  hotpatch-calendar schedule --from YYYY-MM --to YYYY-MM [--offset N] [--time HH:MM] [--tz ZONE] [--duration MIN] [--format ...]
  hotpatch-calendar compliance FILE|- --as-of YYYY-MM-DD [--format table|json|csv|md|html]
  hotpatch-calendar compliance-policy --product ID [--product ID]... --month YYYY-MM [--allow-projected]
  hotpatch-calendar refresh [--catalog FILE] [--month YYYY-MM ... | --since YYYY-MM] [--from FILE ...]
  hotpatch-calendar data [--as-of YYYY-MM-DD] [--format table|json]

Every command reads the overlay 'refresh' wrote (--catalog FILE, HOTPATCH_CALENDAR_CATALOG, or the user cache)
over the built-in data; --builtin reads the built-in data only.

YEAR defaults to the current year (UTC). Products: ${PRODUCT_LIST}.
Run 'hotpatch-calendar COMMAND --help' for a command's flags. Exit codes: 0 ok, 1 bad data, 2 usage error.`,
  async run(args, io) {
    const { values, positionals } = parseCommand(args, FLAGS);
    const [yearText] = positionals.length === 0 ? [undefined] : positionalsOf(positionals, 1, 'YEAR');
    if (yearText !== undefined && !/^\d{1,4}$/.test(yearText))
      throw usageError(`YEAR ${JSON.stringify(yearText)} is not a year; expected 1 to 9999`);
    const year = yearText === undefined ? _fromEpochDay(Math.floor(io.now() / 86_400_000)).year : Number(yearText);
    const format = choiceFlag('format', values.format, FORMATS, 'table');
    const locale = choiceFlag('lang', values.lang, LOCALES, 'en');
    // /dev/stdout is standard output itself (opening it fails when it is a socket): the same writer as -.
    const toStdout = values.output === undefined || values.output === '-' || values.output === '/dev/stdout';
    const include = (values.include ?? []).map((i) => choiceFlag('include', i, CALENDAR_INCLUDES, 'oob'));
    const products = productFlags(values.product);
    const catalog = await loadCatalog(values.catalog, io);
    warnIfStale(catalog, _fromEpochDay(Math.floor(io.now() / 86_400_000)), io);
    const cal = yearCalendar(year, {
      ...(catalog ? { catalog } : {}),
      ...(products ? { products } : {}),
      ...(values.tz !== undefined ? { zone: values.tz } : {}),
      include,
    });
    const text = {
      json: () => renderJson(cal),
      csv: () => renderCsv(cal),
      ics: () =>
        renderIcs(cal, {
          locale,
          ...(values.events === undefined
            ? {}
            : { events: choiceFlag('events', values.events, ['merged', 'per-product'], 'merged') }),
        }),
      md: () => renderMarkdown(cal, { locale }),
      html: () => renderHtml(cal, { locale }),
      table: () =>
        renderCalendarText(cal, {
          color: colorOf(io) && toStdout,
          wide: values.wide === true,
          messages: _messages('--lang', locale),
          ...(toStdout && widthOf(io) !== undefined ? { width: widthOf(io) as number } : {}),
        }),
    }[format]();
    if (toStdout || values.output === undefined) return io.stdout(text);
    try {
      await io.writeFile(values.output, text);
    } catch (error) {
      throw ioError(`cannot write ${values.output}: ${error instanceof Error ? error.message : String(error)}`);
    }
  },
};

/**
 * `hotpatch-calendar [YEAR]`: the yearly calendar in any format, to stdout or a file.
 * @module
 */
import { CALENDAR_INCLUDES, yearCalendar } from '../../calendar/year-calendar.js';
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
import { inputError, ioError, usageError } from '../errors.js';
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

Usage: hotpatch-calendar [COMMAND] [ARGS] [--lang en|de] [--builtin]

Commands (each has --help with its flags, defaults and an example):
  [calendar] [YEAR]   the yearly calendar as a table, JSON, CSV, iCalendar, Markdown or HTML
                      hotpatch-calendar 2027 --tz "W. Europe Standard Time" --format ics --output 2027.ics
  month YYYY-MM       one month per product: kind, release instant, every release with KB and build
                      hotpatch-calendar month 2026-06
  build BUILD|KB      what a build is (product, month, channel, KB), or the releases of a KB
                      hotpatch-calendar build 26100.7781   hotpatch-calendar build KB5077212
  restarts            a device's restarts over a year, with the reason for each and why it is not hotpatching
                      hotpatch-calendar restarts --build 26100.7781 --edition Enterprise --year 2027
  deadline YYYY-MM    when an Intune deadline forces the restart of a month's update
                      hotpatch-calendar deadline 2027-02 --preset broad --tz Europe/Berlin
  fleet FILE          one forecast per device of an Intune export, Graph JSON or JSON lines
                      hotpatch-calendar fleet export.csv --format table
  compliance FILE     the fleet's security currency on a day, naming the devices behind and what to do
                      hotpatch-calendar compliance export.csv --format html --output compliance.html
  compliance-policy   the OS build ranges an Intune compliance policy should accept for a month
                      hotpatch-calendar compliance-policy --product windows-11-24h2 --month 2026-08
  schedule            maintenance windows after Patch Tuesday, for Azure, AWS, GCP, cron or RRULE
                      hotpatch-calendar schedule --from 2027-01 --to 2027-12 --offset 3 --format azure
  refresh             reads newer months from Microsoft (MSRC CVRF, release-information pages) into the cache
                      hotpatch-calendar refresh --since 2026-09
  data                how current the data is per product and channel, and where it comes from
                      hotpatch-calendar data
  serve               the page, an iCalendar feed to subscribe to and a JSON API over HTTP, kept current
                      hotpatch-calendar serve --port 8080

Every command reads the overlay 'refresh' wrote (--catalog FILE, HOTPATCH_CALENDAR_CATALOG, or the user cache)
over the built-in data; --builtin reads the built-in data only. --lang de writes German for people (tables,
reports, calendars); error messages stay English for scripts.

Calendar flags: [--product ID]... [--format table|json|csv|ics|md|html] [--tz ZONE] [--include oob|previews]...
[--wide] [--events merged|per-product] [--output FILE|-]. YEAR defaults to the current year (UTC).
Products: ${PRODUCT_LIST}. --tz takes IANA zones and Windows zone names.
Exit codes: 0 ok, 1 bad data (a file, the catalog, records that are no device), 2 usage error.`,
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
    if (cal.rows.length === 0) {
      // No product of the program is serviced that year: say which years the calendar covers, not an empty table.
      const active = (y: number) => yearCalendar(y, catalog ? { catalog } : {}).rows.length > 0;
      const years = Array.from({ length: 60 }, (_, i) => 2000 + i).filter(active);
      throw inputError(
        `no hotpatch product is in its program in ${year}; the calendar covers ${years[0]} to ${years.at(-1)} (the products' program start to their end of servicing)`,
      );
    }
    // Each format's renderer is loaded when it is asked for: printing a table compiles no iCalendar code.
    const text = await {
      json: async () => (await import('../../render/json.js')).renderJson(cal),
      csv: async () => (await import('../../render/csv.js')).renderCsv(cal),
      ics: async () =>
        (await import('../../render/ics.js')).renderIcs(cal, {
          locale,
          ...(values.events === undefined
            ? {}
            : { events: choiceFlag('events', values.events, ['merged', 'per-product'], 'merged') }),
        }),
      md: async () => (await import('../../render/markdown.js')).renderMarkdown(cal, { locale }),
      html: async () => (await import('../../render/html.js')).renderHtml(cal, { locale }),
      table: async () =>
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

/**
 * The command-line interface as a function: `main(argv, io)` parses arguments with `node:util` `parseArgs`, calls
 * the library and prints through `io`. It never touches `process`, the clock or the file system itself.
 * @module
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isHotpatchError, type ErrorCode } from '../errors.js';
import { VERSION } from './version.js';
import { parseCivilDate, _formatDate } from '../time/civil-date.js';
import { formatYearMonth, parseYearMonth } from '../time/year-month.js';
import { PRODUCT_IDS, _product, type ProductId } from '../products/products.js';
import { describeMonth } from '../calendar/describe-month.js';
import { releasesOf } from '../catalog/releases.js';
import { identifyBuild } from '../catalog/identify-build.js';
import { parseDevice } from '../restart/device.js';
import { checkEligibility } from '../restart/eligibility.js';
import { predictRestarts } from '../restart/predict.js';
import { restartDeadline, type RingPolicy, type RingPreset } from '../restart/deadline.js';
import { forecastFleet } from '../restart/fleet.js';
import { yearCalendar, type CalendarInclude, type YearCalendar } from '../calendar/year-calendar.js';
import { _csvField, renderCsv } from '../render/csv.js';
import { renderHtml } from '../render/html.js';
import { renderIcs } from '../render/ics.js';
import { renderJson } from '../render/json.js';
import { renderMarkdown } from '../render/markdown.js';
import { _kbAndBuild, _kindLabel } from '../render/labels.js';
import { maintenanceWindows, type WindowRule } from '../schedule/maintenance-windows.js';
import { toAwsSchedule, toAzureRecurrence, toCron, toGcpRecurringSchedule, toRrule } from '../schedule/exporters.js';
import { _csvRecords } from './input/csv-lines.js';

/** What the CLI needs from its host; `bin.ts` provides the real one, tests a fake. */
export interface CliIo {
  /** Writes to standard output. */
  stdout(text: string): void;
  /** Writes to standard error. */
  stderr(text: string): void;
  /** Lines of a file, or of standard input for `-`; rejects when unreadable. */
  readLines(path: string): AsyncIterable<string>;
  /** Writes a file. */
  writeFile(path: string, text: string): Promise<void>;
  /** Whether standard output is a terminal (colour only then). */
  readonly isTTY: boolean;
  /** The clock, read only for the default year. */
  now(): number;
}

class UsageError extends Error {}
class DataError extends Error {}

/** Library codes that mean the arguments were wrong (exit 2); the rest mean bad data (exit 1). */
const USAGE_CODES = new Set<ErrorCode>(['E_DATE_RANGE', 'E_DATE_FORMAT', 'E_TYPE', 'E_UNKNOWN_PRODUCT', 'E_ZONE', 'E_OPTION', 'E_BUILD_FORMAT', 'E_BUILD_PRODUCT', 'E_KB_FORMAT', 'E_DEVICE', 'E_POLICY', 'E_INTERVAL', 'E_SCHEDULE']);

const FORMATS = ['table', 'json', 'csv', 'ics', 'md', 'html'] as const;

/** Column names of an Intune device export, mapped to device-profile fields, so an export can be read as it is. */
const HEADER_ALIASES: ReadonlyMap<string, string> = new Map([
  ['device name', 'id'],
  ['device id', 'id'],
  ['os version', 'osVersion'],
  ['osversion', 'osVersion'],
  ['sku family', 'edition'],
  ['processor architecture', 'architecture'],
]);

const HELP: Record<string, string> = {
  main: `hotpatch-calendar ${VERSION}: Windows hotpatch calendars, KB and build numbering, restart forecasts.

Usage:
  hotpatch-calendar [YEAR] [--product ID]... [--format table|json|csv|ics|md|html] [--tz ZONE] [--include oob|previews]... [--output FILE]
  hotpatch-calendar month YYYY-MM [--product ID]... [--tz ZONE] [--format table|json]
  hotpatch-calendar build BUILD [--product ID] [--format table|json]
  hotpatch-calendar restarts --build BUILD --edition EDITION [device flags] [--year YYYY | --from DATE --to DATE]
  hotpatch-calendar deadline YYYY-MM (--preset NAME | --deferral N --deadline N --grace N) [--tz ZONE] [--channel CH]
  hotpatch-calendar fleet FILE|- --as-of YYYY-MM-DD [--horizon N] [--input csv|jsonl] [--format jsonl|csv]
  hotpatch-calendar schedule --from YYYY-MM --to YYYY-MM [--offset N] [--time HH:MM] [--tz ZONE] [--duration MIN] [--format ...]

YEAR defaults to the current year (UTC). Products: ${PRODUCT_IDS.join(', ')}.
Run 'hotpatch-calendar COMMAND --help' for a command's flags. Exit codes: 0 ok, 1 bad data, 2 usage error.`,
  month: `Usage: hotpatch-calendar month YYYY-MM [--product ID]... [--tz ZONE] [--format table|json]
Describes a month per product: planned and actual kind, Patch Tuesday, the release instant, and every release
(B releases on both channels, OOBs, previews) with KB and build.`,
  build: `Usage: hotpatch-calendar build BUILD [--product ID] [--format table|json]
Identifies an OS build (26100.4061 or 10.0.26100.4061): product candidates, month, channel, kind and KB.`,
  restarts: `Usage: hotpatch-calendar restarts --build BUILD --edition EDITION [--product ID] [--arch x64|arm64]
  [--license LICENSE] [--vbs true|false] [--policy enabled|disabled|default] [--management MGMT] [--chpe-disabled]
  [--tenant-opt-out] [--year YYYY | --from YYYY-MM-DD --to YYYY-MM-DD] [--as-of YYYY-MM-DD] [--tz ZONE] [--format table|json]
Predicts the restarts Windows quality updates will require of one device, with eligibility on --as-of
(default: --from). Defaults: --arch x64 --policy enabled --management intune --vbs true.`,
  deadline: `Usage: hotpatch-calendar deadline YYYY-MM (--preset test|first|fast|broad|expedited | --deferral N --deadline N --grace N)
  [--tz ZONE] [--channel hotpatch|standard] [--product ID] [--format table|json]
Offer, deadline, grace end and forced restart of a month's quality update under a ring policy.`,
  fleet: `Usage: hotpatch-calendar fleet FILE|- --as-of YYYY-MM-DD [--horizon MONTHS] [--input csv|jsonl] [--format jsonl|csv]
Streams device records (CSV with a header row, or JSON lines) to one forecast per device. Columns/keys: id,
product, edition, architecture, build or osVersion, license, vbsRunning, hotpatchPolicy, chpeDisabled, management.
Intune export headers are understood: Device name, OS version, SKU family, Processor architecture.`,
  schedule: `Usage: hotpatch-calendar schedule --from YYYY-MM --to YYYY-MM [--offset DAYS] [--time HH:MM] [--tz ZONE]
  [--duration MINUTES] [--format table|json|azure|aws|gcp|rrule|cron] [--command CMD]
Maintenance windows "Patch Tuesday + N days at HH:MM local", and the same rule for a scheduler.`,
};

function parse(args: string[], options: ParseArgsConfig['options']): { values: Record<string, string | boolean | (string | boolean)[] | undefined>; positionals: string[] } {
  try {
    const r = parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
    return { values: r.values as Record<string, string | boolean | (string | boolean)[] | undefined>, positionals: r.positionals };
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message.split('\n')[0] ?? 'bad arguments' : 'bad arguments');
  }
}

function str(values: Record<string, unknown>, key: string): string | undefined {
  const v = values[key];
  return typeof v === 'string' ? v : undefined;
}

function int(flag: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^-?\d{1,6}$/.test(text)) throw new UsageError(`--${flag} ${JSON.stringify(text)} is not a whole number`);
  return Number(text);
}

function oneOf<T extends string>(flag: string, text: string | undefined, allowed: readonly T[], fallback: T): T {
  if (text === undefined) return fallback;
  if ((allowed as readonly string[]).includes(text)) return text as T;
  throw new UsageError(`--${flag} ${JSON.stringify(text)} is not accepted; expected one of ${allowed.join(', ')}`);
}

function products(values: Record<string, unknown>): ProductId[] | undefined {
  const v = values['product'];
  if (!Array.isArray(v) || v.length === 0) return undefined;
  return v.map((p) => _product('hotpatch-calendar', p).id);
}

const COLORS = { baseline: '\x1b[31m', unplanned: '\x1b[33m', hotpatch: '\x1b[32m', reset: '\x1b[0m' };

function table(rows: string[][], io: CliIo, colorOf?: (row: number) => string | null): string {
  const widths = (rows[0] ?? []).map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return `${rows
    .map((r, i) => {
      const line = r.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  ').trimEnd();
      const color = io.isTTY && colorOf && i > 0 ? colorOf(i - 1) : null;
      return color ? `${color}${line}${COLORS.reset}` : line;
    })
    .join('\n')}\n`;
}

function calendarTable(cal: YearCalendar, io: CliIo): string {
  const rows = [['Release', 'Patch Tuesday', 'UTC', `Local (${cal.zone})`, 'Product', 'Type', 'Hotpatch channel', 'Standard channel']];
  for (const r of cal.rows) {
    rows.push([r.names.shortName, _formatDate(r.patchTuesday), r.release.utc.slice(11, 16), r.release.local.slice(0, 16).replace('T', ' '), r.product, `${_kindLabel(r)}${r.source === 'projected' ? ' *' : ''}`, _kbAndBuild(r.hotpatch), _kbAndBuild(r.standard)]);
  }
  const body = table(rows, io, (i) => {
    const r = cal.rows[i];
    return !r ? null : r.unplanned ? COLORS.unplanned : r.kind === 'baseline' ? COLORS.baseline : COLORS.hotpatch;
  });
  return `${body}\n* projected from the planned cadence (not published yet). Data collected ${cal.retrieved}.\n`;
}

async function runCalendar(args: string[], io: CliIo): Promise<void> {
  const { values, positionals } = parse(args, {
    product: { type: 'string', multiple: true },
    format: { type: 'string' },
    tz: { type: 'string' },
    output: { type: 'string' },
    include: { type: 'string', multiple: true },
  });
  if (values['help']) return io.stdout(`${HELP['main']}\n`);
  if (positionals.length > 1) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[1])}`);
  const yearText = positionals[0];
  if (yearText !== undefined && !/^\d{1,4}$/.test(yearText)) throw new UsageError(`YEAR ${JSON.stringify(yearText)} is not a year; expected 1 to 9999`);
  const year = yearText === undefined ? new Date(io.now()).getUTCFullYear() : Number(yearText);
  const format = oneOf('format', str(values, 'format'), FORMATS, 'table');
  const include = ((values['include'] as string[] | undefined) ?? []).map((i) => oneOf('include', i, ['oob', 'previews'] as const, 'oob')) as CalendarInclude[];
  const productList = products(values);
  const tz = str(values, 'tz');
  const cal = yearCalendar(year, { ...(productList ? { products: productList } : {}), ...(tz !== undefined ? { zone: tz } : {}), include });
  const text =
    format === 'json' ? renderJson(cal) : format === 'csv' ? renderCsv(cal) : format === 'ics' ? renderIcs(cal) : format === 'md' ? renderMarkdown(cal) : format === 'html' ? renderHtml(cal) : calendarTable(cal, io);
  const output = str(values, 'output');
  if (output === undefined) return io.stdout(text);
  try {
    await io.writeFile(output, text);
  } catch (error) {
    throw new DataError(`cannot write ${output}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function runMonth(args: string[], io: CliIo): Promise<void> {
  const { values, positionals } = parse(args, { product: { type: 'string', multiple: true }, tz: { type: 'string' }, format: { type: 'string' } });
  if (values['help']) return io.stdout(`${HELP['month']}\n`);
  if (positionals.length !== 1) throw new UsageError('month takes one YYYY-MM argument');
  const ym = parseYearMonth(positionals[0] as string);
  const format = oneOf('format', str(values, 'format'), ['table', 'json'] as const, 'table');
  const tz = str(values, 'tz');
  const list = (products(values) ?? [...PRODUCT_IDS]).map((p) => ({ ...describeMonth(p, ym, tz !== undefined ? { zone: tz } : {}), releases: releasesOf(p, ym) }));
  if (format === 'json') return io.stdout(`${JSON.stringify(list, null, 2)}\n`);
  const first = list[0];
  let out = first ? `${first.names.shortName} (${first.names.msrcId}): Patch Tuesday ${_formatDate(first.patchTuesday)}, released ${first.release.utc} / ${first.release.local}\n\n` : '';
  const rows = [['Product', 'Kind', 'Status', 'Channel', 'Release', 'KB', 'Build', 'Date', 'Restart', 'Source']];
  for (const m of list) {
    for (const r of m.releases) rows.push([m.product, m.unplanned ? 'baseline (unplanned)' : m.kind, m.status, r.channel, r.kind, r.kb ?? '-', r.build ?? '-', r.date ? _formatDate(r.date) : '-', r.restartRequired ? 'yes' : 'no', r.source]);
  }
  out += table(rows, io);
  io.stdout(out);
}

async function runBuild(args: string[], io: CliIo): Promise<void> {
  const { values, positionals } = parse(args, { product: { type: 'string' }, format: { type: 'string' } });
  if (values['help']) return io.stdout(`${HELP['build']}\n`);
  if (positionals.length !== 1) throw new UsageError('build takes one BUILD argument, e.g. 26100.4061');
  const product = str(values, 'product');
  const id = identifyBuild(positionals[0] as string, product !== undefined ? { product: _product('hotpatch-calendar', product).id } : {});
  const format = oneOf('format', str(values, 'format'), ['table', 'json'] as const, 'table');
  if (format === 'json') return io.stdout(`${JSON.stringify(id, null, 2)}\n`);
  let out = `Build ${id.build}: ${id.candidates.length ? id.candidates.join(' or ') : 'no hotpatch product'}${id.known ? '' : ' (not in the catalog)'}\n`;
  if (id.matches.length) {
    out += `\n${table([['Product', 'Month', 'Channel', 'Kind', 'KB', 'Date'], ...id.matches.map((r) => [r.product, formatYearMonth(r.month), r.channel, r.kind, r.kb ?? '-', r.date ? _formatDate(r.date) : '-'])], io)}`;
  }
  io.stdout(out);
}

async function runRestarts(args: string[], io: CliIo): Promise<void> {
  const { values, positionals } = parse(args, {
    product: { type: 'string' },
    build: { type: 'string' },
    edition: { type: 'string' },
    arch: { type: 'string' },
    license: { type: 'string' },
    vbs: { type: 'string' },
    policy: { type: 'string' },
    management: { type: 'string' },
    'chpe-disabled': { type: 'boolean' },
    'tenant-opt-out': { type: 'boolean' },
    year: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    'as-of': { type: 'string' },
    tz: { type: 'string' },
    format: { type: 'string' },
  });
  if (values['help']) return io.stdout(`${HELP['restarts']}\n`);
  if (positionals.length) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])}`);
  if (str(values, 'build') === undefined || str(values, 'edition') === undefined) throw new UsageError('restarts needs --build and --edition');
  const device = parseDevice({
    ...(str(values, 'product') !== undefined ? { product: str(values, 'product') } : {}),
    build: str(values, 'build'),
    edition: str(values, 'edition'),
    architecture: str(values, 'arch') ?? 'x64',
    ...(str(values, 'license') !== undefined ? { license: str(values, 'license') } : {}),
    vbsRunning: str(values, 'vbs') ?? 'true',
    hotpatchPolicy: str(values, 'policy') ?? 'enabled',
    management: str(values, 'management') ?? 'intune',
    ...(values['chpe-disabled'] ? { chpeDisabled: true } : {}),
    ...(values['tenant-opt-out'] ? { tenantOptOut: true } : {}),
  });
  const yearText = str(values, 'year');
  let from;
  let to;
  if (yearText !== undefined) {
    const y = int('year', yearText) as number;
    from = { year: y, month: 1, day: 1 };
    to = { year: y, month: 12, day: 31 };
  } else {
    if (str(values, 'from') === undefined || str(values, 'to') === undefined) throw new UsageError('restarts needs --year YYYY, or --from and --to dates');
    from = parseCivilDate(str(values, 'from') as string);
    to = parseCivilDate(str(values, 'to') as string);
  }
  const asOf = str(values, 'as-of') !== undefined ? parseCivilDate(str(values, 'as-of') as string) : from;
  const tz = str(values, 'tz');
  const eligibility = checkEligibility(device, { asOf });
  const restarts = predictRestarts(device, { from, to, ...(tz !== undefined ? { zone: tz } : {}) });
  if (oneOf('format', str(values, 'format'), ['table', 'json'] as const, 'table') === 'json') {
    return io.stdout(`${JSON.stringify({ device, eligibility, restarts }, null, 2)}\n`);
  }
  let out = `${device.product} ${device.edition} on ${device.build}: ${eligibility.eligible ? 'eligible for hotpatch' : `not eligible (${eligibility.reasons.map((r) => r.code).join(', ')})`} on ${_formatDate(asOf)}\n`;
  out += `${restarts.length} restart${restarts.length === 1 ? '' : 's'} from ${_formatDate(from)} to ${_formatDate(to)}\n\n`;
  out += table([['Date', 'Local time', 'Reason', 'KB', 'Build', 'Source'], ...restarts.map((r) => [_formatDate(r.date), r.instant.local, r.reason, r.release.kb ?? '-', r.release.build ?? '-', r.source])], io);
  io.stdout(out);
}

async function runDeadline(args: string[], io: CliIo): Promise<void> {
  const { values, positionals } = parse(args, {
    preset: { type: 'string' },
    deferral: { type: 'string' },
    deadline: { type: 'string' },
    grace: { type: 'string' },
    tz: { type: 'string' },
    channel: { type: 'string' },
    product: { type: 'string' },
    format: { type: 'string' },
  });
  if (values['help']) return io.stdout(`${HELP['deadline']}\n`);
  if (positionals.length !== 1) throw new UsageError('deadline takes one YYYY-MM argument');
  const preset = str(values, 'preset');
  const custom = ['deferral', 'deadline', 'grace'].some((k) => str(values, k) !== undefined);
  if (preset !== undefined && custom) throw new UsageError('give --preset or --deferral/--deadline/--grace, not both');
  if (preset === undefined && !custom) throw new UsageError('deadline needs --preset NAME or --deferral/--deadline/--grace');
  const policy: RingPolicy | RingPreset = preset !== undefined
    ? (preset as RingPreset)
    : {
        ...(str(values, 'deferral') !== undefined ? { deferralInDays: int('deferral', str(values, 'deferral')) as number } : {}),
        ...(str(values, 'deadline') !== undefined ? { deadlineForQualityUpdatesInDays: int('deadline', str(values, 'deadline')) as number } : {}),
        ...(str(values, 'grace') !== undefined ? { deadlineGracePeriodInDays: int('grace', str(values, 'grace')) as number } : {}),
      };
  const tz = str(values, 'tz');
  const channel = str(values, 'channel');
  const product = str(values, 'product');
  const d = restartDeadline(positionals[0] as string, policy, {
    ...(tz !== undefined ? { zone: tz } : {}),
    ...(channel !== undefined ? { channel: oneOf('channel', channel, ['hotpatch', 'standard'] as const, 'standard') } : {}),
    ...(product !== undefined ? { product: _product('hotpatch-calendar', product).id } : {}),
  });
  if (oneOf('format', str(values, 'format'), ['table', 'json'] as const, 'table') === 'json') return io.stdout(`${JSON.stringify(d, null, 2)}\n`);
  const rows = [
    ['Published', d.published.local],
    ['Offered', d.offer.local],
    ['Deadline', d.deadline?.local ?? '-'],
    ['Grace ends', d.graceEnd?.local ?? '-'],
    ['Forced restart', d.forcedRestart?.local ?? (d.noForcedRestartBecause === 'hotpatch-no-restart' ? 'none: hotpatch, no restart' : 'none: no deadline configured')],
  ];
  io.stdout(`${formatYearMonth(d.month)} ${d.release.kind} ${d.release.kb ?? '(KB not published)'}: deferral ${d.policy.deferralDays}, deadline ${d.policy.deadlineDays ?? '-'}, grace ${d.policy.graceDays} days\n\n${table(rows, io)}`);
}

async function runFleet(args: string[], io: CliIo): Promise<void> {
  const { values, positionals } = parse(args, { 'as-of': { type: 'string' }, horizon: { type: 'string' }, input: { type: 'string' }, format: { type: 'string' } });
  if (values['help']) return io.stdout(`${HELP['fleet']}\n`);
  if (positionals.length !== 1) throw new UsageError('fleet takes one FILE argument (or - for standard input)');
  const asOfText = str(values, 'as-of');
  if (asOfText === undefined) throw new UsageError('fleet needs --as-of YYYY-MM-DD (the day of the forecast)');
  const asOf = parseCivilDate(asOfText);
  const horizon = int('horizon', str(values, 'horizon'));
  const path = positionals[0] as string;
  const input = oneOf('input', str(values, 'input'), ['csv', 'jsonl'] as const, path.endsWith('.csv') ? 'csv' : 'jsonl');
  const format = oneOf('format', str(values, 'format'), ['jsonl', 'csv'] as const, 'jsonl');
  const lines = io.readLines(path);
  async function* records(): AsyncGenerator<unknown> {
    try {
      if (input === 'jsonl') {
        let n = 0;
        for await (const line of lines) {
          n++;
          if (line.trim() === '') continue;
          if (line.length > 100_000) throw new DataError(`line ${n} is longer than 100,000 characters`);
          try {
            yield JSON.parse(line) as unknown;
          } catch {
            yield { __invalidJson: `line ${n} is not JSON` };
          }
        }
        return;
      }
      let header: string[] | null = null;
      for await (const fields of _csvRecords(lines)) {
        if (!header) {
          header = fields.map((h) => HEADER_ALIASES.get(h.trim().toLowerCase()) ?? h.trim());
          continue;
        }
        const record: Record<string, string> = Object.create(null) as Record<string, string>;
        header.forEach((h, i) => {
          const v = fields[i];
          if (h && v !== undefined && v !== '') record[h] = v;
        });
        yield { ...record };
      }
    } catch (error) {
      if (error instanceof DataError) throw error;
      throw new DataError(`cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (format === 'csv') io.stdout('index,id,ok,product,build,identity_month,identity_channel,identity_kind,kb,current,eligible,reasons,next_restart,next_reason,error_code\n');
  for await (const r of forecastFleet(records(), { asOf, ...(horizon === undefined ? {} : { horizonMonths: horizon }) })) {
    if (format === 'jsonl') io.stdout(`${JSON.stringify(r)}\n`);
    else if (r.ok) io.stdout(`${[r.index, r.id ?? '', true, r.product, r.build, r.identity?.month ?? '', r.identity?.channel ?? '', r.identity?.kind ?? '', r.identity?.kb ?? '', r.current ?? '', r.eligible, r.reasons.join(' '), r.nextRestart?.date ?? '', r.nextRestart?.reason ?? '', ''].map(_csvField).join(',')}\n`);
    else io.stdout(`${[r.index, r.id ?? '', false, '', '', '', '', '', '', '', '', '', '', '', r.error.code].map(_csvField).join(',')}\n`);
  }
}

async function runSchedule(args: string[], io: CliIo): Promise<void> {
  const { values, positionals } = parse(args, {
    from: { type: 'string' },
    to: { type: 'string' },
    offset: { type: 'string' },
    time: { type: 'string' },
    tz: { type: 'string' },
    duration: { type: 'string' },
    format: { type: 'string' },
    command: { type: 'string' },
  });
  if (values['help']) return io.stdout(`${HELP['schedule']}\n`);
  if (positionals.length) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])}`);
  if (str(values, 'from') === undefined || str(values, 'to') === undefined) throw new UsageError('schedule needs --from YYYY-MM and --to YYYY-MM');
  const rule: WindowRule = {
    offsetDays: int('offset', str(values, 'offset')) ?? 0,
    time: str(values, 'time') ?? '00:00',
    zone: str(values, 'tz') ?? 'UTC',
    durationMinutes: int('duration', str(values, 'duration')) ?? 120,
  };
  const from = parseYearMonth(str(values, 'from') as string);
  const windows = maintenanceWindows({ from, to: str(values, 'to') as string }, rule);
  const format = oneOf('format', str(values, 'format'), ['table', 'json', 'azure', 'aws', 'gcp', 'rrule', 'cron'] as const, 'table');
  if (format === 'json') return io.stdout(`${JSON.stringify(windows, null, 2)}\n`);
  if (format === 'azure') return io.stdout(`${JSON.stringify(toAzureRecurrence(rule), null, 2)}\n`);
  if (format === 'aws') return io.stdout(`${JSON.stringify(toAwsSchedule(rule), null, 2)}\n`);
  if (format === 'gcp') return io.stdout(`${JSON.stringify(toGcpRecurringSchedule(rule), null, 2)}\n`);
  if (format === 'rrule') return io.stdout(`${toRrule(rule, from)}\n`);
  if (format === 'cron') {
    const c = toCron(rule, str(values, 'command') ?? '/path/to/maintenance');
    return io.stdout(`# ${c.warning}\n${c.crontab}\n`);
  }
  io.stdout(table([['Month', 'Patch Tuesday', 'Window start', 'Window end', 'Start (UTC)'], ...windows.map((w) => [formatYearMonth(w.month), _formatDate(w.patchTuesday), w.start.local, w.end.local, w.start.utc])], io));
}

const COMMANDS: Record<string, (args: string[], io: CliIo) => Promise<void>> = {
  month: runMonth,
  build: runBuild,
  restarts: runRestarts,
  deadline: runDeadline,
  fleet: runFleet,
  schedule: runSchedule,
};

/**
 * Runs the CLI.
 * @param argv - arguments after the program name
 * @param io - the host; see {@link CliIo}
 * @returns the exit code: 0 success, 1 bad data (unreadable file, invalid catalog), 2 usage error
 * @category CLI
 * @example
 * ```ts
 * const out: string[] = [];
 * await main(['2026', '--product', 'windows-11-24h2', '--format', 'csv'], { ...io, stdout: (t) => out.push(t) }); //=> 0
 * ```
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const args = [...argv];
  try {
    if (args[0] === '--version' || args[0] === '-V') {
      io.stdout(`${VERSION}\n`);
      return 0;
    }
    const command = args[0] !== undefined && Object.prototype.hasOwnProperty.call(COMMANDS, args[0]) ? args.shift() : undefined;
    await (command ? (COMMANDS[command] as (a: string[], i: CliIo) => Promise<void>) : runCalendar)(args, io);
    return 0;
  } catch (error) {
    const usage = error instanceof UsageError || (isHotpatchError(error) && USAGE_CODES.has(error.code));
    const data = error instanceof DataError || isHotpatchError(error);
    if (!usage && !data) {
      const message = error instanceof Error ? error.message : String(error);
      io.stderr(`hotpatch-calendar: ${message.split('\n')[0] ?? 'failed'}\n`);
      return 1;
    }
    const message = (error as Error).message.split('\n')[0] ?? '';
    io.stderr(`hotpatch-calendar: ${message}${usage ? " (see 'hotpatch-calendar --help')" : ''}\n`);
    return usage ? 2 : 1;
  }
}

/**
 * iCalendar (RFC 5545) rendering of a yearly calendar.
 * @module
 */
import {
  HotpatchRangeError,
  formatCivilDate,
  formatYearMonth,
  fromEpochDay,
  monthState,
  toEpochDay,
  type CalendarRow,
  type YearCalendar,
} from 'hotpatch-calendar';
import { _checkCalendar } from './check-calendar.js';
import { _icsText as escapeText } from './escape.js';
import { _extraLabel, _kbAndBuild, _kindLabel, _restartLabel } from './labels.js';
import { _renderOptions, type RenderOptions } from './options.js';

const pad = (n: number, width: number): string => String(n).padStart(width, '0');
const own = (o: object, k: string): unknown => Object.getOwnPropertyDescriptor(o, k)?.value;

/** A whole number option in [lo, hi], or `E_OPTION` saying what is accepted. */
function intOption(fn: string, name: string, value: unknown, lo: number, hi: number): number {
  if (Number.isInteger(value) && (value as number) >= lo && (value as number) <= hi) return value as number;
  throw new HotpatchRangeError(
    'E_OPTION',
    `${fn}: options.${name} ${JSON.stringify(value) ?? typeof value} is not accepted; expected a whole number from ${lo} to ${hi}`,
  );
}

/** Options of {@link renderIcs}. */
export interface RenderIcsOptions extends RenderOptions {
  /**
   * `DTSTAMP` of every event, as epoch milliseconds. Never the clock: the default is midnight UTC of the
   * calendar's `retrieved` date, so the same input gives the same bytes.
   * @defaultValue the calendar's `retrieved` date
   */
  readonly dtstamp?: number;
  /**
   * Minutes before each event for a display alarm (`VALARM`); empty for none.
   * @defaultValue `[]`
   */
  readonly alarmsMinutesBefore?: readonly number[];
  /**
   * Calendar name (`X-WR-CALNAME`).
   * @defaultValue `'Windows hotpatch calendar YYYY'`
   */
  readonly name?: string;
  /**
   * Event length in minutes.
   * @defaultValue 60
   */
  readonly durationMinutes?: number;
  /**
   * `'merged'`: one event per Patch Tuesday listing every product's KB and build (what a shared calendar wants:
   * four products are one Patch Tuesday, not four events at one time); `'per-product'`: one event per product.
   * @defaultValue `'merged'` when the calendar has more than one product, else `'per-product'`
   */
  readonly events?: 'merged' | 'per-product';
  /**
   * For a subscribed feed: how often clients should fetch it again, in hours (`REFRESH-INTERVAL`, RFC 7986, and
   * Outlook's `X-PUBLISHED-TTL`). Absent for a file downloaded once.
   */
  readonly refreshHours?: number;
}

/**
 * What is known about a row, as a number that grows as the data fills in: published rather than projected, each
 * KB, each build, the security counts. Used as `SEQUENCE`, so a client holding the event updates it when the data
 * fills in, without a clock or stored state (a correction of a known value keeps the number; see the docs).
 */
function knownFacts(row: CalendarRow): number {
  const channel = (c: CalendarRow['hotpatch']) => (c.kb === null ? 0 : 1) + (c.build === null ? 0 : 1);
  return (
    (row.source === 'projected' ? 0 : 1) +
    channel(row.hotpatch) +
    channel(row.standard) +
    (row.unplanned ? 1 : 0) +
    (row.security ? 1 : 0)
  );
}

/** RFC 5545 §3.3.11 TEXT escaping. */
function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

const ASCII_LINE = /^[ -~]*$/;

/** RFC 5545 §3.1: fold lines longer than 75 octets (not characters), never inside a UTF-8 sequence. */
function _fold(line: string): string {
  // A UTF-16 unit is at most 3 octets (a surrogate pair is 4 for two units): 25 units always fit.
  if (line.length <= 25) return line;
  // Most lines are ASCII: one octet per character, so they fold by slicing (75, then 74 after the space).
  if (ASCII_LINE.test(line)) {
    if (line.length <= 75) return line;
    let folded = line.slice(0, 75);
    for (let at = 75; at < line.length; at += 74) folded += `\r\n ${line.slice(at, at + 74)}`;
    return folded;
  }
  const parts: string[] = [];
  let start = 0;
  let octets = 0;
  let limit = 75;
  for (let i = 0; i < line.length; ) {
    const cp = line.codePointAt(i) as number;
    const units = cp > 0xffff ? 2 : 1;
    const size = utf8Length(cp);
    if (octets + size > limit) {
      parts.push(line.slice(start, i));
      start = i;
      octets = 0;
      limit = 74; // continuation lines begin with one space
    }
    octets += size;
    i += units;
  }
  parts.push(line.slice(start));
  return parts.join('\r\n ');
}

function utcStamp(ms: number): string {
  const days = Math.floor(ms / 86_400_000);
  const rest = ms - days * 86_400_000;
  const d = fromEpochDay(days);
  return `${pad(d.year, 4)}${pad(d.month, 2)}${pad(d.day, 2)}T${pad(Math.floor(rest / 3_600_000), 2)}${pad(Math.floor((rest % 3_600_000) / 60_000), 2)}${pad(Math.floor((rest % 60_000) / 1000), 2)}Z`;
}

// An unknown month has a category of its own: filing it under HOTPATCH would tell a client "no restart".
function categoriesOf(row: CalendarRow): string {
  const state = monthState(row);
  if (state === 'unknown') return 'UNKNOWN';
  if (state === 'unplanned-baseline') return 'BASELINE,UNPLANNED';
  return row.kind === 'baseline' ? 'BASELINE' : 'HOTPATCH';
}

/**
 * Renders a calendar as iCalendar text: `VERSION`, `PRODID`, `CALSCALE`, `METHOD`, `X-WR-TIMEZONE` (the
 * calendar's zone), one `VEVENT` per Patch Tuesday listing every product (or, with `events: 'per-product'` and by
 * default for one product, per row), and one per extra, each with a stable `UID`, a `SEQUENCE` that grows as the
 * data fills in (projected → published → KB and build → security counts), `DTSTAMP` from the input,
 * `DTSTART`/`DTEND` in UTC, `CATEGORIES` (BASELINE, HOTPATCH, UNPLANNED, UNKNOWN, OOB, PREVIEW), KB and build per
 * channel in the description, optional alarms; CRLF line ends, lines folded at 75 octets, text escaped.
 * @param calendar - from `yearCalendar`
 * @param options - see {@link RenderIcsOptions}
 * @returns the iCalendar text
 * @throws `HotpatchTypeError` `E_TYPE` when `calendar` is not a calendar; `E_OPTION` for bad options
 * @category Renderers
 * @example
 * ```ts
 * renderIcs(yearCalendar(2026, { products: ['windows-11-24h2'] })).split('\r\n')[0] //=> 'BEGIN:VCALENDAR'
 * ```
 */
export function renderIcs(calendar: YearCalendar, options?: RenderIcsOptions): string {
  const fn = 'renderIcs';
  const cal = _checkCalendar(fn, calendar);
  const { opts, m } = _renderOptions(fn, options);
  const stampOpt = own(opts, 'dtstamp');
  const stampMs =
    stampOpt === undefined
      ? toEpochDay(cal.retrieved) * 86_400_000
      : intOption(fn, 'dtstamp', stampOpt, -62_135_596_800_000, 253_402_300_799_999);
  const alarms = own(opts, 'alarmsMinutesBefore') ?? [];
  if (!Array.isArray(alarms) || alarms.length > 10)
    throw new HotpatchRangeError(
      'E_OPTION',
      `${fn}: options.alarmsMinutesBefore is not accepted; expected a list of at most 10 minute counts`,
    );
  const alarmMinutes = alarms.map((a: unknown, i: number) => intOption(fn, `alarmsMinutesBefore[${i}]`, a, 0, 40_320));
  const nameOpt = own(opts, 'name');
  if (nameOpt !== undefined && (typeof nameOpt !== 'string' || nameOpt.length > 200))
    throw new HotpatchRangeError(
      'E_OPTION',
      `${fn}: options.name is not accepted; expected a string of at most 200 characters`,
    );
  const duration = intOption(fn, 'durationMinutes', own(opts, 'durationMinutes') ?? 60, 1, 1440);
  const stamp = utcStamp(stampMs);
  // Consecutive events mostly share one start (a Patch Tuesday's products): its stamps are made once.
  let lastStartMs = Number.NaN;
  let lastStart = '';
  let lastEnd = '';
  // Each line folded as it is added, joined once at the end (a string grown line by line is a rope of a
  // hundred thousand pieces for a big calendar: slower, and mostly garbage).
  const out: string[] = [];
  const add = (line: string): void => {
    out.push(_fold(line));
  };
  for (const line of [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//hotpatch-calendar//Windows hotpatch calendar//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(nameOpt ?? m.title(pad(cal.year, 4)))}`,
    // Events are in UTC; this names the zone the calendar was made for, which clients show them in.
    `X-WR-TIMEZONE:${escapeText(cal.zone)}`,
  ])
    add(line);
  const refreshOpt = own(opts, 'refreshHours');
  if (refreshOpt !== undefined) {
    const hours = intOption(fn, 'refreshHours', refreshOpt, 1, 168);
    add(`REFRESH-INTERVAL;VALUE=DURATION:PT${hours}H`);
    add(`X-PUBLISHED-TTL:PT${hours}H`);
  }
  const eventsOpt = own(opts, 'events');
  if (eventsOpt !== undefined && eventsOpt !== 'merged' && eventsOpt !== 'per-product')
    throw new HotpatchRangeError(
      'E_OPTION',
      `${fn}: options.events ${JSON.stringify(eventsOpt) ?? typeof eventsOpt} is not accepted; expected 'merged' or 'per-product'`,
    );
  const products = new Set(cal.rows.map((r) => r.product));
  const merged = (eventsOpt ?? (products.size > 1 ? 'merged' : 'per-product')) === 'merged';
  /** One VEVENT: the same properties, in the same order, for every kind of event. */
  const event = (
    uid: string,
    sequence: number,
    startMs: number,
    summary: string,
    description: string,
    categories: string,
  ): void => {
    add('BEGIN:VEVENT');
    add(`UID:${uid}`);
    add(`DTSTAMP:${stamp}`);
    add(`SEQUENCE:${sequence}`);
    if (startMs !== lastStartMs) {
      lastStartMs = startMs;
      lastStart = `DTSTART:${utcStamp(startMs)}`;
      lastEnd = `DTEND:${utcStamp(startMs + duration * 60_000)}`;
    }
    add(lastStart);
    add(lastEnd);
    add(`SUMMARY:${escapeText(summary)}`);
    add(`DESCRIPTION:${escapeText(description)}`);
    add(`CATEGORIES:${categories}`);
    add('TRANSP:TRANSPARENT');
    for (const minutes of alarmMinutes) {
      add('BEGIN:VALARM');
      add('ACTION:DISPLAY');
      add(`DESCRIPTION:${escapeText(summary)}`);
      add(`TRIGGER:-PT${minutes}M`);
      add('END:VALARM');
    }
    add('END:VEVENT');
  };
  /** A row's channels and security counts, one per line. */
  const productLines = (row: CalendarRow): string =>
    `${m.ics.hotpatchChannel}: ${_kbAndBuild(row.hotpatch, m, row.patchTuesday)}, ${_restartLabel(row.hotpatch.restartRequired, m)}.\n${m.ics.standardChannel}: ${_kbAndBuild(row.standard, m, row.patchTuesday)}, ${_restartLabel(row.standard.restartRequired, m)}.${row.security ? `\n${m.column.security}: ${m.security(row.security)}.` : ''}`;
  // By year and month: a rolling feed spans three years.
  const monthKey = (r: CalendarRow) => r.month.year * 12 + r.month.month;
  for (const key of merged ? [...new Set(cal.rows.map(monthKey))] : []) {
    const rows = cal.rows.filter((r) => monthKey(r) === key);
    const first = rows[0] as CalendarRow;
    const kinds = [...new Set(rows.map((r) => _kindLabel(r, m)))];
    const summary = `${first.names.shortName} ${kinds.join(' / ')}`;
    const description = [
      m.ics.forProduct(first.names.shortName, first.names.msrcId, rows.map((r) => r.productName).join(', ')),
      ...rows.flatMap((r) => ['', `${r.productName}: ${_kindLabel(r, m)}`, productLines(r)]),
      '',
      `${m.ics.released(
        first.release.utc,
        rows.every((r) => r.source === 'projected'),
      )}`,
      ...[...new Set(rows.flatMap((r) => r.hotpatch.urls.slice(0, 1)))].slice(0, 4),
    ].join('\n');
    const categories = [...new Set(rows.flatMap((r) => categoriesOf(r).split(',')))].join(',');
    event(
      `${formatYearMonth(first.month)}-B@hotpatch-calendar`,
      rows.reduce((n, r) => n + knownFacts(r), 0),
      first.release.epochMilliseconds,
      summary,
      description,
      categories,
    );
  }
  for (const row of merged ? [] : cal.rows) {
    const summary = `${row.productName}: ${row.names.shortName} ${_kindLabel(row, m)}`;
    const urls = row.hotpatch.urls;
    const description = `${m.ics.forProduct(row.names.shortName, row.names.msrcId, row.productName)}\n${productLines(row)}\n${m.ics.released(row.release.utc, row.source === 'projected')} ${m.ics.source(row.source)}${urls.length > 0 ? `\n${urls[0]}` : ''}${urls.length > 1 ? `\n${urls[1]}` : ''}`;
    event(
      `${row.product}-${formatYearMonth(row.month)}-B@hotpatch-calendar`,
      knownFacts(row),
      row.release.epochMilliseconds,
      summary,
      description,
      categoriesOf(row),
    );
  }
  for (const x of cal.extras) {
    const label = _extraLabel(x, m);
    const summary = `${x.productName}: ${label}${x.kb ? ` ${x.kb}` : ''}`;
    const channel = x.channel === 'hotpatch' ? m.ics.hotpatchChannel : m.ics.standardChannel;
    const description = [
      `${label}: ${x.productName} (${channel}).`,
      `${x.kb ?? m.kb.notPublished}${x.build ? ` (${x.build})` : ''}, ${_restartLabel(x.restartRequired, m)}. ${m.ics.source(x.source)}`,
      ...x.urls.slice(0, 2),
    ].join('\n');
    event(
      `${x.product}-${x.channel}-${x.kind}-${x.kb ?? formatCivilDate(x.date)}@hotpatch-calendar`,
      (x.source === 'projected' ? 0 : 1) + (x.kb === null ? 0 : 1) + (x.build === null ? 0 : 1),
      x.release.epochMilliseconds,
      summary,
      description,
      x.kind === 'preview' ? 'PREVIEW' : 'OOB',
    );
  }
  add('END:VCALENDAR');
  return `${out.join('\r\n')}\r\n`;
}

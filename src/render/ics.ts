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
}

/** RFC 5545 §3.3.11 TEXT escaping. */
function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** RFC 5545 §3.1: fold lines longer than 75 octets (not characters), never inside a UTF-8 sequence. */
function _fold(line: string): string {
  // Most lines are short ASCII: at most 75 UTF-16 units that are all below 0x80 are at most 75 octets.
  if (line.length <= 75 && /^[ -~]*$/.test(line)) return line;
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
 * Renders a calendar as iCalendar text: `VERSION`, `PRODID`, `CALSCALE`, `METHOD`, one `VEVENT` per row (and per
 * extra) with a stable `UID`, `DTSTAMP` from the input, `DTSTART`/`DTEND` in UTC, `CATEGORIES` (BASELINE,
 * HOTPATCH, UNPLANNED, OOB, PREVIEW), KB and build per channel in the description, optional alarms; CRLF line
 * ends, lines folded at 75 octets, text escaped.
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
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//hotpatch-calendar//Windows hotpatch calendar//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(nameOpt ?? m.title(pad(cal.year, 4)))}`,
    'X-WR-TIMEZONE:UTC',
  ];
  const alarm = (summary: string): string[] =>
    alarmMinutes.flatMap((minutes) => [
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(summary)}`,
      `TRIGGER:-PT${minutes}M`,
      'END:VALARM',
    ]);
  for (const row of cal.rows) {
    const summary = `${row.productName}: ${row.names.shortName} ${_kindLabel(row, m)}`;
    const description = [
      m.ics.forProduct(row.names.shortName, row.names.msrcId, row.productName),
      `${m.ics.hotpatchChannel}: ${_kbAndBuild(row.hotpatch, m, row.patchTuesday)}, ${_restartLabel(row.hotpatch.restartRequired, m)}.`,
      `${m.ics.standardChannel}: ${_kbAndBuild(row.standard, m, row.patchTuesday)}, ${_restartLabel(row.standard.restartRequired, m)}.`,
      ...(row.security ? [`${m.column.security}: ${m.security(row.security)}.`] : []),
      `${m.ics.released(row.release.utc, row.source === 'projected')} ${m.ics.source(row.source)}`,
      ...row.hotpatch.urls.slice(0, 2),
    ].join('\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${row.product}-${formatYearMonth(row.month)}-B@hotpatch-calendar`,
      `DTSTAMP:${stamp}`,
      `DTSTART:${utcStamp(row.release.epochMilliseconds)}`,
      `DTEND:${utcStamp(row.release.epochMilliseconds + duration * 60_000)}`,
      `SUMMARY:${escapeText(summary)}`,
      `DESCRIPTION:${escapeText(description)}`,
      `CATEGORIES:${categoriesOf(row)}`,
      'TRANSP:TRANSPARENT',
      ...alarm(summary),
      'END:VEVENT',
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
    lines.push(
      'BEGIN:VEVENT',
      `UID:${x.product}-${x.channel}-${x.kind}-${x.kb ?? formatCivilDate(x.date)}@hotpatch-calendar`,
      `DTSTAMP:${stamp}`,
      `DTSTART:${utcStamp(x.release.epochMilliseconds)}`,
      `DTEND:${utcStamp(x.release.epochMilliseconds + duration * 60_000)}`,
      `SUMMARY:${escapeText(summary)}`,
      `DESCRIPTION:${escapeText(description)}`,
      `CATEGORIES:${x.kind === 'preview' ? 'PREVIEW' : 'OOB'}`,
      'TRANSP:TRANSPARENT',
      ...alarm(summary),
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(_fold).join('\r\n')}\r\n`;
}

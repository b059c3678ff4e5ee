/**
 * iCalendar (RFC 5545) rendering of a yearly calendar.
 * @module
 */
import { _show, _error } from '../errors.js';
import { _int, _options, _own } from '../guards.js';
import { _epochDay, _formatDate, _fromEpochDay, _pad, parseCivilDate } from '../time/civil-date.js';
import { _formatYm } from '../time/year-month.js';
import type { YearCalendar } from '../calendar/year-calendar.js';
import { _checkCalendar } from './check-calendar.js';
import { _kbAndBuild, _kindLabel, _restartLabel } from './labels.js';

/** Options of {@link renderIcs}. */
export interface RenderIcsOptions {
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
function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** UTF-8 length of one code point. */
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
  const d = _fromEpochDay(days);
  return `${_pad(d.year, 4)}${_pad(d.month, 2)}${_pad(d.day, 2)}T${_pad(Math.floor(rest / 3_600_000), 2)}${_pad(Math.floor((rest % 3_600_000) / 60_000), 2)}${_pad(Math.floor((rest % 60_000) / 1000), 2)}Z`;
}

/**
 * Renders a calendar as iCalendar text: `VERSION`, `PRODID`, `CALSCALE`, `METHOD`, one `VEVENT` per row (and per
 * extra) with a stable `UID`, `DTSTAMP` from the input, `DTSTART`/`DTEND` in UTC, `CATEGORIES` (BASELINE,
 * HOTPATCH, UNPLANNED, OOB, PREVIEW), KB and build per channel in the description, optional alarms; CRLF line
 * ends, lines folded at 75 octets, text escaped.
 * @param calendar - from {@link yearCalendar}
 * @param options - see {@link RenderIcsOptions}
 * @returns the iCalendar text
 * @throws {@link HotpatchTypeError} `E_TYPE` when `calendar` is not a calendar; `E_OPTION` for bad options
 * @category Renderers
 * @example
 * ```ts
 * renderIcs(yearCalendar(2026, { products: ['windows-11-24h2'] })).split('\r\n')[0] //=> 'BEGIN:VCALENDAR'
 * ```
 */
export function renderIcs(calendar: YearCalendar, options?: RenderIcsOptions): string {
  const fn = 'renderIcs';
  const cal = _checkCalendar(fn, calendar);
  const opts = _options(fn, options);
  const stampOpt = _own(opts, 'dtstamp');
  const stampMs =
    stampOpt === undefined
      ? _epochDay(...dateParts(cal.retrieved)) * 86_400_000
      : _int(fn, 'options.dtstamp', stampOpt, -62_135_596_800_000, 253_402_300_799_999, 'E_OPTION');
  const alarms = _own(opts, 'alarmsMinutesBefore') ?? [];
  if (!Array.isArray(alarms) || alarms.length > 10)
    throw _error(
      'E_OPTION',
      `${fn}: options.alarmsMinutesBefore ${_show(alarms)} is not a list of at most 10 minute counts`,
    );
  const alarmMinutes = alarms.map((a: unknown, i: number) =>
    _int(fn, `options.alarmsMinutesBefore[${i}]`, a, 0, 40_320, 'E_OPTION'),
  );
  const nameOpt = _own(opts, 'name');
  if (nameOpt !== undefined && (typeof nameOpt !== 'string' || nameOpt.length > 200))
    throw _error('E_OPTION', `${fn}: options.name ${_show(nameOpt)} is not a string of at most 200 characters`);
  const duration = _int(fn, 'options.durationMinutes', _own(opts, 'durationMinutes') ?? 60, 1, 1440, 'E_OPTION');
  const stamp = utcStamp(stampMs);
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//hotpatch-calendar//Windows hotpatch calendar//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(nameOpt ?? `Windows hotpatch calendar ${_pad(cal.year, 4)}`)}`,
    'X-WR-TIMEZONE:UTC',
  ];
  const alarm = (summary: string): string[] =>
    alarmMinutes.flatMap((m) => [
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(summary)}`,
      `TRIGGER:-PT${m}M`,
      'END:VALARM',
    ]);
  for (const row of cal.rows) {
    const categories = [row.kind === 'baseline' ? 'BASELINE' : 'HOTPATCH', ...(row.unplanned ? ['UNPLANNED'] : [])];
    const summary = `${row.productName}: ${row.names.shortName} ${_kindLabel(row)}`;
    const description = [
      `${row.names.shortName} (MSRC ${row.names.msrcId}) for ${row.productName}.`,
      `Hotpatch channel: ${_kbAndBuild(row.hotpatch)}, ${_restartLabel(row.hotpatch.restartRequired)}.`,
      `Standard channel: ${_kbAndBuild(row.standard)}, ${_restartLabel(row.standard.restartRequired)}.`,
      `Released ${row.release.utc} (10:00 Pacific). Source: ${row.source}.`,
      ...row.hotpatch.urls.slice(0, 2),
    ].join('\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${row.product}-${_formatYm(row.month)}-B@hotpatch-calendar`,
      `DTSTAMP:${stamp}`,
      `DTSTART:${utcStamp(row.release.epochMilliseconds)}`,
      `DTEND:${utcStamp(row.release.epochMilliseconds + duration * 60_000)}`,
      `SUMMARY:${escapeText(summary)}`,
      `DESCRIPTION:${escapeText(description)}`,
      `CATEGORIES:${categories.join(',')}`,
      'TRANSP:TRANSPARENT',
      ...alarm(summary),
      'END:VEVENT',
    );
  }
  for (const x of cal.extras) {
    const label =
      x.kind === 'preview'
        ? 'Preview (D release)'
        : x.kind === 'oob-hotpatch'
          ? 'Out-of-band hotpatch'
          : 'Out-of-band cumulative update';
    const summary = `${x.productName}: ${label}${x.kb ? ` ${x.kb}` : ''}`;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${x.product}-${x.channel}-${x.kind}-${x.kb ?? _formatDate(x.date)}@hotpatch-calendar`,
      `DTSTAMP:${stamp}`,
      `DTSTART:${utcStamp(x.release.epochMilliseconds)}`,
      `DTEND:${utcStamp(x.release.epochMilliseconds + duration * 60_000)}`,
      `SUMMARY:${escapeText(summary)}`,
      `DESCRIPTION:${escapeText([`${label} for ${x.productName} (${x.channel} channel).`, `${x.kb ?? 'KB not published'}${x.build ? ` (${x.build})` : ''}, ${x.restartRequired ? 'restart required' : 'no restart'}. Source: ${x.source}.`, ...x.urls.slice(0, 2)].join('\n'))}`,
      `CATEGORIES:${x.kind === 'preview' ? 'PREVIEW' : 'OOB'}`,
      'TRANSP:TRANSPARENT',
      ...alarm(summary),
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(_fold).join('\r\n')}\r\n`;
}

function dateParts(text: string): [number, number, number] {
  const d = parseCivilDate(text);
  return [d.year, d.month, d.day];
}

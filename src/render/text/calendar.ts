/**
 * A yearly calendar in the terminal: by default one line per month and product group within 100 columns, the
 * legend under it; `wide` gives every column (release name, product id, full builds).
 * @internal
 * @module
 */
import type { CalendarChannel, CalendarRow, YearCalendar } from '../../calendar/year-calendar.js';
import { monthState, type MonthState } from 'hotpatch-calendar';
import { _formatDate } from '../../time/civil-date.js';
import { _plain } from '../escape.js';
import { _kbAndBuild, _kindLabel, _stateWord, _wall } from '../labels.js';
import { en } from '../locale/en.js';
import { _monthNames, _weekdayName } from '../locale/locales.js';
import type { Messages } from '../locale/messages.js';
import { ANSI, renderTextTable, type TextOptions } from './table.js';

/** Options of the year view. */
export interface CalendarTextOptions extends TextOptions {
  /** Every column, one line per product and month. */
  readonly wide?: boolean;
  /** Language. */
  readonly messages?: Messages;
  /**
   * Columns of the terminal: the view narrows (short kind words, no weekday, then single spaces) and wraps its
   * text to fit. Undefined: no limit (output to a file or a pipe).
   */
  readonly width?: number;
}

/** A line of text wrapped at spaces to `width` columns (a word longer than that stays whole). */
function wrap(text: string, width: number | undefined): string {
  if (width === undefined || text.length <= width) return text;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  return [...lines, line].join('\n');
}

/** The widest line of a text, without colour codes. */
function widest(text: string): number {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the ANSI colour codes this view writes
  return Math.max(...text.split('\n').map((l) => l.replace(/\x1b\[[0-9;]*m/g, '').length));
}

/** Short product names for narrow terminal columns. @internal */
export const SHORT_PRODUCT: Readonly<Record<string, string>> = {
  'windows-11-24h2': 'Win 11 24H2',
  'windows-11-25h2': 'Win 11 25H2',
  'windows-11-26h2': 'Win 11 26H2',
  'windows-server-2025': 'Server 2025',
  'windows-server-2022-azure-edition': 'Server 2022 Azure',
};

/** Whether the product is outside the program that month (not yet in it, or no longer serviced). */
function outsideProgram(r: CalendarRow): boolean {
  return r.status === 'ended' || r.status === 'before-program';
}

/** `KB5077212 .7781`: the KB and the build's revision, which products sharing the KB share. */
function kbRevision(c: CalendarChannel, m: Messages, r: CalendarRow): string {
  if (outsideProgram(r)) return '—';
  if (c.kb === null && c.build === null) return c.source === 'projected' ? m.terminal.tba : m.terminal.noData;
  return `${c.kb ?? 'KB?'}${c.build ? ` .${c.build.split('.')[1]}` : ''}`;
}

function kindWord(r: CalendarRow, m: Messages, narrow = false): string {
  const state = monthState(r);
  const word = narrow && state === 'unplanned-baseline' ? m.terminal.unplannedShort : _stateWord(state, m);
  return `${word}${r.source === 'projected' && !outsideProgram(r) ? ' *' : ''}`;
}

/** Rows of one month that read the same (kind, KBs, revisions) become one line: "Windows 11 24H2/25H2". */
function groups(rows: readonly CalendarRow[], m: Messages): { rows: CalendarRow[]; key: string }[] {
  const out: { rows: CalendarRow[]; key: string }[] = [];
  for (const r of rows) {
    const label = SHORT_PRODUCT[r.product] ?? r.product;
    const family = label.slice(0, label.lastIndexOf(' '));
    const key = [
      r.month.year,
      r.month.month,
      family,
      kindWord(r, m),
      kbRevision(r.hotpatch, m, r),
      kbRevision(r.standard, m, r),
    ].join('|');
    const g = out.find((x) => x.key === key);
    if (g) g.rows.push(r);
    else out.push({ key, rows: [r] });
  }
  return out;
}

function groupLabel(rows: readonly CalendarRow[]): string {
  const names = rows.map((r) => SHORT_PRODUCT[r.product] ?? _plain(r.productName));
  const first = names[0] ?? '';
  const prefix = first.slice(0, first.lastIndexOf(' ') + 1);
  return names.every((n) => n.startsWith(prefix) && prefix.length > 0)
    ? prefix + names.map((n) => n.slice(prefix.length)).join('/')
    : names.join(', ');
}

// An unknown month gets no colour: green would read "no restart", which the data cannot say.
const STATE_COLOR: Record<MonthState, string | null> = {
  baseline: ANSI.red,
  'unplanned-baseline': ANSI.yellow,
  hotpatch: ANSI.green,
  unknown: null,
  'before-program': null,
  ended: null,
};

function colorOf(r: CalendarRow | undefined): string | null {
  return r ? STATE_COLOR[monthState(r)] : null;
}

function wideView(cal: YearCalendar, options: CalendarTextOptions, m: Messages): string {
  const local = cal.zone !== 'UTC';
  const rows = [
    [
      m.column.release,
      m.column.patchTuesday,
      'UTC',
      ...(local ? [_plain(cal.zone)] : []),
      m.column.product,
      m.column.type,
      m.column.hotpatch,
      m.column.standard,
    ],
  ];
  for (const r of cal.rows) {
    rows.push([
      r.names.shortName,
      _formatDate(r.patchTuesday),
      r.release.utc.slice(11, 16),
      ...(local ? [_wall(r.release.local)] : []),
      r.product,
      `${_kindLabel(r, m)}${r.source === 'projected' ? ' *' : ''}`,
      _kbAndBuild(r.hotpatch, m, r.patchTuesday),
      _kbAndBuild(r.standard, m, r.patchTuesday),
    ]);
  }
  const body = renderTextTable(rows, options, (i) => colorOf(cal.rows[i]), { colorColumn: local ? 5 : 4 });
  return `${body}\n* ${m.projectedNote} ${m.dataCollected(cal.retrieved, cal.collectedFrom)}\n${m.releaseNames}\n`;
}

/** The calendar's rows for a terminal, the kind word coloured when `color` is on, fitted to `width`. */
export function renderCalendarText(cal: YearCalendar, options: CalendarTextOptions): string {
  const m = options.messages ?? en;
  if (options.wide) return wideView(cal, options, m);
  const zone = _plain(cal.zone);
  const plain = { ...options, color: false };
  // Narrower and narrower until the table fits: short kind words and no weekday, then single spaces.
  let body = yearTable(cal, m, plain, false, 2);
  let [narrow, gap, tight] = [false, 2, false];
  for (const [n, g, t] of [
    [true, 2, false],
    [true, 1, false],
    [true, 1, true],
  ] as const) {
    if (options.width === undefined || widest(body) <= options.width) break;
    [narrow, gap, tight] = [n, g, t];
    body = yearTable(cal, m, plain, narrow, gap, tight);
  }
  if (options.color) body = yearTable(cal, m, options, narrow, gap, tight);
  const heading = wrap(m.terminal.heading(String(cal.year).padStart(4, '0'), zone), options.width);
  const legend = m.terminal.legend.map((l) => wrap(l, options.width)).join('\n');
  return `${heading}\n\n${body}\n${legend}\n${wrap(m.dataCollected(cal.retrieved, cal.collectedFrom), options.width)}\n`;
}

/** The year table: one line per month and group of products that read the same. */
function yearTable(
  cal: YearCalendar,
  m: Messages,
  options: TextOptions,
  narrow: boolean,
  gap: number,
  tight = false,
): string {
  const months = _monthNames(m);
  const zone = _plain(cal.zone);
  const table: string[][] = [[...m.terminal.columns]];
  const colors: (CalendarRow | undefined)[] = [];
  let lastMonth = '';
  for (const g of groups(cal.rows, m)) {
    const r = g.rows[0] as CalendarRow;
    const month = months[r.month.month - 1] ?? '';
    const first = month !== lastMonth;
    lastMonth = month;
    // The release as the reader's clock shows it: in Tokyo, Patch Tuesday's release is Wednesday 02:00.
    const shown = zone === 'UTC' ? r.release.utc : r.release.local;
    const day = { year: Number(shown.slice(0, 4)), month: Number(shown.slice(5, 7)), day: Number(shown.slice(8, 10)) };
    const hot = kbRevision(r.hotpatch, m, r);
    const std = kbRevision(r.standard, m, r);
    const date = `${String(day.day).padStart(2, '0')} ${shown.slice(11, 16)}`;
    table.push([
      first ? month : '',
      first ? (narrow ? date : `${_weekdayName(m, day)} ${date}`) : '',
      // Tightest: the shortest product names that still say which ("W11 24H2/25H2/26H2", "Srv 2025").
      tight ? groupLabel(g.rows).replace('Win 11 ', 'W11 ').replace('Server ', 'Srv ') : groupLabel(g.rows),
      kindWord(r, m, narrow),
      hot,
      !outsideProgram(r) && std === hot && r.hotpatch.kb !== null ? m.terminal.same : std,
    ]);
    colors.push(r);
  }
  return renderTextTable(table, options, (i) => colorOf(colors[i]), { colorColumn: 3, gap });
}

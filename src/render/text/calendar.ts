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

function kindWord(r: CalendarRow, m: Messages): string {
  const state = monthState(r);
  return `${_stateWord(state, m)}${r.source === 'projected' && !outsideProgram(r) ? ' *' : ''}`;
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
  const body = renderTextTable(rows, options, (i) => colorOf(cal.rows[i]));
  return `${body}\n* ${m.projectedNote} ${m.dataCollected(cal.retrieved, cal.collectedFrom)}\n${m.releaseNames}\n`;
}

/** The calendar's rows for a terminal, coloured by kind when `color` is on. */
export function renderCalendarText(cal: YearCalendar, options: CalendarTextOptions): string {
  const m = options.messages ?? en;
  if (options.wide) return wideView(cal, options, m);
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
    table.push([
      first ? month : '',
      first ? `${_weekdayName(m, day)} ${String(day.day).padStart(2, '0')} ${shown.slice(11, 16)}` : '',
      groupLabel(g.rows),
      kindWord(r, m),
      hot,
      !outsideProgram(r) && std === hot && r.hotpatch.kb !== null ? m.terminal.same : std,
    ]);
    colors.push(r);
  }
  const heading = m.terminal.heading(String(cal.year).padStart(4, '0'), zone);
  const body = renderTextTable(table, options, (i) => colorOf(colors[i]));
  return `${heading}\n\n${body}\n${m.terminal.legend.join('\n')}\n${m.dataCollected(cal.retrieved, cal.collectedFrom)}\n`;
}

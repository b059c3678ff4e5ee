/**
 * A yearly calendar as a terminal table.
 * @internal
 * @module
 */
import type { YearCalendar } from '../../calendar/year-calendar.js';
import { _formatDate } from '../../time/civil-date.js';
import { _kbAndBuild, _kindLabel } from '../labels.js';
import { ANSI, renderTextTable, type TextOptions } from './table.js';

/** The calendar's rows, one line per product and month, coloured by kind. */
export function renderCalendarText(cal: YearCalendar, options: TextOptions): string {
  const rows = [
    [
      'Release',
      'Patch Tuesday',
      'UTC',
      `Local (${cal.zone})`,
      'Product',
      'Type',
      'Hotpatch channel',
      'Standard channel',
    ],
  ];
  for (const r of cal.rows) {
    rows.push([
      r.names.shortName,
      _formatDate(r.patchTuesday),
      r.release.utc.slice(11, 16),
      r.release.local.slice(0, 16).replace('T', ' '),
      r.product,
      `${_kindLabel(r)}${r.source === 'projected' ? ' *' : ''}`,
      _kbAndBuild(r.hotpatch),
      _kbAndBuild(r.standard),
    ]);
  }
  const body = renderTextTable(rows, options, (i) => {
    const r = cal.rows[i];
    return !r ? null : r.unplanned ? ANSI.yellow : r.kind === 'baseline' ? ANSI.red : ANSI.green;
  });
  return `${body}\n* projected from the planned cadence (not published yet). Data collected ${cal.retrieved}.\n`;
}

/**
 * CSV (RFC 4180) rendering of a yearly calendar.
 * @module
 */
import {
  formatCivilDate,
  formatYearMonth,
  restartState,
  type CalendarChannel,
  type YearCalendar,
} from 'hotpatch-calendar';
import { _checkCalendar } from './check-calendar.js';
import { _csvField } from './escape.js';

/** Column names of {@link renderCsv}, in order. */
export const CSV_COLUMNS = [
  'month',
  'product',
  'product_name',
  'short_name',
  'msrc_id',
  'patch_tuesday',
  'release_utc',
  'release_local',
  'zone',
  'planned_kind',
  'kind',
  'unplanned',
  'status',
  'hotpatch_kind',
  'hotpatch_kb',
  'hotpatch_build',
  'hotpatch_date',
  'hotpatch_restart',
  'hotpatch_source',
  'standard_kind',
  'standard_kb',
  'standard_build',
  'standard_date',
  'standard_restart',
  'standard_source',
  'cves',
  'critical',
  'important',
  'exploited',
  'publicly_disclosed',
] as const;

/** `true`, `false`, or `unknown` for a past month not in the data: an empty cell would read as "no" in a sheet. */
function restartCell(restartRequired: boolean | null): string {
  const state = restartState(restartRequired);
  return state === 'unknown' ? 'unknown' : String(state === 'required');
}

/** One channel's columns: kind, KB, build, date, restart, source. */
function channelCells(c: CalendarChannel): (string | null)[] {
  return [c.kind, c.kb, c.build, c.date ? formatCivilDate(c.date) : '', restartCell(c.restartRequired), c.source];
}

/**
 * Renders a calendar as CSV: a header row ({@link CSV_COLUMNS}), one record per row, ISO dates, CRLF line ends.
 * @param calendar - from `yearCalendar`
 * @returns the CSV text
 * @throws `HotpatchTypeError` `E_TYPE` when `calendar` is not a calendar
 * @category Renderers
 * @example
 * ```ts
 * renderCsv(yearCalendar(2026, { products: ['windows-11-24h2'] })).split('\r\n')[1]?.slice(0, 35)
 * //=> '2026-01,windows-11-24h2,"Windows 11'
 * ```
 */
export function renderCsv(calendar: YearCalendar): string {
  const cal = _checkCalendar('renderCsv', calendar);
  const lines = [CSV_COLUMNS.join(',')];
  for (const r of cal.rows) {
    lines.push(
      [
        formatYearMonth(r.month),
        r.product,
        r.productName,
        r.names.shortName,
        r.names.msrcId,
        formatCivilDate(r.patchTuesday),
        r.release.utc,
        r.release.local,
        r.release.zone,
        r.plannedKind,
        r.kind,
        r.unplanned,
        r.status,
        ...channelCells(r.hotpatch),
        ...channelCells(r.standard),
        // Empty when the data holds no counts: never 0 for "not known".
        ...(r.security
          ? [
              r.security.cves,
              r.security.critical,
              r.security.important,
              r.security.exploited,
              r.security.publiclyDisclosed,
            ]
          : ['', '', '', '', '']),
      ]
        .map(_csvField)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

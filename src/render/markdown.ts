/**
 * Markdown rendering of a yearly calendar: a table a change-advisory board can paste.
 * @module
 */
import { formatCivilDate, type YearCalendar } from 'hotpatch-calendar';
import { _checkCalendar } from './check-calendar.js';
import { _markdownCell as cell } from './escape.js';
import { _extraLabel, _kbAndBuild, _kindLabel, _restartLabel, _wall } from './labels.js';
import { _renderOptions, type RenderOptions } from './options.js';

/**
 * Renders a calendar as a GitHub-flavoured Markdown table: release, Patch Tuesday, release time (UTC, and local
 * when the calendar was made for a zone), product, kind, KB and build per channel with the restart, what the
 * month fixes (when the data holds security counts), and a footnote on provenance. Every cell is escaped (pipes, Markdown and HTML syntax, line breaks).
 * @param calendar - from `yearCalendar`
 * @param options - `locale` (`'en'` default, `'de'`)
 * @returns the Markdown text
 * @throws `HotpatchTypeError` `E_TYPE` when `calendar` is not a calendar; `HotpatchRangeError`
 *   `E_OPTION` for an unknown locale
 * @category Renderers
 * @example
 * ```ts
 * renderMarkdown(yearCalendar(2026, { products: ['windows-11-24h2'] })).split('\n')[0]
 * //=> '# Windows hotpatch calendar 2026'
 * renderMarkdown(yearCalendar(2027, { zone: 'Europe/Berlin' }), { locale: 'de' }).split('\n')[0]
 * //=> '# Windows-Hotpatch-Kalender 2027'
 * ```
 */
export function renderMarkdown(calendar: YearCalendar, options?: RenderOptions): string {
  const cal = _checkCalendar('renderMarkdown', calendar);
  const { m } = _renderOptions('renderMarkdown', options);
  const local = cal.zone !== 'UTC';
  // The security column appears when the data holds counts for any row: a column of dashes says nothing.
  const security = cal.rows.some((r) => r.security !== null && r.security !== undefined);
  const year = String(cal.year).padStart(4, '0');
  const collected = m.dataCollected(cal.retrieved, cal.collectedFrom);
  const head = [
    m.column.release,
    m.column.patchTuesday,
    m.column.time('UTC'),
    ...(local ? [m.column.time(cell(cal.zone))] : []),
    m.column.product,
    m.column.type,
    m.column.hotpatch,
    m.column.standard,
    ...(security ? [m.column.security] : []),
  ];
  const lines = [
    `# ${m.title(year)}`,
    '',
    cell([m.releaseRule, ...(local ? [m.localTimesIn(cal.zone)] : []), collected].join(' ')),
    '',
    `| ${head.join(' | ')} |`,
    `|${' --- |'.repeat(head.length)}`,
  ];
  for (const r of cal.rows) {
    const hot = `${_kbAndBuild(r.hotpatch, m, r.patchTuesday)}, ${_restartLabel(r.hotpatch.restartRequired, m)}`;
    const std = `${_kbAndBuild(r.standard, m, r.patchTuesday)}, ${_restartLabel(true, m)}`;
    const cells = [
      cell(r.names.shortName),
      formatCivilDate(r.patchTuesday),
      r.release.utc.slice(11, 16),
      ...(local ? [_wall(r.release.local)] : []),
      cell(r.productName),
      `${cell(_kindLabel(r, m))}${r.source === 'projected' ? ' \\*' : ''}`,
      cell(hot),
      cell(std),
      ...(security ? [r.security ? cell(m.security(r.security)) : '—'] : []),
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  if (cal.extras.length > 0) {
    const head = [m.column.date, m.column.product, m.column.release, m.column.kbBuild, m.column.restart];
    lines.push('', `| ${head.join(' | ')} |`, `|${' --- |'.repeat(5)}`);
    for (const x of cal.extras) {
      const kb = `${x.kb ?? m.kb.notPublished}${x.build ? ` (${x.build})` : ''}`;
      const cells = [formatCivilDate(x.date), x.productName, _extraLabel(x, m), kb, x.restartRequired ? m.yes : m.no];
      lines.push(`| ${cells.map(cell).join(' | ')} |`);
    }
  }
  lines.push('', `\\* ${cell(m.projectedNote)}`, '', cell(m.releaseNames), '');
  return lines.join('\n');
}

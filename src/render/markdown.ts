/**
 * Markdown rendering of a yearly calendar: a table a change-advisory board can paste.
 * @module
 */
import { _formatDate, _pad } from '../time/civil-date.js';
import type { YearCalendar } from '../calendar/year-calendar.js';
import { _checkCalendar } from './check-calendar.js';
import { _kbAndBuild, _kindLabel } from './labels.js';

function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/**
 * Renders a calendar as a GitHub-flavoured Markdown table: month, Patch Tuesday, release time (UTC and local),
 * product, kind, KB and build per channel, restart, and a footnote on provenance.
 * @param calendar - from {@link yearCalendar}
 * @returns the Markdown text
 * @throws {@link HotpatchTypeError} `E_TYPE` when `calendar` is not a calendar
 * @category Renderers
 * @example
 * ```ts
 * renderMarkdown(yearCalendar(2026, { products: ['windows-11-24h2'] })).split('\n')[0]
 * //=> '# Windows hotpatch calendar 2026'
 * ```
 */
export function renderMarkdown(calendar: YearCalendar): string {
  const cal = _checkCalendar('renderMarkdown', calendar);
  const lines = [
    `# Windows hotpatch calendar ${_pad(cal.year, 4)}`,
    '',
    `Releases land at 10:00 Pacific on Patch Tuesday. Local times are in ${cal.zone}. Data collected ${cal.retrieved}.`,
    '',
    `| Release | Patch Tuesday | Time (UTC) | Time (${cell(cal.zone)}) | Product | Type | Hotpatch channel | Standard channel |`,
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const r of cal.rows) {
    const hot = `${_kbAndBuild(r.hotpatch)}, ${r.hotpatch.restartRequired === null ? 'restart unknown' : r.hotpatch.restartRequired ? 'restart' : 'no restart'}`;
    const std = `${_kbAndBuild(r.standard)}, restart`;
    lines.push(
      `| ${r.names.shortName} | ${_formatDate(r.patchTuesday)} | ${r.release.utc.slice(11, 16)} | ${r.release.local.slice(0, 16).replace('T', ' ')} | ${cell(r.productName)} | ${_kindLabel(r)}${r.source === 'projected' ? ' *' : ''} | ${cell(hot)} | ${cell(std)} |`,
    );
  }
  if (cal.extras.length > 0) {
    lines.push('', '| Date | Product | Release | KB (build) | Restart |', '| --- | --- | --- | --- | --- |');
    for (const x of cal.extras) {
      const label =
        x.kind === 'preview' ? 'Preview (D)' : x.kind === 'oob-hotpatch' ? 'OOB hotpatch' : 'OOB cumulative update';
      lines.push(
        `| ${_formatDate(x.date)} | ${cell(x.productName)} | ${label} | ${x.kb ?? 'not published'}${x.build ? ` (${x.build})` : ''} | ${x.restartRequired ? 'yes' : 'no'} |`,
      );
    }
  }
  lines.push('', '\\* projected from the planned cadence: Microsoft has not published this month yet.', '');
  return lines.join('\n');
}

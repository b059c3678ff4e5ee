/**
 * One month per product, with every release of both channels, as a terminal table.
 * @internal
 * @module
 */
import type { MonthDescription } from '../../calendar/describe-month.js';
import type { Release } from '../../catalog/types.js';
import { _formatDate } from '../../time/civil-date.js';
import { monthState, restartState } from 'hotpatch-calendar';
import { _isBRelease } from '../../catalog/types.js';
import { _terminal } from '../escape.js';
import { _REPORT_EN, type _ReportWords } from '../locale/locales.js';
import { renderTextTable, type TextOptions } from './table.js';

/** A month's description and releases for one product. */
export interface MonthView extends MonthDescription {
  /** The month's releases on both channels. */
  readonly releases: readonly Release[];
}

/** The month's headline (release instant) and a table of releases per product. */
export function renderMonthText(list: readonly MonthView[], options: TextOptions & { words?: _ReportWords }): string {
  const w = options.words ?? _REPORT_EN;
  const h = w.tables.heads;
  const first = list[0];
  const head = first
    ? `${w.tables.monthHead(first.names.shortName, first.names.msrcId, _formatDate(first.patchTuesday), first.release.utc, first.release.local)}\n\n`
    : '';
  const rows = [[h.product, h.kind, h.status, h.channel, h.release, h.kb, h.build, h.date, h.restart, h.source]];
  for (const m of list) {
    const hot = m.releases.find((r) => r.channel === 'hotpatch' && _isBRelease(r.kind));
    const state = monthState({ ...m, hotpatch: { restartRequired: hot ? hot.restartRequired : false } });
    const kind = state === 'unplanned-baseline' ? 'baseline (unplanned)' : state === 'unknown' ? 'unknown' : m.kind;
    for (const r of m.releases) {
      rows.push([
        m.product,
        kind,
        m.status,
        r.channel,
        r.kind,
        r.kb ?? '-',
        r.build ?? '-',
        r.date ? _formatDate(r.date) : '-',
        // A past month the data does not hold is `unknown`, never `no`: it may have had an unplanned baseline.
        w.tables.restart[restartState(r.restartRequired)],
        r.source,
      ]);
    }
  }
  // What the month fixes, per product, where the data holds counts (they are per product, not per channel).
  const security = list.flatMap((m) => {
    const counts = m.releases.find((r) => r.security !== undefined)?.security;
    return counts ? [`  ${m.product}: ${w.security(counts)} (${_terminal(counts.url, 300)})`] : [];
  });
  const fixes = security.length > 0 ? `\n${h.security}:\n${security.join('\n')}\n` : '';
  return head + renderTextTable(rows, options) + fixes;
}

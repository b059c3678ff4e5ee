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
import { en } from '../locale/en.js';
import { renderTextTable, type TextOptions } from './table.js';

/** A month's description and releases for one product. */
export interface MonthView extends MonthDescription {
  /** The month's releases on both channels. */
  readonly releases: readonly Release[];
}

// A past month the data does not hold is `unknown`, never `no`: the device may have had an unplanned baseline.
const RESTART_WORD = { required: 'yes', none: 'no', unknown: 'unknown' } as const;

/** The month's headline (release instant) and a table of releases per product. */
export function renderMonthText(list: readonly MonthView[], options: TextOptions): string {
  const first = list[0];
  const head = first
    ? `${first.names.shortName} (${first.names.msrcId}): Patch Tuesday ${_formatDate(first.patchTuesday)}, released ${first.release.utc} / ${first.release.local}\n\n`
    : '';
  const rows = [['Product', 'Kind', 'Status', 'Channel', 'Release', 'KB', 'Build', 'Date', 'Restart', 'Source']];
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
        RESTART_WORD[restartState(r.restartRequired)],
        r.source,
      ]);
    }
  }
  // What the month fixes, per product, where the data holds counts (they are per product, not per channel).
  const security = list.flatMap((m) => {
    const counts = m.releases.find((r) => r.security !== undefined)?.security;
    return counts ? [`  ${m.product}: ${en.security(counts)} (${_terminal(counts.url, 300)})`] : [];
  });
  const fixes = security.length > 0 ? `\nSecurity:\n${security.join('\n')}\n` : '';
  return head + renderTextTable(rows, options) + fixes;
}

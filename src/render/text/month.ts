/**
 * One month per product, with every release of both channels, as a terminal table.
 * @internal
 * @module
 */
import type { MonthDescription } from '../../calendar/describe-month.js';
import type { Release } from '../../catalog/types.js';
import { _formatDate } from '../../time/civil-date.js';
import { renderTextTable, type TextOptions } from './table.js';

/** A month's description and releases for one product. */
export interface MonthView extends MonthDescription {
  /** The month's releases on both channels. */
  readonly releases: readonly Release[];
}

/** The month's headline (release instant) and a table of releases per product. */
export function renderMonthText(list: readonly MonthView[], options: TextOptions): string {
  const first = list[0];
  const head = first
    ? `${first.names.shortName} (${first.names.msrcId}): Patch Tuesday ${_formatDate(first.patchTuesday)}, released ${first.release.utc} / ${first.release.local}\n\n`
    : '';
  const rows = [['Product', 'Kind', 'Status', 'Channel', 'Release', 'KB', 'Build', 'Date', 'Restart', 'Source']];
  for (const m of list) {
    for (const r of m.releases) {
      rows.push([
        m.product,
        m.unplanned ? 'baseline (unplanned)' : m.kind,
        m.status,
        r.channel,
        r.kind,
        r.kb ?? '-',
        r.build ?? '-',
        r.date ? _formatDate(r.date) : '-',
        r.restartRequired ? 'yes' : 'no',
        r.source,
      ]);
    }
  }
  return head + renderTextTable(rows, options);
}

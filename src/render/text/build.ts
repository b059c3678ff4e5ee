/**
 * What a build is, as terminal text.
 * @internal
 * @module
 */
import type { BuildIdentity } from '../../catalog/identify-build.js';
import type { Release } from '../../catalog/types.js';
import { _formatDate } from '../../time/civil-date.js';
import { _formatYm } from '../../time/year-month.js';
import { renderTextTable, type TextOptions } from './table.js';

/** The build's candidate products and the releases that carry it. */
export function renderBuildText(id: BuildIdentity, options: TextOptions): string {
  const head = `Build ${id.build}: ${id.candidates.length ? id.candidates.join(' or ') : 'no hotpatch product'}${id.known ? '' : ' (not in the catalog)'}\n`;
  if (id.matches.length === 0) return head;
  const rows = [
    ['Product', 'Month', 'Channel', 'Kind', 'KB', 'Date'],
    ...id.matches.map((r) => [
      r.product,
      _formatYm(r.month),
      r.channel,
      r.kind,
      r.kb ?? '-',
      r.date ? _formatDate(r.date) : '-',
    ]),
  ];
  return `${head}\n${renderTextTable(rows, options)}`;
}

/** The releases of a KB, or a line saying the data holds none. */
export function renderKbText(kb: string, releases: readonly Release[], options: TextOptions): string {
  const name = `KB${kb.replace(/^kb/i, '')}`;
  if (releases.length === 0)
    return `${name}: not in the data (it may be newer than the data, or not a hotpatch product's update; try 'hotpatch-calendar refresh')\n`;
  const products = [...new Set(releases.map((r) => r.product))];
  const rows = [
    ['Product', 'Month', 'Channel', 'Kind', 'Build', 'Date', 'Restart'],
    ...releases.map((r) => [
      r.product,
      _formatYm(r.month),
      r.channel,
      r.kind,
      r.build ?? '-',
      r.date ? _formatDate(r.date) : '-',
      r.restartRequired === false ? 'no' : 'yes',
    ]),
  ];
  return `${name}: ${products.join(', ')}\n\n${renderTextTable(rows, options)}`;
}

/**
 * What a build is, as terminal text.
 * @internal
 * @module
 */
import type { BuildIdentity } from '../../catalog/identify-build.js';
import type { Release } from '../../catalog/types.js';
import { _formatDate } from '../../time/civil-date.js';
import { _formatYm } from '../../time/year-month.js';
import { _REPORT_EN, type _ReportWords } from '../locale/locales.js';
import { renderTextTable, type TextOptions } from './table.js';

/** The build's candidate products and the releases that carry it. */
export function renderBuildText(id: BuildIdentity, options: TextOptions & { words?: _ReportWords }): string {
  const h = (options.words ?? _REPORT_EN).tables.heads;
  const head = `Build ${id.build}: ${id.candidates.length ? id.candidates.join(' or ') : 'no hotpatch product'}${id.known ? '' : ' (not in the catalog)'}\n`;
  if (id.matches.length === 0) return head;
  const rows = [
    [h.product, h.month, h.channel, h.kind, h.kb, h.date],
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
export function renderKbText(
  kb: string,
  releases: readonly Release[],
  options: TextOptions & { words?: _ReportWords },
): string {
  const w = options.words ?? _REPORT_EN;
  const h = w.tables.heads;
  const name = `KB${kb.replace(/^kb/i, '')}`;
  if (releases.length === 0) return `${w.tables.kbNotInData(name)}\n`;
  const products = [...new Set(releases.map((r) => r.product))];
  const rows = [
    [h.product, h.month, h.channel, h.kind, h.build, h.date, h.restart],
    ...releases.map((r) => [
      r.product,
      _formatYm(r.month),
      r.channel,
      r.kind,
      r.build ?? '-',
      r.date ? _formatDate(r.date) : '-',
      r.restartRequired === false ? w.tables.restart.none : w.tables.restart.required,
    ]),
  ];
  return `${name}: ${products.join(', ')}\n\n${renderTextTable(rows, options)}`;
}

/**
 * Fleet forecast results as a terminal table, streamed: fixed column widths (a million rows are never held to
 * measure them), long values cut with an ellipsis, every value made safe for a terminal.
 * @internal
 * @module
 */
import type { FleetResult } from '../restart/fleet-types.js';
import { _terminal } from './escape.js';
import type { Messages } from './locale/messages.js';
import { SHORT_PRODUCT } from './text/calendar.js';

const WIDTHS = [20, 18, 12, 8, 8, 11, 0] as const;

/** A value cut to its column (the last column is not cut). */
function fitCell(text: string, width: number): string {
  const safe = _terminal(text, 300);
  if (width === 0) return safe;
  return safe.length > width ? `${safe.slice(0, width - 1)}…` : safe.padEnd(width);
}

const line = (cells: readonly string[]): string =>
  `${cells
    .map((c, i) => fitCell(c, WIDTHS[i] ?? 0))
    .join('  ')
    .trimEnd()}\n`;

/** The heading (with the day forecast for) and the column names. */
export function renderFleetTableHeader(asOf: string, m: Messages): string {
  const de = m.tag === 'de';
  return `${de ? `Flottenprognose am ${asOf}` : `Fleet forecast on ${asOf}`}\n\n${line(
    de
      ? ['Gerät', 'Produkt', 'Build', 'Aktuell', 'Zurück', 'Neustart', 'Gründe (kein Hotpatch) / Fehler']
      : ['Device', 'Product', 'Build', 'Current', 'Behind', 'Restart', 'Reasons (not hotpatching) / error'],
  )}`;
}

/** One result as a table row. */
export function renderFleetTableRow(r: FleetResult, m: Messages): string {
  const id = r.id ?? `#${r.index + 1}`;
  if (!r.ok) return line([id, '-', '-', '-', '-', '-', `${r.error.code}: ${r.error.message}`]);
  const product = r.product ? (SHORT_PRODUCT[r.product] ?? r.product) : r.windows;
  const current = r.current === null ? '?' : r.current ? m.yes : m.no;
  return line([
    id,
    product,
    r.build,
    current,
    r.releasesBehind === null ? '?' : String(r.releasesBehind),
    r.nextRestart?.date ?? '-',
    r.reasons.join(' '),
  ]);
}

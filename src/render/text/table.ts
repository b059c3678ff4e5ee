/**
 * Aligned plain-text tables for terminals, with optional ANSI colour per row.
 * @internal
 * @module
 */

import { _terminal } from '../escape.js';

/** ANSI colours the text views use. */
export const ANSI = { red: '\x1b[31m', yellow: '\x1b[33m', green: '\x1b[32m', reset: '\x1b[0m' } as const;

/** Options of the text renderers. */
export interface TextOptions {
  /** Whether to colour rows (a terminal that wants colour). */
  readonly color: boolean;
}

/** Rows as aligned columns; `rowColor` (0 = first row after the header) colours whole rows when `color` is on. */
export function renderTextTable(
  rows: readonly (readonly string[])[],
  options: TextOptions,
  rowColor?: (row: number) => string | null,
): string {
  // Every cell as a terminal may show it: data (an edition, a product name) cannot forge a line or an escape. The
  // last column is not padded, so it may be longer (a remedy) and the terminal wraps it.
  const safe = rows.map((r) => r.map((cell, c) => _terminal(cell, c === r.length - 1 ? 400 : 120)));
  const widths = (safe[0] ?? []).map((_, c) => Math.max(...safe.map((r) => (r[c] ?? '').length)));
  const lines = safe.map((r, i) => {
    const line = r
      .map((cell, c) => cell.padEnd(widths[c] ?? 0))
      .join('  ')
      .trimEnd();
    const color = options.color && rowColor && i > 0 ? rowColor(i - 1) : null;
    return color ? `${color}${line}${ANSI.reset}` : line;
  });
  return `${lines.join('\n')}\n`;
}

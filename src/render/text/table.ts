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

/**
 * Rows as aligned columns. `rowColor` (0 = first row after the header) colours one cell of the row, column
 * `colorColumn` (a whole coloured row reads as an alarm), when `color` is on; `gap` spaces between columns.
 */
export function renderTextTable(
  rows: readonly (readonly string[])[],
  options: TextOptions,
  rowColor?: (row: number) => string | null,
  layout: { readonly colorColumn?: number; readonly gap?: number } = {},
): string {
  // Every cell as a terminal may show it: data (an edition, a product name) cannot forge a line or an escape. The
  // last column is not padded, so it may be longer (a remedy) and the terminal wraps it.
  const safe = rows.map((r) => r.map((cell, c) => _terminal(cell, c === r.length - 1 ? 400 : 120)));
  const widths = (safe[0] ?? []).map((_, c) => Math.max(...safe.map((r) => (r[c] ?? '').length)));
  const gap = ' '.repeat(layout.gap ?? 2);
  const lines = safe.map((r, i) => {
    const color = options.color && rowColor && i > 0 ? rowColor(i - 1) : null;
    const at = layout.colorColumn ?? -1;
    return r
      .map((cell, c) => {
        const padded = cell.padEnd(widths[c] ?? 0);
        if (!color || (at >= 0 && c !== at)) return padded;
        // Only the word is coloured, not the padding after it.
        return `${color}${cell}${ANSI.reset}${padded.slice(cell.length)}`;
      })
      .join(gap)
      .trimEnd();
  });
  return `${lines.join('\n')}\n`;
}

/**
 * Text helpers shared by the renderers.
 * @internal
 * @module
 */
import type { CalendarChannel, CalendarRow } from '../calendar/year-calendar.js';

/**
 * `KB5077212 (26100.7781)`; for a month the data does not hold, "not in the data (newest: 2026-09)" when it is
 * past and "not published yet" only when it is still to come.
 */
export function _kbAndBuild(c: CalendarChannel): string {
  if (c.kb === null && c.build === null) {
    if (c.source === 'projected') return 'not published yet';
    return c.source === 'unknown'
      ? `not in the data (newest: ${c.newestPublished ?? 'none'})`
      : 'KB and build not published';
  }
  return `${c.kb ?? 'KB unknown'}${c.build ? ` (${c.build})` : ''}`;
}

/** Restart as people read it: `restart required`, `no restart`, or `restart unknown` (a past month not in the data). */
export function _restartLabel(restartRequired: boolean | null): string {
  return restartRequired === null ? 'restart unknown' : restartRequired ? 'restart required' : 'no restart';
}

/**
 * Month kind as people read it: `Baseline (restart)`, `Unplanned baseline (restart)`, `Hotpatch (no restart)`, or
 * `Hotpatch month (not in the data)` when a past planned hotpatch month has no release in the data.
 */
export function _kindLabel(row: CalendarRow): string {
  if (row.unplanned) return 'Unplanned baseline (restart)';
  if (row.kind === 'baseline') return 'Baseline (restart)';
  return row.hotpatch.restartRequired === null ? 'Hotpatch month (not in the data)' : 'Hotpatch (no restart)';
}

/** Escapes text for HTML element content and attribute values. */
export function _html(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

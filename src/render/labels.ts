/**
 * Text helpers shared by the renderers.
 * @internal
 * @module
 */
import type { CalendarChannel, CalendarRow } from '../calendar/year-calendar.js';

/** `KB5077212 (26100.7781)`, or a dash when nothing is published. */
export function _kbAndBuild(c: CalendarChannel): string {
  if (c.kb === null && c.build === null) return c.source === 'projected' ? 'not published yet' : 'unknown';
  return `${c.kb ?? 'KB unknown'}${c.build ? ` (${c.build})` : ''}`;
}

/** Month kind as people read it: `Baseline (restart)`, `Unplanned baseline (restart)`, `Hotpatch (no restart)`. */
export function _kindLabel(row: CalendarRow): string {
  if (row.unplanned) return 'Unplanned baseline (restart)';
  return row.kind === 'baseline' ? 'Baseline (restart)' : 'Hotpatch (no restart)';
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

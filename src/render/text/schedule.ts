/**
 * Maintenance windows as a terminal table.
 * @internal
 * @module
 */
import type { MaintenanceWindow } from '../../schedule/maintenance-windows.js';
import { _formatDate } from '../../time/civil-date.js';
import { _formatYm } from '../../time/year-month.js';
import { _REPORT_EN, type _ReportWords } from '../locale/locales.js';
import { renderTextTable, type TextOptions } from './table.js';

/** One row per window: month, Patch Tuesday, local start and end, UTC start. */
export function renderScheduleText(
  windows: readonly MaintenanceWindow[],
  options: TextOptions & { words?: _ReportWords },
): string {
  const h = (options.words ?? _REPORT_EN).tables.heads;
  const rows = [
    [h.month, h.patchTuesday, h.windowStart, h.windowEnd, h.startUtc],
    ...windows.map((w) => [_formatYm(w.month), _formatDate(w.patchTuesday), w.start.local, w.end.local, w.start.utc]),
  ];
  return renderTextTable(rows, options);
}

/**
 * A month's offer, deadline and forced restart under a ring policy, as terminal text.
 * @internal
 * @module
 */
import type { RestartDeadline } from '../../restart/deadline.js';
import { _formatYm } from '../../time/year-month.js';
import { renderTextTable, type TextOptions } from './table.js';

/** The policy in one line, then the instants in time order. */
export function renderDeadlineText(d: RestartDeadline, options: TextOptions): string {
  const none =
    d.noForcedRestartBecause === 'hotpatch-no-restart' ? 'none: hotpatch, no restart' : 'none: no deadline configured';
  const rows = [
    ['Published', d.published.local],
    ['Offered', d.offer.local],
    ['Deadline', d.deadline?.local ?? '-'],
    ['Grace ends', d.graceEnd?.local ?? '-'],
    ['Forced restart', d.forcedRestart?.local ?? none],
  ];
  const head = `${_formatYm(d.month)} ${d.release.kind} ${d.release.kb ?? '(KB not published)'}: deferral ${d.policy.deferralDays}, deadline ${d.policy.deadlineDays ?? '-'}, grace ${d.policy.graceDays} days`;
  return `${head}\n\n${renderTextTable(rows, options)}`;
}

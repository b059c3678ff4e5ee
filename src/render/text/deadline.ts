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
  // In time order: a grace period shorter than the deadline ends before it, and the table must not say otherwise.
  const timed: [string, { local: string; epochMilliseconds: number } | null][] = [
    ['Published', d.published],
    ['Offered', d.offer],
    ['Grace ends', d.graceEnd],
    ['Deadline', d.deadline],
  ];
  const rows = timed
    .filter((t): t is [string, { local: string; epochMilliseconds: number }] => t[1] !== null)
    .sort((a, b) => a[1].epochMilliseconds - b[1].epochMilliseconds)
    .map(([label, at]) => [label, at.local]);
  rows.push(['Forced restart', d.forcedRestart?.local ?? none]);
  const head = `${_formatYm(d.month)} ${d.release.kind} ${d.release.kb ?? '(KB not published)'}: deferral ${d.policy.deferralDays}, deadline ${d.policy.deadlineDays ?? '-'}, grace ${d.policy.graceDays} days`;
  const how =
    d.forcedRestart && d.deadline && d.graceEnd
      ? `\nThe restart is forced at the later of the deadline (offered + ${d.policy.deadlineDays} days) and the end of the grace period (restart pending + ${d.policy.graceDays} days): ${d.forcedRestart.local}.\n`
      : '';
  return `${head}\n\n${renderTextTable(rows, options)}${how}`;
}

/**
 * A month's offer, deadline and forced restart under a ring policy, as terminal text.
 * @internal
 * @module
 */
import type { RestartDeadline } from '../../restart/deadline.js';
import { _formatYm } from '../../time/year-month.js';
import { _REPORT_EN, type _ReportWords } from '../locale/locales.js';
import { renderTextTable, type TextOptions } from './table.js';

/** The policy in one line, then the instants in time order. */
export function renderDeadlineText(d: RestartDeadline, options: TextOptions & { words?: _ReportWords }): string {
  const words = (options.words ?? _REPORT_EN).tables;
  const t = words.deadline;
  const none = d.noForcedRestartBecause === 'hotpatch-no-restart' ? t.noneHotpatch : t.noneNoDeadline;
  // In time order: a grace period shorter than the deadline ends before it, and the table must not say otherwise.
  const timed: [string, { local: string; epochMilliseconds: number } | null][] = [
    [t.published, d.published],
    [t.offered, d.offer],
    [t.graceEnds, d.graceEnd],
    [t.deadline, d.deadline],
  ];
  const rows = timed
    .filter((t): t is [string, { local: string; epochMilliseconds: number }] => t[1] !== null)
    .sort((a, b) => a[1].epochMilliseconds - b[1].epochMilliseconds)
    .map(([label, at]) => [label, at.local]);
  rows.push([t.forced, d.forcedRestart?.local ?? none]);
  const head = words.deadlineHead(
    `${_formatYm(d.month)} ${d.release.kind} ${d.release.kb ?? '(KB -)'}`,
    d.policy.deferralDays,
    String(d.policy.deadlineDays ?? '-'),
    d.policy.graceDays,
  );
  const how =
    d.forcedRestart && d.deadline && d.graceEnd
      ? `\n${words.deadlineHow(String(d.policy.deadlineDays), d.policy.graceDays, d.forcedRestart.local)}\n`
      : '';
  return `${head}\n\n${renderTextTable(rows, options)}${how}`;
}

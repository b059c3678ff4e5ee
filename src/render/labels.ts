/**
 * Labels shared by the renderers, in the language of the messages given.
 * @internal
 * @module
 */
import {
  monthState,
  restartState,
  type CalendarChannel,
  type CalendarExtra,
  type CalendarRow,
  type MonthState,
  formatCivilDate,
  type CivilDate,
} from 'hotpatch-calendar';
import { en } from './locale/en.js';
import type { Messages } from './locale/messages.js';

/**
 * `KB5077212 (26100.7781)`; for a month the data does not hold, "not in the data (newest: 2026-09)" when it is
 * past and "not published yet" only when it is still to come.
 */
export function _kbAndBuild(c: CalendarChannel, m: Messages = en, patchTuesday?: CivilDate): string {
  if (c.kb === null && c.build === null) {
    if (c.source === 'projected') return m.kb.notPublishedYet;
    return c.source === 'unknown' ? m.kb.notInData(c.newestPublished ?? '—') : m.kb.notPublished;
  }
  // A release dated off Patch Tuesday for this product (KB5046696 on 2024-11-19 for Windows 11) says its date.
  const off =
    patchTuesday && c.date && (c.date.day !== patchTuesday.day || c.date.month !== patchTuesday.month)
      ? `, ${formatCivilDate(c.date)}`
      : '';
  return `${c.kb ?? m.kb.unknown}${c.build ? ` (${c.build}${off})` : off ? ` (${off.slice(2)})` : ''}`;
}

/** Restart as people read it: `restart required`, `no restart`, or `restart unknown` (a past month not in the data). */
export function _restartLabel(restartRequired: boolean | null, m: Messages = en): string {
  return m.restart[restartState(restartRequired)];
}

/**
 * Month kind as people read it: `Baseline (restart)`, `Unplanned baseline (restart)`, `Hotpatch (no restart)`, or
 * `Hotpatch month (not in the data)` when a past planned hotpatch month has no release in the data.
 */
export function _kindLabel(row: CalendarRow, m: Messages = en): string {
  const state = monthState(row);
  if (state === 'unplanned-baseline') return m.kind.unplanned;
  if (state === 'unknown') return m.kind.hotpatchMissing;
  // Outside the program the planned kind still names the month (the status says the product is not in it).
  return row.kind === 'baseline' ? m.kind.baseline : m.kind.hotpatch;
}

/** The short word of each month state, in the language of the messages. */
export function _stateWord(state: MonthState, m: Messages): string {
  const words: Record<MonthState, string> = {
    baseline: m.short.baseline,
    'unplanned-baseline': m.short.unplanned,
    hotpatch: m.short.hotpatch,
    unknown: m.short.hotpatchMissing,
    'before-program': m.short.notYet,
    ended: m.short.ended,
  };
  return words[state];
}

/** The label of an out-of-band or preview release. */
export function _extraLabel(x: CalendarExtra, m: Messages = en): string {
  return x.kind === 'preview' ? m.extra.preview : x.kind === 'oob-hotpatch' ? m.extra.oobHotpatch : m.extra.oobLcu;
}

/** `2026-07-14 19:00` from an RFC 3339 instant text. */
export function _wall(instant: string): string {
  return instant.slice(0, 16).replace('T', ' ');
}

export { _html } from './escape.js';

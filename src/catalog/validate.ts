/**
 * The rules that span releases: one Patch Tuesday release per product, channel and month; a baseline's channels
 * share KB and build; a hotpatch month's channels do not share a KB.
 * @internal
 * @module
 */
import { _error } from '../errors.js';
import { _formatYm, _monthIndex } from '../time/year-month.js';
import { _isBRelease, _isBaselineKind, type Release } from './types.js';

/** Upper bound on entries a caller may pass, so a hostile file cannot make validation run for minutes. */
export const MAX_ENTRIES = 100_000;

/** Key of a month's B release on a channel. */
export function _bKey(r: { product: string; channel: string; month: { year: number; month: number } }): string {
  return `${r.product}|${r.channel}|${_monthIndex(r.month)}`;
}

/** Key that an override replaces: the B release of a month, or an individual OOB/preview by KB (or date and kind). */
export function _replaceKey(r: Release): string {
  if (_isBRelease(r.kind)) return `B|${_bKey(r)}`;
  // Stryker disable next-line OptionalChaining: equivalent: every catalog entry has a date
  return `X|${r.product}|${r.channel}|${r.kb ?? `${r.date?.year}-${r.date?.month}-${r.date?.day}|${r.kind}`}`;
}

/** Checks rules that span entries: one B release per channel and month; baselines shared by both channels. */
export function _validateCatalog(fn: string, entries: readonly Release[]): void {
  const b = new Map<string, Release>();
  for (const r of entries) {
    if (_isBRelease(r.kind)) {
      const key = _bKey(r);
      if (b.has(key))
        throw _error(
          'E_CATALOG',
          `${fn}: two Patch Tuesday releases for ${r.product} ${r.channel} ${_formatYm(r.month)}; expected one per product, channel and month`,
        );
      b.set(key, r);
    }
  }
  for (const r of b.values()) {
    if (r.channel !== 'hotpatch') continue;
    const other = b.get(_bKey({ ...r, channel: 'standard' }));
    if (!other) continue;
    const shared = _isBaselineKind(r.kind);
    const m = _formatYm(r.month);
    if (shared && ((r.kb && other.kb && r.kb !== other.kb) || (r.build && other.build && r.build !== other.build))) {
      throw _error(
        'E_CATALOG',
        `${fn}: ${r.product} ${m} is a ${r.kind} on the hotpatch channel (${r.kb ?? '?'} ${r.build ?? '?'}) but the standard channel has ${other.kb ?? '?'} ${other.build ?? '?'}; baselines share KB and build`,
      );
    }
    if (!shared && r.kb && other.kb && r.kb === other.kb) {
      throw _error(
        'E_CATALOG',
        `${fn}: ${r.product} ${m} hotpatch ${r.kb} has the same KB as the standard channel's cumulative update; hotpatch months have their own KB`,
      );
    }
    if (!shared && other.kind !== 'lcu') {
      throw _error(
        'E_CATALOG',
        `${fn}: ${r.product} ${m} is a hotpatch month on the hotpatch channel but '${other.kind}' on the standard channel`,
      );
    }
  }
}

/**
 * Build ranges for compliance policies that do not flag hotpatched devices: a hotpatch build is lower than the
 * same month's cumulative update (26100.9106 vs 26100.9168 in August 2026), so "OS minimum version" alone marks
 * every hotpatched device non-compliant.
 * @module
 */
import { _options, _own } from '../guards.js';
import { _product, type ProductId } from '../products/products.js';
import { _ubrOf } from '../products/build.js';
import { _formatYm, _monthIndex, _parseYearMonth, type YearMonthInput } from '../time/year-month.js';
import { _catalog } from './catalog.js';
import type { Catalog } from './types.js';

/** One range in Intune's form (Graph `operatingSystemVersionRange`). */
export interface BuildRange {
  /** Lowest accepted version, `10.0.26100.9106`. */
  readonly lowestVersion: string;
  /** Highest accepted version (`10.0.26100.99999` for the open range of later builds). */
  readonly highestVersion: string;
  /** What the range holds, for the policy's description. */
  readonly description: string;
}

/** Options of {@link compliantBuildRanges}. */
export interface CompliantBuildRangesOptions {
  /**
   * Release data to use.
   * @defaultValue the built-in catalog
   */
  readonly catalog?: Catalog;
}

/** Highest UBR a range may name: the open end of "this build and later". */
const OPEN_END = 99_999;

/**
 * The ranges of builds patched through a month, on both channels: every release of that month or later (Patch
 * Tuesday, out-of-band, preview) is in a range, and every release of an earlier month (including a superseded
 * preview or OOB whose UBR is higher than a later hotpatch) is outside all ranges. UBRs are not monotonic across
 * channels, so there may be several ranges; the last one is open-ended for builds still to come.
 * @param product - the product
 * @param month - the month devices must be patched through
 * @param options - see {@link CompliantBuildRangesOptions}
 * @returns the ranges, lowest first (empty when the data has no release of the month or later)
 * @throws `E_UNKNOWN_PRODUCT`; like {@link parseYearMonth}
 * @category Catalog
 * @example
 * ```ts
 * compliantBuildRanges('windows-11-24h2', '2026-08')
 * //=> [{ lowestVersion: '10.0.26100.9106', highestVersion: '10.0.26100.99999', description: 'windows-11-24h2 patched through 2026-08: releases from 2026-08 on' }]
 * ```
 */
export function compliantBuildRanges(
  product: ProductId,
  month: YearMonthInput,
  options?: CompliantBuildRangesOptions,
): BuildRange[] {
  const fn = 'compliantBuildRanges';
  const p = _product(fn, product);
  const ym = _parseYearMonth(fn, 'month', month);
  const catalog = _catalog(fn, _own(_options(fn, options), 'catalog'));
  const target = _monthIndex(ym);
  // Every known build of the product: true when it is patched through the month.
  const builds = new Map<number, boolean>();
  for (const r of catalog.entries) {
    if (r.product !== p.id || r.build === null) continue;
    const ok = _monthIndex(r.month) >= target;
    const ubr = _ubrOf(r.build);
    builds.set(ubr, (builds.get(ubr) ?? true) && ok);
  }
  const sorted = [...builds].sort((a, b) => a[0] - b[0]);
  const ranges: [number, number][] = [];
  let open: [number, number] | null = null;
  for (const [ubr, ok] of sorted) {
    if (ok) {
      open = open ?? [ubr, ubr];
      open[1] = ubr;
    } else if (open) {
      ranges.push(open);
      open = null;
    }
  }
  if (open) ranges.push([open[0], OPEN_END]);
  const monthText = _formatYm(ym);
  return ranges.map(([lo, hi]) => ({
    lowestVersion: `10.0.${p.buildMajor}.${lo}`,
    highestVersion: `10.0.${p.buildMajor}.${hi}`,
    description: `${p.id} patched through ${monthText}: ${hi === OPEN_END ? `releases from ${monthText} on` : `releases ${lo} to ${hi}`}`,
  }));
}

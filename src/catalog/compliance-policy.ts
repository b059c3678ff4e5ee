/**
 * An Intune compliance policy fragment (Microsoft Graph `windows10CompliancePolicy`) for a whole fleet: one set of
 * build ranges per product, each described by product, month and channels, so that hotpatched devices of every
 * product pass and nothing older does.
 * @module
 */
import { _error, _show } from '../errors.js';
import { _options, _own } from '../guards.js';
import { _product, type ProductId } from '../products/products.js';
import { _ubrOf } from '../products/build.js';
import { _formatYm, _monthIndex, _parseYearMonth, type YearMonthInput } from '../time/year-month.js';
import { _catalog } from './catalog.js';
import { compliantBuildRanges, type BuildRange } from './compliant-ranges.js';
import { _releaseFor } from './releases.js';
import type { Catalog, Channel } from './types.js';

/** Options of {@link compliancePolicy}. */
export interface CompliancePolicyOptions {
  /**
   * Release data to use.
   * @defaultValue the built-in catalog
   */
  readonly catalog?: Catalog;
  /**
   * Accept a month whose release of a product is not in the data (its ranges then start at what the data holds,
   * and hotpatched devices may be flagged until it is refreshed).
   * @defaultValue `false`: such a month is an `E_POLICY` error naming the product and month
   */
  readonly allowProjected?: boolean;
}

/** One entry of `validOperatingSystemBuildRanges`, in Graph's shape. */
export interface PolicyBuildRange extends BuildRange {
  /** Graph's type name of the range. */
  readonly '@odata.type': 'microsoft.graph.operatingSystemVersionRange';
}

/** A `windows10CompliancePolicy` fragment to PATCH onto a policy. */
export interface CompliancePolicyFragment {
  /** Graph's type name of the policy. */
  readonly '@odata.type': '#microsoft.graph.windows10CompliancePolicy';
  /** The accepted build ranges: every product's, lowest build first within a product. */
  readonly validOperatingSystemBuildRanges: readonly PolicyBuildRange[];
  /** Set only for one product with one range: with several products one minimum would fail all but one. */
  readonly osMinimumVersion?: string;
}

const CHANNEL_NAME: Readonly<Record<Channel, string>> = { hotpatch: 'hotpatch', standard: 'LCU' };

/**
 * The policy fragment that accepts every build patched through a month, for one product or several: one
 * `validOperatingSystemBuildRanges` entry per contiguous range of each product's builds (a product's hotpatch and
 * cumulative-update builds share a range where no older build lies between them), each described with product,
 * month and the channels it holds; `osMinimumVersion` only for a single product and range.
 * @param products - one product id or a list of them
 * @param month - the month devices must be patched through
 * @param options - see {@link CompliancePolicyOptions}
 * @returns the fragment
 * @throws {@link HotpatchRangeError} `E_POLICY` when a product's release of the month is not in the data (unless
 *   `allowProjected`) or the data has nothing from that month on; `E_UNKNOWN_PRODUCT`; like {@link parseYearMonth}
 * @category Catalog
 * @example
 * ```ts
 * const p = compliancePolicy(['windows-11-24h2', 'windows-11-25h2'], '2026-08');
 * p.validOperatingSystemBuildRanges.map((r) => r.lowestVersion) //=> ['10.0.26100.9106', '10.0.26200.9106']
 * p.osMinimumVersion //=> undefined
 * ```
 */
export function compliancePolicy(
  products: ProductId | readonly ProductId[],
  month: YearMonthInput,
  options?: CompliancePolicyOptions,
): CompliancePolicyFragment {
  const fn = 'compliancePolicy';
  const list = typeof products === 'string' ? [products] : products;
  if (!Array.isArray(list) || list.length === 0 || list.length > 20)
    throw _error('E_OPTION', `${fn}: products ${_show(products)} is not accepted; expected one product id or a list`);
  const ids = [...new Set(list.map((p: unknown) => _product(fn, p).id))];
  const ym = _parseYearMonth(fn, 'month', month);
  const opts = _options(fn, options);
  const catalog = _catalog(fn, _own(opts, 'catalog'));
  const allow = _own(opts, 'allowProjected');
  if (allow !== undefined && typeof allow !== 'boolean')
    throw _error('E_OPTION', `${fn}: options.allowProjected ${_show(allow)} is not accepted; expected true or false`);
  const monthText = _formatYm(ym);
  const ranges: PolicyBuildRange[] = [];
  for (const id of ids) {
    const missing = (['hotpatch', 'standard'] as const).filter((ch) => _releaseFor(catalog, id, ym, ch).build === null);
    if (missing.length > 0 && allow !== true) {
      throw _error(
        'E_POLICY',
        `${fn}: the ${missing.map((c) => CHANNEL_NAME[c]).join(' and ')} build of ${id} for ${monthText} is not in the data; expected a month the data holds (refresh the catalog) or allowProjected`,
      );
    }
    const own = compliantBuildRanges(id, ym, { catalog });
    if (own.length === 0)
      throw _error('E_POLICY', `${fn}: no release of ${id} from ${monthText} on is in the data; refresh the catalog`);
    for (const r of own)
      ranges.push({
        '@odata.type': 'microsoft.graph.operatingSystemVersionRange',
        ...r,
        description: describe(catalog, id, ym, r),
      });
  }
  const single = ids.length === 1 && ranges.length === 1;
  return {
    '@odata.type': '#microsoft.graph.windows10CompliancePolicy',
    validOperatingSystemBuildRanges: ranges,
    ...(single ? { osMinimumVersion: ranges[0]?.lowestVersion as string } : {}),
  };
}

/** `windows-11-24h2 patched through 2026-08 (hotpatch and LCU): 26100.9106 and later`. */
function describe(catalog: Catalog, product: ProductId, ym: { year: number; month: number }, r: BuildRange): string {
  const lo = Number(r.lowestVersion.split('.')[3]);
  const hi = Number(r.highestVersion.split('.')[3]);
  const target = _monthIndex(ym);
  const channels = new Set<string>();
  for (const e of catalog.entries) {
    if (e.product !== product || e.build === null || _monthIndex(e.month) < target) continue;
    const ubr = _ubrOf(e.build);
    if (ubr >= lo && ubr <= hi)
      channels.add(e.kind === 'baseline' || e.kind === 'unplanned-baseline' ? 'baseline' : CHANNEL_NAME[e.channel]);
  }
  const holds = ['hotpatch', 'LCU', 'baseline'].filter((c) => channels.has(c)).join(', ') || 'no release yet';
  const span = r.highestVersion.endsWith('.99999')
    ? `${r.lowestVersion.slice(5)} and later`
    : `${r.lowestVersion.slice(5)} to ${r.highestVersion.slice(5)}`;
  return `${product} patched through ${_formatYm(ym)}, releases from then on (${holds}): ${span}`;
}

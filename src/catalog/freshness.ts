/**
 * How current the data is for each product and channel on a given day: fresh Windows 11 data must not hide stale
 * server data, so freshness is never one date for everything.
 * @module
 */
import { _latestReleasedMonth } from '../cadence/release-instant.js';
import { _patchTuesdayOf } from '../cadence/patch-tuesday.js';
import { _show, _error } from '../errors.js';
import { _int, _options, _own } from '../guards.js';
import { PRODUCT_IDS, _product, type ProductId } from '../products/products.js';
import { _status } from '../products/program-status.js';
import { _civilDate, _epochDay, type DateInput } from '../time/civil-date.js';
import { _formatYm, _fromMonthIndex } from '../time/year-month.js';
import { _catalog } from './catalog.js';
import { _index } from './lookup-index.js';
import { _releaseFor } from './releases.js';
import { CHANNELS, type Catalog, type Channel, type ReleaseSecurity } from './types.js';

/** One product's channel on a day. */
export interface ChannelFreshness {
  /** Product id. */
  readonly product: ProductId;
  /** Channel. */
  readonly channel: Channel;
  /** Newest month (`YYYY-MM`) with a published Patch Tuesday release on this channel; null when none. */
  readonly newestMonth: string | null;
  /** That release's KB (null when only the build was published). */
  readonly kb: string | null;
  /** That release's build (null when only the KB was published). */
  readonly build: string | null;
  /** Days from that month's Patch Tuesday to the day asked about; null when the data has no release. */
  readonly ageDays: number | null;
  /** Patch Tuesdays released by the day asked about that the data lacks on this channel. */
  readonly monthsBehind: number | null;
  /** True when the newest release is more than `staleAfterDays` old on that day, while the product is serviced. */
  readonly stale: boolean;
  /** Date the newest release was read (`YYYY-MM-DD`): its own layer's, not the newest layer's; null without one. */
  readonly retrieved: string | null;
  /** What the newest month's updates fix on this product, where the data holds counts; else null. */
  readonly security: ReleaseSecurity | null;
}

/** Options of {@link dataFreshness}. */
export interface DataFreshnessOptions {
  /**
   * Release data to use.
   * @defaultValue the built-in catalog
   */
  readonly catalog?: Catalog;
  /**
   * Products to report.
   * @defaultValue every product
   */
  readonly products?: readonly ProductId[];
  /**
   * Days after which a channel's newest release counts as stale.
   * @defaultValue 45 (a monthly release is due every 28 to 35 days)
   */
  readonly staleAfterDays?: number;
}

/**
 * The newest published release per product and channel and how far it lies behind a day: its age in days and
 * the Patch Tuesdays released by then that the data lacks. A channel is stale when its newest release is more than
 * 45 days old on that day while the product is still serviced: Windows 11's fresh standard channel never hides
 * Server 2025's months-old data, nor Windows 11's own missing hotpatch month.
 * @param asOf - the day to measure against (`'2026-12-06'`, a record, …)
 * @param options - see {@link DataFreshnessOptions}
 * @returns one entry per product and channel, in product order, hotpatch channel first
 * @throws {@link HotpatchRangeError} `E_DATE_RANGE` / {@link HotpatchSyntaxError} `E_DATE_FORMAT` for a bad day;
 *   `E_UNKNOWN_PRODUCT`; `E_OPTION`; `E_CATALOG`
 * @category Catalog
 * @example
 * ```ts
 * const f = dataFreshness('2026-12-06');
 * f.filter((c) => c.stale).map((c) => `${c.product} ${c.channel}`).includes('windows-11-24h2 standard') //=> false
 * f.find((c) => c.product === 'windows-server-2025' && c.channel === 'hotpatch')?.stale //=> true
 * ```
 */
export function dataFreshness(asOf: DateInput, options?: DataFreshnessOptions): ChannelFreshness[] {
  const fn = 'dataFreshness';
  const day = _civilDate(fn, 'asOf', asOf);
  const opts = _options(fn, options);
  const catalog = _catalog(fn, _own(opts, 'catalog'));
  const productsOpt = _own(opts, 'products');
  if (productsOpt !== undefined && (!Array.isArray(productsOpt) || productsOpt.length > 20))
    throw _error('E_OPTION', `${fn}: options.products ${_show(productsOpt)} is not a list of product ids`);
  const products = productsOpt === undefined ? PRODUCT_IDS : productsOpt.map((p: unknown) => _product(fn, p).id);
  const limitOpt = _own(opts, 'staleAfterDays');
  const limit = limitOpt === undefined ? 45 : _int(fn, 'options.staleAfterDays', limitOpt, 0, 3650, 'E_OPTION');
  const dayNumber = _epochDay(day.year, day.month, day.day);
  // The newest Patch Tuesday released by the end of that day (UTC).
  const released = _latestReleasedMonth((dayNumber + 1) * 86_400_000 - 1);
  const index = _index(catalog);
  const out: ChannelFreshness[] = [];
  for (const product of products) {
    const serviced = _status(_product(fn, product), _fromMonthIndex(released)) !== 'ended';
    for (const channel of CHANNELS) {
      const newest = index.newest.get(`${product}|${channel}`);
      if (newest === undefined) {
        out.push({
          product,
          channel,
          newestMonth: null,
          kb: null,
          build: null,
          ageDays: null,
          monthsBehind: null,
          stale: false,
          retrieved: null,
          security: null,
        });
        continue;
      }
      const month = _fromMonthIndex(newest);
      const release = _releaseFor(catalog, product, month, channel);
      const tuesday = _patchTuesdayOf(month);
      const ageDays = dayNumber - _epochDay(tuesday.year, tuesday.month, tuesday.day);
      out.push({
        product,
        channel,
        newestMonth: _formatYm(month),
        kb: release.kb,
        build: release.build,
        ageDays,
        monthsBehind: Math.max(0, released - newest),
        stale: serviced && ageDays > limit,
        retrieved: release.retrieved ?? catalog.retrieved,
        security: release.security ?? null,
      });
    }
  }
  return out;
}

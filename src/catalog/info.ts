/**
 * A catalog's summary: how many entries, how fresh per product and channel.
 * @module
 */
import { PRODUCT_IDS, type ProductId } from '../products/products.js';
import { _formatYm, _fromMonthIndex } from '../time/year-month.js';
import { _catalog } from './catalog.js';
import { _index } from './lookup-index.js';
import type { Catalog, Channel } from './types.js';

/** One product's part of {@link CatalogInfo}. */
export interface ProductCatalogInfo {
  /** Number of entries for the product. */
  readonly entries: number;
  /** Newest month (`YYYY-MM`) with a published Patch Tuesday release, per channel; null when none. */
  readonly newestMonth: Readonly<Record<Channel, string | null>>;
}

/** Summary of a catalog. */
export interface CatalogInfo {
  /** Date the built-in data was collected. */
  readonly retrieved: string;
  /** Number of entries. */
  readonly entries: number;
  /** Entries from caller overrides. */
  readonly overrides: number;
  /** Per product: entry count and newest month with a published Patch Tuesday release, per channel. */
  readonly products: Readonly<Record<ProductId, ProductCatalogInfo>>;
}

/**
 * Summary of a catalog: counts and the newest published month per product and channel (the data's freshness).
 * @param catalog - defaults to the built-in catalog
 * @returns counts and newest months (`'YYYY-MM'` or null)
 * @throws {@link HotpatchTypeError} `E_CATALOG` when `catalog` is not a catalog
 * @category Catalog
 * @example
 * ```ts
 * catalogInfo().products['windows-11-24h2'].newestMonth.hotpatch //=> '2026-10'
 * ```
 */
export function catalogInfo(catalog?: Catalog): CatalogInfo {
  const c = _catalog('catalogInfo', catalog);
  const index = _index(c);
  const products = {} as Record<ProductId, { entries: number; newestMonth: Record<Channel, string | null> }>;
  for (const id of PRODUCT_IDS) {
    const newest = (ch: Channel): string | null => {
      const n = index.newest.get(`${id}|${ch}`);
      return n === undefined ? null : _formatYm(_fromMonthIndex(n));
    };
    products[id] = {
      entries: c.entries.filter((r) => r.product === id).length,
      newestMonth: { hotpatch: newest('hotpatch'), standard: newest('standard') },
    };
  }
  return {
    retrieved: c.retrieved,
    entries: c.entries.length,
    overrides: c.entries.filter((r) => r.source === 'override').length,
    products,
  };
}

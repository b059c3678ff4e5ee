/**
 * The release catalog: the built-in data (validated once, on first use) and caller overrides layered on top.
 * @module
 */
import { _ubrOf } from '../products/build.js';
import { _show, _error } from '../errors.js';
import { _options, _own } from '../guards.js';
import { _epochDay } from '../time/civil-date.js';
import { PRODUCT_IDS, type ProductId } from '../products/products.js';
import { _formatYm, _fromMonthIndex, _monthIndex } from '../time/year-month.js';
import { _pacificTenAm } from '../cadence/release-instant.js';
import data from './releases.json';
import { MAX_ENTRIES, _bKey, _replaceKey, _validateCatalog, _validateEntry } from './validate.js';
import { _isBRelease, type Catalog, type Channel, type Release } from './types.js';

/** Lookup structures of a catalog, built once per catalog and kept out of its plain shape. @internal */
export interface _CatalogIndex {
  readonly bRelease: ReadonlyMap<string, Release>;
  /** Releases per `product|channel`, in instant order, with their instants. */
  readonly timeline: ReadonlyMap<string, readonly { readonly at: number; readonly release: Release }[]>;
  /** Newest month (index) with a B release per `product|channel`. */
  readonly newest: ReadonlyMap<string, number>;
  /** Releases by short and full build text. */
  readonly byBuild: ReadonlyMap<string, readonly Release[]>;
}

const indexes = new WeakMap<Catalog, _CatalogIndex>();
/** Catalogs this module validated: only these are accepted as the `catalog` option. */
const validated = new WeakSet<Catalog>();
let builtIn: Catalog | undefined;

function freezeDeep<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) freezeDeep(v);
  }
  return value;
}

function sortEntries(entries: Release[]): Release[] {
  const order = new Map(PRODUCT_IDS.map((id, i) => [id, i]));
  return entries.sort(
    (a, b) =>
      (order.get(a.product) ?? 0) - (order.get(b.product) ?? 0) ||
      (a.channel === b.channel ? 0 : a.channel === 'hotpatch' ? -1 : 1) ||
      _dateKey(a) - _dateKey(b) ||
      _ubr(a) - _ubr(b),
  );
}
function _dateKey(r: Release): number {
  return r.date ? _epochDay(r.date.year, r.date.month, r.date.day) : 0;
}
function _ubr(r: Release): number {
  return r.build ? _ubrOf(r.build) : 0;
}

function build(fn: string, entries: Release[], retrieved: string): Catalog {
  _validateCatalog(fn, entries);
  const catalog: Catalog = freezeDeep({ entries: sortEntries(entries), retrieved });
  validated.add(catalog);
  return catalog;
}

/**
 * The built-in catalog of published releases (validated on first use; frozen).
 * @returns the catalog
 * @category Catalog
 * @example
 * ```ts
 * builtInCatalog().entries.length > 300 //=> true
 * ```
 */
export function builtInCatalog(): Catalog {
  if (!builtIn) {
    const raw = data as { schemaVersion: number; retrieved: string; entries: unknown[] };
    builtIn = build('builtInCatalog', raw.entries.map((e, i) => _validateEntry('builtInCatalog', i, e, 'published')), raw.retrieved);
  }
  return builtIn;
}

/** Options of {@link createCatalog}. */
export interface CreateCatalogOptions {
  /**
   * Catalog the entries are layered over.
   * @defaultValue the built-in catalog
   */
  readonly base?: Catalog;
}

/**
 * A catalog with caller entries layered over a base: an entry replaces the base's Patch Tuesday release of the
 * same product, channel and month (or the same OOB/preview KB), and adds anything new. Entries use the data
 * file's shape (`month: 'YYYY-MM'`, `date: 'YYYY-MM-DD'`, `urls: [...]`) and come out with `source: 'override'`.
 * The base is never mutated.
 * @param entries - array of release records, e.g. parsed JSON
 * @param options - see {@link CreateCatalogOptions}
 * @returns a new validated catalog
 * @throws {@link HotpatchTypeError} `E_CATALOG` for unknown fields, wrong types, `__proto__`/`constructor` keys, or contradictions (two B releases for one month, a baseline whose channels disagree); `E_KB_FORMAT`/`E_BUILD_FORMAT`/`E_BUILD_PRODUCT` for malformed numbers; `E_UNKNOWN_PRODUCT`
 * @category Catalog
 * @example
 * ```ts
 * const mine = createCatalog([{ product: 'windows-11-24h2', channel: 'hotpatch', month: '2027-05',
 *   kind: 'unplanned-baseline', kb: null, build: null, date: '2027-05-11', restartRequired: true,
 *   urls: ['https://learn.microsoft.com/en-us/windows/release-health/windows11-release-information'] }]);
 * releaseFor('windows-11-24h2', '2027-05', 'hotpatch', { catalog: mine }).kind //=> 'unplanned-baseline'
 * ```
 */
export function createCatalog(entries: readonly unknown[], options?: CreateCatalogOptions): Catalog {
  const fn = 'createCatalog';
  if (!Array.isArray(entries)) throw _error('E_CATALOG', `${fn}: entries ${_show(entries)} is not an array; expected an array of release records`);
  if (entries.length > MAX_ENTRIES) throw _error('E_CATALOG', `${fn}: ${entries.length} entries; expected at most ${MAX_ENTRIES}`);
  const base = _catalog(fn, _own(_options(fn, options), 'base'));
  const overrides = entries.map((e, i) => _validateEntry(fn, i, e, 'override'));
  const seen = new Set<string>();
  for (const o of overrides) {
    const key = _replaceKey(o);
    if (seen.has(key)) throw _error('E_CATALOG', `${fn}: two entries replace the same release (${o.product} ${o.channel} ${_formatYm(o.month)} ${o.kind}); expected one`);
    seen.add(key);
  }
  const merged = base.entries.filter((r) => !seen.has(_replaceKey(r)));
  return build(fn, [...merged, ...overrides], base.retrieved);
}

/** Resolves the `catalog` option. @internal */
export function _catalog(fn: string, value: unknown): Catalog {
  if (value === undefined) return builtInCatalog();
  if (typeof value === 'object' && value !== null && validated.has(value as Catalog)) return value as Catalog;
  throw _error('E_CATALOG', `${fn}: catalog ${_show(value)} is not a catalog; expected the result of createCatalog() or builtInCatalog()`);
}

/** The lookup index of a catalog, built on first use. @internal */
export function _index(catalog: Catalog): _CatalogIndex {
  let index = indexes.get(catalog);
  if (index) return index;
  const bRelease = new Map<string, Release>();
  const timeline = new Map<string, { at: number; release: Release }[]>();
  const newest = new Map<string, number>();
  const byBuild = new Map<string, Release[]>();
  for (const r of catalog.entries) {
    const pc = `${r.product}|${r.channel}`;
    if (_isBRelease(r.kind)) {
      bRelease.set(_bKey(r), r);
      if (r.build !== null || r.kb !== null) newest.set(pc, Math.max(newest.get(pc) ?? -1, _monthIndex(r.month)));
    }
    if (r.date) {
      const list = timeline.get(pc) ?? [];
      list.push({ at: _pacificTenAm(r.date), release: r });
      timeline.set(pc, list);
    }
    if (r.build) {
      for (const key of [r.build, `10.0.${r.build}`]) {
        const list = byBuild.get(key) ?? [];
        list.push(r);
        byBuild.set(key, list);
      }
    }
  }
  for (const list of timeline.values()) list.sort((a, b) => a.at - b.at || _ubr(a.release) - _ubr(b.release));
  index = { bRelease, timeline, newest, byBuild };
  indexes.set(catalog, index);
  return index;
}

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
 * catalogInfo().products['windows-11-24h2'].newestMonth.hotpatch //=> '2026-08'
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
    products[id] = { entries: c.entries.filter((r) => r.product === id).length, newestMonth: { hotpatch: newest('hotpatch'), standard: newest('standard') } };
  }
  return { retrieved: c.retrieved, entries: c.entries.length, overrides: c.entries.filter((r) => r.source === 'override').length, products };
}

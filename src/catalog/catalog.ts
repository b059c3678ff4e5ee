/**
 * The release catalog: the built-in data (validated once, on first use) and caller overrides layered on top.
 * @module
 */
import { _show, _error } from '../errors.js';
import { _freezeDeep, _options, _own } from '../guards.js';
import { _epochDay } from '../time/civil-date.js';
import { PRODUCT_IDS } from '../products/products.js';
import { _formatYm } from '../time/year-month.js';
import { PACKED_RETRIEVED, PACKED_SOURCES } from './releases.packed.js';
import { _builtInReleases } from './built-in-releases.js';
import { _replaceKey, _validateCatalog } from './validate.js';
import { _decodeInput } from './decode.js';
import { _ubrOf } from '../products/build.js';
import type { Catalog, CatalogDocument, Release } from './types.js';

/** Catalogs this module validated: only these are accepted as the `catalog` option. */
const validated = new WeakSet<Catalog>();
let builtIn: Catalog | undefined;

/** Product, hotpatch before standard, date, then build revision; ties keep their order (a stable sort). */
function sortEntries(entries: Release[]): Release[] {
  const order = new Map(PRODUCT_IDS.map((id, i) => [id, i]));
  // One key per release, worked out once, not in every comparison (it runs at every start for the built-in data).
  const keyed = entries.map((r) => ({
    r,
    group: (order.get(r.product) ?? 0) * 2 + (r.channel === 'hotpatch' ? 0 : 1),
    day: dateKey(r),
    ubr: releaseUbr(r),
  }));
  keyed.sort((a, b) => a.group - b.group || a.day - b.day || a.ubr - b.ubr);
  return keyed.map((k) => k.r);
}

/** A release's UBR, 0 when its build is unknown: the tie-break between releases of one day. */
function releaseUbr(r: Release): number {
  return r.build ? _ubrOf(r.build) : 0;
}

function dateKey(r: Release): number {
  return r.date ? _epochDay(r.date.year, r.date.month, r.date.day) : 0;
}

function build(fn: string, entries: Release[], retrieved: string): Catalog {
  _validateCatalog(fn, entries);
  const catalog: Catalog = _freezeDeep({ entries: sortEntries(entries), retrieved });
  validated.add(catalog);
  return catalog;
}

/**
 * The built-in catalog of published releases (frozen; checked when the data was packed).
 * @returns the catalog
 * @category Catalog
 * @example
 * ```ts
 * builtInCatalog().entries.length > 300 //=> true
 * ```
 */
export function builtInCatalog(): Catalog {
  if (!builtIn) {
    // Checked when packed and by the test suite, not at every start: see built-in-releases.ts.
    builtIn = _freezeDeep({ entries: sortEntries(_builtInReleases()), retrieved: PACKED_RETRIEVED });
    validated.add(builtIn);
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
 * A catalog with caller data layered over a base: an entry replaces the base's Patch Tuesday release of the
 * same product, channel and month (or the same OOB/preview KB), and adds anything new. The input is a catalog
 * document of data format 3 or 2 ({@link CatalogDocument}, described by the JSON Schema
 * `hotpatch-calendar/catalog.schema.json`), a bare list of its entries ({@link CatalogEntry}; source ids then
 * refer to the built-in sources table), or data format 1 (a `schemaVersion: 1` file, or a list of its
 * entries). Its releases come out with `source: 'override'`; the base is never mutated.
 * @param input - a catalog document or a list of entries, e.g. parsed JSON
 * @param options - see {@link CreateCatalogOptions}
 * @returns a new validated catalog
 * @throws {@link HotpatchTypeError} `E_CATALOG` for unknown fields, wrong types, `__proto__`/`constructor` keys, an unknown source id, a format-1 field that contradicts what format 2 derives, or contradictions (two B releases for one month, a baseline whose channels disagree); `E_KB_FORMAT`/`E_BUILD_FORMAT`/`E_BUILD_PRODUCT` for malformed numbers; `E_UNKNOWN_PRODUCT`
 * @category Catalog
 * @example
 * ```ts
 * const mine = createCatalog([{ products: ['windows-11-24h2', 'windows-11-25h2'], kind: 'unplanned-baseline',
 *   date: '2027-05-11', kb: null, ubr: null, sources: ['w11-release-info'] }]);
 * releaseFor('windows-11-25h2', '2027-05', 'standard', { catalog: mine }).kind //=> 'unplanned-baseline'
 * ```
 */
export function createCatalog(input: CatalogDocument | readonly unknown[], options?: CreateCatalogOptions): Catalog {
  const fn = 'createCatalog';
  const base = _catalog(fn, _own(_options(fn, options), 'base'));
  const decoded = _decodeInput(fn, input, 'override', builtInSources());
  const overrides = decoded.releases;
  const seen = new Set<string>();
  for (const o of overrides) {
    const key = _replaceKey(o);
    if (seen.has(key))
      throw _error(
        'E_CATALOG',
        `${fn}: two entries replace the same release (${o.product} ${o.channel} ${_formatYm(o.month)} ${o.kind}); expected one`,
      );
    seen.add(key);
  }
  const merged = base.entries.filter((r) => !seen.has(_replaceKey(r)));
  const ours = decoded.retrieved;
  const retrieved = ours !== null && ours > base.retrieved ? ours : base.retrieved;
  // Each release keeps the date its own layer was read, so a footer never dates old data by the newest layer.
  const stamp = (r: Release, date: string | null): Release =>
    r.retrieved !== undefined || date === null || date === retrieved ? r : { ...r, retrieved: date };
  return build(
    fn,
    [...merged.map((r) => stamp(r, base.retrieved)), ...overrides.map((r) => stamp(r, ours))],
    retrieved,
  );
}

/** The built-in data's sources table, by id: bare overlay entries may cite these ids. */
function builtInSources(): ReadonlyMap<string, string> {
  return new Map(PACKED_SOURCES);
}

/** Resolves the `catalog` option. @internal */
export function _catalog(fn: string, value: unknown): Catalog {
  if (value === undefined) return builtInCatalog();
  // A WeakSet holds objects only: anything else is simply not in it.
  if (validated.has(value as Catalog)) return value as Catalog;
  throw _error(
    'E_CATALOG',
    `${fn}: catalog ${_show(value)} is not a catalog; expected the result of createCatalog() or builtInCatalog()`,
  );
}

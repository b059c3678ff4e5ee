/**
 * From a build number to what it is, and whether it carries a month's security content.
 * @module
 */
import { _options, _own } from '../guards.js';
import { _parseBuild, _productBuild, _ubrOf } from '../products/build.js';
import { _product, type ProductId } from '../products/products.js';
import { _monthIndex, _parseYearMonth, type YearMonthInput } from '../time/year-month.js';
import { _buildCandidates } from './build-product.js';
import { _catalog } from './catalog.js';
import { _index, _releasesWithBuild } from './lookup-index.js';
import { _isBRelease, type Catalog, type Release } from './types.js';

/** What a build is. */
export interface BuildIdentity {
  /** The build, short form (`26100.4061`). */
  readonly build: string;
  /**
   * Products the build can belong to: those with its OS build major (a 26100 build can be Windows 11 24H2 or
   * Windows Server 2025), narrowed by the data where it tells (26100.32995 is on Server 2025's own line).
   */
  readonly candidates: readonly ProductId[];
  /** Published releases with exactly this build (several when products share a KB, or channels a build). */
  readonly matches: readonly Release[];
  /** Whether the catalog knows the build. */
  readonly known: boolean;
}

/** Options of {@link identifyBuild}. */
export interface IdentifyBuildOptions {
  /** Narrow to one product. */
  readonly product?: ProductId;
  /**
   * Release data to use.
   * @defaultValue the built-in catalog
   */
  readonly catalog?: Catalog;
}

const identityCache = new WeakMap<Catalog, Map<string, BuildIdentity>>();
/** The identity cache of the built-in catalog (the one `_catalog` returns without options), once made. */
let builtInCache: Map<string, BuildIdentity> | undefined;
function identify(catalog: Catalog, text: unknown, product: ProductId | undefined): BuildIdentity {
  const b = _parseBuild('identifyBuild', 'build', text);
  const build = `${b.build}.${b.ubr}`;
  const windows = b.major === 10 && b.minor === 0;
  // Narrowed by the data: a revision on one product's own line (Server 2025's 26100.32xxx) names that product only.
  const candidates = windows ? _buildCandidates(catalog, b.build, b.ubr) : [];
  const all = windows ? (_index(catalog).byBuild.get(build) ?? []) : [];
  const matches = product ? all.filter((r) => r.product === product) : all;
  return Object.freeze({
    build,
    candidates: product ? candidates.filter((c) => c === product) : candidates,
    matches: Object.freeze([...matches]),
    known: matches.length > 0,
  });
}

/**
 * Identifies a build: which products it can belong to, and every published release with that build (month,
 * channel, kind, KB). Unknown builds give `known: false` and no matches.
 * @param build - `'26100.4061'`, `'10.0.26100.4061'` or a build record
 * @param options - see {@link IdentifyBuildOptions}
 * @returns the identity (cached per catalog: treat as read-only)
 * @throws {@link HotpatchSyntaxError} `E_BUILD_FORMAT`; `E_UNKNOWN_PRODUCT`; `E_CATALOG`
 * @category Catalog
 * @example
 * ```ts
 * const id = identifyBuild('26100.4851');
 * id.candidates //=> ['windows-11-24h2', 'windows-server-2025']
 * id.matches.map((r) => [r.product, r.channel, r.kind, r.kb])
 * //=> [['windows-11-24h2', 'hotpatch', 'hotpatch', 'KB5064010'], ['windows-server-2025', 'hotpatch', 'hotpatch', 'KB5064010']]
 * ```
 */
export function identifyBuild(
  build: string | { major: number; minor: number; build: number; ubr: number },
  options?: IdentifyBuildOptions,
): BuildIdentity {
  // Hot path: a build string with no options is one map lookup after the first call.
  // Stryker disable next-line StringLiteral,BlockStatement: equivalent: skipping the cache gives the same identity
  if (options === undefined && typeof build === 'string') {
    // The built-in catalog's cache is held directly: a hit is one Map.get, no catalog or WeakMap lookups.
    const hit = builtInCache?.get(build);
    if (hit) return hit;
    const catalog = _catalog('identifyBuild', undefined);
    const cache = identityCache.get(catalog) ?? new Map<string, BuildIdentity>();
    identityCache.set(catalog, cache);
    builtInCache = cache;
    const identity = identify(catalog, build, undefined);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent: the bound only caps memory
    if (cache.size < 100_000) cache.set(build, identity);
    return identity;
  }
  const opts = _options('identifyBuild', options);
  const catalog = _catalog('identifyBuild', _own(opts, 'catalog'));
  const productOpt = _own(opts, 'product');
  const product = productOpt === undefined ? undefined : _product('identifyBuild', productOpt).id;
  return identify(catalog, build, product);
}

/**
 * Where a build stands against the data: a release in the catalog (`known`), older than every known release of its
 * product (`older-than-data`: far behind), newer than every one (`newer-than-data`: assumed current, the data is
 * older than the device), or between known releases without being one (`between-releases`).
 */
export type BuildPlacement = 'known' | 'older-than-data' | 'newer-than-data' | 'between-releases';

/** Placement of a UBR that is not a known release of the product. @internal */
export function _placeUbr(catalog: Catalog, product: ProductId, ubr: number): Exclude<BuildPlacement, 'known'> {
  const range = _index(catalog).ubrRange.get(product);
  if (!range) return 'between-releases';
  return ubr < range.min ? 'older-than-data' : ubr > range.max ? 'newer-than-data' : 'between-releases';
}

/** Options of {@link placeBuild}. */
export interface PlaceBuildOptions {
  /**
   * Release data to use.
   * @defaultValue the built-in catalog
   */
  readonly catalog?: Catalog;
}

/**
 * Where a device's build stands against the catalog, so that a build the data does not know is still placed: below
 * every known release means far behind, above every one means current as far as the data can tell.
 * @param build - `26100.2033` or `10.0.26100.2033`
 * @param product - the device's product
 * @param options - see {@link PlaceBuildOptions}
 * @returns the placement
 * @throws {@link HotpatchSyntaxError} `E_BUILD_FORMAT`; `E_BUILD_PRODUCT` when the build is not the product's
 * @category Catalog
 * @example
 * ```ts
 * placeBuild('26100.4851', 'windows-11-24h2') //=> 'known'
 * placeBuild('26100.1', 'windows-11-24h2') //=> 'older-than-data'
 * placeBuild('26100.99999', 'windows-11-24h2') //=> 'newer-than-data'
 * ```
 */
export function placeBuild(build: string, product: ProductId, options?: PlaceBuildOptions): BuildPlacement {
  const fn = 'placeBuild';
  const p = _product(fn, product);
  const b = _productBuild(fn, build, p);
  const catalog = _catalog(fn, _own(_options(fn, options), 'catalog'));
  const text = `${b.build}.${b.ubr}`;
  if (_releasesWithBuild(catalog, text, p.id).length > 0) return 'known';
  return _placeUbr(catalog, p.id, b.ubr);
}

/** Options of {@link isPatchedThrough}. */
export interface IsPatchedThroughOptions {
  /**
   * Release data to use.
   * @defaultValue the built-in catalog
   */
  readonly catalog?: Catalog;
}

/**
 * Whether a device of a product on a build has the security content of a month, across channels: a hotpatch
 * build below the same month's standard build is still patched through that month, and an OOB or preview
 * counts for the month it shipped in. A build the catalog does not know is judged conservatively: patched only
 * when it is at or above every published build of that month's Patch Tuesday releases (both channels) and that
 * month is published; otherwise false.
 * @param build - the device's build
 * @param product - product id
 * @param yearMonth - the month whose security content is asked about
 * @param options - `{ catalog }`
 * @returns true when patched through the month
 * @throws {@link HotpatchRangeError} `E_BUILD_PRODUCT` when the build's major is not the product's; like {@link identifyBuild} and {@link parseYearMonth}
 * @category Catalog
 * @example
 * ```ts
 * // The February 2026 hotpatch build is patched through February, though it is below February's LCU build:
 * isPatchedThrough('26100.7781', 'windows-11-24h2', '2026-02') //=> true
 * // February's LCU build is not patched through March:
 * isPatchedThrough('26100.7840', 'windows-11-24h2', '2026-03') //=> false
 * ```
 */
export function isPatchedThrough(
  build: string,
  product: ProductId,
  yearMonth: YearMonthInput,
  options?: IsPatchedThroughOptions,
): boolean {
  const fn = 'isPatchedThrough';
  const p = _product(fn, product);
  const b = _productBuild(fn, build, p);
  const target = _monthIndex(_parseYearMonth(fn, 'yearMonth', yearMonth));
  const catalog = _catalog(fn, _own(_options(fn, options), 'catalog'));
  const text = `${b.build}.${b.ubr}`;
  const known = _releasesWithBuild(catalog, text, p.id);
  if (known.length > 0) return Math.max(...known.map((r) => _monthIndex(r.month))) >= target;
  // Unknown build: compare only against that month's published B builds, never across months.
  const monthBuilds = catalog.entries.filter(
    (r) => r.product === p.id && _monthIndex(r.month) === target && r.build !== null && _isBRelease(r.kind),
  );
  if (monthBuilds.length === 0) return false;
  return monthBuilds.every((r) => r.build !== null && b.ubr >= _ubrOf(r.build));
}

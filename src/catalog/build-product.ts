/**
 * Which product a build belongs to, never guessed: OS build 26100 is both Windows 11 24H2 and Windows Server 2025,
 * which shared KBs and builds until December 2025 and then split (Server 2025 on a 26100.32xxx line). A build is
 * settled by the product asked for, by its own release in the data, by the edition, or by the build line it is on;
 * when nothing tells, the answer is an error naming the candidates and what settles it.
 * @module
 */
import { _error, _safe, _show, type SafeResult } from '../errors.js';
import { _options, _own } from '../guards.js';
import { _parseBuild } from '../products/build.js';
import { _isServerEdition } from '../products/lifecycle.js';
import { PRODUCT_IDS, _product, getProduct, type ProductId } from '../products/products.js';
import { _catalog } from './catalog.js';
import { _index } from './lookup-index.js';
import type { Catalog } from './types.js';

/** How a build's product was settled. */
export type ProductResolutionBasis = 'product' | 'only-candidate' | 'release' | 'edition' | 'build-line';

/** The product of a build, and how that was settled. */
export interface ProductResolution {
  /** The product. */
  readonly product: ProductId;
  /**
   * How it was settled: `product` (asked for), `only-candidate` (one product has this OS build), `release` (the
   * data holds this build for one product only), `edition` (a client or a server edition), `build-line` (after
   * the products split, each has its own line of revisions: Server 2025 from 26100.32230).
   */
  readonly by: ProductResolutionBasis;
  /** Every product with this OS build. */
  readonly candidates: readonly ProductId[];
}

/** Options of {@link resolveBuildProduct}. */
export interface ResolveBuildProductOptions {
  /** A product the caller already knows; checked against the build. */
  readonly product?: ProductId;
  /** The edition as Windows reports it (`Enterprise`, `Datacenter: Azure Edition`, …): client or server. */
  readonly edition?: string;
  /**
   * Release data to use.
   * @defaultValue the built-in catalog
   */
  readonly catalog?: Catalog;
}

/** Products by OS build major. @internal */
export function _productsOfMajor(major: number): readonly ProductId[] {
  return PRODUCT_IDS.filter((id) => getProduct(id).buildMajor === major);
}

interface Lines {
  /** Highest UBR that two products of the major share. */
  readonly sharedMax: number;
  /** First UBR of each product's own line above the shared range. */
  readonly starts: ReadonlyMap<ProductId, number>;
}
const linesCache = new WeakMap<Catalog, Map<number, Lines>>();

/** The build lines of an OS build major in the data: where the products stopped sharing builds. */
function linesOf(catalog: Catalog, major: number): Lines {
  const cache = linesCache.get(catalog) ?? new Map<number, Lines>();
  linesCache.set(catalog, cache);
  const hit = cache.get(major);
  if (hit) return hit;
  const prefix = `${major}.`;
  let sharedMax = -1;
  const own: [ProductId, number][] = [];
  for (const [build, releases] of _index(catalog).byBuild) {
    if (!build.startsWith(prefix)) continue;
    const ubr = Number(build.slice(prefix.length));
    const products = new Set(releases.map((r) => r.product));
    if (products.size > 1) sharedMax = Math.max(sharedMax, ubr);
    else own.push([releases[0]?.product as ProductId, ubr]);
  }
  const starts = new Map<ProductId, number>();
  for (const [product, ubr] of own)
    if (ubr > sharedMax && ubr < (starts.get(product) ?? Number.POSITIVE_INFINITY)) starts.set(product, ubr);
  const lines = { sharedMax, starts };
  cache.set(major, lines);
  return lines;
}

/**
 * What the data says of a build's product, without an edition: the products of its own release when it is above
 * the range the products shared (at or below it, a release of one product says nothing: the other shipped the same
 * build), else the product whose build line it is on; every candidate when the data cannot tell. @internal
 */
export function _dataCandidates(
  catalog: Catalog,
  major: number,
  ubr: number,
): { readonly products: readonly ProductId[]; readonly released: boolean } {
  const candidates = _productsOfMajor(major);
  if (candidates.length < 2) return { products: candidates, released: false };
  const lines = linesOf(catalog, major);
  if (ubr <= lines.sharedMax) return { products: candidates, released: false };
  const released = new Set((_index(catalog).byBuild.get(`${major}.${ubr}`) ?? []).map((r) => r.product));
  const known = candidates.filter((c) => released.has(c));
  if (known.length > 0) return { products: known, released: true };
  let best: ProductId | null = null;
  let bestStart = -1;
  for (const [product, start] of lines.starts) {
    if (start <= ubr && start > bestStart) {
      best = product;
      bestStart = start;
    }
  }
  return { products: best ? [best] : candidates, released: false };
}

/** The products a build can belong to as far as the data tells (see {@link _dataCandidates}). @internal */
export function _buildCandidates(catalog: Catalog, major: number, ubr: number): readonly ProductId[] {
  return _dataCandidates(catalog, major, ubr).products;
}

/** The resolution, unchecked. @internal */
export function _resolveBuildProduct(
  fn: string,
  catalog: Catalog,
  buildText: unknown,
  product: ProductId | undefined,
  edition: string | undefined,
): ProductResolution {
  const b = _parseBuild(fn, 'build', buildText);
  const all = b.major === 10 && b.minor === 0 ? _productsOfMajor(b.build) : [];
  if (all.length === 0) {
    throw _error(
      'E_UNKNOWN_PRODUCT',
      `${fn}: build ${_show(buildText)} belongs to no hotpatch product; expected a build of ${PRODUCT_IDS.join(', ')}`,
    );
  }
  const name = `${b.build}.${b.ubr}`;
  const data = _dataCandidates(catalog, b.build, b.ubr);
  if (product !== undefined) {
    if (!all.includes(product))
      throw _error(
        'E_BUILD_PRODUCT',
        `${fn}: build ${_show(buildText)} is not a ${product} build; expected 10.0.${getProduct(product).buildMajor}.x`,
      );
    // Only a release on a product's own line contradicts: a build the products shared is both.
    if (data.released && !data.products.includes(product))
      throw _error(
        'E_BUILD_PRODUCT',
        `${fn}: build ${name} is a ${data.products.join(' and ')} build, not ${product}; expected a build that ${product} received`,
      );
    return { product, by: 'product', candidates: all };
  }
  if (all.length === 1) return { product: all[0] as ProductId, by: 'only-candidate', candidates: all };
  const family = edition === undefined ? undefined : _isServerEdition(edition) ? 'server' : 'client';
  const ofFamily = (list: readonly ProductId[]) =>
    family === undefined ? [...list] : list.filter((c) => getProduct(c).family === family);
  if (data.released) {
    const fits = ofFamily(data.products);
    if (fits.length === 0)
      throw _error(
        'E_BUILD_PRODUCT',
        `${fn}: build ${name} is a ${data.products.join(' and ')} build, but edition ${_show(edition)} is a ${family} edition; expected the device's real edition`,
      );
    if (fits.length === 1) return { product: fits[0] as ProductId, by: 'release', candidates: all };
  }
  // An edition outranks the build line: a build newer than the data may be on a line the data has not seen.
  const byEdition = ofFamily(all);
  if (family !== undefined && byEdition.length === 1)
    return { product: byEdition[0] as ProductId, by: 'edition', candidates: all };
  if (data.products.length === 1) return { product: data.products[0] as ProductId, by: 'build-line', candidates: all };
  throw _error(
    'E_AMBIGUOUS_PRODUCT',
    `${fn}: build ${name} can be ${data.products.join(' or ')}; expected a product (--product) or an edition (--edition) to say which`,
  );
}

/**
 * Which product a build belongs to, settled by the product you give (checked), the data (the build's own release,
 * or the line of revisions each product took after they split), or the edition; never picked silently.
 * @param build - `'26100.32995'`, `'10.0.26100.4851'` or a build record
 * @param options - see {@link ResolveBuildProductOptions}
 * @returns the product and how it was settled
 * @throws {@link HotpatchRangeError} `E_AMBIGUOUS_PRODUCT` when nothing tells (a build the products shared, no
 *   edition): the message names the candidates; `E_BUILD_PRODUCT` when the product or edition contradicts the
 *   build; {@link HotpatchSyntaxError} `E_BUILD_FORMAT`; `E_UNKNOWN_PRODUCT` for a build of no hotpatch product
 * @category Catalog
 * @example
 * ```ts
 * resolveBuildProduct('26100.32995').product //=> 'windows-server-2025'
 * resolveBuildProduct('26100.9974').product //=> 'windows-11-24h2'
 * resolveBuildProduct('26100.4851', { edition: 'Datacenter: Azure Edition' }).by //=> 'edition'
 * safeResolveBuildProduct('26100.4851').ok //=> false
 * ```
 */
export function resolveBuildProduct(
  build: string | { major: number; minor: number; build: number; ubr: number },
  options?: ResolveBuildProductOptions,
): ProductResolution {
  const fn = 'resolveBuildProduct';
  const opts = _options(fn, options);
  const catalog = _catalog(fn, _own(opts, 'catalog'));
  const productOpt = _own(opts, 'product');
  const product = productOpt === undefined ? undefined : _product(fn, productOpt).id;
  const editionOpt = _own(opts, 'edition');
  if (editionOpt !== undefined && (typeof editionOpt !== 'string' || editionOpt.length > 64))
    throw _error('E_OPTION', `${fn}: options.edition ${_show(editionOpt)} is not accepted; expected an edition name`);
  return _resolveBuildProduct(fn, catalog, build, product, editionOpt as string | undefined);
}

/**
 * {@link resolveBuildProduct} without throwing: `{ ok: true, value }` or `{ ok: false, error }`.
 * @param build - as for {@link resolveBuildProduct}
 * @param options - as for {@link resolveBuildProduct}
 * @returns the result
 * @throws nothing of this library's (errors of other kinds are passed on)
 * @category Catalog
 * @example
 * ```ts
 * const r = safeResolveBuildProduct('26100.4851');
 * !r.ok && r.error.code //=> 'E_AMBIGUOUS_PRODUCT'
 * ```
 */
export function safeResolveBuildProduct(
  build: string | { major: number; minor: number; build: number; ubr: number },
  options?: ResolveBuildProductOptions,
): SafeResult<ProductResolution> {
  return _safe(() => resolveBuildProduct(build, options));
}

/**
 * Reads entries of the catalog data format, version 2 ({@link CatalogEntry}), into release drafts: one per
 * product and channel the entry stands for.
 * @internal
 * @module
 */
import { _show } from '../errors.js';
import { _checkKeys, _own } from '../guards.js';
import { _parseBuild } from '../products/build.js';
import { PRODUCT_IDS, _product, type ProductId } from '../products/products.js';
import { _catalogError, _checkUrls, type _ReleaseDraft } from './check-release.js';
import { _securityOf } from './decode-security.js';
import { RELEASE_KINDS, _channelsOf, type ReleaseKind } from './types.js';

const FIELDS = [
  'products',
  'kind',
  'date',
  'dates',
  'kb',
  'ubr',
  'build',
  'sources',
  'note',
  'security',
  'retrieved',
] as const;
const REQUIRED = ['products', 'kind', 'date', 'kb', 'sources'] as const;
const SOURCE_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const MAX_UBR = 9_999_999;

/** Whether a raw entry (a record) is written in format version 2: it names `products`, not `product`. */
export function _isV2Entry(raw: object): boolean {
  return _own(raw, 'products') !== undefined;
}

/** Decodes one version-2 entry; `sources` resolves source ids. */
export function _decodeV2Entry(
  fn: string,
  index: number,
  raw: object,
  sources: ReadonlyMap<string, string>,
): _ReleaseDraft[] {
  const where = `entry ${index}`;
  _checkKeys(`${fn}: ${where}`, raw, FIELDS, 'E_CATALOG');
  for (const key of REQUIRED) if (_own(raw, key) === undefined) _catalogError(fn, where, `field '${key}' is missing`);
  const products = _own(raw, 'products');
  if (!Array.isArray(products) || products.length === 0 || products.length > PRODUCT_IDS.length) {
    _catalogError(fn, where, `products ${_show(products)} is not a list of 1 to ${PRODUCT_IDS.length} product ids`);
  }
  const ids: ProductId[] = products.map((p: unknown) => _product(fn, p).id);
  if (new Set(ids).size !== ids.length) _catalogError(fn, where, `products ${_show(products)} names a product twice`);
  const kind = _own(raw, 'kind');
  if (!(RELEASE_KINDS as readonly unknown[]).includes(kind))
    _catalogError(fn, where, `kind ${_show(kind)} is not one of ${RELEASE_KINDS.join(', ')}`);
  const k = kind as ReleaseKind;
  const ubr = buildOf(fn, where, raw);
  const sourceList = _own(raw, 'sources');
  if (!Array.isArray(sourceList)) _catalogError(fn, where, `sources ${_show(sourceList)} is not a list`);
  const urls = _checkUrls(
    fn,
    where,
    sourceList.map((s: unknown) =>
      typeof s === 'string' && SOURCE_ID.test(s)
        ? (sources.get(s) ?? _catalogError(fn, where, `source id ${_show(s)} is not in the sources table`))
        : s,
    ),
  );
  const dates = datesOf(fn, where, raw, ids);
  const security = _securityOf(fn, where, _own(raw, 'security'), ids);
  const retrieved = _own(raw, 'retrieved');
  return ids.flatMap((product) => {
    const major = _product(fn, product).buildMajor;
    return _channelsOf(k).map((channel) => ({
      product,
      channel,
      kind: k,
      kb: _own(raw, 'kb'),
      build: ubr === null ? null : { major: ubr.major ?? major, ubr: ubr.ubr },
      date: dates?.get(product) ?? _own(raw, 'date'),
      urls,
      note: _own(raw, 'note'),
      security: security?.get(product),
      retrieved,
    }));
  });
}

/** Per-product dates: a record of product ids (of the entry) to dates in the entry's month. */
function datesOf(fn: string, where: string, raw: object, ids: readonly ProductId[]): Map<ProductId, string> | null {
  const dates = _own(raw, 'dates');
  if (dates === undefined) return null;
  if (typeof dates !== 'object' || dates === null || Array.isArray(dates))
    _catalogError(fn, where, `dates ${_show(dates)} is not a record of product ids to dates`);
  _checkKeys(`${fn}: ${where}.dates`, dates, ids, 'E_CATALOG');
  const date = _own(raw, 'date');
  const month = typeof date === 'string' ? date.slice(0, 7) : '';
  const out = new Map<ProductId, string>();
  for (const product of ids) {
    const d = _own(dates, product);
    if (d === undefined) continue;
    if (typeof d !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(d) || d.slice(0, 7) !== month)
      _catalogError(fn, where, `dates.${product} ${_show(d)} is not a date in the entry's month ${month}`);
    out.set(product, d);
  }
  return out;
}

/** The entry's build: `ubr` (shared by all its products) or a full `build` text (whose major is checked later). */
function buildOf(fn: string, where: string, raw: object): { major?: number; ubr: number } | null {
  const ubr = _own(raw, 'ubr');
  const build = _own(raw, 'build');
  if (ubr !== undefined && build !== undefined) _catalogError(fn, where, "give 'ubr' or 'build', not both");
  if (build !== undefined && build !== null) {
    const b = _parseBuild(fn, `${where}.build`, build);
    return { major: b.build, ubr: b.ubr };
  }
  if (ubr === undefined || ubr === null) return null;
  if (typeof ubr !== 'number' || !Number.isInteger(ubr) || ubr < 0 || ubr > MAX_UBR)
    _catalogError(fn, where, `ubr ${_show(ubr)} is not an integer from 0 to ${MAX_UBR}`);
  return { ubr };
}

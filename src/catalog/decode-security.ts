/**
 * Reads an entry's `security` record (data format 3): per product of the entry, what the month's updates fix.
 * @internal
 * @module
 */
import { _show } from '../errors.js';
import { _checkKeys, _own } from '../guards.js';
import type { ProductId } from '../products/products.js';
import { _catalogError, _checkUrls } from './check-release.js';
import type { ReleaseSecurity } from './types.js';

const COUNTS = ['cves', 'critical', 'important', 'exploited', 'publiclyDisclosed'] as const;
const FIELDS = [...COUNTS, 'url'] as const;
/** More CVEs than any month has had by two orders of magnitude: a larger count is a broken document. */
const MAX_COUNT = 10_000;

/** The checked security counts per product, or null when the entry has none. */
export function _securityOf(
  fn: string,
  where: string,
  raw: unknown,
  ids: readonly ProductId[],
): Map<ProductId, ReleaseSecurity> | null {
  if (raw === undefined) return null;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    _catalogError(fn, where, `security ${_show(raw)} is not a record of product ids to counts`);
  _checkKeys(`${fn}: ${where}.security`, raw, ids, 'E_CATALOG');
  const out = new Map<ProductId, ReleaseSecurity>();
  for (const product of ids) {
    const value = _own(raw, product);
    if (value === undefined) continue;
    const at = `${where}.security.${product}`;
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      _catalogError(fn, at, `${_show(value)} is not { ${FIELDS.join(', ')} }`);
    _checkKeys(`${fn}: ${at}`, value, FIELDS, 'E_CATALOG');
    const counts = COUNTS.map((key) => {
      const n = _own(value, key);
      if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > MAX_COUNT)
        _catalogError(fn, at, `${key} ${_show(n)} is not an integer from 0 to ${MAX_COUNT}`);
      return n;
    }) as [number, number, number, number, number];
    const [cves, critical, important, exploited, publiclyDisclosed] = counts;
    if (critical + important > cves || exploited > cves || publiclyDisclosed > cves)
      _catalogError(fn, at, 'counts do not add up; expected critical + important, exploited, publiclyDisclosed ≤ cves');
    const [url] = _checkUrls(fn, at, [_own(value, 'url')]) as [string];
    out.set(product, { cves, critical, important, exploited, publiclyDisclosed, url });
  }
  return out;
}

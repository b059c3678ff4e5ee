/**
 * The built-in data as a format-3 document, unpacked from `releases.packed.ts` (generated from `releases.json`,
 * the source of truth, by `npm run pack-data`). Packed, the data costs users' bundles about a third less.
 * @internal
 * @module
 */
import { PRODUCT_IDS } from '../products/products.js';
import { PACKED_RETRIEVED, PACKED_ROWS, PACKED_SOURCES } from './releases.packed.js';
import { RELEASE_KINDS, type CatalogDocument, type CatalogEntry } from './types.js';

/** The built-in data, unpacked (the result is validated by the same decoder as any document). */
export function _builtInDocument(): CatalogDocument {
  const ids = PACKED_SOURCES.map(([id]) => id);
  const releases = PACKED_ROWS.split('\n').map((row): CatalogEntry => {
    const [products = '', kind = '', date = '', kb = '', ubr = '', sources = '', dates = '', note = ''] =
      row.split('|');
    const iso = (d: string): string => `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`;
    return {
      products: [...products].map((i) => PRODUCT_IDS[Number(i)] ?? 'windows-11-24h2'),
      kind: RELEASE_KINDS[Number(kind)] ?? 'baseline',
      date: iso(date),
      ...(dates === ''
        ? {}
        : {
            dates: Object.fromEntries(
              dates.split(',').map((d) => [PRODUCT_IDS[Number(d[0])] ?? 'windows-11-24h2', iso(d.slice(1))]),
            ),
          }),
      kb: kb === '' ? null : `KB${kb}`,
      ubr: ubr === '' ? null : Number(ubr),
      sources: [...sources].map((i) => ids[Number.parseInt(i, 36)] ?? ''),
      ...(note === '' ? {} : { note }),
    };
  });
  return { formatVersion: 3, retrieved: PACKED_RETRIEVED, sources: Object.fromEntries(PACKED_SOURCES), releases };
}

/**
 * The built-in data straight from its packed rows to releases, for the first answer of every process (a CLI run,
 * a serverless call): the rows were checked when they were packed and are checked again by the test suite
 * (test/catalog/built-in-releases.test.ts: the same releases as the full decoder and catalog check give), so
 * startup runs none of the decoder's checks.
 * @internal
 * @module
 */
import { PRODUCT_IDS, _product } from '../products/products.js';
import { PACKED_ROWS, PACKED_SOURCES } from './releases.packed.js';
import { RELEASE_KINDS, _channelsOf, _restartsDevice, type Release } from './types.js';
import type { CivilDate } from '../time/civil-date.js';

const dateOf = (d: string): CivilDate => ({
  year: Number(d.slice(0, 4)),
  month: Number(d.slice(4, 6)),
  day: Number(d.slice(6, 8)),
});

/** The built-in releases, in the rows' order (the catalog sorts them). @internal */
export function _builtInReleases(): Release[] {
  const urlOf = PACKED_SOURCES.map(([, url]) => url);
  const releases: Release[] = [];
  for (const row of PACKED_ROWS.split('\n')) {
    const [products = '', kindIndex = '', day = '', kbNumber = '', ubr = '', sources = '', dates = '', note = ''] =
      row.split('|');
    const kind = RELEASE_KINDS[Number(kindIndex)] ?? 'baseline';
    const date = dateOf(day);
    const kb = kbNumber === '' ? null : `KB${kbNumber}`;
    // The KB article is always a source and comes first (as the decoder orders them).
    const pages = [...sources].map((i) => urlOf[Number.parseInt(i, 36)] ?? '');
    const kbUrl = kb === null ? null : `https://support.microsoft.com/help/${kbNumber}`;
    const urls = kbUrl === null ? pages : [kbUrl, ...pages.filter((u) => u !== kbUrl)];
    const perProduct = new Map(dates === '' ? [] : dates.split(',').map((d) => [d[0], dateOf(d.slice(1))] as const));
    for (const p of products) {
      const product = _product('builtInCatalog', PRODUCT_IDS[Number(p)]);
      const own = perProduct.get(p) ?? date;
      for (const channel of _channelsOf(kind))
        releases.push({
          product: product.id,
          month: { year: own.year, month: own.month },
          channel,
          kind,
          kb,
          build: ubr === '' ? null : `${product.buildMajor}.${ubr}`,
          date: own,
          restartRequired: _restartsDevice(kind),
          source: 'published',
          urls,
          ...(note === '' ? {} : { note }),
        });
    }
  }
  return releases;
}

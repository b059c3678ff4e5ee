// Writes src/catalog/releases.packed.ts from src/catalog/releases.json: the same data (format 2), packed into one
// string per release so that the built-in catalog costs less in users' bundles. releases.json stays the source
// of truth; test/catalog/packed.test.ts fails when the two disagree. Run: npm run pack-data
import { readFileSync, writeFileSync } from 'node:fs';

const PRODUCTS = [
  'windows-11-24h2',
  'windows-11-25h2',
  'windows-11-26h2',
  'windows-server-2025',
  'windows-server-2022-azure-edition',
];
const KINDS = ['baseline', 'unplanned-baseline', 'hotpatch', 'oob-hotpatch', 'lcu', 'oob-lcu', 'preview'];

export function pack(doc) {
  const ids = Object.keys(doc.sources);
  const rows = doc.releases.map((r) => {
    if ((r.note ?? '').includes('|') || (r.note ?? '').includes('\n'))
      throw new Error(`note with | or a line break: ${r.note}`);
    if (r.build !== undefined) throw new Error('the built-in data gives ubr, not build');
    // Not packed yet: no Microsoft document has given the built-in data security counts or per-entry dates.
    if (r.security !== undefined || r.retrieved !== undefined)
      throw new Error('the packed format has no security or per-entry retrieved; extend pack() and unpack.ts first');
    const sources = r.sources.map((s) => {
      const i = ids.indexOf(s);
      if (i < 0) throw new Error(`source ${s} is not an id of the table`);
      return i.toString(36);
    });
    return [
      r.products.map((p) => PRODUCTS.indexOf(p)).join(''),
      KINDS.indexOf(r.kind),
      r.date.replaceAll('-', ''),
      r.kb === null ? '' : r.kb.slice(2),
      r.ubr ?? '',
      sources.join(''),
      Object.entries(r.dates ?? {})
        .map(([product, date]) => `${PRODUCTS.indexOf(product)}${date.replaceAll('-', '')}`)
        .join(','),
      r.note ?? '',
    ].join('|');
  });
  return { retrieved: doc.retrieved, sources: ids.map((id) => [id, doc.sources[id]]), rows: rows.join('\n') };
}

if (process.argv[1]?.endsWith('pack-catalog.mjs')) {
  const doc = JSON.parse(readFileSync(new URL('../src/catalog/releases.json', import.meta.url), 'utf8'));
  const p = pack(doc);
  const text = `// Generated from releases.json by \`npm run pack-data\`; do not edit (test/catalog/packed.test.ts checks it).
// Each row: products (indexes of PRODUCT_IDS) | kind (index of RELEASE_KINDS) | date YYYYMMDD | KB number | UBR |
// sources (base-36 indexes of PACKED_SOURCES) | per-product dates (product index + YYYYMMDD, comma-separated) | note.
/** @internal */
export const PACKED_RETRIEVED = ${JSON.stringify(p.retrieved)};
/** @internal */
export const PACKED_SOURCES: readonly (readonly [string, string])[] = ${JSON.stringify(p.sources)};
/** @internal */
export const PACKED_ROWS = ${JSON.stringify(p.rows)};
`;
  writeFileSync(new URL('../src/catalog/releases.packed.ts', import.meta.url), text);
  console.log(`packed ${doc.releases.length} releases`);
}

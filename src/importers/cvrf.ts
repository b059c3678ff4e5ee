/**
 * Reads Microsoft's monthly MSRC CVRF v3.0 document (the JSON at
 * `https://api.msrc.microsoft.com/cvrf/v3.0/cvrf/<YYYY-Mon>`) into catalog entries: each hotpatch product's
 * cumulative update ("Security Update") and hotpatch ("Security Hotpatch Update"), with the fixed build where the
 * document gives one and what the month fixes on each product (CVEs, severity, exploited, publicly disclosed).
 * @module
 */
import {
  PRODUCT_IDS,
  describeMonth,
  formatCivilDate,
  formatYearMonth,
  getProduct,
  isBaselineMonth,
  isHotpatchError,
  parseYearMonth,
  patchTuesday,
  type CatalogEntry,
  type ProductId,
  type ReleaseKind,
  type ReleaseSecurity,
  type YearMonth,
} from 'hotpatch-calendar';
import { _SecurityTally } from './cvrf-security.js';
import { _looksLikeHotpatchProduct, _productOfMsrcName } from './msrc-products.js';
import { importError, optionsOf, own, show } from './read.js';
import type { ImportWarning } from './warnings.js';

/** Where MSRC serves the CVRF documents; the document id (`2026-Aug`) is appended. */
export const MSRC_CVRF_BASE_URL = 'https://api.msrc.microsoft.com/cvrf/v3.0/cvrf/';

/** Options of {@link importCvrf}. */
export interface ImportCvrfOptions {
  /**
   * The URL the document was read from, cited as every entry's source.
   * @defaultValue {@link MSRC_CVRF_BASE_URL} followed by the document id
   */
  readonly url?: string;
}

/** What {@link importCvrf} and {@link importReleaseHealth} return. */
export interface ImportResult {
  /** The month the document describes (for release-health pages: the newest month with a release). */
  readonly month: YearMonth;
  /** Catalog entries (format 2) that `createCatalog` accepts; each cites the document as its source. */
  readonly entries: readonly CatalogEntry[];
  /** Surprises, each with a code; never silent. */
  readonly warnings: readonly ImportWarning[];
}

type Channel = 'standard' | 'hotpatch';
interface Seen {
  count: number;
  builds: Map<string, number>;
}

// MSRC spells the subtypes 'Security Hotpatch Update', 'Security HotPatch Update' and 'SecurityHotpatchUpdate'.
// A Map, not an object: a subtype named `__proto__` or `constructor` is just unknown.
const SUBTYPES: ReadonlyMap<string, Channel> = new Map([
  ['securityupdate', 'standard'],
  ['securityhotpatchupdate', 'hotpatch'],
]);

/** A FixedBuild the importer keeps: `10.0.<the product's OS build>.<revision>`, digits only. */
const FIXED_BUILD = /^10\.0\.(\d{4,5})\.(0|[1-9]\d{0,6})$/;

function malformed(what: string): never {
  throw importError(
    `importCvrf: document ${what}; expected MSRC CVRF v3.0 JSON (DocumentTracking, ProductTree, Vulnerability)`,
  );
}

/** The month of a CVRF document id (`2026-Aug`). */
function monthOfId(id: string): YearMonth {
  try {
    return parseYearMonth(id);
  } catch (error) {
    if (isHotpatchError(error)) malformed(`id ${show(id)} is not a month such as '2026-Aug'`);
    throw error;
  }
}

/** Every `{ ProductID, Value }` of the product tree, from `FullProductName` and the nested `Branch` items. */
function productNames(tree: unknown): Map<string, string> {
  const names = new Map<string, string>();
  const visit = (node: unknown, depth: number): void => {
    if (depth > 8 || typeof node !== 'object' || node === null) return;
    if (Array.isArray(node)) {
      for (const n of node.slice(0, 100_000)) visit(n, depth + 1);
      return;
    }
    const id = own(node, 'ProductID');
    const value = own(node, 'Value');
    if (typeof id === 'string' && typeof value === 'string') names.set(id, value);
    visit(own(node, 'FullProductName'), depth + 1);
    visit(own(node, 'Branch'), depth + 1);
    visit(own(node, 'Items'), depth + 1);
  };
  visit(tree, 0);
  return names;
}

/** The most frequent key of a count map (ties: the lower key, so the answer is stable). */
function mostFrequent(counts: ReadonlyMap<string, number>): string | null {
  let best: string | null = null;
  let bestCount = 0;
  for (const [key, count] of [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (count > bestCount) [best, bestCount] = [key, count];
  }
  return best;
}

/**
 * Reads an MSRC CVRF v3.0 monthly document into catalog entries for this library's products. `Security Update`
 * remediations are the standard channel's cumulative update (a baseline in January, April, July and October);
 * `Security Hotpatch Update` remediations are the hotpatch channel's. Per product and channel the KB named by
 * most vulnerabilities is the month's release; other KBs, products the mapping does not know, missing builds and
 * a planned hotpatch month without a hotpatch for an active product come back as warnings, never silently.
 * @param document - the parsed JSON document
 * @param options - see {@link ImportCvrfOptions}
 * @returns the month, the entries and the warnings
 * @throws `HotpatchSyntaxError` `E_IMPORT` when the document is not CVRF (no id, no product tree, no vulnerability list)
 * @category Importers
 * @example
 * ```ts
 * const doc = {
 *   DocumentTracking: { Identification: { ID: { Value: '2026-Aug' } } },
 *   ProductTree: { FullProductName: [{ ProductID: '1', Value: 'Windows Server 2025' }] },
 *   Vulnerability: [{ CVE: 'CVE-2026-0001', Remediations: [{ Description: { Value: '5120233' }, ProductID: ['1'],
 *     Type: 2, SubType: 'Security Update', FixedBuild: '10.0.26100.33296' }] }],
 * };
 * importCvrf(doc).entries[0]
 * //=> { products: ['windows-server-2025'], kind: 'lcu', date: '2026-08-11', kb: 'KB5120233', ubr: 33296, sources: ['https://api.msrc.microsoft.com/cvrf/v3.0/cvrf/2026-Aug'], security: { 'windows-server-2025': { cves: 1, critical: 0, important: 0, exploited: 0, publiclyDisclosed: 0, url: 'https://api.msrc.microsoft.com/cvrf/v3.0/cvrf/2026-Aug' } } }
 * ```
 */
export function importCvrf(document: unknown, options?: ImportCvrfOptions): ImportResult {
  const opts = optionsOf('importCvrf', options);
  if (typeof document !== 'object' || document === null || Array.isArray(document))
    malformed(`${show(document)} is not an object`);
  const tracking = own(document, 'DocumentTracking');
  const idValue =
    typeof tracking === 'object' && tracking !== null
      ? own(own(own(tracking, 'Identification') ?? {}, 'ID') ?? {}, 'Value')
      : undefined;
  if (typeof idValue !== 'string') malformed('has no DocumentTracking.Identification.ID.Value');
  const month = monthOfId(idValue);
  const vulnerabilities = own(document, 'Vulnerability');
  if (!Array.isArray(vulnerabilities)) malformed('has no Vulnerability list');
  const tree = own(document, 'ProductTree');
  if (typeof tree !== 'object' || tree === null) malformed('has no ProductTree');
  const urlOpt = own(opts, 'url');
  const url = typeof urlOpt === 'string' ? urlOpt : `${MSRC_CVRF_BASE_URL}${idValue}`;

  const names = productNames(tree);
  const warnings: ImportWarning[] = [];
  const unknownNames = new Set<string>();
  const unknownSubtypes = new Set<string>();
  const badBuilds = new Set<string>();
  // product|channel → KB → occurrences and fixed builds
  const seen = new Map<string, Map<string, Seen>>();
  const tally = new _SecurityTally(names);
  for (const vulnerability of vulnerabilities) {
    const remediations =
      typeof vulnerability === 'object' && vulnerability !== null ? own(vulnerability, 'Remediations') : undefined;
    if (!Array.isArray(remediations)) continue;
    const fixedOn = new Set<ProductId>();
    for (const r of remediations) {
      if (typeof r !== 'object' || r === null || own(r, 'Type') !== 2) continue; // 2: vendor fix
      const kbText = own(own(r, 'Description') ?? {}, 'Value');
      const subtype = own(r, 'SubType');
      const ids = own(r, 'ProductID');
      if (
        typeof kbText !== 'string' ||
        !/^\d{6,7}$/.test(kbText.trim()) ||
        typeof subtype !== 'string' ||
        !Array.isArray(ids)
      )
        continue;
      const products = ids
        .map((id: unknown) => (typeof id === 'string' ? names.get(id) : undefined))
        .filter((n): n is string => n !== undefined);
      const mapped = products.map((n) => [n, _productOfMsrcName(n)] as const);
      if (!mapped.some(([, p]) => p !== null)) {
        for (const [n] of mapped) if (_looksLikeHotpatchProduct(n)) unknownNames.add(n);
        continue;
      }
      const channel = SUBTYPES.get(subtype.replace(/\s+/g, '').toLowerCase());
      if (!channel) {
        unknownSubtypes.add(subtype);
        continue;
      }
      const build = own(r, 'FixedBuild');
      for (const [, product] of mapped) {
        if (product === null) continue;
        fixedOn.add(product);
        // A build that is not one of this product's (a 20348 build on a 26100 product, `1e4`, `0x2800`, a
        // trailing dot) is reported and left out, never stored.
        const fixed = typeof build === 'string' ? build.trim() : '';
        const m = FIXED_BUILD.exec(fixed);
        const wellFormed = m !== null && Number(m[1]) === getProduct(product).buildMajor;
        if (fixed !== '' && !wellFormed) badBuilds.add(`${product}: FixedBuild ${JSON.stringify(fixed.slice(0, 40))}`);
        const key = `${product}|${channel}`;
        const byKb = seen.get(key) ?? new Map<string, Seen>();
        seen.set(key, byKb);
        const entry = byKb.get(kbText.trim()) ?? { count: 0, builds: new Map<string, number>() };
        byKb.set(kbText.trim(), entry);
        entry.count++;
        if (wellFormed) entry.builds.set(fixed, (entry.builds.get(fixed) ?? 0) + 1);
      }
    }
    tally.add(vulnerability as object, fixedOn);
  }
  for (const n of unknownNames)
    warnings.push({
      code: 'UNKNOWN_PRODUCT',
      message: `product "${n}" looks like a hotpatch product but is not mapped; left out`,
    });
  for (const b of badBuilds)
    warnings.push({
      code: 'BAD_FIXED_BUILD',
      message: `${b} is not a build of that product (expected 10.0.<its OS build>.<revision>); left out`,
    });
  for (const s of unknownSubtypes)
    warnings.push({
      code: 'UNKNOWN_SUBTYPE',
      message: `remediation subtype "${s}" is not 'Security Update' or 'Security Hotpatch Update'; left out`,
    });

  const date = formatCivilDate(patchTuesday(month.year, month.month));
  const baseline = isBaselineMonth(month.month);
  const drafts: {
    product: ProductId;
    kind: ReleaseKind;
    kb: string;
    build: string | null;
    security?: ReleaseSecurity;
  }[] = [];
  for (const product of PRODUCT_IDS) {
    for (const channel of ['standard', 'hotpatch'] as const) {
      const byKb = seen.get(`${product}|${channel}`);
      if (!byKb) continue;
      const kb = mostFrequent(new Map([...byKb].map(([k, v]) => [k, v.count])));
      if (kb === null) continue;
      for (const other of byKb.keys()) {
        if (other !== kb)
          warnings.push({
            code: 'EXTRA_KB',
            message: `${product} ${channel}: KB${other} is listed besides the month's KB${kb}; left out (a second update of the month?)`,
          });
      }
      if (channel === 'hotpatch' && baseline) {
        warnings.push({
          code: 'UNKNOWN_SUBTYPE',
          message: `${product}: hotpatch KB${kb} in ${formatYearMonth(month)}, a planned baseline month; left out`,
        });
        continue;
      }
      const build = mostFrequent((byKb.get(kb) as Seen).builds);
      if (build === null)
        warnings.push({
          code: 'MISSING_BUILD',
          message: `${product} ${channel}: KB${kb} has no FixedBuild; its build is left null`,
        });
      const security = tally.of(product, url);
      drafts.push({
        product,
        kind: channel === 'hotpatch' ? 'hotpatch' : baseline ? 'baseline' : 'lcu',
        kb: `KB${kb}`,
        build,
        ...(security === null ? {} : { security }),
      });
    }
    // A planned hotpatch month with a cumulative update but no hotpatch for a product in its program.
    if (
      !baseline &&
      seen.has(`${product}|standard`) &&
      !seen.has(`${product}|hotpatch`) &&
      describeMonth(product, month).status === 'active'
    ) {
      warnings.push({
        code: 'UNPLANNED_BASELINE_CANDIDATE',
        message: `${product}: ${formatYearMonth(month)} is a planned hotpatch month but the document lists no hotpatch; an unplanned baseline, or a hotpatch MSRC does not list (check the release-information page)`,
      });
    }
  }
  return { month, entries: _groupEntries(drafts, date, url), warnings };
}

/** Entries sharing kind, KB and UBR become one entry with every product (format 2 writes a shared KB once). */
export function _groupEntries(
  drafts: readonly {
    product: ProductId;
    kind: ReleaseKind;
    kb: string | null;
    build: string | null;
    date?: string;
    security?: ReleaseSecurity;
  }[],
  date: string,
  url: string,
): CatalogEntry[] {
  const groups = new Map<
    string,
    {
      products: ProductId[];
      kind: ReleaseKind;
      kb: string | null;
      ubr: number | null;
      date: string;
      security: Partial<Record<ProductId, ReleaseSecurity>>;
    }
  >();
  for (const d of drafts) {
    const ubr = d.build === null ? null : Number(d.build.slice(d.build.lastIndexOf('.') + 1));
    const when = d.date ?? date;
    const key = `${d.kind}|${d.kb}|${ubr}|${when}`;
    const g = groups.get(key) ?? { products: [], kind: d.kind, kb: d.kb, ubr, date: when, security: {} };
    groups.set(key, g);
    if (!g.products.includes(d.product)) g.products.push(d.product);
    if (d.security !== undefined) g.security[d.product] = d.security;
  }
  return [...groups.values()].map((g) => ({
    products: g.products,
    kind: g.kind,
    date: g.date,
    kb: g.kb,
    ubr: g.ubr,
    sources: [url],
    ...(Object.keys(g.security).length === 0 ? {} : { security: g.security }),
  }));
}

/**
 * Merges imported entries into a catalog document (format 3): what is new is added, a value that was unknown
 * (null) is filled, security counts are taken from the newest import, and where two sources disagree the conflict
 * is reported and the earlier value kept unless the caller prefers the incoming one. Every entry keeps the date
 * it was read, so data layered over older data is never dated by the newest import. Pure: the result is a new document; merging the same entries twice changes
 * nothing, and entries of different months merge to the same document in any order.
 * @module
 */
import {
  HotpatchRangeError,
  HotpatchTypeError,
  PRODUCT_IDS,
  createCatalog,
  parseCivilDate,
  releaseChannels,
  type CatalogDocument,
  type CatalogEntry,
  type ProductId,
  type ReleaseSecurity,
} from 'hotpatch-calendar';
import { optionsOf, own, show } from './read.js';

/** Options of {@link mergeCatalogEntries}. */
export interface MergeCatalogOptions {
  /**
   * Which value wins where the document and the incoming entries disagree on a KB, build or date.
   * @defaultValue `'existing'`
   */
  readonly prefer?: 'existing' | 'incoming';
  /**
   * The date the incoming data was read (`YYYY-MM-DD`); the document's `retrieved` becomes the later of the two.
   * @defaultValue the document's own date
   */
  readonly retrieved?: string;
}

/** One disagreement between the document and an incoming entry. */
export interface MergeConflict {
  /** The product. */
  readonly product: ProductId;
  /** The release's key: `2026-08 hotpatch`, or an OOB/preview's KB. */
  readonly release: string;
  /** The field that differs. */
  readonly field: 'kb' | 'ubr' | 'date' | 'kind';
  /** The document's value. */
  readonly existing: string | number | null;
  /** The incoming value. */
  readonly incoming: string | number | null;
  /** Which one the result keeps. */
  readonly kept: 'existing' | 'incoming';
}

/** What {@link mergeCatalogEntries} returns. */
export interface MergeResult {
  /** The merged document. */
  readonly document: CatalogDocument;
  /** Releases that were not in the document, as `product release` keys. */
  readonly added: readonly string[];
  /** Releases whose unknown (null) KB or build was filled, or whose conflict the incoming value won. */
  readonly changed: readonly string[];
  /** Disagreements, whichever value was kept. */
  readonly conflicts: readonly MergeConflict[];
}

/** One product's share of an entry: the unit the merge compares. */
interface Unit {
  readonly product: ProductId;
  readonly kind: CatalogEntry['kind'];
  readonly date: string;
  readonly kb: string | null;
  readonly ubr: number | null;
  readonly sources: readonly string[];
  readonly note?: string;
  readonly security?: ReleaseSecurity;
  /** The date the unit was read; undefined while it is the document's own date. */
  readonly retrieved?: string | undefined;
}

/** The later of two dates (`YYYY-MM-DD` compares as text), either of which may be missing. */
function laterOf(a: string | undefined, b: string | undefined): string | undefined {
  return a === undefined ? b : b === undefined || a >= b ? a : b;
}

/** The identity of a release: a month's Patch Tuesday release per channel group, or an extra release by KB. */
function keyOf(u: Unit): string {
  const month = u.date.slice(0, 7);
  if (u.kind === 'baseline' || u.kind === 'unplanned-baseline' || u.kind === 'hotpatch' || u.kind === 'lcu') {
    return `${month} ${releaseChannels(u.kind).length === 2 ? 'baseline' : releaseChannels(u.kind)[0]}`;
  }
  return `${month} ${u.kind} ${u.kb ?? u.date}`;
}

/** Each product's share of the entries; `retrieved` dates the units that carry no date of their own. */
function unitsOf(entries: readonly CatalogEntry[], retrieved?: string): Unit[] {
  return entries.flatMap((e) =>
    e.products.map((product) => {
      const security = e.security?.[product];
      const when = e.retrieved ?? retrieved;
      return {
        product,
        kind: e.kind,
        date: e.dates?.[product] ?? e.date,
        kb: e.kb,
        ubr: e.ubr ?? null,
        sources: e.sources,
        ...(e.note === undefined ? {} : { note: e.note }),
        ...(security === undefined ? {} : { security }),
        ...(when === undefined ? {} : { retrieved: when }),
      };
    }),
  );
}

/**
 * Units back into entries: one entry per release shared by several products (the format writes it once); a unit
 * read on the document's own date drops its `retrieved`.
 */
function entriesOf(units: readonly Unit[], documentDate: string): CatalogEntry[] {
  const groups = new Map<string, { unit: Unit; products: ProductId[]; security: Map<ProductId, ReleaseSecurity> }>();
  for (const u of units) {
    const when = u.retrieved === documentDate ? undefined : u.retrieved;
    const key = JSON.stringify([u.kind, u.date, u.kb, u.ubr, u.sources, u.note ?? null, when ?? null]);
    const g = groups.get(key) ?? {
      unit: { ...u, retrieved: when },
      products: [] as ProductId[],
      security: new Map<ProductId, ReleaseSecurity>(),
    };
    groups.set(key, g);
    g.products.push(u.product);
    if (u.security !== undefined) g.security.set(u.product, u.security);
  }
  const order = (p: ProductId): number => PRODUCT_IDS.indexOf(p);
  return [...groups.values()]
    .map(({ unit, products, security }) => ({
      ...unit,
      products: products.sort((a, b) => order(a) - order(b)),
      security: [...security].sort(([a], [b]) => order(a) - order(b)),
    }))
    .sort((a, b) =>
      a.date < b.date
        ? -1
        : a.date > b.date
          ? 1
          : order(a.products[0] as ProductId) - order(b.products[0] as ProductId) || (a.ubr ?? 0) - (b.ubr ?? 0),
    )
    .map(({ products, kind, date, kb, ubr, sources, note, security, retrieved }) => ({
      products,
      kind,
      date,
      kb,
      ubr,
      sources: [...sources],
      ...(note === undefined ? {} : { note }),
      ...(security.length === 0 ? {} : { security: Object.fromEntries(security) }),
      ...(retrieved === undefined ? {} : { retrieved }),
    }));
}

/**
 * Merges imported entries (from {@link importCvrf} or {@link importReleaseHealth}) into a catalog document. A
 * release is the same when product, month and channel (or, for OOBs and previews, the KB) agree. A null KB or
 * build in the document is filled from the incoming entry; two different known values are a conflict, reported,
 * and the existing value kept unless `prefer: 'incoming'`.
 * @param document - the overlay so far (a format-3 or format-2 document), or null to start one
 * @param incoming - the entries to merge
 * @param options - see {@link MergeCatalogOptions}
 * @returns the new document, and what was added, changed and in conflict
 * @throws `HotpatchRangeError` `E_OPTION` for a bad option; `E_CATALOG` when `document` is not a format-3 or format-2 document
 * @category Importers
 * @example
 * ```ts
 * const first = mergeCatalogEntries(null, [{ products: ['windows-server-2025'], kind: 'lcu', date: '2026-08-11',
 *   kb: 'KB5120233', ubr: null, sources: ['https://api.msrc.microsoft.com/cvrf/v3.0/cvrf/2026-Aug'] }], { retrieved: '2026-11-28' });
 * const again = mergeCatalogEntries(first.document, [{ products: ['windows-server-2025'], kind: 'lcu', date: '2026-08-11',
 *   kb: 'KB5120233', ubr: 33296, sources: ['https://support.microsoft.com/help/5120233'] }]);
 * [first.added, again.changed, again.document.releases[0]?.ubr] //=> [['windows-server-2025 2026-08 standard'], ['windows-server-2025 2026-08 standard'], 33296]
 * ```
 */
export function mergeCatalogEntries(
  document: CatalogDocument | null,
  incoming: readonly CatalogEntry[],
  options?: MergeCatalogOptions,
): MergeResult {
  const fn = 'mergeCatalogEntries';
  const opts = optionsOf(fn, options);
  const preferOpt = own(opts, 'prefer');
  if (preferOpt !== undefined && preferOpt !== 'existing' && preferOpt !== 'incoming') {
    throw new HotpatchRangeError(
      'E_OPTION',
      `${fn}: options.prefer ${show(preferOpt)} is not accepted; expected 'existing' or 'incoming'`,
    );
  }
  const prefer = preferOpt ?? 'existing';
  const retrievedOpt = own(opts, 'retrieved');
  if (retrievedOpt !== undefined) parseCivilDate(String(retrievedOpt));
  if (
    document !== null &&
    (typeof document !== 'object' ||
      (own(document, 'formatVersion') !== 3 && own(document, 'formatVersion') !== 2) ||
      !Array.isArray(own(document, 'releases')))
  ) {
    throw new HotpatchTypeError(
      'E_CATALOG',
      `${fn}: document ${show(document)} is not a catalog document; expected { formatVersion: 3 (or 2), retrieved, sources, releases } or null`,
    );
  }
  // The incoming entries are checked as any catalog data is (each entry and field named), never read blindly.
  if (!Array.isArray(incoming))
    throw new HotpatchTypeError(
      'E_CATALOG',
      `${fn}: incoming ${show(incoming)} is not a list; expected the entries of an import (importCvrf(...).entries)`,
    );
  createCatalog(incoming as readonly unknown[]);
  const units = unitsOf(document?.releases ?? [], document?.retrieved);
  const index = new Map(units.map((u, i) => [`${u.product} ${keyOf(u)}`, i]));
  const added: string[] = [];
  const changed: string[] = [];
  const conflicts: MergeConflict[] = [];
  for (const u of unitsOf(incoming, retrievedOpt as string | undefined)) {
    const key = `${u.product} ${keyOf(u)}`;
    const at = index.get(key);
    if (at === undefined) {
      index.set(key, units.push(u) - 1);
      added.push(key);
      continue;
    }
    const old = units[at] as Unit;
    const differing = (['kind', 'kb', 'ubr', 'date'] as const).filter(
      (f) => old[f] !== null && u[f] !== null && old[f] !== u[f],
    );
    for (const field of differing)
      conflicts.push({
        product: u.product,
        release: keyOf(u),
        field,
        existing: old[field],
        incoming: u[field],
        kept: prefer,
      });
    const fills = (old.kb === null && u.kb !== null) || (old.ubr === null && u.ubr !== null);
    // Counts come from the newest import: MSRC revises a month's document when it adds CVEs.
    const security = u.security ?? old.security;
    const newCounts = u.security !== undefined && JSON.stringify(u.security) !== JSON.stringify(old.security);
    const read = laterOf(old.retrieved, u.retrieved);
    const extra = {
      ...(security === undefined ? {} : { security }),
      ...(read === undefined ? {} : { retrieved: read }),
    };
    if (differing.length > 0 && prefer === 'incoming') {
      units[at] = { ...u, sources: [...new Set([...u.sources, ...old.sources])], ...extra };
      changed.push(key);
    } else if (fills || newCounts) {
      units[at] = {
        ...old,
        kb: old.kb ?? u.kb,
        ubr: old.ubr ?? u.ubr,
        sources: [...new Set([...old.sources, ...u.sources])].slice(0, 10),
        ...extra,
      };
      changed.push(key);
    } else if (differing.length === 0) {
      // Read again and confirmed: the release is as current as the import.
      units[at] = { ...old, ...extra };
    }
  }
  const retrieved = [document?.retrieved, retrievedOpt]
    .filter((d): d is string => typeof d === 'string')
    .sort()
    .at(-1);
  if (retrieved === undefined)
    throw new HotpatchRangeError(
      'E_OPTION',
      `${fn}: options.retrieved is missing; expected the date the data was read, 'YYYY-MM-DD'`,
    );
  return {
    document: {
      formatVersion: 3,
      retrieved,
      sources: { ...(document?.sources ?? {}) },
      releases: entriesOf(units, retrieved),
    },
    added,
    changed,
    conflicts,
  };
}

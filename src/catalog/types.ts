/**
 * Types of the release catalog: published releases per product and channel.
 * @module
 */
import { _error, _show } from '../errors.js';
import type { CivilDate } from '../time/civil-date.js';
import type { ProductId } from '../products/products.js';
import type { YearMonth } from '../time/year-month.js';

/** Servicing channel of a device: hotpatch-enrolled, or the standard monthly cumulative update (LCU). */
export type Channel = 'hotpatch' | 'standard';
/** All channels, for iteration. */
export const CHANNELS = ['hotpatch', 'standard'] as const satisfies readonly Channel[];

/**
 * Kind of a release.
 * - `baseline`: the planned quarterly cumulative update (both channels, restart);
 * - `unplanned-baseline`: a cumulative update that replaced a planned hotpatch month (restart);
 * - `hotpatch`: the month's hotpatch (hotpatch channel, no restart);
 * - `oob-hotpatch`: an out-of-band hotpatch (no restart);
 * - `lcu`: the standard channel's monthly cumulative update in a hotpatch month (restart);
 * - `oob-lcu`: an out-of-band cumulative update (restart);
 * - `preview`: the optional non-security preview (D week) cumulative update (restart).
 */
export type ReleaseKind =
  | 'baseline'
  | 'unplanned-baseline'
  | 'hotpatch'
  | 'oob-hotpatch'
  | 'lcu'
  | 'oob-lcu'
  | 'preview';
/** All release kinds, for iteration. */
export const RELEASE_KINDS = [
  'baseline',
  'unplanned-baseline',
  'hotpatch',
  'oob-hotpatch',
  'lcu',
  'oob-lcu',
  'preview',
] as const satisfies readonly ReleaseKind[];

/** Kinds that are a baseline, planned or unplanned. @internal */
const BASELINE_KINDS = ['baseline', 'unplanned-baseline'] as const satisfies readonly ReleaseKind[];

/** Kinds that are a month's Patch Tuesday ("B") release on their channel. */
export const B_RELEASE_KINDS = [
  'baseline',
  'unplanned-baseline',
  'hotpatch',
  'lcu',
] as const satisfies readonly ReleaseKind[];

/** Whether a kind is a baseline, planned or unplanned: both channels share it and it restarts. @internal */
export function _isBaselineKind(kind: ReleaseKind): boolean {
  return (BASELINE_KINDS as readonly ReleaseKind[]).includes(kind);
}

/** Whether a kind is a month's Patch Tuesday release on its channel (one per product, channel and month). @internal */
export function _isBRelease(kind: ReleaseKind): boolean {
  return (B_RELEASE_KINDS as readonly ReleaseKind[]).includes(kind);
}

/** The channels a kind ships on: baselines on both (one KB, one build), the rest on one. @internal */
export function _channelsOf(kind: ReleaseKind): readonly Channel[] {
  if (_isBaselineKind(kind)) return CHANNELS;
  return kind === 'hotpatch' || kind === 'oob-hotpatch' ? ['hotpatch'] : ['standard'];
}

/**
 * The channels a release kind ships on: a baseline (planned or unplanned) on both, with one KB and one build;
 * hotpatches on the hotpatch channel; cumulative updates, OOB cumulative updates and previews on the standard one.
 * @param kind - a release kind
 * @returns one or both channels
 * @throws {@link HotpatchRangeError} `E_OPTION` for an unknown kind
 * @category Catalog
 * @example
 * ```ts
 * releaseChannels('unplanned-baseline') //=> ['hotpatch', 'standard']
 * releaseChannels('oob-hotpatch') //=> ['hotpatch']
 * ```
 */
export function releaseChannels(kind: ReleaseKind): readonly Channel[] {
  if (!(RELEASE_KINDS as readonly unknown[]).includes(kind)) {
    throw _error(
      'E_OPTION',
      `releaseChannels: kind ${_show(kind)} is not accepted; expected one of ${RELEASE_KINDS.join(', ')}`,
    );
  }
  return _channelsOf(kind);
}

/** Whether a kind restarts the device: every kind but the hotpatches. @internal */
export function _restartsDevice(kind: ReleaseKind): boolean {
  return kind !== 'hotpatch' && kind !== 'oob-hotpatch';
}

/** Version of the catalog data format that {@link CatalogEntry} and {@link CatalogDocument} describe. */
export const CATALOG_FORMAT_VERSION = 3;

/**
 * What one product's release of a month fixes, counted from MSRC's CVRF document for that month over the
 * vulnerabilities whose remediations name the product's KBs of the month (data format 3). Severity is MSRC's
 * rating for that product; `exploited` and `publiclyDisclosed` come from the document's exploitability text
 * ("Publicly Disclosed:Yes;Exploited:Yes"). Absent where no Microsoft document gave the counts: never zero
 * for "not known".
 */
export interface ReleaseSecurity {
  /** Vulnerabilities (CVE ids) the month's updates fix on this product. */
  readonly cves: number;
  /** Of those, rated Critical for this product. */
  readonly critical: number;
  /** Of those, rated Important for this product. */
  readonly important: number;
  /** Of those, exploited before the fix (MSRC "Exploited:Yes"). */
  readonly exploited: number;
  /** Of those, publicly disclosed before the fix (MSRC "Publicly Disclosed:Yes"). */
  readonly publiclyDisclosed: number;
  /** The document the counts come from (MSRC's CVRF document of the month). */
  readonly url: string;
}

/**
 * One release in the catalog data format, version 2 (the JSON Schema `hotpatch-calendar/catalog.schema.json`
 * describes it). Channel, month and restart follow from `kind` and `date`; a baseline is written once for both
 * channels; a KB that several products share (Windows 11 24H2 and 25H2, or 24H2 and Server 2025 until 2025-12)
 * is written once with every product, and each product's build is its OS build major and `ubr`.
 */
export interface CatalogEntry {
  /** Products that received this KB, one or more. */
  readonly products: readonly ProductId[];
  /** Kind; it decides the channel (see {@link ReleaseKind}). */
  readonly kind: ReleaseKind;
  /** Release date `YYYY-MM-DD`; its month is the release's month. */
  readonly date: string;
  /**
   * A different date for some of the products, in the same month: one KB Microsoft dated differently per product
   * (KB5046696: 2024-11-12 in the Server 2025 calendar, 2024-11-19 as the Windows 11 public preview).
   */
  readonly dates?: Readonly<Partial<Record<ProductId, string>>>;
  /** `KBnnnnnnn`, or null when not published. */
  readonly kb: string | null;
  /** Update build revision shared by the products (`7781` for 26100.7781 and 26200.7781), or null when not published. */
  readonly ubr: number | null;
  /** Where it was published: ids of the document's `sources` table (or the built-in one), or https URLs. */
  readonly sources: readonly string[];
  /** Caveat, where the data needs one. */
  readonly note?: string;
  /** What the month's updates fix, per product of the entry (format 3); absent where not known. */
  readonly security?: Readonly<Partial<Record<ProductId, ReleaseSecurity>>>;
  /**
   * Date this entry was read from its source, `YYYY-MM-DD` (format 3), where it differs from the document's
   * `retrieved`: a refresh layers new entries on older ones, and the footer of a calendar must not claim old
   * data is new.
   */
  readonly retrieved?: string;
}

/** A catalog data file, version 3 (or 2, which has no `security` and no per-entry `retrieved`): sources named once, then the releases. */
export interface CatalogDocument {
  /** 3 for this format; 2 for documents written before release security counts existed. */
  readonly formatVersion: 2 | 3;
  /** Date the data was collected, `YYYY-MM-DD`. */
  readonly retrieved: string;
  /** Source URLs by id, referenced from each entry's `sources`. */
  readonly sources: Readonly<Record<string, string>>;
  /** The releases. */
  readonly releases: readonly CatalogEntry[];
}

/**
 * Where an answer comes from: Microsoft's published data, a caller's override, the planned rule for a month
 * still to come (`projected`), or nothing: a past month (on or before the catalog's data date) for which the data
 * holds no release (`unknown`; kind from the plan, KB and build null, restart null where the plan cannot tell).
 */
export type ReleaseSource = 'published' | 'override' | 'projected' | 'unknown';

/** A release, as the catalog API returns it. */
export interface Release {
  /** Product id. */
  readonly product: ProductId;
  /** Month the release belongs to. */
  readonly month: YearMonth;
  /** Channel. */
  readonly channel: Channel;
  /** Kind. */
  readonly kind: ReleaseKind;
  /** `KBnnnnnnn`, or null when not published (always null for projections). */
  readonly kb: string | null;
  /** Short build `26100.4061`, or null when not published (always null for projections). */
  readonly build: string | null;
  /** Release date (for projections, the planned Patch Tuesday). */
  readonly date: CivilDate | null;
  /**
   * Whether installing it requires a restart; null when it cannot be told: a past hotpatch-channel month with no
   * release in the data (a hotpatch, or an unplanned baseline?).
   */
  readonly restartRequired: boolean | null;
  /** Where the answer comes from. */
  readonly source: ReleaseSource;
  /** The URLs it came from (for projections, the rule's). */
  readonly urls: readonly string[];
  /** Caveat from the data, where there is one. */
  readonly note?: string;
  /** What the month's updates fix on this product, where a Microsoft document gave the counts. */
  readonly security?: ReleaseSecurity;
  /** Date this release was read from its source, where the data says (layered data); else the catalog's. */
  readonly retrieved?: string;
}

/** A validated catalog: built-in data, optionally with caller overrides layered on top. */
export interface Catalog {
  /** Every release, ordered by product, channel, date and build. */
  readonly entries: readonly Release[];
  /** Date the data was collected, `YYYY-MM-DD`. */
  readonly retrieved: string;
}

/**
 * Yearly calendars: one row per product and month, with everything a change-advisory board, a shared calendar or
 * a dashboard needs, ready for the renderers.
 * @module
 */
import { _int, _options, _own, MAX_YEAR, MIN_YEAR } from '../guards.js';
import { _show, _error } from '../errors.js';
import type { CivilDate } from '../time/civil-date.js';
import { _patchTuesdayOf, _releaseDay } from '../cadence/patch-tuesday.js';
import { PRODUCT_IDS, _product, type ProductId } from '../products/products.js';
import { plannedMonthKind, type PlannedMonthKind } from '../cadence/baseline-rule.js';
import { _status, type ProgramStatus } from '../products/program-status.js';
import { releaseNames, type ReleaseNames } from '../cadence/release-names.js';
import { _pacificTenAm } from '../cadence/release-instant.js';
import { _zonedInstant, type ZonedInstant } from '../time/instant.js';
import { _zoneOption } from '../time/zone.js';
import { _formatYm, _fromMonthIndex, type YearMonth } from '../time/year-month.js';
import { _catalog } from '../catalog/catalog.js';
import { _index } from '../catalog/lookup-index.js';
import { _releaseFor } from '../catalog/releases.js';
import type { Catalog, Channel, Release, ReleaseKind, ReleaseSecurity, ReleaseSource } from '../catalog/types.js';
import { _sealCalendar } from './sealed.js';

/**
 * One channel's release in a calendar row: the release's kind, KB, build, date (Patch Tuesday, or the day
 * Microsoft dated it for this product: KB5046696 is 2024-11-19 for Windows 11, 2024-11-12 for Server 2025; for
 * projections the planned Patch Tuesday), restart, source and URLs.
 */
export interface CalendarChannel
  extends Pick<Release, 'kind' | 'kb' | 'build' | 'date' | 'restartRequired' | 'source' | 'urls'> {
  /** Newest month (`YYYY-MM`) with a published release of this product on this channel, for "not in the data" texts. */
  readonly newestPublished: string | null;
}

/** One product in one month. */
export interface CalendarRow {
  /** Product id. */
  readonly product: ProductId;
  /** Product display name. */
  readonly productName: string;
  /** The month. */
  readonly month: YearMonth;
  /** Patch Tuesday (the planned B release date). */
  readonly patchTuesday: CivilDate;
  /** Release instant, UTC and in the calendar's zone. */
  readonly release: ZonedInstant;
  /** Kind in the planned calendar. */
  readonly plannedKind: PlannedMonthKind;
  /** Kind for hotpatch devices (baseline also for unplanned baselines). */
  readonly kind: PlannedMonthKind;
  /** True when a planned hotpatch month became a baseline. */
  readonly unplanned: boolean;
  /** Program status of the product in this month. */
  readonly status: ProgramStatus;
  /** Release names. */
  readonly names: ReleaseNames;
  /** The hotpatch channel's B release. */
  readonly hotpatch: CalendarChannel;
  /** The standard channel's B release. */
  readonly standard: CalendarChannel;
  /** Provenance of the row (of its hotpatch channel). */
  readonly source: ReleaseSource;
  /**
   * What the month's updates fix on this product (CVEs, critical, exploited), where a Microsoft document gave
   * the counts; null when the data has none (never zero for "not known").
   */
  readonly security: ReleaseSecurity | null;
}

/** An out-of-band release or D-week preview, included on request. */
export interface CalendarExtra {
  /** Product id. */
  readonly product: ProductId;
  /** Product display name. */
  readonly productName: string;
  /** The month. */
  readonly month: YearMonth;
  /** Channel. */
  readonly channel: Channel;
  /** `oob-hotpatch`, `oob-lcu` or `preview`. */
  readonly kind: ReleaseKind;
  /** KB, or null when not published (planned previews). */
  readonly kb: string | null;
  /** Build, or null when not published. */
  readonly build: string | null;
  /** Release date. */
  readonly date: CivilDate;
  /** 10:00 Pacific on the release date (Microsoft does not publish OOB times; this is the release clock). */
  readonly release: ZonedInstant;
  /** Whether it restarts the device. */
  readonly restartRequired: boolean;
  /** Provenance. */
  readonly source: ReleaseSource;
  /** Source URLs. */
  readonly urls: readonly string[];
}

/** A yearly calendar. */
export interface YearCalendar {
  /** The year. */
  readonly year: number;
  /** IANA zone of the `local` times. */
  readonly zone: string;
  /** Date the data was collected (`YYYY-MM-DD`; the newest layer's): the calendar's fixed timestamp. */
  readonly retrieved: string;
  /**
   * The oldest collection date of the published releases in the rows (`YYYY-MM-DD`): equal to `retrieved` unless
   * data read on different days was layered (a refresh over older data), so a footer can say "collected from … to …".
   */
  readonly collectedFrom: string;
  /** Rows, by month then product. */
  readonly rows: readonly CalendarRow[];
  /** OOB releases and previews, by date (empty unless requested). */
  readonly extras: readonly CalendarExtra[];
}

/** What to add to the rows. */
export const CALENDAR_INCLUDES = ['oob', 'previews'] as const;
/** An optional part of a calendar. */
export type CalendarInclude = (typeof CALENDAR_INCLUDES)[number];

/** Options of {@link yearCalendar}. */
export interface YearCalendarOptions {
  /**
   * Products to include.
   * @defaultValue every product whose hotpatch program is active in at least one month of the year (a product
   * whose start Microsoft has not published, such as 26H2 so far, only when asked for)
   */
  readonly products?: readonly ProductId[];
  /**
   * IANA zone for local times.
   * @defaultValue `'UTC'`
   */
  readonly zone?: string;
  /**
   * Extras: `'oob'` adds published out-of-band releases, `'previews'` adds D-week previews (published, or planned
   * on the fourth Tuesday for the standard channel).
   * @defaultValue `[]`
   */
  readonly include?: readonly CalendarInclude[];
  /**
   * Release data to use.
   * @defaultValue the built-in catalog
   */
  readonly catalog?: Catalog;
}

/** Code-unit order: never the host locale's collation. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function channelOf(r: Release, catalog: Catalog): CalendarChannel {
  const newest = _index(catalog).newest.get(`${r.product}|${r.channel}`);
  return {
    kind: r.kind,
    kb: r.kb,
    build: r.build,
    date: r.date,
    restartRequired: r.restartRequired,
    source: r.source,
    urls: r.urls,
    newestPublished: newest === undefined ? null : _formatYm(_fromMonthIndex(newest)),
  };
}

/**
 * A year's hotpatch calendar: per product and month, Patch Tuesday, the exact release instant, the month's kind
 * (planned, and unplanned baselines from the data), both channels' KB and build (null when not published) and
 * whether each restarts, the release names and the data's provenance. Pure: same input, same output.
 * @param year - 1..9999
 * @param options - see {@link YearCalendarOptions}
 * @returns the calendar
 * @throws {@link HotpatchRangeError} `E_DATE_RANGE` for a bad year; `E_UNKNOWN_PRODUCT`; `E_ZONE`; `E_OPTION` for an unknown include
 * @category Calendars
 * @example
 * ```ts
 * const cal = yearCalendar(2026, { products: ['windows-11-24h2'], zone: 'Europe/Berlin' });
 * cal.rows.filter((r) => r.kind === 'baseline').map((r) => r.month.month) //=> [1, 4, 6, 7, 10]
 * cal.rows[1]?.hotpatch.kb //=> 'KB5077212'
 * ```
 */
export function yearCalendar(year: number, options?: YearCalendarOptions): YearCalendar {
  const fn = 'yearCalendar';
  _int(fn, 'year', year, MIN_YEAR, MAX_YEAR);
  const opts = _options(fn, options);
  const catalog = _catalog(fn, _own(opts, 'catalog'));
  const zone = _zoneOption(fn, opts);
  const productsOpt = _own(opts, 'products');
  if (productsOpt !== undefined && (!Array.isArray(productsOpt) || productsOpt.length > PRODUCT_IDS.length * 4)) {
    throw _error('E_OPTION', `${fn}: options.products ${_show(productsOpt)} is not a list of product ids`);
  }
  const includeOpt = _own(opts, 'include') ?? [];
  if (!Array.isArray(includeOpt) || includeOpt.some((i) => !(CALENDAR_INCLUDES as readonly unknown[]).includes(i))) {
    throw _error(
      'E_OPTION',
      `${fn}: options.include ${_show(includeOpt)} is not accepted; expected a list of ${CALENDAR_INCLUDES.join(', ')}`,
    );
  }
  const products =
    productsOpt === undefined
      ? PRODUCT_IDS.map((id) => _product(fn, id)).filter((p) =>
          Array.from({ length: 12 }, (_, i) => _status(p, { year, month: i + 1 })).some((s) => s === 'active'),
        )
      : [...new Set((productsOpt as unknown[]).map((id) => _product(fn, id)))];
  const rows: CalendarRow[] = [];
  let collectedFrom = catalog.retrieved;
  for (let month = 1; month <= 12; month++) {
    const ym = { year, month };
    const patchTuesday = _patchTuesdayOf({ year, month });
    const release = _zonedInstant(_pacificTenAm(patchTuesday), zone);
    const names = releaseNames(ym);
    const plannedKind = plannedMonthKind(ym);
    for (const p of products) {
      const hot = _releaseFor(catalog, p.id, ym, 'hotpatch');
      const std = _releaseFor(catalog, p.id, ym, 'standard');
      const unplanned = hot.kind === 'unplanned-baseline';
      rows.push({
        product: p.id,
        productName: p.displayName,
        month: ym,
        patchTuesday,
        release,
        plannedKind,
        kind: unplanned ? 'baseline' : plannedKind,
        unplanned,
        status: _status(p, ym),
        names,
        hotpatch: channelOf(hot, catalog),
        standard: channelOf(std, catalog),
        source: hot.source,
        security: std.security ?? hot.security ?? null,
      });
      for (const r of [hot, std])
        if (r.source === 'published' || r.source === 'override')
          collectedFrom = r.retrieved !== undefined && r.retrieved < collectedFrom ? r.retrieved : collectedFrom;
    }
  }
  const extras: CalendarExtra[] = [];
  const wantOob = includeOpt.includes('oob');
  const wantPreviews = includeOpt.includes('previews');
  if (wantOob || wantPreviews) {
    for (const p of products) {
      const seenPreview = new Set<number>();
      for (const channel of ['hotpatch', 'standard'] as const) {
        for (const { release: r } of _index(catalog).timeline.get(`${p.id}|${channel}`) ?? []) {
          if (r.month.year !== year || !r.date) continue;
          const isOob = r.kind === 'oob-hotpatch' || r.kind === 'oob-lcu';
          if ((isOob && wantOob) || (r.kind === 'preview' && wantPreviews)) {
            if (r.kind === 'preview') seenPreview.add(r.month.month);
            extras.push({
              product: p.id,
              productName: p.displayName,
              month: r.month,
              channel,
              kind: r.kind,
              kb: r.kb,
              build: r.build,
              date: r.date,
              release: _zonedInstant(_pacificTenAm(r.date), zone),
              restartRequired: r.restartRequired !== false,
              source: r.source,
              urls: r.urls,
            });
          }
        }
      }
      if (wantPreviews) {
        // Months without a published preview get the planned D week (fourth Tuesday), marked projected.
        for (let month = 1; month <= 12; month++) {
          if (
            seenPreview.has(month) ||
            _status(p, { year, month }) === 'before-program' ||
            _status(p, { year, month }) === 'ended'
          )
            continue;
          const date = _releaseDay(year, month, 'D');
          extras.push({
            product: p.id,
            productName: p.displayName,
            month: { year, month },
            channel: 'standard',
            kind: 'preview',
            kb: null,
            build: null,
            date,
            release: _zonedInstant(_pacificTenAm(date), zone),
            restartRequired: true,
            source: 'projected',
            urls: ['https://learn.microsoft.com/en-us/windows/deployment/update/release-cycle'],
          });
        }
      }
    }
    extras.sort(
      (a, b) =>
        a.release.epochMilliseconds - b.release.epochMilliseconds ||
        PRODUCT_IDS.indexOf(a.product) - PRODUCT_IDS.indexOf(b.product) ||
        compareText(a.kb ?? '', b.kb ?? ''),
    );
  }
  return _sealCalendar({ year, zone, retrieved: catalog.retrieved, collectedFrom, rows, extras });
}

/**
 * The lookup index of a catalog (Patch Tuesday release by month, timelines, releases by build), built once per
 * catalog on first use and kept out of its plain, serialisable shape.
 * @internal
 * @module
 */
import { _latestReleasedMonth, _pacificTenAm } from '../cadence/release-instant.js';
import { _civilDate, _epochDay } from '../time/civil-date.js';
import { _ubrOf } from '../products/build.js';
import { _monthIndex } from '../time/year-month.js';
import { _bKey } from './validate.js';
import { _isBRelease, type Catalog, type Release } from './types.js';

/** Lookup structures of a catalog, built once per catalog and kept out of its plain shape. @internal */
export interface _CatalogIndex {
  readonly bRelease: ReadonlyMap<string, Release>;
  /** Releases per `product|channel`, in instant order, with their instants. */
  readonly timeline: ReadonlyMap<string, readonly { readonly at: number; readonly release: Release }[]>;
  /** Newest month (index) with a B release per `product|channel`. */
  readonly newest: ReadonlyMap<string, number>;
  /** Releases by short build text (`26100.4061`). */
  readonly byBuild: ReadonlyMap<string, readonly Release[]>;
  /**
   * Month index of the latest Patch Tuesday on or before the data date (`retrieved`, its whole day in UTC):
   * a month up to here with no release in the data is `unknown`, a later one `projected`.
   */
  readonly dataMonth: number;
  /** Oldest month (index) with a B release per product, either channel: where the data starts knowing it. */
  readonly oldest: ReadonlyMap<string, number>;
  /** Lowest and highest UBR of each product's published Patch Tuesday releases, both channels. */
  readonly ubrRange: ReadonlyMap<string, { readonly min: number; readonly max: number }>;
}

const indexes = new WeakMap<Catalog, _CatalogIndex>();

/** A product's releases with a build, given as short (`26100.4061`) or full (`10.0.26100.4061`) text. @internal */
export function _releasesWithBuild(catalog: Catalog, build: string, product: string): readonly Release[] {
  const short = build.startsWith('10.0.') ? build.slice('10.0.'.length) : build;
  return (
    _index(catalog)
      .byBuild.get(short)
      ?.filter((r) => r.product === product) ?? []
  );
}

/** The lookup index of a catalog, built on first use. @internal */
export function _index(catalog: Catalog): _CatalogIndex {
  let index = indexes.get(catalog);
  if (index) return index;
  const bRelease = new Map<string, Release>();
  const timeline = new Map<string, { at: number; release: Release }[]>();
  const newest = new Map<string, number>();
  const oldest = new Map<string, number>();
  const byBuild = new Map<string, Release[]>();
  const ubrRange = new Map<string, { min: number; max: number }>();
  // Entries are in product, channel, date, build order, so each timeline is built in time order.
  for (const r of catalog.entries) {
    const pc = `${r.product}|${r.channel}`;
    if (_isBRelease(r.kind)) {
      bRelease.set(_bKey(r), r);
      if (r.build !== null || r.kb !== null) newest.set(pc, Math.max(newest.get(pc) ?? 0, _monthIndex(r.month)));
      oldest.set(r.product, Math.min(oldest.get(r.product) ?? Number.POSITIVE_INFINITY, _monthIndex(r.month)));
      if (r.build !== null) {
        const ubr = _ubrOf(r.build);
        const range = ubrRange.get(r.product);
        ubrRange.set(
          r.product,
          range ? { min: Math.min(range.min, ubr), max: Math.max(range.max, ubr) } : { min: ubr, max: ubr },
        );
      }
    }
    if (r.date) {
      const list = timeline.get(pc) ?? [];
      list.push({ at: _pacificTenAm(r.date), release: r });
      timeline.set(pc, list);
    }
    if (r.build !== null) {
      const list = byBuild.get(r.build) ?? [];
      list.push(r);
      byBuild.set(r.build, list);
    }
  }
  const data = _civilDate('catalog', 'retrieved', catalog.retrieved);
  const dataMonth = _latestReleasedMonth((_epochDay(data.year, data.month, data.day) + 1) * 86_400_000 - 1);
  index = { bRelease, timeline, newest, oldest, byBuild, dataMonth, ubrRange };
  indexes.set(catalog, index);
  return index;
}

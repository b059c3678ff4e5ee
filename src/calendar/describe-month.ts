/**
 * One month for one product, with everything a calendar needs: planned and actual kind, program status,
 * Patch Tuesday, the release instant and its names.
 * @module
 */
import { _show, _error } from '../errors.js';
import { _options, _own } from '../guards.js';
import { _civilDate, type CivilDate } from '../time/civil-date.js';
import { _parseYearMonth, type YearMonth, type YearMonthInput } from '../time/year-month.js';
import { _product, type ProductId } from '../products/products.js';
import { _status, type ProgramStatus } from '../products/program-status.js';
import { plannedMonthKind, type PlannedMonthKind } from '../cadence/baseline-rule.js';
import { _patchTuesdayOf } from '../cadence/patch-tuesday.js';
import { releaseInstant } from '../cadence/release-instant.js';
import { releaseNames, type ReleaseNames } from '../cadence/release-names.js';
import type { ZonedInstant } from '../time/instant.js';
import { _catalog } from '../catalog/catalog.js';
import { _releaseFor } from '../catalog/releases.js';
import type { Catalog, ReleaseSource } from '../catalog/types.js';

export type { ProgramStatus };

/** A month described for a product. */
export interface MonthDescription {
  /** Product id. */
  readonly product: ProductId;
  /** The month. */
  readonly month: YearMonth;
  /** Kind in the planned calendar. */
  readonly plannedKind: PlannedMonthKind;
  /** Kind for hotpatch devices: `'baseline'` also when published data made it an unplanned baseline. */
  readonly kind: PlannedMonthKind;
  /** True when a planned hotpatch month became a baseline. */
  readonly unplanned: boolean;
  /** Whether `kind` comes from published data, an override or the rule. */
  readonly source: ReleaseSource;
  /** Program status in that month. */
  readonly status: ProgramStatus;
  /** The month's Patch Tuesday. */
  readonly patchTuesday: CivilDate;
  /** Release instant (10:00 Pacific on Patch Tuesday). */
  readonly release: ZonedInstant;
  /** Release names. */
  readonly names: ReleaseNames;
}

/** Options of {@link describeMonth}. */
export interface DescribeMonthOptions {
  /**
   * IANA zone for `release.local`.
   * @defaultValue `'UTC'`
   */
  readonly zone?: string;
  /**
   * Release data to use.
   * @defaultValue the built-in catalog
   */
  readonly catalog?: Catalog;
}

/** A month, or any date in it. */
export type MonthOrDate = YearMonthInput | CivilDate;

/** Reads a year-month or a civil date (text `YYYY-MM-DD` or a record with `day`). @internal */
function _monthOrDate(fn: string, value: unknown): YearMonth {
  if (typeof value === 'string' && value.length === 10) {
    const d = _civilDate(fn, 'yearMonthOrDate', _parseDateText(fn, value));
    return { year: d.year, month: d.month };
  }
  if (typeof value === 'object' && value !== null && Object.hasOwn(value, 'day')) {
    const d = _civilDate(fn, 'yearMonthOrDate', value);
    return { year: d.year, month: d.month };
  }
  return _parseYearMonth(fn, 'yearMonthOrDate', value);
}

function _parseDateText(fn: string, text: string): unknown {
  // Stryker disable next-line Regex: equivalent: the text is 10 characters, so a match at either end is the whole
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m)
    throw _error(
      'E_DATE_FORMAT',
      `${fn}: yearMonthOrDate ${_show(text)} is not a date; expected 'YYYY-MM-DD' or a year-month`,
    );
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/**
 * Describes a month for a product: planned and actual kind (an unplanned baseline from the catalog shows as
 * `kind: 'baseline', unplanned: true`), program status, Patch Tuesday, the release instant and its names.
 * @param product - product id
 * @param month - a month (`'2026-06'`, `{ year, month }`, …) or any date in it (`'2026-06-20'`, `{ year, month, day }`)
 * @param options - see {@link DescribeMonthOptions}
 * @returns the description
 * @throws {@link HotpatchTypeError} `E_UNKNOWN_PRODUCT`; `E_ZONE`; like {@link parseYearMonth} and {@link parseCivilDate}
 * @category Cadence
 * @example
 * ```ts
 * const june = describeMonth('windows-11-24h2', '2026-06');
 * [june.plannedKind, june.kind, june.unplanned, june.patchTuesday.day] //=> ['hotpatch', 'baseline', true, 9]
 * ```
 */
export function describeMonth(
  product: ProductId,
  month: MonthOrDate,
  options?: DescribeMonthOptions,
): MonthDescription {
  const fn = 'describeMonth';
  const p = _product(fn, product);
  const ym = _monthOrDate(fn, month);
  const opts = _options(fn, options);
  const catalog = _catalog(fn, _own(opts, 'catalog'));
  const zone = _own(opts, 'zone');
  const planned = plannedMonthKind(ym);
  const hot = _releaseFor(catalog, p.id, ym, 'hotpatch');
  const unplanned = hot.kind === 'unplanned-baseline';
  return {
    product: p.id,
    month: ym,
    plannedKind: planned,
    kind: unplanned ? 'baseline' : planned,
    unplanned,
    source: hot.source,
    status: _status(p, ym),
    patchTuesday: _patchTuesdayOf(ym),
    release: releaseInstant(ym, zone === undefined ? {} : { zone: zone as string }),
    names: releaseNames(ym),
  };
}

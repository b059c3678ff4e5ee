/**
 * A fleet's compliance as of a date, in one pass over forecast results: how many devices are current, per product
 * and channel, how far behind the others are, which restarts are due, and a to-do list of remedies for the devices
 * that are not hotpatching.
 * @module
 */
import { _civilDate, _epochDay, _formatDate, parseCivilDate, type DateInput } from '../time/civil-date.js';
import { _int, _options, _own } from '../guards.js';
import type { EligibilityCode } from './eligibility.js';
import type { FleetResult } from './fleet-types.js';
import { _remedy, type Remedy } from './remedies.js';
import { getProduct, type ProductFamily, type ProductId } from '../products/products.js';
import { _error, _show } from '../errors.js';

/** Devices and how many of them are current. */
export interface CurrencyCount {
  /** Devices counted. */
  readonly devices: number;
  /** Of them, current. */
  readonly current: number;
  /** `current / devices` in percent, one decimal; null without devices. */
  readonly percentCurrent: number | null;
}

/** One product's part of a {@link ComplianceSummary}. */
export interface ProductCompliance extends CurrencyCount {
  /** Devices of the product whose currency cannot be told (not in `devices`). */
  readonly notTold: number;
  /**
   * Per channel of the device's build: `hotpatch`, `standard`, `baseline` (a baseline build, which both channels
   * share) or `unknown` (a build not in the data).
   */
  readonly byChannel: Readonly<Record<'hotpatch' | 'standard' | 'baseline' | 'unknown', CurrencyCount>>;
}

/** A remedy and how many devices need it. */
export interface RemedyCount {
  /** The reason it answers. */
  readonly code: EligibilityCode;
  /** Devices with that reason, of this family. */
  readonly devices: number;
  /** Whether the devices are clients or servers: a server's remedy is the server path (Azure Edition, Azure Arc). */
  readonly family: ProductFamily;
  /** What to do, and where it is documented, for this family. */
  readonly remedy: Remedy;
}

/** A device that is not current, as an admin needs it to act: who, what it runs, how far behind, why, and what to do. */
export interface DeviceBehind {
  /** Position of the record in the input, from 0. */
  readonly index: number;
  /** The device's name or id from the file; null when it had none. */
  readonly id: string | null;
  /** Product; null for a Windows version outside the hotpatch program. */
  readonly product: ProductId | null;
  /** The Windows version by name (`Windows Server 2025`, `Windows 10 22H2`). */
  readonly windows: string;
  /** Its build. */
  readonly build: string;
  /** Security releases published by the date that it lacks; null when that cannot be told (older than the data). */
  readonly releasesBehind: number | null;
  /** Days since the first release it lacks was published; null when that cannot be told. */
  readonly daysBehind: number | null;
  /** Why it is not hotpatching, if it is not (each with its remedy in {@link ComplianceSummary.remedies}). */
  readonly reasons: readonly EligibilityCode[];
  /**
   * What to do first: the remedy of its first reason; null when it is hotpatch-eligible and only needs the newest
   * security update (cumulative: the newest one is enough).
   */
  readonly action: string | null;
}

/** A fleet's compliance on a date. */
export interface ComplianceSummary {
  /** The date, `YYYY-MM-DD`. */
  readonly asOf: string;
  /** Records read. */
  readonly records: number;
  /** Records that were no device (error rows). */
  readonly errors: number;
  /** Devices, current ones and the share, over all devices whose currency could be told. */
  readonly total: CurrencyCount;
  /** Devices whose currency could not be told (see each result's `complianceNote`). */
  readonly unknownCurrency: number;
  /** Per product (`other-windows` for versions outside the hotpatch program). */
  readonly byProduct: Readonly<Record<string, ProductCompliance>>;
  /** Devices by security releases behind: `0`, `1`, `2`, `3+`, `unknown`. */
  readonly releasesBehind: Readonly<Record<'0' | '1' | '2' | '3+' | 'unknown', number>>;
  /** Devices with a restart due within 7 and 30 days of the date. */
  readonly restartsDue: {
    /** Devices whose next required restart falls within 7 days of `asOf`. */
    readonly within7Days: number;
    /** Devices whose next required restart falls within 30 days of `asOf` (includes the 7-day ones). */
    readonly within30Days: number;
  };
  /** Devices not hotpatching, by reason (a device may have several). */
  readonly reasons: Readonly<Partial<Record<EligibilityCode, number>>>;
  /** The same as a to-do list: each remedy with its device count, most devices first. */
  readonly remedies: readonly RemedyCount[];
  /**
   * The devices that are not current, furthest behind first (releases, then days, then input order), at most
   * `listLimit` of them; `devicesBehind` counts them all.
   */
  readonly behind: readonly DeviceBehind[];
  /** Devices not current, listed or not. */
  readonly devicesBehind: number;
}

/** Options of {@link complianceSummary}. */
export interface ComplianceSummaryOptions {
  /** The date the results were forecast for (their `asOf`). */
  readonly asOf: DateInput;
  /**
   * Most devices listed in `behind` (the furthest behind); memory stays bounded for any fleet.
   * @defaultValue 1000
   */
  readonly listLimit?: number;
}

/** Client or server: the product's family, or, outside the program, what the Windows version's name says. @internal */
export function _familyOf(d: { readonly product: ProductId | null; readonly windows: string }): ProductFamily {
  return d.product ? getProduct(d.product).family : /server/i.test(d.windows) ? 'server' : 'client';
}

/** Furthest behind first: more releases, then more days, then input order; unknown counts as furthest. */
function compareBehind(
  a: Pick<DeviceBehind, 'releasesBehind' | 'daysBehind' | 'index'>,
  b: Pick<DeviceBehind, 'releasesBehind' | 'daysBehind' | 'index'>,
): number {
  const far = 1e9;
  return (
    (b.releasesBehind ?? far) - (a.releasesBehind ?? far) ||
    (b.daysBehind ?? far) - (a.daysBehind ?? far) ||
    a.index - b.index
  );
}

const count = (devices: number, current: number): CurrencyCount => ({
  devices,
  current,
  percentCurrent: devices === 0 ? null : Math.round((current / devices) * 1000) / 10,
});

/**
 * Summarises fleet results (from {@link forecastFleet}) into a compliance report, in one pass with memory
 * independent of the fleet's size. Devices whose currency cannot be told (a build between known releases, a
 * Windows version outside the program) are counted apart, not as current or behind.
 * @param results - the results, a sync or async iterable
 * @param options - see {@link ComplianceSummaryOptions}
 * @returns the summary
 * @throws `E_TYPE` when `results` is not iterable; `E_DATE_FORMAT`/`E_DATE_RANGE` for a bad date
 * @category Restarts
 * @example
 * ```ts
 * const results = forecastFleetSync([
 *   { id: 'a', edition: 'Enterprise', osVersion: '10.0.26100.9106' },
 *   { id: 'b', edition: 'Enterprise', osVersion: '10.0.26100.8390', vbsRunning: false },
 * ], { asOf: '2026-08-20' });
 * const s = await complianceSummary(results, { asOf: '2026-08-20' });
 * [s.total.percentCurrent, s.releasesBehind['3+'], s.remedies[0]?.code] //=> [50, 1, 'VBS_NOT_RUNNING']
 * ```
 */
export async function complianceSummary(
  results: Iterable<FleetResult> | AsyncIterable<FleetResult>,
  options: ComplianceSummaryOptions,
): Promise<ComplianceSummary> {
  const fn = 'complianceSummary';
  const opts = _options(fn, options);
  const asOf = _civilDate(fn, 'options.asOf', _own(opts, 'asOf'));
  const limitOpt = _own(opts, 'listLimit');
  const limit = limitOpt === undefined ? 1000 : _int(fn, 'options.listLimit', limitOpt, 0, 1_000_000, 'E_OPTION');
  let listed: DeviceBehind[] = [];
  // After a cut, the last device kept: one that sorts after it can never be listed, so it is only counted.
  let cutoff: DeviceBehind | undefined;
  let devicesBehind = 0;
  // Days to a restart date, per date: a fleet's devices share a handful of them.
  const daysTo = new Map<string, number>();
  const asOfDay = _epochDay(asOf.year, asOf.month, asOf.day);
  if (
    results === null ||
    typeof results !== 'object' ||
    (!(Symbol.iterator in results) && !(Symbol.asyncIterator in results))
  ) {
    throw _error('E_TYPE', `${fn}: results ${_show(results)} is not iterable; expected forecastFleet's results`);
  }
  let records = 0;
  let errors = 0;
  let unknownCurrency = 0;
  const products = new Map<
    string,
    Record<'all' | 'hotpatch' | 'standard' | 'baseline' | 'unknown', [number, number]>
  >();
  const behind = { '0': 0, '1': 0, '2': 0, '3+': 0, unknown: 0 };
  const due = { within7Days: 0, within30Days: 0 };
  const reasons = new Map<EligibilityCode, number>();
  const remedyCounts = new Map<string, number>();
  const notTold = new Map<string, number>();
  let devices = 0;
  let current = 0;
  for await (const r of results) {
    records++;
    if (!r.ok) {
      errors++;
      continue;
    }
    const key = r.product ?? 'other-windows';
    const row = products.get(key) ?? {
      all: [0, 0],
      hotpatch: [0, 0],
      standard: [0, 0],
      baseline: [0, 0],
      unknown: [0, 0],
    };
    products.set(key, row);
    if (r.current === null) {
      unknownCurrency++;
      notTold.set(key, (notTold.get(key) ?? 0) + 1);
    } else {
      const kind = r.identity?.kind;
      const channel = !r.identity
        ? 'unknown'
        : kind === 'baseline' || kind === 'unplanned-baseline'
          ? 'baseline'
          : r.identity.channel;
      for (const k of ['all', channel] as const) {
        row[k][0]++;
        if (r.current) row[k][1]++;
      }
      devices++;
      if (r.current) current++;
    }
    const b = r.releasesBehind;
    behind[b === null ? 'unknown' : b >= 3 ? '3+' : (String(b) as '0' | '1' | '2')]++;
    if (r.nextRestart) {
      let days = daysTo.get(r.nextRestart.date);
      if (days === undefined) {
        const d = parseCivilDate(r.nextRestart.date);
        days = _epochDay(d.year, d.month, d.day) - asOfDay;
        daysTo.set(r.nextRestart.date, days);
      }
      if (days <= 7) due.within7Days++;
      if (days <= 30) due.within30Days++;
    }
    const family = _familyOf(r);
    if (r.current === false) {
      devicesBehind++;
      const first = r.reasons[0];
      if (cutoff === undefined || compareBehind(r, cutoff) < 0)
        listed.push({
          index: r.index,
          id: r.id,
          product: r.product,
          windows: r.windows,
          build: r.build,
          releasesBehind: r.releasesBehind,
          daysBehind: r.daysBehind,
          reasons: r.reasons,
          action: first === undefined ? null : _remedy(first, family).action,
        });
      // Sorted and cut now and then, so a fleet of millions never holds more than twice the limit.
      if (listed.length >= Math.max(2 * limit, 1000)) {
        listed = listed.sort(compareBehind).slice(0, limit);
        cutoff = listed.at(-1);
      }
    }
    for (const code of r.reasons) {
      reasons.set(code, (reasons.get(code) ?? 0) + 1);
      remedyCounts.set(`${code}|${family}`, (remedyCounts.get(`${code}|${family}`) ?? 0) + 1);
    }
  }
  const byProduct: Record<string, ProductCompliance> = {};
  for (const [key, row] of [...products].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    byProduct[key] = {
      ...count(...row.all),
      notTold: notTold.get(key) ?? 0,
      byChannel: {
        hotpatch: count(...row.hotpatch),
        standard: count(...row.standard),
        baseline: count(...row.baseline),
        unknown: count(...row.unknown),
      },
    };
  }
  const sortedReasons = [...reasons].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return {
    asOf: _formatDate(asOf),
    records,
    errors,
    total: count(devices, current),
    unknownCurrency,
    byProduct,
    releasesBehind: behind,
    restartsDue: due,
    reasons: Object.fromEntries(sortedReasons),
    remedies: [...remedyCounts]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([key, n]) => {
        const [code, family] = key.split('|') as [EligibilityCode, ProductFamily];
        return { code, devices: n, family, remedy: _remedy(code, family) };
      }),
    behind: listed.sort(compareBehind).slice(0, limit),
    devicesBehind,
  };
}

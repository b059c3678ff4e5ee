/**
 * Ready checkers beyond the yearly month set: the next restart after a date, the forced-restart instant of a ring
 * policy, and a fleet's restarts per month. Each runs your function against this library with fast-check and
 * fails with a message that names the input, the expected and actual answers, the library's reason and the seed.
 * @module
 */
import fc from 'fast-check';
import {
  nextRestart,
  restartDeadline,
  restartSummary,
  type Catalog,
  type Channel,
  type CivilDate,
  type DeviceProfile,
  type ProductId,
  type RingPolicy,
  type YearMonth,
} from 'hotpatch-calendar';
import { deviceProfileArbitrary } from './devices.js';
import { _firstAskableMonth, _firstYear, _historyMonths } from './lifetime.js';
import { _checkOptions } from './options.js';

/** Options shared by {@link checkNextRestart}, {@link checkRestartDeadline} and {@link checkFleetRestartCounts}. */
export interface CheckOptions {
  /**
   * First year tested.
   * @defaultValue 2022
   */
  readonly minYear?: number;
  /**
   * Last year tested.
   * @defaultValue 2030
   */
  readonly maxYear?: number;
  /**
   * Products tested.
   * @defaultValue every product
   */
  readonly products?: readonly ProductId[];
  /**
   * Release data the expected answers come from.
   * @defaultValue the built-in catalog
   */
  readonly catalog?: Catalog;
  /**
   * fast-check runs, at least 1.
   * @defaultValue fast-check's global setting (100)
   */
  readonly numRuns?: number;
  /** fast-check seed, to replay a failure. */
  readonly seed?: number;
  /** fast-check path, to replay a failure with its seed. */
  readonly path?: string;
}

const KEYS = new Set(['minYear', 'maxYear', 'products', 'catalog', 'numRuns', 'seed', 'path']);

/** Runs a property with the options' fast-check parameters and throws the message a developer needs. */
async function run<T extends [unknown, ...unknown[]]>(
  fn: string,
  arbitraries: { [K in keyof T]: fc.Arbitrary<T[K]> },
  compare: (...args: T) => Promise<string | null>,
  o: CheckOptions,
): Promise<void> {
  const details = await fc.check(
    fc.asyncProperty(...arbitraries, async (...args: T) => {
      const m = await compare(...args);
      if (m !== null) throw new Error(m);
    }),
    {
      ...(o.numRuns === undefined ? {} : { numRuns: o.numRuns }),
      ...(o.seed === undefined ? {} : { seed: o.seed }),
      ...(o.path === undefined ? {} : { path: o.path }),
    },
  );
  if (details.failed) {
    const inner =
      details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    throw new Error(
      `${fn}: ${inner}\nReplay: ${fn}(fn, { seed: ${details.seed}, path: '${details.counterexamplePath ?? ''}' }) (failed after ${details.numRuns} runs).`,
      { cause: details.errorInstance },
    );
  }
}

const pad = (n: number): string => String(n).padStart(2, '0');
const day = (d: CivilDate): string => `${d.year}-${pad(d.month)}-${pad(d.day)}`;
const ym = (m: YearMonth): string => `${m.year}-${pad(m.month)}`;
const describe = (d: DeviceProfile): string =>
  `${d.product} (${d.edition}, ${d.architecture}, build ${d.build}, policy ${d.hotpatchPolicy}, ${d.management}${d.installedSinceBaseline?.length ? `, ${d.installedSinceBaseline.map((i) => `${i.kind} ${ym(i.month)}`).join(', ')}` : ''})`;

/** Your next-restart logic: the date of the device's next required restart on or after `asOf`, or null. */
export type NextRestartFn = (
  device: DeviceProfile,
  asOf: CivilDate,
) => CivilDate | string | null | Promise<CivilDate | string | null>;

/**
 * Checks your next-restart logic: for generated devices and dates, your date must be the library's
 * `nextRestart(device, { asOf }).date` (a month the data cannot tell accepts that date or any later one).
 * @param next - your implementation; a date as `{ year, month, day }` or `'YYYY-MM-DD'`, null for none
 * @param options - see {@link CheckOptions}
 * @returns a promise that resolves when every run agreed
 * @throws an Error naming the device, the date, the expected restart and its reason, and the seed to replay
 * @category Testing
 * @example
 * ```ts
 * await checkNextRestart((device, asOf) => nextRestart(device, { asOf })?.date ?? null, { numRuns: 20 }) //=> undefined
 * // A next-restart function that never restarts is caught:
 * await checkNextRestart(() => null, { numRuns: 20 }).then(() => 'passed', () => 'caught') //=> 'caught'
 * ```
 */
export async function checkNextRestart(next: NextRestartFn, options: CheckOptions = {}): Promise<void> {
  const { minYear, maxYear, products } = _checkOptions('checkNextRestart', options, KEYS);
  // The day is drawn after the device's history (its product's start, its build's release), never before it.
  const offset = fc.record({ k: fc.nat((maxYear - minYear + 1) * 12 - 1), day: fc.integer({ min: 1, max: 28 }) });
  await run<[DeviceProfile, { k: number; day: number }]>(
    'checkNextRestart',
    [deviceProfileArbitrary({ products, installYears: { minYear, maxYear } }), offset],
    async (device, { k, day: d }) => {
      const first = Math.max(minYear * 12, _firstAskableMonth(device, options.catalog));
      const last = maxYear * 12 + 11;
      if (first > last) return null;
      const mi = first + (k % (last - first + 1));
      const date: CivilDate = { year: Math.floor(mi / 12), month: (mi % 12) + 1, day: d };
      const expected = nextRestart(device, { asOf: date, ...(options.catalog ? { catalog: options.catalog } : {}) });
      const got = await next(device, date);
      const gotText = got === null ? 'null' : typeof got === 'string' ? got : day(got);
      const want = expected === null ? 'null' : day(expected.date);
      if (gotText === want) return null;
      if (expected?.reason === 'unknown-release' && gotText !== 'null' && gotText > want) return null;
      return `${describe(device)} as of ${day(date)}: expected ${want}${expected ? ` (${expected.reason}${expected.release.kb ? `, ${expected.release.kb}` : ''})` : ' (no restart within three years: servicing ended)'}, got ${gotText}`;
    },
    options,
  );
}

/** Your deadline logic: when a restart is forced for a month's update under a ring policy, as an ISO instant, or null. */
export type RestartDeadlineFn = (input: {
  readonly month: YearMonth;
  readonly policy: RingPolicy;
  readonly channel: Channel;
  readonly zone: string;
  /** The device's product: whether a month restarts differs between products (Windows 11 26H2 and 24H2). */
  readonly product: ProductId;
}) => string | null | Promise<string | null>;

const ZONES = [
  'UTC',
  'America/Los_Angeles',
  'Europe/Berlin',
  'Asia/Kolkata',
  'Australia/Lord_Howe',
  'Pacific/Kiritimati',
];

/**
 * Checks your forced-restart computation: for generated months, ring policies (Graph vocabulary, Microsoft's
 * ranges), channels and zones, your instant must be the library's `restartDeadline(...).forcedRestart` (same
 * instant, any offset notation), and null where no restart is forced (a hotpatch month on the hotpatch channel).
 * @param deadline - your implementation
 * @param options - see {@link CheckOptions} (`products` is the product whose releases are used)
 * @returns a promise that resolves when every run agreed
 * @throws an Error naming the month, policy, channel and zone, the expected timeline and your instant
 * @category Testing
 * @example
 * ```ts
 * await checkRestartDeadline(({ month, policy, channel, zone, product }) =>
 *   restartDeadline(month, policy, { channel, zone, product }).forcedRestart?.utc ?? null, { numRuns: 20 })
 * //=> undefined
 * await checkRestartDeadline(() => null, { numRuns: 20 }).then(() => 'passed', () => 'caught') //=> 'caught'
 * ```
 */
export async function checkRestartDeadline(deadline: RestartDeadlineFn, options: CheckOptions = {}): Promise<void> {
  const { minYear, maxYear, products } = _checkOptions('checkRestartDeadline', options, KEYS);
  const policy = fc.record({
    deferralInDays: fc.integer({ min: 0, max: 30 }),
    deadlineForQualityUpdatesInDays: fc.integer({ min: 0, max: 30 }),
    deadlineGracePeriodInDays: fc.integer({ min: 0, max: 7 }),
  });
  const month = fc.record({ year: fc.integer({ min: minYear, max: maxYear }), month: fc.integer({ min: 1, max: 12 }) });
  await run<[YearMonth, RingPolicy, Channel, string, ProductId]>(
    'checkRestartDeadline',
    [
      month,
      policy,
      fc.constantFrom<Channel>('hotpatch', 'standard'),
      fc.constantFrom(...ZONES),
      fc.constantFrom(...products),
    ],
    async (m, p, channel, zone, product) => {
      const t = restartDeadline(m, p, {
        channel,
        zone,
        product,
        ...(options.catalog ? { catalog: options.catalog } : {}),
      });
      if (t.restartRequired === null) return null;
      const got = await deadline({ month: m, policy: p, channel, zone, product });
      const gotMs = got === null ? null : Date.parse(got);
      const want = t.forcedRestart;
      if ((want === null && gotMs === null) || (want !== null && gotMs === want.epochMilliseconds)) return null;
      const timeline = want
        ? `offer ${t.offer.local}, deadline ${t.deadline?.local ?? '-'}, grace ends ${t.graceEnd?.local ?? '-'}`
        : `no forced restart (${t.noForcedRestartBecause ?? ''})`;
      return `${product} ${ym(m)} on the ${channel} channel, policy ${JSON.stringify(p)}, zone ${zone}: expected ${want?.local ?? 'null'} (${timeline}), got ${got ?? 'null'}`;
    },
    options,
  );
}

/** Your fleet logic: how many devices restart in each month of a year, by `'YYYY-MM'` (months with none may be absent). */
export type FleetRestartCountsFn = (
  devices: readonly DeviceProfile[],
  year: number,
) => Readonly<Record<string, number>> | Promise<Readonly<Record<string, number>>>;

/**
 * Checks your fleet restart counts: for generated fleets (1 to 40 devices of every kind) and years, your count per
 * month must be the number of devices the library restarts that month (a month the data cannot tell for a device
 * accepts it either way).
 * @param counts - your implementation
 * @param options - see {@link CheckOptions}
 * @returns a promise that resolves when every run agreed
 * @throws an Error naming the year, each month whose count differs, the expected range and the devices in it
 * @category Testing
 * @example
 * ```ts
 * await checkFleetRestartCounts((devices, year) => {
 *   const counts: Record<string, number> = {};
 *   for (const d of devices)
 *     for (const m of restartSummary(d, year).months) {
 *       const k = `${m.year}-${String(m.month).padStart(2, '0')}`;
 *       counts[k] = (counts[k] ?? 0) + 1;
 *     }
 *   return counts;
 * }, { numRuns: 10 }) //=> undefined
 * await checkFleetRestartCounts(() => ({}), { numRuns: 10 }).then(() => 'passed', () => 'caught') //=> 'caught'
 * ```
 */
export async function checkFleetRestartCounts(counts: FleetRestartCountsFn, options: CheckOptions = {}): Promise<void> {
  const { minYear, maxYear, products } = _checkOptions('checkFleetRestartCounts', options, KEYS);
  await run<[DeviceProfile[], number]>(
    'checkFleetRestartCounts',
    [
      fc.array(deviceProfileArbitrary({ products, installYears: { minYear, maxYear } }), {
        minLength: 1,
        maxLength: 40,
      }),
      fc.integer({ min: minYear, max: maxYear }),
    ],
    async (all, year) => {
      // Only devices that exist in that year; their history months count as maybe (see checkRebootCadence).
      const devices = all.filter((d) => year >= _firstYear(d, options.catalog));
      if (devices.length === 0) return null;
      const sure = new Map<string, DeviceProfile[]>();
      const maybe = new Map<string, number>();
      for (const d of devices) {
        const s = restartSummary(d, year, options.catalog ? { catalog: options.catalog } : {});
        const history = _historyMonths(d, year, options.catalog);
        for (const month of history) maybe.set(ym({ year, month }), (maybe.get(ym({ year, month })) ?? 0) + 1);
        for (const r of s.restarts) {
          const k = ym(r.month);
          if (history.has(r.month.month)) continue;
          if (r.reason === 'unknown-release') maybe.set(k, (maybe.get(k) ?? 0) + 1);
          else sure.set(k, [...(sure.get(k) ?? []), d]);
        }
      }
      const got = await counts(devices, year);
      const lines: string[] = [];
      for (let month = 1; month <= 12; month++) {
        const k = ym({ year, month });
        const low = sure.get(k)?.length ?? 0;
        const high = low + (maybe.get(k) ?? 0);
        const n = got[k] ?? 0;
        if (n < low || n > high) {
          const which = (sure.get(k) ?? []).slice(0, 3).map(describe).join('; ');
          lines.push(
            `  ${k}: expected ${low === high ? low : `${low}..${high}`}, got ${n}${which ? ` (restarting: ${which}${low > 3 ? ', ...' : ''})` : ''}`,
          );
        }
      }
      return lines.length === 0 ? null : [`a fleet of ${devices.length} devices in ${year}:`, ...lines].join('\n');
    },
    options,
  );
}

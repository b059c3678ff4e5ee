/**
 * `checkRebootCadence`: your restart months against this library's, first over every product × year × device
 * class (the space is small enough to enumerate), then over random devices. A failure names the device, the year,
 * the months missing and extra and the library's reason for each, and how to replay it.
 * @module
 */
import fc from 'fast-check';
import {
  HotpatchRangeError,
  checkEligibility,
  predictRestarts,
  type Catalog,
  type DeviceProfile,
  type PredictedRestart,
  type ProductId,
  type YearMonth,
} from 'hotpatch-calendar';
import { deviceProfileArbitrary } from './devices.js';
import { _checkOptions } from './options.js';
import { _representatives } from './representatives.js';
import { _firstYear, _historyMonths } from './lifetime.js';

/** Your reboot logic under test: the months in which a device restarts in a year. */
export type RestartMonthsFn = (
  device: DeviceProfile,
  year: number,
) => readonly YearMonth[] | Promise<readonly YearMonth[]>;

/** Options of {@link checkRebootCadence}. */
export interface CheckRebootCadenceOptions {
  /**
   * First year tested.
   * @defaultValue 2022 (Server 2022 Azure Edition's program start)
   */
  readonly minYear?: number;
  /**
   * Last year tested.
   * @defaultValue 2030 (after each Windows 11 version's end of servicing)
   */
  readonly maxYear?: number;
  /**
   * Products tested.
   * @defaultValue every product
   */
  readonly products?: readonly ProductId[];
  /**
   * `'calendar'`: your months must come in calendar order without repeats; `'any'`: compared as sets.
   * @defaultValue `'calendar'`
   */
  readonly order?: 'calendar' | 'any';
  /**
   * Enumerate product × year × device class (eligible; each unmet prerequisite alone; policy `default`; a build
   * behind; an out-of-band and a preview install) before the random runs.
   * @defaultValue true
   */
  readonly exhaustive?: boolean;
  /**
   * Release data the expected answers come from (a refreshed catalog).
   * @defaultValue the built-in catalog
   */
  readonly catalog?: Catalog;
  /**
   * Random runs after the enumeration, at least 1.
   * @defaultValue fast-check's global setting (100)
   */
  readonly numRuns?: number;
  /** fast-check seed, to replay a failure (a 32-bit integer). */
  readonly seed?: number;
  /** fast-check path, to replay a failure with its seed. */
  readonly path?: string;
  /** fast-check verbosity. */
  readonly verbose?: boolean | 0 | 1 | 2;
  /** Stop shrinking at the first failure. */
  readonly endOnFailure?: boolean;
  /** Cases always tried before the random ones, each as given (device and year). */
  readonly examples?: readonly (readonly [DeviceProfile, number])[];
}

const OPTION_KEYS = new Set([
  'minYear',
  'maxYear',
  'products',
  'order',
  'exhaustive',
  'catalog',
  'numRuns',
  'seed',
  'path',
  'verbose',
  'endOnFailure',
  'examples',
]);

const optionError = (message: string): HotpatchRangeError =>
  new HotpatchRangeError('E_OPTION', `checkRebootCadence: ${message}`);

/** The options with their defaults, or `E_OPTION`. */
function validate(o: CheckRebootCadenceOptions): { minYear: number; maxYear: number; products: readonly ProductId[] } {
  const checked = _checkOptions('checkRebootCadence', o, OPTION_KEYS);
  if (o.order !== undefined && o.order !== 'calendar' && o.order !== 'any') {
    throw optionError(`order ${JSON.stringify(o.order)} is not accepted; expected 'calendar' or 'any'`);
  }
  return checked;
}

const ym = (m: YearMonth): string => `${m.year}-${String(m.month).padStart(2, '0')}`;

/** The library's restarts in a year, by month. */
function expectedRestarts(device: DeviceProfile, year: number, catalog: Catalog | undefined): PredictedRestart[] {
  return predictRestarts(device, {
    from: { year, month: 1, day: 1 },
    to: { year, month: 12, day: 31 },
    ...(catalog ? { catalog } : {}),
  });
}

const describeDevice = (d: DeviceProfile): string =>
  [
    d.edition,
    d.architecture + (d.architecture === 'arm64' ? ` (CHPE ${d.chpeDisabled === true ? 'off' : 'on'})` : ''),
    `build ${d.build}`,
    ...(d.license === undefined ? [] : [`licence ${d.license}`]),
    `VBS ${d.vbsRunning === true ? 'on' : 'off'}`,
    `policy ${d.hotpatchPolicy}${d.tenantOptOut ? ' (tenant opted out)' : ''}`,
    d.management,
    ...(d.installedSinceBaseline ?? []).map((i) => `${i.kind} installed ${ym(i.month)}`),
  ].join(', ');

/** Why the library restarts the device in a month. */
function whyRestart(r: PredictedRestart, device: DeviceProfile, catalog: Catalog | undefined): string {
  switch (r.reason) {
    case 'planned-baseline':
      return 'planned baseline (January, April, July, October)';
    case 'unplanned-baseline':
      return `unplanned baseline ${r.release.kb ?? ''}: Microsoft shipped a baseline off the quarterly plan`.trim();
    case 'catch-up-baseline':
      return `catch-up: build ${device.build} is behind the last baseline, so the next release restarts it`;
    case 'off-track-lcu':
      return 'off track: a cumulative update that is not a hotpatch (an out-of-band update, a preview, or a monthly update while ineligible) since the last baseline: the restart-requiring update until the next baseline';
    case 'monthly-lcu':
      return `monthly cumulative update: not hotpatching (${codesIn(device, r.month, catalog)})`;
    default:
      return r.reason;
  }
}

/** Why the library does not restart the device in a month. */
function whyNot(device: DeviceProfile, m: YearMonth, catalog: Catalog | undefined): string {
  const install = (device.installedSinceBaseline ?? []).find((i) => ym(i.month) >= ym(m));
  if (install) {
    return `the device already has this month's update: its profile says ${install.kind} installed in ${ym(install.month)}`;
  }
  const codes = codesIn(device, m, catalog);
  if (/END_OF_SERVICING/.test(codes))
    return `no release: the servicing of ${device.product} ${device.edition} has ended`;
  if (/OUT_OF_SUPPORT/.test(codes)) return `no release: ${device.product} is out of servicing`;
  return codes === 'eligible'
    ? 'hotpatch month: an eligible device installs the hotpatch without restarting'
    : `no release restarts it (${codes})`;
}

function codesIn(device: DeviceProfile, m: YearMonth, catalog: Catalog | undefined): string {
  const e = checkEligibility(device, { asOf: { ...m, day: 28 }, ...(catalog ? { catalog } : {}) });
  return e.eligible ? 'eligible' : e.reasons.map((r) => r.code).join(', ');
}

/** The mismatch between yours and the library's, as the message a developer needs, or null when they agree. */
async function mismatch(
  fn: RestartMonthsFn,
  device: DeviceProfile,
  year: number,
  o: CheckRebootCadenceOptions,
): Promise<string | null> {
  const restarts = expectedRestarts(device, year, o.catalog);
  // Months the data cannot tell (a release not in the catalog yet) accept either answer, and so do months before the
  // product existed (Windows 11 26H2 before its first release in October 2026): no device was there to restart;
  // and months up to the release the device's build is: it was seen on that build, its history is not asked.
  const history = _historyMonths(device, year, o.catalog);
  const before = (m: YearMonth): boolean => m.year === year && history.has(m.month);
  const unknown = new Set(restarts.filter((r) => r.reason === 'unknown-release').map((r) => ym(r.month)));
  for (const month of history) unknown.add(ym({ year, month }));
  const expected = restarts.filter((r) => r.reason !== 'unknown-release' && !before(r.month));
  const got = await fn(device, year);
  if (!Array.isArray(got)) return `your function returned ${typeof got}, not an array of { year, month }`;
  const actual = (got as readonly YearMonth[]).map(ym);
  const wanted = new Set(expected.map((r) => ym(r.month)));
  const missing = expected.filter((r) => !actual.includes(ym(r.month)));
  const extra = [...new Set(actual)].filter((m) => !wanted.has(m) && !unknown.has(m));
  // Months with the same reason share a line: "missing 2027-02, 2027-03: monthly cumulative update: ...".
  const grouped = new Map<string, string[]>();
  const add = (what: string, month: string, why: string): void => {
    const key = `${what}\u0000${why}`;
    grouped.set(key, [...(grouped.get(key) ?? []), month]);
  };
  for (const r of missing) add('missing', ym(r.month), whyRestart(r, device, o.catalog));
  for (const m of extra) {
    const [y, mo] = m.split('-').map(Number);
    add('extra', m, whyNot(device, { year: y ?? year, month: mo ?? 1 }, o.catalog));
  }
  const lines = [...grouped].map(([key, months]) => {
    const [what, why] = key.split('\u0000');
    return `  ${what} ${months.join(', ')}: ${why}`;
  });
  const known = actual.filter((m) => !unknown.has(m));
  if (lines.length === 0 && (o.order ?? 'calendar') === 'calendar') {
    const inOrder = known.every((m, i) => i === 0 || (known[i - 1] ?? '') < m);
    if (!inOrder) lines.push('  not in calendar order, or a month repeated (pass order: "any" for sets)');
  }
  if (lines.length === 0) return null;
  return [
    `${device.product} (${describeDevice(device)}) in ${year}:`,
    ...lines,
    `  expected [${expected.map((r) => ym(r.month)).join(', ')}]${unknown.size > 0 ? ` (either answer for ${[...unknown].sort().join(', ')})` : ''}, got [${actual.join(', ')}]`,
  ].join('\n');
}

/**
 * Checks your reboot logic against this library: an eligible, current device restarts exactly in the baseline
 * months (four a year, plus unplanned baselines from the data); one that misses a prerequisite, runs an
 * off-track update or is behind restarts as the library says; months the data cannot tell accept either answer.
 * First every product × year × device class is tried (deterministic), then random devices from
 * {@link deviceProfileArbitrary} with fast-check.
 * @param restartMonths - your implementation
 * @param options - see {@link CheckRebootCadenceOptions}
 * @returns a promise that resolves when every case agreed
 * @throws an Error whose message names the device, year, months missing and extra with the library's reason for
 * each, and the seed and path to replay; `HotpatchRangeError` `E_OPTION` for invalid options
 * @category Testing
 * @example
 * ```ts
 * // A scheduler under test: here, one that asks this library (yours would implement the rules itself).
 * const myScheduler = { restartMonths: (device: DeviceProfile, year: number) => restartSummary(device, year).months };
 * await checkRebootCadence((device, year) => myScheduler.restartMonths(device, year), { numRuns: 20 }) //=> undefined
 * // One that never restarts is caught, and the message says which device, year and months:
 * await checkRebootCadence(() => [], { numRuns: 20 }).catch((e: Error) => e.message.split('\n')[1])
 * //=> '  missing 2024-10: monthly cumulative update: not hotpatching (BEFORE_PROGRAM, BUILD_BELOW_MINIMUM)'
 * ```
 */
export async function checkRebootCadence(
  restartMonths: RestartMonthsFn,
  options: CheckRebootCadenceOptions = {},
): Promise<void> {
  const { minYear, maxYear, products } = validate(options);
  if (typeof restartMonths !== 'function') throw optionError('the first argument must be your restart-months function');
  if (options.exhaustive !== false) {
    for (const product of products) {
      for (let year = minYear; year <= maxYear; year++) {
        for (const device of _representatives(product, year, options.catalog)) {
          // Only questions that can happen: the device and its build exist in that year.
          if (year < _firstYear(device, options.catalog)) continue;
          const m = await mismatch(restartMonths, device, year, options);
          if (m !== null) {
            throw new Error(
              `checkRebootCadence: ${m}\nFound by the enumeration of product × year × device class (deterministic: any run finds it).`,
            );
          }
        }
      }
    }
  }
  // Your own cases run as given, before the random ones: you chose the year.
  for (const [device, year] of options.examples ?? []) {
    const m = await mismatch(restartMonths, device, year, options);
    if (m !== null) throw new Error(`checkRebootCadence: ${m}\nFound by one of your examples.`);
  }
  const params: fc.Parameters<[DeviceProfile, number]> = {
    ...(options.numRuns === undefined ? {} : { numRuns: options.numRuns }),
    ...(options.seed === undefined ? {} : { seed: options.seed }),
    ...(options.path === undefined ? {} : { path: options.path }),
    ...(options.verbose === undefined ? {} : { verbose: options.verbose }),
    ...(options.endOnFailure === undefined ? {} : { endOnFailure: options.endOnFailure }),
  };
  const details = await fc.check(
    fc.asyncProperty(
      deviceProfileArbitrary({ products, installYears: { minYear, maxYear } }),
      fc.nat(maxYear - minYear),
      async (device, k) => {
        // The year is drawn within the device's lifetime (from its product's start and its build's release), not
        // filtered: a device whose build is newer than maxYear has no year to be asked about.
        const first = Math.max(minYear, _firstYear(device, options.catalog));
        if (first > maxYear) return;
        const year = first + (k % (maxYear - first + 1));
        const m = await mismatch(restartMonths, device, year, options);
        if (m !== null) throw new Error(m);
      },
    ),
    params,
  );
  if (details.failed) {
    const inner =
      details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    throw new Error(
      `checkRebootCadence: ${inner}\nReplay: checkRebootCadence(fn, { seed: ${details.seed}, path: '${details.counterexamplePath ?? ''}' }) (failed after ${details.numRuns} random runs).`,
      { cause: details.errorInstance },
    );
  }
}

/**
 * The option checks every checker of the kit shares: known keys, a year range, fast-check's run count, seed and
 * path, and product ids. A misspelled or useless option is an `E_OPTION` error, never silently ignored.
 * @module
 */
import { HotpatchRangeError, PRODUCT_IDS, type ProductId } from 'hotpatch-calendar';

/** The options all checkers read. */
interface CommonOptions {
  readonly minYear?: number;
  readonly maxYear?: number;
  readonly products?: readonly ProductId[];
  readonly numRuns?: number;
  readonly seed?: number;
  readonly path?: string;
}

/** Checks the options against `keys`; returns the year range and products with their defaults. @internal */
export function _checkOptions(
  fn: string,
  o: CommonOptions,
  keys: ReadonlySet<string>,
): { minYear: number; maxYear: number; products: readonly ProductId[] } {
  const fail = (m: string): never => {
    throw new HotpatchRangeError('E_OPTION', `${fn}: ${m}`);
  };
  if (typeof o !== 'object' || o === null) fail('options must be an object');
  const unknown = Object.keys(o).filter((k) => !keys.has(k));
  if (unknown.length > 0) fail(`option '${unknown.join("', '")}' is not accepted; expected ${[...keys].join(', ')}`);
  const minYear = o.minYear ?? 2022;
  const maxYear = o.maxYear ?? 2030;
  for (const [k, v] of [
    ['minYear', minYear],
    ['maxYear', maxYear],
  ] as const) {
    if (!(Number.isInteger(v) && v >= 1 && v <= 9999))
      fail(`${k} ${String(v)} is not accepted; expected a year 1..9999`);
  }
  if (minYear > maxYear) fail('minYear is after maxYear');
  if (o.numRuns !== undefined && !(Number.isInteger(o.numRuns) && o.numRuns >= 1)) {
    fail(`numRuns ${String(o.numRuns)} is not accepted; expected an integer ≥ 1 (0 would test nothing)`);
  }
  if (o.seed !== undefined && !(Number.isInteger(o.seed) && Math.abs(o.seed) <= 2 ** 31)) {
    fail(`seed ${JSON.stringify(o.seed)} is not accepted; expected a 32-bit integer`);
  }
  if (o.path !== undefined && !/^\d+(:\d+)*$/.test(o.path)) {
    fail(`path ${JSON.stringify(o.path)} is not accepted; expected fast-check's form '3:0:1'`);
  }
  const products = o.products ?? PRODUCT_IDS;
  if (products.length === 0 || products.some((p) => !PRODUCT_IDS.includes(p))) {
    fail(`products: expected some of ${PRODUCT_IDS.join(', ')}, got ${JSON.stringify(o.products)}`);
  }
  return { minYear, maxYear, products };
}

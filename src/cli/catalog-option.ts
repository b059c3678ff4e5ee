/**
 * `--catalog FILE` (or `HOTPATCH_CALENDAR_CATALOG`): the overlay every command reads over the built-in data, and
 * the one-line hint to refresh it when the data is older than the date a command works on.
 * @module
 */
import { createCatalog } from '../catalog/catalog.js';
import { catalogInfo } from '../catalog/info.js';
import type { Catalog } from '../catalog/types.js';
import { PRODUCT_IDS } from '../products/products.js';
import { _epochDay, _fromEpochDay, type CivilDate } from '../time/civil-date.js';
import { _patchTuesdayOf } from '../cadence/patch-tuesday.js';
import { parseYearMonth } from '../time/year-month.js';
import { ioError, usageError } from './errors.js';
import type { CliIo } from './io.js';

/** The environment variable that names a default overlay. */
export const CATALOG_ENV = 'HOTPATCH_CALENDAR_CATALOG';
/** Days the data may lag behind the date a command works on before the CLI suggests `refresh`. */
const STALE_DAYS = 45;

/** The overlay path: the flag, else the environment variable, else none. */
export function catalogPath(flag: string | undefined, io: CliIo): string | undefined {
  const env = io.env?.[CATALOG_ENV];
  return flag ?? (env !== undefined && env !== '' ? env : undefined);
}

/** Reads the overlay named by the flag or the environment into a catalog (undefined: the built-in data). */
export async function loadCatalog(flag: string | undefined, io: CliIo): Promise<Catalog | undefined> {
  const path = catalogPath(flag, io);
  if (path === undefined) return undefined;
  if (!io.readFile) throw usageError('--catalog is not available in this host');
  const text = await io.readFile(path).catch((error: unknown) => {
    throw ioError(`cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
  });
  if (text === null)
    throw ioError(`cannot read ${path}: no such file (create it with 'hotpatch-calendar refresh --catalog ${path}')`);
  return createCatalog(parseJsonFile(path, text));
}

/** Parses a JSON file's text (a UTF-8 BOM removed), or a coded error naming the file. */
export function parseJsonFile(path: string, text: string): ReturnType<typeof JSON.parse> {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw ioError(`${path} is not JSON; expected a catalog document written by 'hotpatch-calendar refresh'`);
  }
}

/** Prints one line on stderr when the newest month in the data is more than 45 days before `workDate`. */
export function warnIfStale(catalog: Catalog | undefined, workDate: CivilDate, io: CliIo): void {
  const info = catalogInfo(catalog);
  const newest = PRODUCT_IDS.flatMap((p) => [
    info.products[p].newestMonth.hotpatch,
    info.products[p].newestMonth.standard,
  ])
    .filter((m): m is string => m !== null)
    .sort()
    .at(-1);
  if (newest === undefined) return;
  const today = _fromEpochDay(Math.floor(io.now() / 86_400_000));
  const day = Math.min(
    _epochDay(workDate.year, workDate.month, workDate.day),
    _epochDay(today.year, today.month, today.day),
  );
  const released = _patchTuesdayOf(parseYearMonth(newest));
  if (day - _epochDay(released.year, released.month, released.day) > STALE_DAYS) {
    io.stderr(
      `hotpatch-calendar: note: the release data ends with ${newest}; run 'hotpatch-calendar refresh --catalog FILE' for newer months\n`,
    );
  }
}

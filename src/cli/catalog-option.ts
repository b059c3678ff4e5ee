/**
 * The overlay every command reads over the built-in data: `--catalog FILE`, else `HOTPATCH_CALENDAR_CATALOG`, else
 * the user's cache (`$XDG_CACHE_HOME` or `~/.cache`, `%LOCALAPPDATA%` on Windows, `hotpatch-calendar/catalog.json`),
 * which `refresh` writes by default; `--builtin` reads none. And the hint to refresh, per product and channel, when
 * the data is more than 45 days behind the day a command works on.
 * @module
 */
import { builtInCatalog, createCatalog } from '../catalog/catalog.js';
import { dataFreshness } from '../catalog/freshness.js';
import type { Catalog } from '../catalog/types.js';
import { PRODUCT_IDS } from '../products/products.js';
import { _epochDay, _fromEpochDay, type CivilDate } from '../time/civil-date.js';
import { posix, win32 } from 'node:path';
import { ioError, usageError } from './errors.js';
import type { CliIo } from './io.js';

/** The environment variable that names a default overlay. */
export const CATALOG_ENV = 'HOTPATCH_CALENDAR_CATALOG';

/** Where an overlay came from: `--catalog`, the environment variable, or the user's cache (what `refresh` writes). */
export type OverlayOrigin = 'flag' | 'env' | 'cache';

/** The default overlay: `hotpatch-calendar/catalog.json` in the user's cache folder, or undefined when none is known. */
export function cacheOverlayPath(io: CliIo): string | undefined {
  const env = io.env ?? {};
  const set = (v: string | undefined): v is string => v !== undefined && v !== '';
  if (io.platform === 'win32') {
    const local = env['LOCALAPPDATA'];
    return set(local) ? win32.join(local, 'hotpatch-calendar', 'catalog.json') : undefined;
  }
  const xdg = env['XDG_CACHE_HOME'];
  const home = env['HOME'];
  // XDG: a relative XDG_CACHE_HOME is invalid and ignored.
  const base = set(xdg) && posix.isAbsolute(xdg) ? xdg : set(home) ? posix.join(home, '.cache') : undefined;
  return base === undefined ? undefined : posix.join(base, 'hotpatch-calendar', 'catalog.json');
}

/** The overlay path and its origin: the flag, else the environment variable, else the user's cache; none with `--builtin`. */
export function overlayOf(flag: string | undefined, io: CliIo): { path: string; origin: OverlayOrigin } | undefined {
  if (io.builtinOnly) return undefined;
  const env = io.env?.[CATALOG_ENV];
  if (flag !== undefined) return { path: flag, origin: 'flag' };
  if (env !== undefined && env !== '') return { path: env, origin: 'env' };
  const cache = cacheOverlayPath(io);
  return cache === undefined ? undefined : { path: cache, origin: 'cache' };
}

/** The overlay path a command writes or reads: the flag, else the environment variable, else the user's cache. */
export function catalogPath(flag: string | undefined, io: CliIo): string | undefined {
  return overlayOf(flag, io)?.path;
}

/** The catalog a command answered from, for the `data` command and the footers. */
export interface LoadedCatalog {
  /** The catalog, or undefined for the built-in data alone. */
  readonly catalog: Catalog | undefined;
  /** The overlay read, if any. */
  readonly overlay?: { readonly path: string; readonly origin: OverlayOrigin; readonly retrieved: string };
}

/** Reads the overlay (flag, environment, or the user's cache when it exists) over the built-in data. */
export async function loadCatalogWithOrigin(flag: string | undefined, io: CliIo): Promise<LoadedCatalog> {
  const overlay = overlayOf(flag, io);
  if (overlay === undefined) return { catalog: undefined };
  if (!io.readFile) {
    if (overlay.origin === 'cache') return { catalog: undefined };
    throw usageError('--catalog is not available in this host');
  }
  const text = await io.readFile(overlay.path).catch((error: unknown) => {
    throw ioError(`cannot read ${overlay.path}: ${error instanceof Error ? error.message : String(error)}`);
  });
  if (text === null) {
    // No refresh yet: the built-in data answers. A named file that is missing is an error.
    if (overlay.origin === 'cache') return { catalog: undefined };
    throw ioError(
      `cannot read ${overlay.path}: no such file (create it with 'hotpatch-calendar refresh --catalog ${overlay.path}')`,
    );
  }
  const document = parseJsonFile(overlay.path, text);
  const catalog = createCatalog(document);
  const retrieved = typeof document?.retrieved === 'string' ? document.retrieved : catalog.retrieved;
  // A package upgrade can bring built-in data newer than an old overlay: both are layered (the built-in releases
  // the overlay lacks still answer), and the age is said so that nobody trusts the overlay's date for all of it.
  const builtIn = builtInCatalog().retrieved;
  if (retrieved < builtIn)
    io.stderr(
      `hotpatch-calendar: note: ${overlay.path} (retrieved ${retrieved}) is older than the built-in data (${builtIn}); both are used, the overlay's releases over the built-in ones. Run 'hotpatch-calendar refresh' to bring it up to date\n`,
    );
  return { catalog, overlay: { path: overlay.path, origin: overlay.origin, retrieved } };
}

/** Reads the overlay named by the flag, the environment or the user's cache into a catalog (undefined: built-in). */
export async function loadCatalog(flag: string | undefined, io: CliIo): Promise<Catalog | undefined> {
  return (await loadCatalogWithOrigin(flag, io)).catalog;
}

/** Parses a JSON file's text (a UTF-8 BOM removed), or a coded error naming the file. */
export function parseJsonFile(path: string, text: string): ReturnType<typeof JSON.parse> {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw ioError(`${path} is not JSON; expected a catalog document written by 'hotpatch-calendar refresh'`);
  }
}

/**
 * One line on stderr, after the command's output, naming each product and channel whose newest release is more
 * than 45 days behind the day a command works on (never later than today): fresh Windows 11 data does not hide
 * stale server data. Products whose data ends alike share a clause.
 */
export function warnIfStale(catalog: Catalog | undefined, workDate: CivilDate, io: CliIo): void {
  const today = _fromEpochDay(Math.floor(io.now() / 86_400_000));
  const day = _fromEpochDay(
    Math.min(_epochDay(workDate.year, workDate.month, workDate.day), _epochDay(today.year, today.month, today.day)),
  );
  const stale = dataFreshness(day, catalog ? { catalog } : {}).filter((c) => c.stale);
  if (stale.length === 0) return;
  const month = `${String(day.year).padStart(4, '0')}-${String(day.month).padStart(2, '0')}`;
  const clauses = new Map<string, string[]>();
  for (const product of PRODUCT_IDS) {
    const parts = stale
      .filter((c) => c.product === product)
      .map(
        (c) =>
          `newest ${c.channel} release ${c.newestMonth} (${c.monthsBehind} month${c.monthsBehind === 1 ? '' : 's'} behind ${month})`,
      );
    if (parts.length > 0) clauses.set(parts.join(', '), [...(clauses.get(parts.join(', ')) ?? []), product]);
  }
  const text = [...clauses].map(([what, products]) => `${products.join(', ')}: ${what}`).join('; ');
  const line = `hotpatch-calendar: note: ${text}; run 'hotpatch-calendar refresh'\n`;
  if (io.deferNote) io.deferNote(line);
  else io.stderr(line);
}

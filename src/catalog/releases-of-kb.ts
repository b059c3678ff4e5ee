/**
 * The releases of a KB number: admins hold KB numbers as often as builds.
 * @module
 */
import { _options, _own } from '../guards.js';
import { _parseKb } from '../products/build.js';
import { _catalog } from './catalog.js';
import type { Catalog, Release } from './types.js';

/** Options of {@link releasesOfKb}. */
export interface ReleasesOfKbOptions {
  /**
   * Release data to use.
   * @defaultValue the built-in catalog
   */
  readonly catalog?: Catalog;
}

/**
 * Every release in the data that carries a KB: one per product and channel (a baseline is on both channels, a
 * Windows 11 KB on 24H2, 25H2 and 26H2), in the catalog's order (product, channel, date).
 * @param kb - `KB5077212`, `kb5077212` or `5077212`
 * @param options - see {@link ReleasesOfKbOptions}
 * @returns the releases, empty when the data holds none with that KB
 * @throws {@link HotpatchSyntaxError} `E_KB_FORMAT` for text that is not a KB number; `E_CATALOG`
 * @category Catalog
 * @example
 * ```ts
 * releasesOfKb('KB5077212').map((r) => `${r.product} ${r.channel} ${r.build}`)
 * //=> ['windows-11-24h2 hotpatch 26100.7781', 'windows-11-25h2 hotpatch 26200.7781']
 * ```
 */
export function releasesOfKb(kb: string, options?: ReleasesOfKbOptions): Release[] {
  const fn = 'releasesOfKb';
  const wanted = _parseKb(fn, 'kb', kb);
  const catalog = _catalog(fn, _own(_options(fn, options), 'catalog'));
  return catalog.entries.filter((r) => r.kb === wanted);
}

/**
 * Validation of catalog entries (the built-in data file and caller overrides): shape, types, provenance and
 * the structural rules Microsoft's calendars follow. Untrusted JSON is read through own properties only.
 * @internal
 * @module
 */
import { _isPlannedBaseline } from '../cadence/baseline-rule.js';
import { _show, _error } from '../errors.js';
import { _checkKeys, _own } from '../guards.js';
import { _civilDate, parseCivilDate } from '../time/civil-date.js';
import { _parseBuild, _parseKb } from '../products/build.js';
import { _product, isProductId } from '../products/products.js';
import { _formatYm, _monthIndex, _parseYearMonth } from '../time/year-month.js';
import { CHANNELS, RELEASE_KINDS, _isBRelease, _isBaselineKind, type Channel, type Release, type ReleaseKind, type ReleaseSource } from './types.js';

const FIELDS = ['product', 'channel', 'month', 'kind', 'kb', 'build', 'date', 'restartRequired', 'urls', 'note'] as const;
const REQUIRED = ['product', 'channel', 'month', 'kind', 'kb', 'build', 'date', 'restartRequired', 'urls'] as const;
/** Upper bound on entries a caller may pass, so a hostile file cannot make validation run for minutes. */
export const MAX_ENTRIES = 100_000;

const HOTPATCH_ONLY: readonly ReleaseKind[] = ['hotpatch', 'oob-hotpatch'];
const STANDARD_ONLY: readonly ReleaseKind[] = ['lcu', 'oob-lcu', 'preview'];

function fail(fn: string, where: string, message: string): never {
  throw _error('E_CATALOG', `${fn}: ${where}: ${message}`);
}

/** Checks one raw entry and returns the release it describes. */
export function _validateEntry(fn: string, index: number, raw: unknown, source: ReleaseSource): Release {
  const where = `entry ${index}`;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) fail(fn, where, `${_show(raw)} is not an object; expected a release record`);
  _checkKeys(`${fn}: ${where}`, raw, FIELDS, 'E_CATALOG');
  for (const key of REQUIRED) if (_own(raw, key) === undefined) fail(fn, where, `field '${key}' is missing`);
  const get = (k: string): unknown => _own(raw, k);

  const productId = get('product');
  if (!isProductId(productId)) _product(fn, productId);
  const product = _product(fn, productId);
  const channel = get('channel');
  if (!(CHANNELS as readonly unknown[]).includes(channel)) fail(fn, where, `channel ${_show(channel)} is not 'hotpatch' or 'standard'`);
  const kind = get('kind');
  if (!(RELEASE_KINDS as readonly unknown[]).includes(kind)) fail(fn, where, `kind ${_show(kind)} is not one of ${RELEASE_KINDS.join(', ')}`);
  const k = kind as ReleaseKind;
  const ch = channel as Channel;
  if (ch === 'standard' && HOTPATCH_ONLY.includes(k)) fail(fn, where, `kind '${k}' belongs to the hotpatch channel, not 'standard'`);
  if (ch === 'hotpatch' && STANDARD_ONLY.includes(k)) fail(fn, where, `kind '${k}' belongs to the standard channel, not 'hotpatch'`);

  const monthText = get('month');
  if (typeof monthText !== 'string' || !/^\d{4}-\d{2}$/.test(monthText)) fail(fn, where, `month ${_show(monthText)} is not 'YYYY-MM'`);
  const month = _parseYearMonth(fn, `${where}.month`, monthText);
  const dateText = get('date');
  if (typeof dateText !== 'string') fail(fn, where, `date ${_show(dateText)} is not 'YYYY-MM-DD'`);
  const date = _civilDate(fn, `${where}.date`, parseCivilDate(dateText));
  if (date.year !== month.year || date.month !== month.month) fail(fn, where, `date ${dateText} is not in month ${monthText}`);

  const planned = _isPlannedBaseline(month.month) ? 'baseline' : 'hotpatch';
  if (k === 'baseline' && planned !== 'baseline') fail(fn, where, `kind 'baseline' in ${monthText}, a planned hotpatch month; use 'unplanned-baseline'`);
  if ((k === 'unplanned-baseline' || k === 'hotpatch' || k === 'lcu') && planned === 'baseline') fail(fn, where, `kind '${k}' in ${monthText}, a planned baseline month; expected 'baseline'`);

  const kbRaw = get('kb');
  const kb = kbRaw === null ? null : _parseKb(fn, `${where}.kb`, kbRaw);
  const buildRaw = get('build');
  let build: string | null = null;
  if (buildRaw !== null) {
    const b = _parseBuild(fn, `${where}.build`, buildRaw);
    if (b.major !== 10 || b.minor !== 0 || b.build !== product.buildMajor) {
      throw _error('E_BUILD_PRODUCT', `${fn}: ${where}: build ${_show(buildRaw)} is not a ${product.id} build; expected 10.0.${product.buildMajor}.x`);
    }
    build = `${b.build}.${b.ubr}`;
  }
  const restartRequired = get('restartRequired');
  if (typeof restartRequired !== 'boolean') fail(fn, where, `restartRequired ${_show(restartRequired)} is not a boolean`);
  if (restartRequired === HOTPATCH_ONLY.includes(k)) fail(fn, where, `restartRequired ${String(restartRequired)} contradicts kind '${k}'`);

  const urls = get('urls');
  if (!Array.isArray(urls) || urls.length === 0 || urls.length > 10) fail(fn, where, `urls ${_show(urls)} is not a list of 1 to 10 https URLs`);
  const cleanUrls = urls.map((u: unknown) => {
    if (typeof u !== 'string' || u.length > 300 || !/^https:\/\/[^\s"<>]+$/.test(u)) fail(fn, where, `url ${_show(u)} is not an https URL`);
    return u;
  });
  // The KB article is always a source; the data file lists only the other pages, and it comes first here.
  const kbUrl = kb === null ? null : `https://support.microsoft.com/help/${kb.slice(2)}`;
  const allUrls = kbUrl === null ? cleanUrls : [kbUrl, ...cleanUrls.filter((u) => u !== kbUrl)];
  const note = get('note');
  if (note !== undefined && (typeof note !== 'string' || note.length > 500)) fail(fn, where, `note ${_show(note)} is not a string of at most 500 characters`);

  return {
    product: product.id,
    month,
    channel: ch,
    kind: k,
    kb,
    build,
    date,
    restartRequired,
    source,
    urls: allUrls,
    ...(note === undefined ? {} : { note: note as string }),
  };
}

/** Key of a month's B release on a channel. */
export function _bKey(r: { product: string; channel: string; month: { year: number; month: number } }): string {
  return `${r.product}|${r.channel}|${_monthIndex(r.month)}`;
}

/** Key that an override replaces: the B release of a month, or an individual OOB/preview by KB (or date and kind). */
export function _replaceKey(r: Release): string {
  if (_isBRelease(r.kind)) return `B|${_bKey(r)}`;
  return `X|${r.product}|${r.channel}|${r.kb ?? `${r.date?.year}-${r.date?.month}-${r.date?.day}|${r.kind}`}`;
}

/** Checks rules that span entries: one B release per channel and month; baselines shared by both channels. */
export function _validateCatalog(fn: string, entries: readonly Release[]): void {
  const b = new Map<string, Release>();
  for (const r of entries) {
    if (_isBRelease(r.kind)) {
      const key = _bKey(r);
      if (b.has(key)) throw _error('E_CATALOG', `${fn}: two Patch Tuesday releases for ${r.product} ${r.channel} ${_formatYm(r.month)}; expected one per product, channel and month`);
      b.set(key, r);
    }
  }
  for (const r of b.values()) {
    if (r.channel !== 'hotpatch') continue;
    const other = b.get(_bKey({ ...r, channel: 'standard' }));
    if (!other) continue;
    const shared = _isBaselineKind(r.kind);
    const m = _formatYm(r.month);
    if (shared && ((r.kb && other.kb && r.kb !== other.kb) || (r.build && other.build && r.build !== other.build))) {
      throw _error('E_CATALOG', `${fn}: ${r.product} ${m} is a ${r.kind} on the hotpatch channel (${r.kb ?? '?'} ${r.build ?? '?'}) but the standard channel has ${other.kb ?? '?'} ${other.build ?? '?'}; baselines share KB and build`);
    }
    if (!shared && r.kb && other.kb && r.kb === other.kb) {
      throw _error('E_CATALOG', `${fn}: ${r.product} ${m} hotpatch ${r.kb} has the same KB as the standard channel's cumulative update; hotpatch months have their own KB`);
    }
    if (!shared && other.kind !== 'lcu') {
      throw _error('E_CATALOG', `${fn}: ${r.product} ${m} is a hotpatch month on the hotpatch channel but '${other.kind}' on the standard channel`);
    }
  }
}

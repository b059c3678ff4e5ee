/**
 * The checks every release passes, whichever format it was written in: its kind fits its month, its build
 * belongs to its product, its KB and URLs are well formed.
 * @internal
 * @module
 */
import { _isPlannedBaseline } from '../cadence/baseline-rule.js';
import { _error, _show } from '../errors.js';
import { _parseKb } from '../products/build.js';
import { _product, type ProductId } from '../products/products.js';
import { _civilDate, parseCivilDate } from '../time/civil-date.js';
import {
  _restartsDevice,
  type Channel,
  type Release,
  type ReleaseKind,
  type ReleaseSecurity,
  type ReleaseSource,
} from './types.js';

/** A release as decoded from either data format, before the checks. */
export interface _ReleaseDraft {
  readonly product: ProductId;
  readonly channel: Channel;
  readonly kind: ReleaseKind;
  readonly kb: unknown;
  /** The build's major and UBR, already parsed, or null. */
  readonly build: { readonly major: number; readonly ubr: number } | null;
  readonly date: unknown;
  readonly urls: readonly string[];
  readonly note: unknown;
  /** What the release fixes on this product, already checked; undefined when the data does not say. */
  readonly security?: ReleaseSecurity | undefined;
  /** The entry's own collection date, unchecked. */
  readonly retrieved?: unknown;
}

/** Most source URLs one release may carry. */
const MAX_URLS = 10;
const URL_RE = /^https:\/\/[^\s"<>]+$/;

/** Throws the catalog error of one entry. */
export function _catalogError(fn: string, where: string, message: string): never {
  throw _error('E_CATALOG', `${fn}: ${where}: ${message}`);
}

/** Checks a source URL list: 1 to 10 https URLs of at most 300 characters. */
export function _checkUrls(fn: string, where: string, urls: readonly unknown[]): string[] {
  if (urls.length === 0 || urls.length > MAX_URLS)
    _catalogError(fn, where, `sources ${_show(urls)} is not a list of 1 to ${MAX_URLS} sources`);
  return urls.map((u) => {
    if (typeof u !== 'string' || u.length > 300 || !URL_RE.test(u))
      _catalogError(fn, where, `url ${_show(u)} is not an https URL`);
    return u;
  });
}

/** Checks a decoded release and returns it as the catalog API shows it. */
export function _checkRelease(fn: string, where: string, draft: _ReleaseDraft, source: ReleaseSource): Release {
  const product = _product(fn, draft.product);
  // The channel fits the kind already: format 2 derives it, the format-1 decoder checks it.
  const { kind, channel } = draft;
  if (typeof draft.date !== 'string') _catalogError(fn, where, `date ${_show(draft.date)} is not 'YYYY-MM-DD'`);
  const date = _civilDate(fn, `${where}.date`, parseCivilDate(draft.date));
  const month = { year: date.year, month: date.month };
  const plannedBaseline = _isPlannedBaseline(month.month);
  if (kind === 'baseline' && !plannedBaseline)
    _catalogError(fn, where, `kind 'baseline' on ${draft.date}, in a planned hotpatch month; use 'unplanned-baseline'`);
  if ((kind === 'unplanned-baseline' || kind === 'hotpatch' || kind === 'lcu') && plannedBaseline) {
    _catalogError(fn, where, `kind '${kind}' on ${draft.date}, in a planned baseline month; expected 'baseline'`);
  }
  const kb = draft.kb === null ? null : _parseKb(fn, `${where}.kb`, draft.kb);
  if (draft.build && draft.build.major !== product.buildMajor) {
    throw _error(
      'E_BUILD_PRODUCT',
      `${fn}: ${where}: build ${draft.build.major}.${draft.build.ubr} is not a ${product.id} build; expected ${product.buildMajor}.x`,
    );
  }
  const retrieved = draft.retrieved;
  if (retrieved !== undefined && (typeof retrieved !== 'string' || !parseCivilDate(retrieved)))
    _catalogError(fn, where, `retrieved ${_show(retrieved)} is not 'YYYY-MM-DD'`);
  const note = draft.note;
  if (note !== undefined && (typeof note !== 'string' || note.length > 500))
    _catalogError(fn, where, `note ${_show(note)} is not a string of at most 500 characters`);
  // The KB article is always a source and comes first; the data lists only the other pages.
  const kbUrl = kb === null ? null : `https://support.microsoft.com/help/${kb.slice(2)}`;
  const urls = kbUrl === null ? [...draft.urls] : [kbUrl, ...draft.urls.filter((u) => u !== kbUrl)];
  return {
    product: product.id,
    month,
    channel,
    kind,
    kb,
    build: draft.build ? `${product.buildMajor}.${draft.build.ubr}` : null,
    date,
    restartRequired: _restartsDevice(kind),
    source,
    urls,
    ...(typeof note === 'string' ? { note } : {}),
    ...(draft.security === undefined ? {} : { security: draft.security }),
    ...(typeof retrieved === 'string' ? { retrieved } : {}),
  };
}

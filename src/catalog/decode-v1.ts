/**
 * Reads entries of the catalog data format, version 1 (one record per product and channel, with
 * `restartRequired` and inline `urls`), so overlays written for 0.1 keep working. Fields that version 2 derives
 * are checked against the derivation: a contradiction is a migration error that says what to change.
 * @internal
 * @module
 */
import { _show } from '../errors.js';
import { _checkKeys, _own } from '../guards.js';
import { _parseBuild } from '../products/build.js';
import { _product } from '../products/products.js';
import { _catalogError, _checkUrls, type _ReleaseDraft } from './check-release.js';
import { CHANNELS, RELEASE_KINDS, _channelsOf, _restartsDevice, type Channel, type ReleaseKind } from './types.js';

const FIELDS = [
  'product',
  'channel',
  'month',
  'kind',
  'kb',
  'build',
  'date',
  'restartRequired',
  'urls',
  'note',
] as const;
const REQUIRED = ['product', 'channel', 'month', 'kind', 'kb', 'build', 'date', 'restartRequired', 'urls'] as const;
const MIGRATE =
  'catalog format 1 entry; format 2 derives it from kind and date (see hotpatch-calendar/catalog.schema.json)';

/** Decodes one version-1 entry. */
export function _decodeV1Entry(fn: string, index: number, raw: object): _ReleaseDraft {
  const where = `entry ${index}`;
  _checkKeys(`${fn}: ${where}`, raw, FIELDS, 'E_CATALOG');
  for (const key of REQUIRED) if (_own(raw, key) === undefined) _catalogError(fn, where, `field '${key}' is missing`);
  const product = _product(fn, _own(raw, 'product'));
  const channel = _own(raw, 'channel');
  if (!(CHANNELS as readonly unknown[]).includes(channel))
    _catalogError(fn, where, `channel ${_show(channel)} is not 'hotpatch' or 'standard'`);
  const kind = _own(raw, 'kind');
  if (!(RELEASE_KINDS as readonly unknown[]).includes(kind))
    _catalogError(fn, where, `kind ${_show(kind)} is not one of ${RELEASE_KINDS.join(', ')}`);
  const k = kind as ReleaseKind;
  const ch = channel as Channel;
  if (!_channelsOf(k).includes(ch))
    _catalogError(
      fn,
      where,
      `kind '${k}' belongs to the ${_channelsOf(k).join(' and ')} channel, not '${ch}' (${MIGRATE})`,
    );
  const month = _own(raw, 'month');
  const date = _own(raw, 'date');
  if (typeof month !== 'string' || !/^\d{4}-\d{2}$/.test(month))
    _catalogError(fn, where, `month ${_show(month)} is not 'YYYY-MM'`);
  if (typeof date === 'string' && !date.startsWith(`${month}-`))
    _catalogError(fn, where, `date ${_show(date)} is not in month ${month} (${MIGRATE})`);
  const restart = _own(raw, 'restartRequired');
  if (typeof restart !== 'boolean') _catalogError(fn, where, `restartRequired ${_show(restart)} is not a boolean`);
  if (restart !== _restartsDevice(k))
    _catalogError(fn, where, `restartRequired ${String(restart)} contradicts kind '${k}' (${MIGRATE})`);
  const urls = _own(raw, 'urls');
  if (!Array.isArray(urls)) _catalogError(fn, where, `urls ${_show(urls)} is not a list of https URLs`);
  const build = _own(raw, 'build');
  const b = build === null ? null : _parseBuild(fn, `${where}.build`, build);
  if (b && (b.major !== 10 || b.minor !== 0))
    _catalogError(fn, where, `build ${_show(build)} is not a Windows 10.0 build`);
  return {
    product: product.id,
    channel: ch,
    kind: k,
    kb: _own(raw, 'kb'),
    build: b ? { major: b.build, ubr: b.ubr } : null,
    date,
    urls: _checkUrls(fn, where, urls),
    note: _own(raw, 'note'),
  };
}

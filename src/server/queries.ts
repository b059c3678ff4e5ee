/**
 * Query parameters of the feeds and the API, read into the library's options: every bad value is the library's
 * coded error (a 400), never a guess.
 * @internal
 * @module
 */
import { HotpatchRangeError, PRODUCT_IDS, getProduct, type ProductId } from 'hotpatch-calendar';
import { ianaZoneOfWindowsName } from '../deploy/windows-zone.js';

/** `?products=a,b` or `?products=a&products=b` (product ids), or undefined for the calendar's default. */
export function productsOf(values: readonly string[]): ProductId[] | undefined {
  const ids = values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
  if (ids.length === 0) return undefined;
  if (ids.length > PRODUCT_IDS.length * 2)
    throw new HotpatchRangeError('E_OPTION', `products: ${ids.length} values; expected at most ${PRODUCT_IDS.length}`);
  return [...new Set(ids.map((id) => getProduct(id as ProductId).id))];
}

/** `?lang=en|de` (default English). */
export function langOf(value: string | undefined): 'en' | 'de' {
  if (value === undefined || value === '' || value === 'en') return 'en';
  if (value === 'de') return 'de';
  throw new HotpatchRangeError(
    'E_OPTION',
    `lang ${JSON.stringify(value.slice(0, 20))} is not accepted; expected en or de`,
  );
}

/** `?tz=`: an IANA zone or a Windows zone name (default UTC); checked by the library where it is used. */
export function zoneOf(value: string | undefined): string {
  if (value === undefined || value.trim() === '') return 'UTC';
  return ianaZoneOfWindowsName(value) ?? value.trim();
}

/** `?include=oob,previews`. */
export function includeOf(values: readonly string[]): ('oob' | 'previews')[] {
  const items = values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
  for (const i of items)
    if (i !== 'oob' && i !== 'previews')
      throw new HotpatchRangeError(
        'E_OPTION',
        `include ${JSON.stringify(i.slice(0, 20))} is not accepted; expected oob or previews`,
      );
  return [...new Set(items)] as ('oob' | 'previews')[];
}

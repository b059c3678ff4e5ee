/**
 * Where a month stands in a product's hotpatch program, from the product's published start and end.
 * @module
 */
import { _monthIndex, type YearMonth } from '../time/year-month.js';
import type { Product } from './products.js';

/** Where a month stands in a product's hotpatch program. `unknown`: Microsoft has not published the start. */
export type ProgramStatus = 'before-program' | 'active' | 'ended' | 'unknown';

/** Program status of a month for a product. @internal */
export function _status(product: Product, ym: YearMonth): ProgramStatus {
  const start = product.hotpatchPreviewStart?.value ?? product.hotpatchStart?.value;
  const end = product.endOfServicing?.value.lastMonth;
  const mi = _monthIndex(ym);
  if (end && mi > _monthIndex(end)) return 'ended';
  if (!start) return 'unknown';
  return mi < _monthIndex(start) ? 'before-program' : 'active';
}

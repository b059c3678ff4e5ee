/**
 * What the compliance reports say about a product, a device or a reason, in the report's language: one place, so
 * the text, Markdown and HTML reports name things alike.
 * @internal
 * @module
 */
import { getProduct, isProductId, type ProductFamily } from '../../products/products.js';
import { _familyOf, type DeviceBehind } from '../../restart/compliance.js';
import type { EligibilityCode } from '../../restart/eligibility-codes.js';
import { _remedy } from '../../restart/remedies.js';
import type { _ReportWords } from '../locale/locales.js';

/** A product key of a summary (`windows-server-2025`, `other-windows`) as people read it. */
export function productName(key: string | null, m: _ReportWords): string {
  return key !== null && isProductId(key) ? getProduct(key).displayName : m.compliance.otherWindows;
}

/** What to do about a reason, in the report's language (English from the library where no translation exists). */
export function remedyText(code: EligibilityCode, family: ProductFamily, m: _ReportWords): string {
  return m.remedies[`${family}|${code}`] ?? m.remedies[`client|${code}`] ?? _remedy(code, family).action;
}

/** What to do first about a device that is behind. */
export function deviceAction(d: DeviceBehind, m: _ReportWords): string {
  const first = d.reasons[0];
  return first === undefined ? m.compliance.installNewest : remedyText(first, _familyOf(d), m);
}

/** A share in percent, or a dash without devices. */
export const percent = (p: number | null): string => (p === null ? '-' : `${p}%`);

/** A count that may be unknown. */
export const countOrUnknown = (n: number | null, m: _ReportWords): string =>
  n === null ? m.compliance.unknownValue : String(n);

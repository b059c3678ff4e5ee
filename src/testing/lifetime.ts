/**
 * Which years a device can be asked about: only questions that can happen. A Windows 11 24H2 device did not exist
 * in 2022, and a device on 26100.1742 (September 2024) did not run that build in 2023; a correct scheduler
 * written from Microsoft's rules may answer such a question either way, so the kit never asks it.
 * @internal
 * @module
 */
import {
  builtInCatalog,
  getProduct,
  identifyBuild,
  type Catalog,
  type DeviceProfile,
  type ProductId,
  type YearMonth,
} from 'hotpatch-calendar';

/**
 * The month from which a product exists as far as the kit asks: the earlier of its published (preview) start and
 * its first release in the data. @internal
 */
export function _productStart(product: ProductId, catalog: Catalog | undefined): YearMonth | null {
  const p = getProduct(product);
  let first: YearMonth | null = p.hotpatchPreviewStart?.value ?? p.hotpatchStart?.value ?? null;
  for (const r of (catalog ?? builtInCatalog()).entries)
    if (r.product === product && (first === null || r.month.year * 12 + r.month.month < first.year * 12 + first.month))
      first = r.month;
  return first;
}

/**
 * The year from which a device on its build can exist: the first release with that build; above every release the
 * data knows, the data's newest month; between releases, the newest release below it; null below every release.
 */
function buildYear(device: DeviceProfile, catalog: Catalog): number | null {
  const ubr = Number(device.build.split('.').at(-1));
  const index = (m: YearMonth): number => m.year * 12 + m.month - 1;
  let exact: number | null = null;
  let below: { ubr: number; mi: number } | null = null;
  let maxUbr = -1;
  let newest = -1;
  for (const r of catalog.entries) {
    if (r.product !== device.product || r.build === null) continue;
    const u = Number(r.build.split('.')[1]);
    const mi = index(r.month);
    maxUbr = Math.max(maxUbr, u);
    newest = Math.max(newest, mi);
    if (u === ubr) exact = exact === null ? mi : Math.min(exact, mi);
    else if (u < ubr && (below === null || u > below.ubr || (u === below.ubr && mi > below.mi))) below = { ubr: u, mi };
  }
  const year = (mi: number): number => Math.floor(mi / 12);
  if (exact !== null) return year(exact);
  if (maxUbr >= 0 && ubr > maxUbr) return year(newest);
  return below === null ? null : year(below.mi);
}

/**
 * The first year a device can be asked about (inclusive): the later of the product's start and its build's. After
 * the end of servicing a device may still be asked: the documented answer is no release, so no restart.
 * @internal
 */
export function _firstYear(device: DeviceProfile, catalog: Catalog | undefined): number {
  const c = catalog ?? builtInCatalog();
  const start = _productStart(device.product, c)?.year ?? 1;
  return Math.max(start, buildYear(device, c) ?? start);
}

/**
 * The month of the release a device's build is (the newest, when several products or channels shipped it), or null
 * for a build the data does not know. Up to that month the device's history is not the kit's to judge: it was seen
 * on that build, and whether installing it restarted the device is before the question. @internal
 */
export function _buildMonth(device: DeviceProfile, catalog: Catalog | undefined): YearMonth | null {
  const matches = identifyBuild(device.build, { product: device.product, ...(catalog ? { catalog } : {}) }).matches;
  let newest: YearMonth | null = null;
  for (const r of matches)
    if (newest === null || r.month.year * 12 + r.month.month > newest.year * 12 + newest.month) newest = r.month;
  return newest;
}

/**
 * Months of a year whose restart answer is the device's history, not the question: before its product existed and
 * up to the release its build is. Either answer is right there. @internal
 */
export function _historyMonths(device: DeviceProfile, year: number, catalog: Catalog | undefined): Set<number> {
  const start = _productStart(device.product, catalog);
  const seenOn = _buildMonth(device, catalog);
  const startIndex = start ? start.year * 12 + start.month - 1 : Number.NEGATIVE_INFINITY;
  const seenIndex = seenOn ? seenOn.year * 12 + seenOn.month - 1 : Number.NEGATIVE_INFINITY;
  const out = new Set<number>();
  for (let month = 1; month <= 12; month++) {
    const mi = year * 12 + month - 1;
    if (mi < startIndex || mi <= seenIndex) out.add(month);
  }
  return out;
}

/** The first month index (January = 0) from which a device can be asked about: after its history. @internal */
export function _firstAskableMonth(device: DeviceProfile, catalog: Catalog | undefined): number {
  const start = _productStart(device.product, catalog);
  const seenOn = _buildMonth(device, catalog);
  return Math.max(
    _firstYear(device, catalog) * 12,
    start ? start.year * 12 + start.month - 1 : 0,
    seenOn ? seenOn.year * 12 + seenOn.month : 0,
  );
}

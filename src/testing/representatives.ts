/**
 * One device for each class that changes a restart answer, for the enumeration `checkRebootCadence` runs before
 * its random cases: uniform sampling rarely hits the one month that matters (June 2026 for Windows 11).
 * @module
 */
import { currentRelease, getProduct, type Catalog, type DeviceProfile, type ProductId } from 'hotpatch-calendar';
import { _applicable, _eligibleDevice, _miss, type Mutable } from './device-setups.js';

const CURRENT_UBR = 99_000;

/** The representatives of a product, off-track installs placed in the given year. @internal */
export function _representatives(product: ProductId, year: number, catalog?: Catalog): DeviceProfile[] {
  const p = getProduct(product);
  const client = p.family === 'client';
  // Current as the year starts: the newest hotpatch-channel build published by then, so the device exists in that
  // year; past the data, a build above every release.
  const atStart = currentRelease(product, 'hotpatch', {
    asOf: { year: Math.max(year - 1, 1), month: 12, day: 31 },
    ...(catalog ? { catalog } : {}),
  })?.build;
  const current = atStart ?? `${p.buildMajor}.${CURRENT_UBR}`;
  const base = (variant: number): Mutable<DeviceProfile> => ({
    ..._eligibleDevice(product, { variant, license: 'microsoft-365-e3' }),
    build: current,
  });
  // Every eligible setup: editions, x64 and Arm64 with CHPE off, Intune and Autopatch; Azure, Azure Local, Arc.
  const seen = new Set<string>();
  const out: DeviceProfile[] = [];
  for (let v = 0; v < 12; v++) {
    const d = base(v);
    const key = `${d.edition}|${d.architecture}|${d.management}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(d);
    }
  }
  for (const u of _applicable(base(0), false)) {
    const d = u === 'BUILD_BELOW_MINIMUM' && !client ? base(3) : base(0);
    _miss(d, u, 0);
    if (u === 'BUILD_BELOW_MINIMUM') d.build = `${p.buildMajor}.${product === 'windows-11-24h2' ? 1742 : 1000}`;
    out.push(d);
  }
  if (client) out.push({ ...base(0), hotpatchPolicy: 'default' });
  // Behind the last baseline: a build below every release of the program.
  out.push({ ...base(0), build: `${p.buildMajor}.${product === 'windows-11-24h2' ? 2033 : 1742}` });
  for (const [kind, month] of [
    ['oob-lcu', 2],
    ['preview', 5],
    ['oob-lcu', 11],
  ] as const) {
    out.push({ ...base(0), installedSinceBaseline: [{ kind, month: { year, month } }] });
  }
  return out;
}

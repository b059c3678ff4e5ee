/**
 * The setups a generated device is built from: an eligible device of each product, the prerequisites it can miss
 * and how a real device misses each.
 * @module
 */
import { getProduct, type DeviceProfile, type EligibilityCode, type License, type ProductId } from 'hotpatch-calendar';

/** The prerequisites a generated device can miss, by the eligibility code the library gives for each. */
export const UNMET_PREREQUISITES = [
  'EDITION_NOT_SUPPORTED',
  'LICENSE_NOT_QUALIFYING',
  'VBS_NOT_RUNNING',
  'MANAGEMENT_NOT_SUPPORTED',
  'ARM64_CHPE_ENABLED',
  'ARCHITECTURE_NOT_SUPPORTED',
  'HOTPATCH_POLICY_DISABLED',
  'HOTPATCH_POLICY_NOT_ENABLED',
  'BUILD_BELOW_MINIMUM',
] as const satisfies readonly EligibilityCode[];
/** A prerequisite a generated device can miss; see {@link UNMET_PREREQUISITES}. */
export type UnmetPrerequisite = (typeof UNMET_PREREQUISITES)[number];

/** @internal */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A device meeting every prerequisite of its product, from generated choices. @internal */
export function _eligibleDevice(
  product: ProductId,
  pick: { readonly variant: number; readonly license: License },
): Mutable<DeviceProfile> {
  const p = getProduct(product);
  if (p.family === 'client') {
    const arm64 = pick.variant % 3 === 2;
    return {
      product,
      edition: pick.variant % 2 === 0 ? 'Enterprise' : 'Education',
      architecture: arm64 ? 'arm64' : 'x64',
      build: '',
      license: pick.license,
      vbsRunning: true,
      hotpatchPolicy: 'enabled',
      ...(arm64 ? { chpeDisabled: true } : {}),
      management: pick.variant % 4 < 2 ? 'intune' : 'autopatch',
    };
  }
  const onAzure = pick.variant % 2 === 0 ? 'azure' : 'azure-local';
  // Server 2025 gets hotpatches as Azure Edition on Azure or Azure Local, or as Standard/Datacenter through Arc.
  const arc = product === 'windows-server-2025' && pick.variant % 3 === 0;
  return {
    product,
    edition: arc ? (pick.variant % 2 === 0 ? 'Standard' : 'Datacenter') : 'Datacenter: Azure Edition',
    architecture: 'x64',
    build: '',
    vbsRunning: true,
    hotpatchPolicy: 'enabled',
    management: arc ? 'azure-arc' : onAzure,
  };
}

/** The prerequisites that exist for a device of this product (and, for the build minimum, this setup). @internal */
export function _applicable(d: DeviceProfile, fixedBuild: boolean): UnmetPrerequisite[] {
  const client = getProduct(d.product).family === 'client';
  return UNMET_PREREQUISITES.filter((u) => {
    switch (u) {
      case 'LICENSE_NOT_QUALIFYING':
      case 'VBS_NOT_RUNNING':
      case 'ARM64_CHPE_ENABLED':
        return client;
      case 'ARCHITECTURE_NOT_SUPPORTED':
        return !client;
      case 'BUILD_BELOW_MINIMUM':
        return !fixedBuild && (d.product === 'windows-11-24h2' || d.management === 'azure-arc');
      default:
        return true;
    }
  });
}

/** Makes the device miss one prerequisite, the way real devices do. @internal */
export function _miss(d: Mutable<DeviceProfile>, u: UnmetPrerequisite, v: number): void {
  const client = getProduct(d.product).family === 'client';
  switch (u) {
    case 'EDITION_NOT_SUPPORTED':
      d.edition = client
        ? (['Pro', 'Home', 'Enterprise LTSC', 'Pro Education'][v % 4] ?? 'Pro')
        : d.product === 'windows-server-2025'
          ? 'Essentials'
          : (['Datacenter', 'Standard'][v % 2] ?? 'Datacenter');
      if (!client && d.product === 'windows-server-2025') d.management = 'azure-arc';
      return;
    case 'LICENSE_NOT_QUALIFYING':
      if (v % 2 === 0) d.license = 'other';
      else delete d.license;
      return;
    case 'VBS_NOT_RUNNING':
      if (v % 2 === 0) d.vbsRunning = false;
      else delete d.vbsRunning;
      return;
    case 'MANAGEMENT_NOT_SUPPORTED':
      d.management = client
        ? ((['none', 'azure-arc', 'azure', 'azure-local'] as const)[v % 4] ?? 'none')
        : d.management === 'azure-arc'
          ? ((['azure', 'none'] as const)[v % 2] ?? 'none')
          : ((
              [
                'none',
                'intune',
                ...(d.product === 'windows-server-2022-azure-edition' ? ['azure-arc' as const] : []),
              ] as const
            )[v % (d.product === 'windows-server-2022-azure-edition' ? 3 : 2)] ?? 'none');
      return;
    case 'ARM64_CHPE_ENABLED':
      d.architecture = 'arm64';
      if (v % 2 === 0) d.chpeDisabled = false;
      else delete d.chpeDisabled;
      return;
    case 'ARCHITECTURE_NOT_SUPPORTED':
      d.architecture = 'arm64';
      return;
    case 'HOTPATCH_POLICY_DISABLED':
      d.hotpatchPolicy = 'disabled';
      return;
    case 'HOTPATCH_POLICY_NOT_ENABLED':
      // A client's `default` is on from May 2026 unless the tenant opted out; a server has no default.
      d.hotpatchPolicy = 'default';
      if (client) d.tenantOptOut = true;
      return;
    case 'BUILD_BELOW_MINIMUM':
      // Set with the build below.
      return;
  }
}

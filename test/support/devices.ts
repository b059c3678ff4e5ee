import type { DeviceProfile } from '../../src/index.js';

/** A Windows 11 Enterprise 24H2 device that meets every hotpatch prerequisite (August 2026 hotpatch build). */
export const ELIGIBLE_CLIENT: DeviceProfile = {
  product: 'windows-11-24h2',
  edition: 'Enterprise',
  architecture: 'x64',
  build: '26100.9106',
  license: 'microsoft-365-e3',
  vbsRunning: true,
  hotpatchPolicy: 'enabled',
  management: 'intune',
};

/** A fleet input record (as a CSV row reads) of an eligible client, without its id and build. */
export const ELIGIBLE_FLEET_ROW = {
  edition: 'Enterprise',
  architecture: 'x64',
  license: 'microsoft-365-e3',
  vbsRunning: 'true',
  hotpatchPolicy: 'enabled',
  management: 'intune',
} as const;

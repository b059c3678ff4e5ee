/**
 * What an admin can do about each unmet prerequisite: the setting and where it lives, with the Microsoft page.
 * @module
 */
import type { ProductFamily } from '../products/products.js';
import type { EligibilityCode } from './eligibility-codes.js';

/** A remedy for one eligibility reason. */
export interface Remedy {
  /** What to do, for a person (the setting, its path, the value). */
  readonly action: string;
  /** The Microsoft page that documents it. */
  readonly url: string;
}

const AUTOPATCH =
  'https://learn.microsoft.com/en-us/windows/deployment/windows-autopatch/manage/windows-autopatch-hotpatch-updates';
const SERVER = 'https://learn.microsoft.com/en-us/windows-server/get-started/hotpatch';
const VBS =
  'https://learn.microsoft.com/en-us/windows/security/hardware-security/enable-virtualization-based-protection-of-code-integrity';
const LIFECYCLE = 'https://learn.microsoft.com/en-us/lifecycle/products/';

const CLIENT: Readonly<Record<EligibilityCode, Remedy>> = {
  EDITION_NOT_SUPPORTED: {
    action:
      'Move the device to Windows 11 Enterprise or Education (an edition upgrade, e.g. Windows Enterprise subscription activation)',
    url: AUTOPATCH,
  },
  BUILD_BELOW_MINIMUM: {
    action: 'Install the latest cumulative update (26100.2033 or later), then hotpatch applies from the next baseline',
    url: AUTOPATCH,
  },
  LICENSE_NOT_QUALIFYING: {
    action:
      'Assign a qualifying licence: Windows Enterprise E3/E5, Microsoft 365 E3/E5/F3, Windows Education A3/A5, Microsoft 365 Business Premium or Windows 365 Enterprise',
    url: AUTOPATCH,
  },
  VBS_NOT_RUNNING: {
    action:
      'Turn on virtualization-based security (Intune: Endpoint security > Account protection, or the VirtualizationBasedTechnology CSP); check System Information > Virtualization-based security = Running',
    url: VBS,
  },
  HOTPATCH_POLICY_DISABLED: {
    action:
      'Intune admin center > Devices > Windows updates > Quality updates: in the device\'s policy set "When available, apply without restarting the device (\\"Hotpatch\\")" to Allow',
    url: AUTOPATCH,
  },
  HOTPATCH_POLICY_NOT_ENABLED: {
    action:
      'Intune admin center > Devices > Windows updates > Create Windows quality update policy: set hotpatch to Allow and assign it (on by default from the May 2026 update unless the tenant opted out)',
    url: AUTOPATCH,
  },
  MANAGEMENT_NOT_SUPPORTED: {
    action:
      'Manage the device with Microsoft Intune (Windows Autopatch) so that a Windows quality update policy reaches it',
    url: AUTOPATCH,
  },
  ARM64_CHPE_ENABLED: {
    action:
      'Disable CHPE: DWORD HotPatchRestrictions = 1 under HKLM\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Memory Management (or the DisableCHPE CSP), then restart once',
    url: AUTOPATCH,
  },
  ARCHITECTURE_NOT_SUPPORTED: {
    action: 'None on this hardware: hotpatch needs x64 (or Arm64 with CHPE disabled on Windows 11)',
    url: AUTOPATCH,
  },
  BEFORE_PROGRAM: { action: "None: the product's hotpatch program had not started", url: AUTOPATCH },
  OUT_OF_SUPPORT: { action: 'Upgrade to a supported Windows version', url: LIFECYCLE },
  END_OF_SERVICING: {
    action:
      'Move the device to a serviced version (a feature update to Windows 11 25H2, or Enterprise/Education, which is serviced a year longer than Home/Pro); Windows 10 22H2: enrol in Extended Security Updates',
    url: LIFECYCLE,
  },
  NOT_A_HOTPATCH_PRODUCT: {
    action:
      'Upgrade to Windows 11 Enterprise 24H2 or later (servers: Windows Server 2025, or 2022 Datacenter: Azure Edition) to use hotpatch',
    url: AUTOPATCH,
  },
};

const SERVER_REMEDIES: Partial<Record<EligibilityCode, Remedy>> = {
  EDITION_NOT_SUPPORTED: {
    action:
      'Use Windows Server Datacenter: Azure Edition on Azure or Azure Local, or connect Windows Server 2025 Standard/Datacenter through Azure Arc',
    url: SERVER,
  },
  BUILD_BELOW_MINIMUM: {
    action: 'Install the latest cumulative update (26100.1742 or later) before enabling hotpatch through Azure Arc',
    url: SERVER,
  },
  HOTPATCH_POLICY_DISABLED: {
    action:
      'Turn hotpatch on: Azure portal > the machine > Updates > Update settings > Hotpatch (or the Azure Arc hotpatch setting)',
    url: SERVER,
  },
  HOTPATCH_POLICY_NOT_ENABLED: {
    action:
      'Turn hotpatch on: Azure portal > the machine > Updates > Update settings > Hotpatch (or the Azure Arc hotpatch setting)',
    url: SERVER,
  },
  MANAGEMENT_NOT_SUPPORTED: {
    action:
      'Run Datacenter: Azure Edition on Azure or Azure Local, or connect Windows Server 2025 Standard/Datacenter (26100.1742 or later) through Azure Arc and turn hotpatch on there; Intune does not deliver server hotpatches',
    url: SERVER,
  },
  ARCHITECTURE_NOT_SUPPORTED: { action: 'None on this hardware: Windows Server hotpatch needs x64', url: SERVER },
  OUT_OF_SUPPORT: {
    action:
      'The hotpatch program of this Windows Server version has ended: move to Windows Server 2025 to keep hotpatching',
    url: SERVER,
  },
  END_OF_SERVICING: {
    action: 'Move the server to a Windows Server version still in support (Windows Server 2025)',
    url: LIFECYCLE,
  },
};

/** The remedy of a reason for a client or server product. @internal */
export function _remedy(code: EligibilityCode, family: ProductFamily): Remedy {
  return (family === 'server' ? SERVER_REMEDIES[code] : undefined) ?? CLIENT[code];
}

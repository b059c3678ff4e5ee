/**
 * Whether a device can receive hotpatches, per Microsoft's documented prerequisites. Each unmet prerequisite is
 * a reason with a stable code and the URL of the rule.
 * @module
 */
import { _remedy, type Remedy } from './remedies.js';
import { _ubrOf } from '../products/build.js';
import { _civilDate, _epochDay, _formatDate, type DateInput } from '../time/civil-date.js';
import { _asOfOptions } from '../guards.js';
import { _status } from '../products/program-status.js';
import { _servicingEnd, type ServicingEnd } from '../products/lifecycle.js';
import { _product, type Product } from '../products/products.js';
import { _fromMonthIndex, _monthIndex, type YearMonth } from '../time/year-month.js';
import { LICENSES, _device, type DeviceProfile } from './device.js';

import { ELIGIBILITY_CODES, type EligibilityCode } from './eligibility-codes.js';

export { ELIGIBILITY_CODES, type EligibilityCode };

/** One unmet prerequisite. */
export interface EligibilityReason {
  /** Stable code. */
  readonly code: EligibilityCode;
  /** What is wrong, for a person. */
  readonly message: string;
  /** Microsoft page stating the rule. */
  readonly url: string;
  /** What an admin can do about it, and where that is documented. */
  readonly remedy: Remedy;
}

/** Result of {@link checkEligibility}. */
export interface EligibilityResult {
  /** True when every prerequisite is met. */
  readonly eligible: boolean;
  /** The unmet prerequisites (empty when eligible). */
  readonly reasons: readonly EligibilityReason[];
}

/** Options of {@link checkEligibility}. */
export interface CheckEligibilityOptions {
  /** The day to evaluate on (policy defaults and support dates depend on it). */
  readonly asOf: DateInput;
}

/** Microsoft's client hotpatch prerequisites (Windows Autopatch, "Hotpatch updates"). */
export const CLIENT_HOTPATCH_URL =
  'https://learn.microsoft.com/en-us/windows/deployment/windows-autopatch/manage/windows-autopatch-hotpatch-updates';
/** Microsoft's server hotpatch prerequisites ("Hotpatch for Windows Server"). */
export const SERVER_HOTPATCH_URL = 'https://learn.microsoft.com/en-us/windows-server/get-started/hotpatch';
const LIFECYCLE_URL = 'https://learn.microsoft.com/en-us/lifecycle/products/';

/** Minimum client build (the October 2024 cumulative update). */
export const CLIENT_MINIMUM_BUILD_UBR = 2033;
/** Minimum Windows Server 2025 build for Azure Arc hotpatch. */
export const SERVER_2025_MINIMUM_BUILD_UBR = 1742;
/** First month in which Autopatch turns hotpatch on by default for eligible Intune-managed devices (May 2026 security update). */
export const HOTPATCH_DEFAULT_ON_FROM: YearMonth = { year: 2026, month: 5 };

/** Every license the profile knows qualifies, except the catch-all `other`. */
/** Whether a license qualifies: every license the profile knows, except the catch-all `other`. */
const QUALIFYING_TEXT =
  'Windows Enterprise E3/E5, Microsoft 365 F3, Education A3/A5, Microsoft 365 Business Premium or Windows 365 Enterprise';
const qualifies = (license: string | undefined): boolean =>
  license !== undefined && license !== 'other' && (LICENSES as readonly string[]).includes(license);

const reason = (code: EligibilityCode, message: string, url: string, family: Product['family']): EligibilityReason => ({
  code,
  message,
  url,
  remedy: _remedy(code, family),
});

/** The last day of servicing of a device's version and edition (ESU where it has it), or null where unpublished. @internal */
export function _deviceServicingEnd(device: DeviceProfile, product: Product): ServicingEnd | null {
  return _servicingEnd(product.buildMajor, device.edition, device.esu === true);
}

/** Unchecked core, evaluated per month by the restart predictor. @internal */
export function _eligibilityReasons(device: DeviceProfile, product: Product, monthIndex: number): EligibilityReason[] {
  const reasons: EligibilityReason[] = [];
  const client = product.family === 'client';
  const add = (
    code: EligibilityCode,
    message: string,
    url = client ? CLIENT_HOTPATCH_URL : SERVER_HOTPATCH_URL,
  ): void => {
    reasons.push({ code, message, url, remedy: _remedy(code, product.family) });
  };
  const status = _status(product, _fromMonthIndex(monthIndex));
  const start = product.hotpatchPreviewStart ?? product.hotpatchStart;
  if (status === 'before-program')
    add('BEFORE_PROGRAM', `${product.displayName} had no hotpatch program yet`, start?.source);
  const end = _deviceServicingEnd(device, product);
  if (end && monthIndex > _monthIndex(end.date))
    add('END_OF_SERVICING', `${end.name} is out of servicing since ${_formatDate(end.date)}`, end.source);
  else if (status === 'ended')
    add(
      'OUT_OF_SUPPORT',
      `${product.displayName}'s hotpatch program has ended`,
      product.endOfServicing?.source ?? LIFECYCLE_URL,
    );
  if (client) clientReasons(device, product, monthIndex, add);
  else serverReasons(device, product, add);
  return reasons;
}

type AddReason = (code: EligibilityCode, message: string) => void;

/** Windows 11 prerequisites, in the order of Microsoft's list. */
function clientReasons(device: DeviceProfile, product: Product, monthIndex: number, add: AddReason): void {
  const edition = device.edition.trim().toLowerCase();
  if (!/^(enterprise|education)( multi-session)?$/.test(edition)) {
    add(
      'EDITION_NOT_SUPPORTED',
      `edition '${device.edition}' does not get hotpatches; Enterprise or Education is required`,
    );
  }
  if (product.id === 'windows-11-24h2' && _ubrOf(device.build) < CLIENT_MINIMUM_BUILD_UBR) {
    add('BUILD_BELOW_MINIMUM', `build ${device.build} is below 26100.${CLIENT_MINIMUM_BUILD_UBR}`);
  }
  if (!qualifies(device.license)) {
    add(
      'LICENSE_NOT_QUALIFYING',
      `license '${device.license ?? 'none'}' does not include hotpatch; expected ${QUALIFYING_TEXT}`,
    );
  }
  if (device.vbsRunning !== true) add('VBS_NOT_RUNNING', 'virtualization-based security must be running');
  const managed = device.management === 'intune' || device.management === 'autopatch';
  if (!managed) {
    add(
      'MANAGEMENT_NOT_SUPPORTED',
      `management '${device.management}' cannot deliver hotpatches; a Windows quality update policy in Intune (Windows Autopatch) is required`,
    );
  }
  if (device.architecture === 'arm64' && device.chpeDisabled !== true) {
    add('ARM64_CHPE_ENABLED', 'Arm64 devices get hotpatches only with CHPE disabled (HotPatchRestrictions=1)');
  }
  if (device.hotpatchPolicy === 'disabled')
    add('HOTPATCH_POLICY_DISABLED', 'the quality update policy turns hotpatch off');
  const defaultOn = monthIndex >= _monthIndex(HOTPATCH_DEFAULT_ON_FROM) && managed && device.tenantOptOut !== true;
  if (device.hotpatchPolicy === 'default' && !defaultOn) {
    add(
      'HOTPATCH_POLICY_NOT_ENABLED',
      device.tenantOptOut
        ? 'the tenant opted out of hotpatch by default and no policy enables it'
        : 'no quality update policy enables hotpatch (on by default only from the May 2026 update)',
    );
  }
}

/** Windows Server prerequisites: edition and where it runs, x64, and hotpatch turned on. */
function serverReasons(device: DeviceProfile, product: Product, add: AddReason): void {
  const edition = device.edition.trim().toLowerCase();
  const azureEdition = /azure edition/.test(edition);
  const onAzure = device.management === 'azure' || device.management === 'azure-local';
  if (device.architecture !== 'x64') add('ARCHITECTURE_NOT_SUPPORTED', 'Windows Server hotpatch supports x64 only');
  if (product.id === 'windows-server-2025') {
    const arcEdition = edition === 'standard' || edition === 'datacenter';
    if (!azureEdition && !arcEdition) {
      add(
        'EDITION_NOT_SUPPORTED',
        `edition '${device.edition}' does not get hotpatches; Datacenter: Azure Edition, or Standard/Datacenter through Azure Arc`,
      );
    } else if (azureEdition ? !onAzure : device.management !== 'azure-arc') {
      add(
        'MANAGEMENT_NOT_SUPPORTED',
        azureEdition
          ? 'Azure Edition gets hotpatches on Azure or Azure Local'
          : 'Standard and Datacenter get hotpatches only when connected through Azure Arc',
      );
    }
    if (device.management === 'azure-arc' && _ubrOf(device.build) < SERVER_2025_MINIMUM_BUILD_UBR) {
      add('BUILD_BELOW_MINIMUM', `build ${device.build} is below 26100.${SERVER_2025_MINIMUM_BUILD_UBR}`);
    }
  } else if (!azureEdition) {
    add(
      'EDITION_NOT_SUPPORTED',
      `edition '${device.edition}' does not get hotpatches; Windows Server 2022 needs Datacenter: Azure Edition`,
    );
  } else if (!onAzure) {
    add('MANAGEMENT_NOT_SUPPORTED', 'Windows Server 2022 Azure Edition gets hotpatches on Azure or Azure Local');
  }
  // Servers have no Autopatch default: hotpatch must be turned on (Azure Update Manager or the Arc setting).
  if (device.hotpatchPolicy !== 'enabled') {
    add(
      device.hotpatchPolicy === 'disabled' ? 'HOTPATCH_POLICY_DISABLED' : 'HOTPATCH_POLICY_NOT_ENABLED',
      'hotpatch is not enabled for this server',
    );
  }
}

/**
 * Checks a device against Microsoft's documented hotpatch prerequisites on a given day: edition, build, license,
 * VBS, policy (on by default for eligible Intune/Autopatch devices from the May 2026 update unless the tenant
 * opted out), management, Arm64 CHPE, server editions and Azure Arc, and the product's servicing window.
 * Being on the latest baseline is not a prerequisite here: {@link predictRestarts} models that.
 * @param device - a device profile (validated like {@link parseDevice})
 * @param options - `{ asOf }`
 * @returns `{ eligible, reasons }`
 * @throws {@link HotpatchTypeError} `E_DEVICE` for a bad profile; `E_OPTION` without `asOf`; `E_DATE_RANGE` for a bad date
 * @category Restarts
 * @example
 * ```ts
 * checkEligibility({ product: 'windows-11-24h2', edition: 'Pro', architecture: 'x64', build: '26100.4061',
 *   hotpatchPolicy: 'enabled', management: 'intune', license: 'microsoft-365-e3', vbsRunning: true },
 *   { asOf: { year: 2026, month: 11, day: 28 } }).reasons.map((r) => r.code) //=> ['END_OF_SERVICING', 'EDITION_NOT_SUPPORTED']
 * ```
 */
export function checkEligibility(device: DeviceProfile, options: CheckEligibilityOptions): EligibilityResult {
  const fn = 'checkEligibility';
  const d = _device(fn, device);
  const asOf = _civilDate(fn, 'options.asOf', _asOfOptions(fn, options, undefined).asOf);
  const product = _product(fn, d.product);
  const reasons = _eligibilityReasons(d, product, _monthIndex(asOf));
  // Within the last month, a published end date is exact: the day after it, the device is out of servicing.
  const day = _epochDay(asOf.year, asOf.month, asOf.day);
  const deviceEnd = _deviceServicingEnd(d, product);
  if (
    deviceEnd &&
    day > _epochDay(deviceEnd.date.year, deviceEnd.date.month, deviceEnd.date.day) &&
    !reasons.some((r) => r.code === 'END_OF_SERVICING')
  ) {
    reasons.push(
      reason(
        'END_OF_SERVICING',
        `${deviceEnd.name} is out of servicing since ${_formatDate(deviceEnd.date)}`,
        deviceEnd.source,
        product.family,
      ),
    );
  }
  const end = product.endOfServicing?.value.date;
  if (
    end &&
    day > _epochDay(end.year, end.month, end.day) &&
    !reasons.some((r) => r.code === 'OUT_OF_SUPPORT' || r.code === 'END_OF_SERVICING')
  ) {
    reasons.push(
      reason(
        'OUT_OF_SUPPORT',
        `${product.displayName} is out of servicing since ${_formatDate(end)}`,
        product.endOfServicing?.source ?? LIFECYCLE_URL,
        product.family,
      ),
    );
  }
  return { eligible: reasons.length === 0, reasons };
}

/**
 * A whole Azure Update Manager maintenance configuration (`Microsoft.Maintenance/maintenanceConfigurations`,
 * API 2023-04-01) for "Patch Tuesday + N days", and the ARM deployment template that carries it.
 * @module
 */
import {
  HotpatchRangeError,
  formatCivilDate,
  maintenanceWindows,
  toAzureRecurrence,
  type WindowRule,
  type YearMonthInput,
} from 'hotpatch-calendar';
import { windowsZoneName } from './windows-zone.js';
import { _defaultWindowName } from './default-name.js';

/** Windows update classifications Azure Update Manager installs. */
export const AZURE_CLASSIFICATIONS = [
  'Critical',
  'Security',
  'UpdateRollup',
  'FeaturePack',
  'ServicePack',
  'Definition',
  'Tools',
  'Updates',
] as const;
/** A Windows update classification. */
export type AzureClassification = (typeof AZURE_CLASSIFICATIONS)[number];
/** When Azure restarts a machine after patching. */
export type AzureRebootSetting = 'IfRequired' | 'Never' | 'Always';

/** Options of {@link azureMaintenanceConfiguration}. */
export interface AzureMaintenanceOptions {
  /** The month of the first window; its date and time become `startDateTime`. */
  readonly from: YearMonthInput;
  /** The month of the last window; the end of that window becomes `expirationDateTime`. Default: no end. */
  readonly to?: YearMonthInput;
  /** Resource name (1..64 letters, digits, `-`, `_`, `.`); default `patch-tuesday-plus-N` (`minus` before Patch Tuesday). */
  readonly name?: string;
  /** Azure region; default the ARM expression `[resourceGroup().location]`. */
  readonly location?: string;
  /** Default `IfRequired`: a baseline month restarts, a hotpatch month does not. */
  readonly rebootSetting?: AzureRebootSetting;
  /** Default `['Critical', 'Security']` (hotpatches are security updates). */
  readonly classifications?: readonly AzureClassification[];
}

/** The resource, as ARM templates and the REST API take it. */
export interface AzureMaintenanceConfiguration {
  /** Resource type. */
  readonly type: 'Microsoft.Maintenance/maintenanceConfigurations';
  /** API version. */
  readonly apiVersion: '2023-04-01';
  /** Resource name. */
  readonly name: string;
  /** Azure region, or an ARM expression. */
  readonly location: string;
  /** The configuration. */
  readonly properties: {
    /** Guest OS patching. */
    readonly maintenanceScope: 'InGuestPatch';
    /** Custom configurations are the ones users create. */
    readonly visibility: 'Custom';
    /** `InGuestPatchMode: 'User'`: patching runs in the user's window. */
    readonly extensionProperties: {
      /** `User`: patch in the user's schedule. */
      readonly InGuestPatchMode: 'User';
    };
    /** When. */
    readonly maintenanceWindow: {
      /** Local `YYYY-MM-DD hh:mm` of the first window. */
      readonly startDateTime: string;
      /** `hh:mm`, 01:30..04:00. */
      readonly duration: string;
      /** Windows time zone name. */
      readonly timeZone: string;
      /** e.g. `Month Second Tuesday Offset3`. */
      readonly recurEvery: string;
      /** Local `YYYY-MM-DD hh:mm` after which the configuration no longer runs (the last window's end). */
      readonly expirationDateTime?: string;
    };
    /** What and whether to restart. */
    readonly installPatches: {
      /** Restart behaviour. */
      readonly rebootSetting: AzureRebootSetting;
      /** Windows classifications and KB lists. */
      readonly windowsParameters: {
        /** Classifications to install. */
        readonly classificationsToInclude: readonly AzureClassification[];
        /** KBs to leave out (none). */
        readonly kbNumbersToExclude: readonly string[];
        /** KBs to install in addition (none). */
        readonly kbNumbersToInclude: readonly string[];
      };
    };
  };
}

const NAME_RE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
const LOCATION_RE = /^(?:[a-z0-9]{2,40}|\[resourceGroup\(\)\.location\])$/;

function optionError(message: string): HotpatchRangeError {
  return new HotpatchRangeError('E_OPTION', `azureMaintenanceConfiguration: ${message}`);
}

function pick<T extends string>(key: string, value: unknown, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  const found = allowed.find((a) => a === value);
  if (found === undefined) throw optionError(`options.${key} is not accepted; expected one of ${allowed.join(', ')}`);
  return found;
}

function text(key: string, value: unknown, re: RegExp, fallback: string, accepted: string): string {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !re.test(value))
    throw optionError(`options.${key} is not accepted; expected ${accepted}`);
  return value;
}

/**
 * An Azure Update Manager maintenance configuration for a window rule: guest patching, the window as Azure's
 * `recurEvery` (offsets beyond ±6 days re-anchored on another Tuesday), the zone as its Windows name, and
 * restarts only where the update needs one (baseline months, not hotpatch months).
 * @param rule - the window rule (Azure allows a duration of 90..240 minutes)
 * @param options - the first month and the resource's name, region, reboot setting and classifications
 * @returns the resource
 * @throws `HotpatchRangeError` `E_SCHEDULE` for a rule Azure cannot express, `E_ZONE` for a zone Windows has
 *   no name for, `E_OPTION` for a bad option
 * @category Deploy
 * @example
 * ```ts
 * const c = azureMaintenanceConfiguration(
 *   { offsetDays: 3, time: '02:00', zone: 'Europe/Berlin', durationMinutes: 180 },
 *   { from: '2026-07' },
 * );
 * c.properties.maintenanceWindow
 * //=> { startDateTime: '2026-07-17 02:00', duration: '03:00', timeZone: 'W. Europe Standard Time', recurEvery: 'Month Second Tuesday Offset3' }
 * ```
 * @see https://learn.microsoft.com/en-us/azure/templates/microsoft.maintenance/2023-04-01/maintenanceconfigurations
 */
export function azureMaintenanceConfiguration(
  rule: WindowRule,
  options: AzureMaintenanceOptions,
): AzureMaintenanceConfiguration {
  const recurrence = toAzureRecurrence(rule);
  if (rule.durationMinutes < 90 || rule.durationMinutes > 240) {
    throw new HotpatchRangeError(
      'E_SCHEDULE',
      `azureMaintenanceConfiguration: durationMinutes ${rule.durationMinutes} is not accepted; Azure guest patching windows last 90 to 240 minutes`,
    );
  }
  if (typeof options !== 'object' || options === null) throw optionError('options must be an object with from');
  const [first] = maintenanceWindows({ from: options.from, to: options.from }, rule);
  if (!first) throw optionError('options.from names no month');
  // The last window's end, local to the rule's zone (Azure reads both times in `timeZone`).
  const last =
    options.to === undefined ? undefined : maintenanceWindows({ from: options.from, to: options.to }, rule).at(-1);
  const classes = options.classifications ?? ['Critical', 'Security'];
  if (!Array.isArray(classes) || classes.length === 0)
    throw optionError('options.classifications must be a non-empty list');
  return {
    type: 'Microsoft.Maintenance/maintenanceConfigurations',
    apiVersion: '2023-04-01',
    name: text(
      'name',
      options.name,
      NAME_RE,
      _defaultWindowName(rule.offsetDays),
      '1 to 64 letters, digits, -, _ or .',
    ),
    location: text(
      'location',
      options.location,
      LOCATION_RE,
      '[resourceGroup().location]',
      "an Azure region such as 'westeurope'",
    ),
    properties: {
      maintenanceScope: 'InGuestPatch',
      visibility: 'Custom',
      extensionProperties: { InGuestPatchMode: 'User' },
      maintenanceWindow: {
        startDateTime: `${formatCivilDate(first.date)} ${recurrence.startTime}`,
        duration: recurrence.duration,
        timeZone: windowsZoneName(recurrence.zone),
        recurEvery: recurrence.recurEvery,
        ...(last ? { expirationDateTime: last.end.local.slice(0, 16).replace('T', ' ') } : {}),
      },
      installPatches: {
        rebootSetting: pick('rebootSetting', options.rebootSetting, ['IfRequired', 'Never', 'Always'], 'IfRequired'),
        windowsParameters: {
          classificationsToInclude: [
            ...new Set(classes.map((c) => pick('classifications', c ?? '', AZURE_CLASSIFICATIONS, 'Security'))),
          ],
          kbNumbersToExclude: [],
          kbNumbersToInclude: [],
        },
      },
    },
  };
}

/** An ARM deployment template holding one resource. */
export interface AzureDeploymentTemplate {
  /** The deployment template schema. */
  readonly $schema: string;
  /** Template version. */
  readonly contentVersion: '1.0.0.0';
  /** `location`, defaulting to the resource group's region. */
  readonly parameters: {
    /** The region parameter. */
    readonly location: {
      /** Always `string`. */
      readonly type: 'string';
      /** The resource group's region, or the one given. */
      readonly defaultValue: string;
    };
  };
  /** The maintenance configuration. */
  readonly resources: readonly AzureMaintenanceConfiguration[];
}

/**
 * The ARM deployment template for a maintenance configuration, ready for
 * `az deployment group create --resource-group RG --template-file FILE`.
 * @param resource - from {@link azureMaintenanceConfiguration}
 * @returns the template; the region is the `location` parameter (default: the resource group's)
 * @category Deploy
 * @example
 * ```ts
 * const c = azureMaintenanceConfiguration({ offsetDays: 0, time: '22:00', zone: 'UTC', durationMinutes: 120 }, { from: '2027-01' });
 * azureDeploymentTemplate(c).resources[0].location //=> "[parameters('location')]"
 * ```
 */
export function azureDeploymentTemplate(resource: AzureMaintenanceConfiguration): AzureDeploymentTemplate {
  // The resource's region (an expression such as '[resourceGroup().location]' or a name) becomes the default.
  return {
    $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
    contentVersion: '1.0.0.0',
    parameters: { location: { type: 'string', defaultValue: resource.location } },
    resources: [{ ...resource, location: "[parameters('location')]" }],
  };
}

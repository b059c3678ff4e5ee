/**
 * `hotpatch-calendar/deploy`: scheduler resources ready to deploy, beginning with Azure Update Manager's
 * maintenance configuration (ARM JSON and Bicep) and the IANA → Windows time zone table it needs. A subpath of
 * its own, so the zone table never weighs on the main entry.
 * @module deploy
 */
export {
  AZURE_CLASSIFICATIONS,
  azureDeploymentTemplate,
  azureMaintenanceConfiguration,
  type AzureClassification,
  type AzureDeploymentTemplate,
  type AzureMaintenanceConfiguration,
  type AzureMaintenanceOptions,
  type AzureRebootSetting,
} from './azure.js';
export { toBicep } from './bicep.js';
export { CLDR_VERSION, ianaZoneOfWindowsName, windowsZoneName } from './windows-zone.js';
export {
  awsMaintenanceWindowTemplate,
  gcpPatchDeployment,
  type AwsMaintenanceWindowTemplate,
  type CloudWindowOptions,
  type GcpScheduleWithSpan,
  type GcpPatchDeployment,
} from './clouds.js';

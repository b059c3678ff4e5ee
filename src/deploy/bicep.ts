/**
 * The same maintenance configuration as a Bicep file.
 * @module
 */
import type { AzureMaintenanceConfiguration } from './azure.js';

/** A Bicep string literal: single quotes, with `\`, `'`, `${` and control characters escaped. */
function bicepString(value: string): string {
  const escaped = value
    .replaceAll('\\', '\\\\')
    .replaceAll("'", "\\'")
    .replaceAll('${', '\\${')
    .replaceAll('\n', '\\n')
    .replaceAll('\r', '\\r')
    .replaceAll('\t', '\\t')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: escaping them is the point
    .replace(/[\u0000-\u001f\u007f]/g, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`);
  return `'${escaped}'`;
}

function bicepValue(value: unknown, indent: string): string {
  if (typeof value === 'string') return bicepString(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => `${inner}${bicepValue(v, inner)}`).join('\n')}\n${indent}]`;
  }
  const entries = Object.entries(value as object);
  if (entries.length === 0) return '{}';
  const key = (k: string): string => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(k) ? k : bicepString(k));
  return `{\n${entries.map(([k, v]) => `${inner}${key(k)}: ${bicepValue(v, inner)}`).join('\n')}\n${indent}}`;
}

/**
 * A Bicep file declaring the maintenance configuration, for `az deployment group create --template-file FILE.bicep`.
 * The region is a `location` parameter (default: the resource group's) unless the resource names one.
 * @param resource - from {@link azureMaintenanceConfiguration}
 * @returns the file's text
 * @category Deploy
 * @example
 * ```ts
 * const c = azureMaintenanceConfiguration({ offsetDays: 3, time: '02:00', zone: 'Asia/Kolkata', durationMinutes: 120 }, { from: '2027-01' });
 * toBicep(c).includes("timeZone: 'India Standard Time'") //=> true
 * ```
 */
export function toBicep(resource: AzureMaintenanceConfiguration): string {
  const { type, apiVersion, name, location, properties } = resource;
  const region = location.startsWith('[') ? 'resourceGroup().location' : bicepString(location);
  return [
    `// ${name}: Azure Update Manager maintenance window, ${properties.maintenanceWindow.recurEvery}.`,
    `@description('Azure region of the maintenance configuration.')`,
    `param location string = ${region}`,
    '',
    `resource maintenanceConfiguration '${type}@${apiVersion}' = {`,
    `  name: ${bicepString(name)}`,
    '  location: location',
    `  properties: ${bicepValue(properties, '  ')}`,
    '}',
    '',
    'output id string = maintenanceConfiguration.id',
    '',
  ].join('\n');
}

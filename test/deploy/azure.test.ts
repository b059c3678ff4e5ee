import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import {
  azureDeploymentTemplate,
  azureMaintenanceConfiguration,
  toBicep,
  type AzureMaintenanceConfiguration,
} from '../../src/deploy/index.js';
import type { WindowRule } from '../../src/index.js';

const schema = JSON.parse(
  readFileSync(new URL('./fixtures/maintenance-configuration.schema.json', import.meta.url), 'utf8'),
);
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
const rule = (zone: string, offsetDays = 3, durationMinutes = 180): WindowRule => ({
  offsetDays,
  time: '02:00',
  zone,
  durationMinutes,
});

/** Reads the subset of Bicep that toBicep writes (objects, arrays, single-quoted strings) back into JSON. */
function readBicepValue(text: string): unknown {
  const json = text
    .replace(/'((?:[^'\\]|\\.)*)'/g, (_m, s: string) => JSON.stringify(s.replace(/\\'/g, "'").replace(/\\\\/g, '\\')))
    .replace(/^(\s*)([A-Za-z_][A-Za-z0-9_]*):/gm, '$1"$2":')
    .replace(/\n(\s*)(?=["{[\d])/g, ',\n$1')
    .replace(/([{[]),\n/g, '$1\n');
  return JSON.parse(json);
}

describe('azureMaintenanceConfiguration', () => {
  it.each([
    ['Europe/Berlin', 'W. Europe Standard Time', '2026-07-17 02:00'],
    ['Asia/Kolkata', 'India Standard Time', '2026-07-17 02:00'],
    ['America/New_York', 'Eastern Standard Time', '2026-07-17 02:00'],
    ['Europe/Kyiv', 'FLE Standard Time', '2026-07-17 02:00'],
  ])(
    '%s: a whole guest-patching resource with the Windows zone name, valid against the resource schema',
    (zone, windows, start) => {
      const c = azureMaintenanceConfiguration(rule(zone), { from: '2026-07', location: 'westeurope' });
      expect(validate(c), JSON.stringify(validate.errors)).toBe(true);
      expect(c.properties.maintenanceWindow).toEqual({
        startDateTime: start, // Patch Tuesday 2026-07-14 + 3 days
        duration: '03:00',
        timeZone: windows,
        recurEvery: 'Month Second Tuesday Offset3',
      });
      expect(c.properties.maintenanceScope).toBe('InGuestPatch');
      expect(c.properties.extensionProperties).toEqual({ InGuestPatchMode: 'User' });
      // Restart only when the update needs one: baseline months restart, hotpatch months do not.
      expect(c.properties.installPatches.rebootSetting).toBe('IfRequired');
      expect(c.properties.installPatches.windowsParameters.classificationsToInclude).toEqual(['Critical', 'Security']);
    },
  );

  it("an offset beyond ±6 days is re-anchored on another Tuesday, and the first window is that month's", () => {
    const c = azureMaintenanceConfiguration(rule('UTC', 10, 120), { from: '2027-01' });
    // Patch Tuesday 2027-01-12 + 10 = 2027-01-22 = third Tuesday (19th) + 3.
    expect(c.properties.maintenanceWindow).toMatchObject({
      recurEvery: 'Month Third Tuesday Offset3',
      startDateTime: '2027-01-22 02:00',
    });
    expect(validate(c)).toBe(true);
  });

  it('options: name, region, reboot setting and classifications, each checked', () => {
    const c = azureMaintenanceConfiguration(rule('UTC'), {
      from: '2026-08',
      name: 'ring-1.servers',
      location: 'northeurope',
      rebootSetting: 'Never',
      classifications: ['Security', 'Security', 'UpdateRollup'],
    });
    expect(c).toMatchObject({ name: 'ring-1.servers', location: 'northeurope' });
    expect(c.properties.installPatches).toMatchObject({
      rebootSetting: 'Never',
      windowsParameters: { classificationsToInclude: ['Security', 'UpdateRollup'] },
    });
    const bad = [
      { from: '2026-08', name: 'has space' },
      { from: '2026-08', location: 'West Europe!' },
      { from: '2026-08', rebootSetting: 'Sometimes' },
      { from: '2026-08', classifications: [] },
      { from: '2026-08', classifications: ['Drivers'] },
    ];
    for (const options of bad)
      expect(() => azureMaintenanceConfiguration(rule('UTC'), options as never)).toThrow(
        expect.objectContaining({ code: 'E_OPTION' }),
      );
    expect(() => azureMaintenanceConfiguration(rule('UTC', 3, 60), { from: '2026-08' })).toThrow(
      expect.objectContaining({ code: 'E_SCHEDULE' }),
    );
    expect(() => azureMaintenanceConfiguration(rule('UTC', 25), { from: '2026-08' })).toThrow(
      expect.objectContaining({ code: 'E_SCHEDULE' }),
    );
    expect(() => azureMaintenanceConfiguration(rule('Mars/Base'), { from: '2026-08' })).toThrow(
      expect.objectContaining({ code: 'E_ZONE' }),
    );
  });

  it('the deployment template carries the resource with the region as a parameter', () => {
    const c = azureMaintenanceConfiguration(rule('Europe/Berlin'), { from: '2026-07' });
    const t = azureDeploymentTemplate(c);
    expect(t.$schema).toBe('https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#');
    expect(t.parameters.location.defaultValue).toBe('[resourceGroup().location]');
    const [resource] = t.resources as AzureMaintenanceConfiguration[];
    expect(resource?.location).toBe("[parameters('location')]");
    expect(validate(resource)).toBe(true);
  });

  it('the Bicep file declares the same properties, strings escaped', () => {
    const c = azureMaintenanceConfiguration(rule('Asia/Kolkata'), { from: '2026-07' });
    const bicep = toBicep({ ...c, name: "it's.odd" });
    expect(bicep).toContain(
      "resource maintenanceConfiguration 'Microsoft.Maintenance/maintenanceConfigurations@2023-04-01' = {",
    );
    expect(bicep).toContain('param location string = resourceGroup().location');
    expect(bicep).toContain("name: 'it\\'s.odd'");
    const body = bicep.slice(bicep.indexOf('  properties: ') + '  properties: '.length, bicep.lastIndexOf('\n}\n'));
    expect(readBicepValue(body)).toEqual(c.properties);
    expect(toBicep({ ...c, location: 'westeurope' })).toContain("param location string = 'westeurope'");
  });

  it('the whole Bicep file: parameter, resource, nested properties, empty lists, output', () => {
    const c = azureMaintenanceConfiguration(rule('Asia/Kolkata', 3, 120), { from: '2027-01' });
    expect(toBicep(c).split('\n')).toEqual([
      `// ${c.name}: Azure Update Manager maintenance window, Month Second Tuesday Offset3.`,
      "@description('Azure region of the maintenance configuration.')",
      'param location string = resourceGroup().location',
      '',
      "resource maintenanceConfiguration 'Microsoft.Maintenance/maintenanceConfigurations@2023-04-01' = {",
      `  name: '${c.name}'`,
      '  location: location',
      '  properties: {',
      "    maintenanceScope: 'InGuestPatch'",
      "    visibility: 'Custom'",
      '    extensionProperties: {',
      "      InGuestPatchMode: 'User'",
      '    }',
      '    maintenanceWindow: {',
      "      startDateTime: '2027-01-15 02:00'",
      `      duration: '${c.properties.maintenanceWindow.duration}'`,
      "      timeZone: 'India Standard Time'",
      "      recurEvery: 'Month Second Tuesday Offset3'",
      '    }',
      '    installPatches: {',
      "      rebootSetting: 'IfRequired'",
      '      windowsParameters: {',
      '        classificationsToInclude: [',
      "          'Critical'",
      "          'Security'",
      '        ]',
      '        kbNumbersToExclude: []',
      '        kbNumbersToInclude: []',
      '      }',
      '    }',
      '  }',
      '}',
      '',
      'output id string = maintenanceConfiguration.id',
      '',
    ]);
  });

  it("Bicep strings escape backslash, quote, '${', line breaks, tabs and control characters", () => {
    const c = azureMaintenanceConfiguration(rule('Europe/Berlin'), { from: '2026-07' });
    // '$' + '{' is written apart: the text is Bicep's interpolation, not a template literal gone wrong.
    const interpolation = '$' + '{d}';
    const bicep = toBicep({ ...c, name: `a\\b'c${interpolation}\n\r\t\u0001\u007f` });
    expect(bicep).toContain(`  name: 'a\\\\b\\'c\\${interpolation}\\n\\r\\t\\u{1}\\u{7f}'`);
  });

  it('Bicep values of every JSON kind: numbers, booleans, empty objects, keys that are not identifiers', () => {
    const c = azureMaintenanceConfiguration(rule('Europe/Berlin'), { from: '2026-07' });
    const extra = { count: 3, enabled: false, empty: {}, 'not-an-identifier': 'x', list: [] };
    const bicep = toBicep({ ...c, properties: { ...c.properties, extra } } as never);
    const body = bicep.slice(bicep.indexOf('  properties: ') + '  properties: '.length, bicep.lastIndexOf('\n}\n'));
    expect(readBicepValue(body)).toEqual({ ...c.properties, extra });
    expect(bicep).toContain(
      "    extra: {\n      count: 3\n      enabled: false\n      empty: {}\n      'not-an-identifier': 'x'\n      list: []\n    }",
    );
  });

  it('Azure limits and options: 90 to 240 minutes, a reboot setting and classifications from its lists', () => {
    const at = (minutes: number) => () => azureMaintenanceConfiguration(rule('UTC', 3, minutes), { from: '2027-01' });
    expect(at(90)().properties.maintenanceWindow.duration).toBe('01:30');
    expect(at(240)().properties.maintenanceWindow.duration).toBe('04:00');
    expect(at(89)).toThrow(expect.objectContaining({ code: 'E_SCHEDULE' }));
    expect(at(241)).toThrow(expect.objectContaining({ code: 'E_SCHEDULE' }));
    const make = (options: unknown) => () => azureMaintenanceConfiguration(rule('UTC'), options as never);
    expect(make(null)).toThrow(expect.objectContaining({ code: 'E_OPTION' }));
    expect(make('2027-01')).toThrow(expect.objectContaining({ code: 'E_OPTION' }));
    const never = make({ from: '2027-01', rebootSetting: 'Never' })();
    expect(never.properties.installPatches.rebootSetting).toBe('Never');
    expect(make({ from: '2027-01', rebootSetting: 'Sometimes' })).toThrow(
      expect.objectContaining({ code: 'E_OPTION' }),
    );
    const classes = make({ from: '2027-01', classifications: ['Security', 'Critical', 'Security'] })();
    expect(classes.properties.installPatches.windowsParameters.classificationsToInclude).toEqual([
      'Security',
      'Critical',
    ]);
    for (const classifications of [[], [undefined], ['Drivers!']])
      expect(make({ from: '2027-01', classifications })).toThrow(expect.objectContaining({ code: 'E_OPTION' }));
  });

  it("the default name says the offset's direction; a given name and region are checked", () => {
    const named = (offsetDays: number) =>
      azureMaintenanceConfiguration(rule('UTC', offsetDays), { from: '2027-01' }).name;
    expect([named(3), named(0), named(-2)]).toEqual([
      'patch-tuesday-plus-3',
      'patch-tuesday-plus-0',
      'patch-tuesday-minus-2',
    ]);
    const make = (options: object) => () => azureMaintenanceConfiguration(rule('UTC'), { from: '2027-01', ...options });
    expect(make({ name: 'ring.1_a-b' })().name).toBe('ring.1_a-b');
    expect(make({ name: 'a b' })).toThrow(expect.objectContaining({ code: 'E_OPTION' }));
    expect(make({ location: 'westeurope' })().location).toBe('westeurope');
    expect(make({ location: 'West Europe' })).toThrow(expect.objectContaining({ code: 'E_OPTION' }));
  });

  it('the deployment template: version, a string parameter defaulting to the given region', () => {
    const c = azureMaintenanceConfiguration(rule('UTC'), { from: '2027-01', location: 'westeurope' });
    const t = azureDeploymentTemplate(c);
    expect(t.contentVersion).toBe('1.0.0.0');
    expect(t.parameters).toEqual({ location: { type: 'string', defaultValue: 'westeurope' } });
  });
});

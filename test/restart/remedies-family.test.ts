import { describe, expect, it } from 'vitest';
import { complianceSummary, forecastFleetSync } from 'hotpatch-calendar';
import { runCli } from '../support/cli.js';

// A mixed fleet from Intune: Windows 11 and Windows Server 2025 managed by Intune. A server cannot take the
// client path (a Windows quality update policy); its remedy is Azure Edition on Azure or Azure Arc.
describe('remedies per product family', () => {
  const fleet = [
    { id: 'pc', edition: 'Enterprise', osVersion: '10.0.26100.9106', management: 'none', hotpatchPolicy: 'enabled' },
    {
      id: 'srv',
      edition: 'Datacenter: Azure Edition',
      osVersion: '10.0.26100.33296',
      management: 'intune',
      hotpatchPolicy: 'enabled',
    },
  ];
  it('the to-do list keeps client and server remedies apart, each with its own path', async () => {
    const s = await complianceSummary(forecastFleetSync(fleet, { asOf: '2026-08-20' }), { asOf: '2026-08-20' });
    const management = s.remedies.filter((r) => r.code === 'MANAGEMENT_NOT_SUPPORTED');
    expect(management.map((r) => [r.family, r.devices])).toEqual([
      ['client', 1],
      ['server', 1],
    ]);
    expect(management[0]?.remedy.action).toMatch(/Intune/);
    expect(management[1]?.remedy.action).toMatch(/Azure Arc/);
    expect(management[1]?.remedy.action).not.toMatch(/Manage the device with Microsoft Intune/);
  });
  it('a management value the CLI does not know is a warning naming it (read as none), and Co-verwaltet is Intune', async () => {
    const csv =
      'Device name,OS version,Managed by\r\n' +
      'pc-1,10.0.26100.9106,Co-verwaltet\r\n' +
      'pc-2,10.0.26100.9106,Verwaltet durch XYZ\r\n' +
      'pc-3,10.0.26100.9106,Verwaltet durch XYZ\r\n';
    const r = await runCli(['fleet', 'f.csv', '--as-of', '2026-08-20'], {
      readChunks: () =>
        (async function* () {
          yield Buffer.from(csv);
        })(),
    });
    expect(r.code, r.err).toBe(0);
    const rows = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(
      rows.map((x: { id: string; reasons: string[] }) => [x.id, x.reasons.includes('MANAGEMENT_NOT_SUPPORTED')]),
    ).toEqual([
      ['pc-1', false],
      ['pc-2', true],
      ['pc-3', true],
    ]);
    expect(r.err).toContain(
      'warning: f.csv: values not recognised, read as none: management "Verwaltet durch XYZ" (2 devices)',
    );
  });
});

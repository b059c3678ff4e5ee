import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

// The fleet forecast as CSV, one row per input record: a current hotpatch device (August 2026 hotpatch,
// KB5120994), a current standard device that is not eligible for three reasons (August LCU, KB5121003), a device
// whose build is between releases and whose other fields are assumed, and a record that is no device.
const input =
  'id,edition,architecture,osVersion,license,vbsRunning,hotpatchPolicy,management\n' +
  'pc-1,Enterprise,x64,10.0.26100.9106,microsoft-365-e3,true,enabled,intune\n' +
  'pc-2,Pro,x64,10.0.26100.9168,other,false,enabled,intune\n' +
  ',Enterprise,x64,10.0.26100.7000,,,,\n' +
  'bad,Enterprise,x64,nonsense,microsoft-365-e3,true,enabled,intune\n';

describe('fleet --format csv', () => {
  it('every column of every kind of row', async () => {
    const r = await runCli(['fleet', 'devices.csv', '--as-of', '2026-08-20', '--format', 'csv', '--allow-errors'], {
      readChunks: (path) =>
        (async function* chunks() {
          if (path !== 'devices.csv') throw new Error(`ENOENT: ${path}`);
          yield new TextEncoder().encode(input);
        })(),
    });
    expect(r.code, r.err).toBe(0);
    const lines = r.out.trimEnd().split('\n');
    expect(lines.slice(0, 4)).toEqual([
      'index,id,ok,windows,product,build,identity_month,identity_channel,identity_kind,kb,current,releases_behind,days_behind,compliance_note,eligible,reasons,next_restart,next_reason,servicing_end,assumed,error_code,error_message',
      '0,pc-1,true,"Windows 11 Enterprise, version 24H2",windows-11-24h2,26100.9106,2026-08,hotpatch,hotpatch,KB5120994,true,0,0,,true,,2026-09-08,unknown-release,2027-10-12,,,',
      '1,pc-2,true,"Windows 11 Pro, version 24H2",windows-11-24h2,26100.9168,2026-08,standard,lcu,KB5121003,true,0,0,,false,EDITION_NOT_SUPPORTED LICENSE_NOT_QUALIFYING VBS_NOT_RUNNING,2026-09-08,monthly-lcu,2026-10-13,,,',
      '2,,true,"Windows 11 Enterprise, version 24H2",windows-11-24h2,26100.7000,,,,,,,,unknown-build,true,,2026-09-08,catch-up-baseline,2027-10-12,license vbsRunning hotpatchPolicy management,,',
    ]);
    expect(lines[4]).toMatch(
      /^3,bad,false,,,,,,,,,,,,,,,,,,E_BUILD_FORMAT,"devices\.csv row 5: device\.build ""nonsense"" is not a build;/,
    );
    expect(lines).toHaveLength(5);
  });
});

// Forecast a fleet streamed from an Intune export: what each device runs, whether it is current, its next restart.
import assert from 'node:assert/strict';
import { forecastFleet } from 'hotpatch-calendar';

async function* intuneExport(): AsyncGenerator<Record<string, string>> {
  const base = {
    edition: 'Enterprise',
    architecture: 'x64',
    license: 'microsoft-365-e3',
    vbsRunning: 'true',
    hotpatchPolicy: 'enabled',
    management: 'intune',
  };
  yield { ...base, id: 'LAPTOP-001', osVersion: '10.0.26100.9106' }; // August 2026 hotpatch
  yield { ...base, id: 'LAPTOP-002', osVersion: '10.0.26100.9168' }; // August 2026 LCU
  yield { ...base, id: 'KIOSK-003', osVersion: '10.0.26100.8390', edition: 'Pro' }; // May 2026 hotpatch, Pro
  yield { ...base, id: 'BROKEN-004', osVersion: '10.0.26100' };
}

const results = [];
for await (const r of forecastFleet(intuneExport(), { asOf: { year: 2026, month: 8, day: 20 } })) {
  results.push(r);
  console.log(JSON.stringify(r));
}

assert.deepEqual(
  results.map((r) =>
    r.ok ? [r.id, r.current, r.eligible, r.nextRestart?.date, r.nextRestart?.reason] : [r.id, r.error.code],
  ),
  [
    ['LAPTOP-001', true, true, '2026-09-08', 'unknown-release'],
    ['LAPTOP-002', true, true, '2026-09-08', 'off-track-lcu'],
    ['KIOSK-003', false, false, '2026-09-08', 'monthly-lcu'],
    ['BROKEN-004', 'E_BUILD_FORMAT'],
  ],
);

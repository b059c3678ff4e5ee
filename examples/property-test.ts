// Property-test your own reboot scheduler against the library with the fast-check kit.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { restartSummary } from 'hotpatch-calendar';
import { checkRebootCadence, deviceProfileArbitrary, plannedRestartMonths } from 'hotpatch-calendar/testing';

// A scheduler that checks the edition only is caught: it forgets the licence, VBS, the policy, the program's
// start and end, out-of-band installs and unplanned baselines. The message names the device, the year, the
// months missing or extra and why.
function editionOnly(device: { edition: string }, year: number): { year: number; month: number }[] {
  const hotpatchEditions = ['Enterprise', 'Education', 'Datacenter: Azure Edition'];
  return hotpatchEditions.includes(device.edition)
    ? plannedRestartMonths(year)
    : Array.from({ length: 12 }, (_, i) => ({ year, month: i + 1 }));
}
await assert.rejects(checkRebootCadence(editionOnly), /\n {2}missing 2025-02, .*\(LICENSE_NOT_QUALIFYING\)/);

// Random runs only, replayable from the seed the message prints.
await assert.rejects(
  checkRebootCadence(() => [], { exhaustive: false, numRuns: 20, seed: 7 }),
  /Replay: checkRebootCadence\(fn, \{ seed: 7, path: '[\d:]+' \}\)/,
);

// Logic that asks the library passes.
await checkRebootCadence((device, year) => restartSummary(device, year).months, { numRuns: 50, seed: 42 });

// The arbitraries are reusable on their own.
fc.assert(
  fc.property(
    deviceProfileArbitrary({ eligible: true, offTrack: false, products: ['windows-11-26h2'] }),
    fc.integer({ min: 2027, max: 2100 }),
    (device, year) => restartSummary(device, year).total === 4,
  ),
  { numRuns: 50, seed: 1 },
);
console.log('property tests passed');

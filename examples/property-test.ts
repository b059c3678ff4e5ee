// Property-test your own reboot scheduler against the library with the fast-check kit.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { restartSummary } from 'hotpatch-calendar';
import { checkRebootCadence, deviceProfileArbitrary, plannedRestartMonths } from 'hotpatch-calendar/testing';

// A simple scheduler: eligible editions restart in the planned baseline months, everything else monthly.
function myRestartMonths(device: { edition: string }, year: number): { year: number; month: number }[] {
  const hotpatchEditions = ['Enterprise', 'Education', 'Datacenter: Azure Edition'];
  return hotpatchEditions.includes(device.edition)
    ? plannedRestartMonths(year)
    : Array.from({ length: 12 }, (_, i) => ({ year, month: i + 1 }));
}

// It agrees with the library in years without unplanned baselines.
await checkRebootCadence(myRestartMonths, { minYear: 2027, maxYear: 2032, numRuns: 100, seed: 42 });

// A scheduler that forgets quarterly baselines is caught, with a counterexample.
await assert.rejects(
  checkRebootCadence(() => [], { numRuns: 20, seed: 7 }),
  /expected \[.*\], got \[/,
);

// The arbitraries are reusable on their own.
fc.assert(
  fc.property(
    deviceProfileArbitrary({ eligible: true, products: ['windows-11-26h2'] }),
    fc.integer({ min: 2027, max: 2100 }),
    (device, year) => restartSummary(device, year).total === 4,
  ),
  { numRuns: 50, seed: 1 },
);
console.log('property tests passed');

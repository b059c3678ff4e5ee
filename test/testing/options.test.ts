import { describe, expect, it } from 'vitest';
import { restartSummary } from '../../src/index.js';
import { checkRebootCadence } from '../../src/testing/index.js';

// The kit's options are checked before anything runs: a typo or an impossible range is E_OPTION that names the
// option, never a check that silently tests less (or nothing).
const correct = (d: Parameters<typeof restartSummary>[0], year: number) => restartSummary(d, year).months;
const run = (options: unknown) => checkRebootCadence(correct, options as never);
const refused = (options: unknown, message: RegExp) =>
  expect(run(options)).rejects.toThrow(
    expect.objectContaining({ code: 'E_OPTION', message: expect.stringMatching(message) }),
  );

describe('kit options', () => {
  it('years 1..9999, the first not after the last; both ends accepted', async () => {
    await expect(run({ minYear: 1, maxYear: 1, numRuns: 1, exhaustive: false })).resolves.toBeUndefined();
    await expect(run({ minYear: 9999, maxYear: 9999, numRuns: 1, exhaustive: false })).resolves.toBeUndefined();
    await refused({ minYear: 0 }, /minYear 0 is not accepted; expected a year 1\.\.9999/);
    await refused({ maxYear: 10_000 }, /maxYear 10000 is not accepted/);
    await refused({ minYear: 2026.5 }, /minYear 2026\.5 is not accepted/);
    await refused({ minYear: 2027, maxYear: 2026 }, /minYear is after maxYear/);
  });
  it('numRuns at least 1, a 32-bit seed, a replay path in fast-check form', async () => {
    await refused({ numRuns: 0 }, /numRuns 0 is not accepted/);
    await refused({ numRuns: 1.5 }, /numRuns 1\.5 is not accepted/);
    await expect(
      run({ numRuns: 1, seed: 2 ** 31, exhaustive: false, minYear: 2026, maxYear: 2026 }),
    ).resolves.toBeUndefined();
    await refused({ seed: 2 ** 31 + 1 }, /seed 2147483649 is not accepted/);
    await refused({ seed: 0.5 }, /seed 0\.5 is not accepted/);
    for (const path of ['x3:0', '3:0x', '3::0', ':3', '3:'])
      await refused({ path }, /path .* is not accepted; expected fast-check's form/);
  });
  it('products: some of the known ids; unknown options and non-objects refused', async () => {
    await refused({ products: [] }, /products: expected some of/);
    await refused({ products: ['windows-11-24h2', 'windows-12'] }, /products: expected some of/);
    await refused({ minyear: 2026 }, /option 'minyear' is not accepted; expected /);
    await refused(null, /options must be an object/);
    await refused(5, /options must be an object/);
  });
});

import { describe, expect, it } from 'vitest';
import { HotpatchRangeError, restartSummary, type DeviceProfile } from '../../src/index.js';
import { checkRebootCadence } from '../../src/testing/index.js';

const rejection = (p: Promise<void>): Promise<Error> =>
  p.then(
    () => {
      throw new Error('expected checkRebootCadence to fail');
    },
    (e: unknown) => e as Error,
  );

describe('checkRebootCadence', () => {
  it('passes a scheduler that restarts when the library predicts, in calendar order or as sets', async () => {
    const correct = (device: DeviceProfile, year: number) => restartSummary(device, year).months;
    await expect(checkRebootCadence(correct, { numRuns: 50 })).resolves.toBeUndefined();
    await expect(
      checkRebootCadence((d, y) => [...correct(d, y)].reverse(), { numRuns: 20, order: 'any' }),
    ).resolves.toBeUndefined();
  });

  it('the enumeration finds a scheduler that never restarts, and says what was missing and why', async () => {
    const error = await rejection(checkRebootCadence(() => [], { numRuns: 1 }));
    // The first possible question: a Windows 11 24H2 device on its general-availability build 26100.1742 in 2024
    // (never in 2022 or 2023, when neither the product nor the build existed). October 2024 was before the hotpatch
    // preview (November 2024), and the build is below the hotpatch minimum 26100.2033: a monthly update restarts it.
    expect(error.message.split('\n').slice(0, 2)).toEqual([
      'checkRebootCadence: windows-11-24h2 (Enterprise, x64, build 26100.1742, licence microsoft-365-e3, VBS on, policy enabled, intune) in 2024:',
      '  missing 2024-10: monthly cumulative update: not hotpatching (BEFORE_PROGRAM, BUILD_BELOW_MINIMUM)',
    ]);
    expect(error.message).toMatch(/Found by the enumeration of product × year × device class/);
  });

  it('the random part names the seed and path to replay', async () => {
    const error = await rejection(checkRebootCadence(() => [], { numRuns: 50, seed: 42, exhaustive: false }));
    expect(error.message).toMatch(
      /^checkRebootCadence: windows-[\w-]+ \(.+\) in \d{4}:\n {2}missing \d{4}-\d\d(, \d{4}-\d\d)*: /,
    );
    expect(error.message).toMatch(/Replay: checkRebootCadence\(fn, \{ seed: 42, path: '[\d:]+' \}\)/);
  });

  it('a month out of calendar order fails unless order is any', async () => {
    const reversed = (d: DeviceProfile, y: number) => [...restartSummary(d, y).months].reverse();
    const error = await rejection(checkRebootCadence(reversed, { numRuns: 1 }));
    expect(error.message).toMatch(/not in calendar order, or a month repeated/);
  });

  it('refuses options that would test nothing or that it does not know, with E_OPTION', async () => {
    const ok = () => [];
    for (const options of [
      { numRuns: 0 },
      { seed: 'abc' },
      { minYear: 2031, maxYear: 2030 },
      { maxYaer: 2030 },
      { products: ['windows-12'] },
      { order: 'sorted' },
      { path: 'x' },
    ]) {
      const error = await rejection(checkRebootCadence(ok, options as never));
      expect(error, JSON.stringify(options)).toBeInstanceOf(HotpatchRangeError);
      expect((error as HotpatchRangeError).code).toBe('E_OPTION');
      expect(error.message).toMatch(/^checkRebootCadence: .*(expected|after)/);
    }
  });
});

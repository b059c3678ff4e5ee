import { describe, expect, it } from 'vitest';
import {
  HotpatchRangeError,
  getProduct,
  nextRestart,
  restartDeadline,
  restartSummary,
  type DeviceProfile,
} from '../../src/index.js';
import { checkFleetRestartCounts, checkNextRestart, checkRestartDeadline } from '../../src/testing/index.js';

const rejection = (p: Promise<void>): Promise<Error> =>
  p.then(
    () => {
      throw new Error('expected the check to fail');
    },
    (e: unknown) => e as Error,
  );

const countsOf = (
  devices: readonly DeviceProfile[],
  year: number,
  months = (d: DeviceProfile) => restartSummary(d, year).months,
) => {
  const counts: Record<string, number> = {};
  for (const d of devices)
    for (const m of months(d)) {
      const k = `${m.year}-${String(m.month).padStart(2, '0')}`;
      counts[k] = (counts[k] ?? 0) + 1;
    }
  return counts;
};

describe('checkNextRestart', () => {
  it('passes logic that gives the library’s next restart', async () => {
    await expect(
      checkNextRestart((d, asOf) => nextRestart(d, { asOf })?.date ?? null, { numRuns: 200, seed: 1 }),
    ).resolves.toBeUndefined();
  });
  it('fails logic that forgets a build behind the last baseline, naming device, date, expected restart and reason', async () => {
    const high = (d: DeviceProfile) => `${getProduct(d.product).buildMajor}.99000`;
    const error = await rejection(
      checkNextRestart(
        (d, asOf) => nextRestart({ ...d, build: high(d), installedSinceBaseline: [] }, { asOf })?.date ?? null,
        {
          numRuns: 300,
          seed: 3,
        },
      ),
    );
    expect(error.message).toMatch(
      /^checkNextRestart: windows-[\w-]+ \(.+build \d+\.\d+.*\) as of \d{4}-\d\d-\d\d: expected \d{4}-\d\d-\d\d \((catch-up-baseline|off-track-lcu|monthly-lcu|planned-baseline|unplanned-baseline)\b.*\), got \d{4}-\d\d-\d\d/,
    );
    expect(error.message).toMatch(/Replay: checkNextRestart\(fn, \{ seed: 3, path: '[\d:]+' \}\)/);
  });
});

describe('checkRestartDeadline', () => {
  it('passes logic that gives the library’s forced restart, in any offset notation', async () => {
    await expect(
      checkRestartDeadline(
        ({ month, policy, channel, zone, product }) =>
          restartDeadline(month, policy, { channel, zone, product }).forcedRestart?.local ?? null,
        // Every product: the check tells the function which one (26H2's months differ from 24H2's).
        { numRuns: 300, seed: 1796023473 },
      ),
    ).resolves.toBeUndefined();
  });
  it('fails logic that forgets the grace period, with the timeline in the message', async () => {
    const error = await rejection(
      checkRestartDeadline(
        ({ month, policy, channel, zone }) =>
          restartDeadline(month, { ...policy, deadlineGracePeriodInDays: 0 }, { channel, zone }).forcedRestart?.utc ??
          null,
        { numRuns: 200, seed: 5, products: ['windows-11-24h2'] },
      ),
    );
    expect(error.message).toMatch(
      /^checkRestartDeadline: windows-11-24h2 \d{4}-\d\d on the (standard|hotpatch) channel, policy \{.*"deadlineGracePeriodInDays":[1-7]\}.*expected .* \(offer .*, deadline .*, grace ends .*\), got /,
    );
  });
});

describe('checkFleetRestartCounts', () => {
  it('passes counts summed from the library', async () => {
    await expect(
      checkFleetRestartCounts((devices, year) => countsOf(devices, year), { numRuns: 30, seed: 1 }),
    ).resolves.toBeUndefined();
  });
  it('fails counts that treat every device as eligible, naming the months and devices', async () => {
    const error = await rejection(
      checkFleetRestartCounts(
        (devices, year) =>
          countsOf(
            devices,
            year,
            (d) =>
              restartSummary(
                {
                  ...d,
                  edition: 'Enterprise',
                  vbsRunning: true,
                  license: 'microsoft-365-e3',
                  hotpatchPolicy: 'enabled',
                },
                year,
              ).months,
          ),
        { numRuns: 100, seed: 2, minYear: 2027, maxYear: 2027, products: ['windows-11-25h2'] },
      ),
    );
    expect(error.message).toMatch(
      /^checkFleetRestartCounts: a fleet of \d+ devices in 2027:\n {2}2027-\d\d: expected \d+, got \d+ \(restarting: windows-11-25h2/,
    );
  });
});

describe('the checkers refuse options they do not know or that test nothing', () => {
  it.each([
    ['checkNextRestart', checkNextRestart],
    ['checkRestartDeadline', checkRestartDeadline],
    ['checkFleetRestartCounts', checkFleetRestartCounts],
  ] as const)('%s', async (name, check) => {
    for (const options of [{ numRuns: 0 }, { seed: 'x' }, { minYaer: 2027 }, { products: [] }, { minYear: 2031 }]) {
      const error = await rejection(check((() => null) as never, options as never));
      expect(error).toBeInstanceOf(HotpatchRangeError);
      expect(error.message).toMatch(new RegExp(`^${name}: `));
    }
  });
});

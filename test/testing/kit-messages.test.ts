import { describe, expect, it } from 'vitest';
import { createCatalog, restartSummary, type DeviceProfile, type YearMonth } from '../../src/index.js';
import {
  checkFleetRestartCounts,
  checkNextRestart,
  checkRebootCadence,
  checkRestartDeadline,
} from '../../src/testing/index.js';
import {
  _buildMonth,
  _firstAskableMonth,
  _firstYear,
  _historyMonths,
  _productStart,
} from '../../src/testing/lifetime.js';

// The kit's reading of a device's lifetime, and the messages it gives, pinned: a developer acts on these words.
const client: DeviceProfile = {
  product: 'windows-11-24h2',
  edition: 'Enterprise',
  architecture: 'x64',
  build: '26100.7623',
  license: 'microsoft-365-e3',
  vbsRunning: true,
  hotpatchPolicy: 'enabled',
  management: 'intune',
};
const months = (year: number, list: number[]): YearMonth[] => list.map((month) => ({ year, month }));
const fails = async (
  fn: (d: DeviceProfile, y: number) => readonly YearMonth[],
  device: DeviceProfile,
  year: number,
) => {
  const error = await checkRebootCadence(fn, { exhaustive: false, numRuns: 1, examples: [[device, year]] }).then(
    () => null,
    (e: Error) => e,
  );
  expect(error).not.toBeNull();
  return (error as Error).message;
};

describe('the lifetime the kit asks about', () => {
  it('a product starts at the earlier of its published (preview) start and its first release in the data', () => {
    expect(_productStart('windows-11-24h2', undefined)).toEqual({ year: 2024, month: 9 }); // KB5043080, 26100.1742
    expect(_productStart('windows-11-26h2', undefined)).toEqual({ year: 2026, month: 10 }); // its first release
    expect(_productStart('windows-server-2025', undefined)).toEqual({ year: 2024, month: 11 });
    expect(_productStart('windows-server-2022-azure-edition', undefined)).toEqual({ year: 2022, month: 1 });
  });
  it.each([
    ['26100.7623', 2026, { year: 2026, month: 1 }], // the January 2026 baseline
    ['26100.1742', 2024, { year: 2024, month: 9 }],
    ['26100.99000', 2026, null], // above every release: from the data's newest month's year
    ['26100.7700', 2026, null], // between releases: the year of the newest release below it (26100.7623)
    ['26100.1', 2024, null], // below every release: the product's start
  ] as const)('build %s can be asked about from %i; its release month is %j', (build, year, month) => {
    const d = { ...client, build };
    expect(_firstYear(d, undefined)).toBe(year);
    expect(_buildMonth(d, undefined)).toEqual(month);
  });
  it("a build shipped in two months is seen on the newer; a build of another product is not this one's", () => {
    const catalog = createCatalog([
      {
        products: ['windows-11-24h2'],
        kind: 'preview',
        date: '2027-05-25',
        kb: 'KB5999002',
        ubr: 20001,
        sources: ['https://support.microsoft.com/help/5999002'],
      },
      {
        products: ['windows-11-24h2'],
        kind: 'oob-lcu',
        date: '2027-06-20',
        kb: 'KB5999003',
        ubr: 20001,
        sources: ['https://support.microsoft.com/help/5999003'],
      },
    ]);
    const d = { ...client, build: '26100.20001' };
    expect(_buildMonth(d, catalog)).toEqual({ year: 2027, month: 6 });
    expect(_firstYear(d, catalog)).toBe(2027);
    expect(_buildMonth({ ...client, product: 'windows-11-25h2', build: '26200.20001' }, catalog)).toBeNull();
  });
  it("history months: before the product, and up to the build's release month", () => {
    expect([..._historyMonths({ ...client, build: '26100.1742' }, 2024, undefined)]).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9,
    ]);
    expect([
      ..._historyMonths({ ...client, product: 'windows-11-26h2', build: '26300.99000' }, 2026, undefined),
    ]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect([..._historyMonths(client, 2026, undefined)]).toEqual([1]);
    expect([..._historyMonths(client, 2027, undefined)]).toEqual([]);
  });
  it("the first day a next-restart question can be asked: the month after the build's release", () => {
    expect(_firstAskableMonth(client, undefined)).toBe(2026 * 12 + 1); // February 2026
    expect(_firstAskableMonth({ ...client, build: '26100.1' }, undefined)).toBe(2024 * 12 + 8); // September 2024
  });
});

describe('the messages of checkRebootCadence', () => {
  const correct = (d: DeviceProfile, y: number) => restartSummary(d, y).months;
  it('names the device whole: architecture and CHPE, licence, VBS, policy and opt-out, installs', async () => {
    const d: DeviceProfile = {
      ...client,
      architecture: 'arm64',
      chpeDisabled: true,
      vbsRunning: false,
      hotpatchPolicy: 'default',
      tenantOptOut: true,
      installedSinceBaseline: [{ kind: 'preview', month: { year: 2027, month: 2 } }],
    };
    const message = await fails(() => [], d, 2027);
    expect(message.split('\n')[0]).toBe(
      'checkRebootCadence: windows-11-24h2 (Enterprise, arm64 (CHPE off), build 26100.7623, licence microsoft-365-e3, VBS off, policy default (tenant opted out), intune, preview installed 2027-02) in 2027:',
    );
    expect((await fails(() => [], { ...client, architecture: 'arm64' }, 2027)).split('\n')[0]).toContain(
      'arm64 (CHPE on)',
    );
    const { license: _, ...noLicence } = client;
    expect((await fails(() => [], { ...noLicence, vbsRunning: true }, 2027)).split('\n')[0]).not.toContain('licence');
  });
  it.each([
    [
      'a planned baseline',
      client,
      2027,
      'missing 2027-01, 2027-04, 2027-07, 2027-10: planned baseline (January, April, July, October)',
    ],
    [
      'an unplanned baseline',
      client,
      2026,
      'missing 2026-06: unplanned baseline KB5094126: Microsoft shipped a baseline off the quarterly plan',
    ],
    ['a catch-up', { ...client, build: '26100.7700' }, 2027, null],
    [
      'an off-track month',
      {
        ...client,
        build: '26100.99000',
        installedSinceBaseline: [{ kind: 'oob-lcu' as const, month: { year: 2027, month: 2 } }],
      },
      2027,
      'missing 2027-03: off track: a cumulative update that is not a hotpatch',
    ],
    [
      'a monthly update',
      { ...client, product: 'windows-11-25h2' as const, build: '26200.99000', vbsRunning: false },
      2027,
      'missing 2027-01, 2027-02, 2027-03, 2027-04, 2027-05, 2027-06, 2027-07, 2027-08, 2027-09, 2027-10, 2027-11, 2027-12: monthly cumulative update: not hotpatching (VBS_NOT_RUNNING)',
    ],
  ] as const)('why a restart is missing: %s', async (_name, device, year, line) => {
    const message = await fails(() => [], device, year);
    if (line) expect(message).toContain(line);
    expect(message).toMatch(
      /\n {2}expected \[.*\]( \(either answer for [^)]*\))?, got \[\]\nFound by one of your examples\.$/,
    );
  });
  it.each([
    [
      'an eligible device in a hotpatch month',
      client,
      months(2027, [2]),
      'extra 2027-02: hotpatch month: an eligible device installs the hotpatch without restarting',
    ],
    [
      'an install the profile names',
      { ...client, installedSinceBaseline: [{ kind: 'preview' as const, month: { year: 2027, month: 5 } }] },
      months(2027, [5]),
      "extra 2027-05: the device already has this month's update: its profile says preview installed in 2027-05",
    ],
    [
      'after the end of servicing',
      { ...client, edition: 'Pro' },
      months(2027, [11]),
      'extra 2027-11: no release: the servicing of windows-11-24h2 Pro has ended',
    ],
  ] as const)('why an extra month is wrong: %s', async (_name, device, extra, line) => {
    const message = await fails((d, y) => [...correct(d, y), ...extra], device, 2027);
    expect(message).toContain(line);
  });
  it('months the data cannot tell accept either answer, and say so', async () => {
    const message = await fails(() => [], client, 2026);
    expect(message).toMatch(/\(either answer for 2026-01, 2026-09, 2026-11\), got \[\]/);
  });
  it('order: calendar order is required unless order is any', async () => {
    const reversed = (d: DeviceProfile, y: number) => [...correct(d, y)].reverse();
    await expect(
      checkRebootCadence(reversed, { exhaustive: false, numRuns: 1, examples: [[client, 2027]] }),
    ).rejects.toThrow(/not in calendar order, or a month repeated \(pass order: "any" for sets\)/);
    await expect(
      checkRebootCadence(reversed, { exhaustive: false, numRuns: 1, order: 'any', examples: [[client, 2027]] }),
    ).resolves.toBeUndefined();
    await expect(checkRebootCadence(correct, { order: 'random' as never })).rejects.toThrow(
      expect.objectContaining({ code: 'E_OPTION' }),
    );
  });
  it('a function that returns no array, or no function at all', async () => {
    const message = await fails(() => 'x' as never, client, 2027);
    expect(message).toContain('your function returned string, not an array of { year, month }');
    await expect(checkRebootCadence('nope' as never)).rejects.toThrow(
      expect.objectContaining({ code: 'E_OPTION', message: expect.stringMatching(/restart-months function/) }),
    );
  });
});

describe('the messages of the other checkers', () => {
  it('checkNextRestart names the device, the day, what was expected and why, and how to replay', async () => {
    const error = await checkNextRestart(() => '1999-01-01', { numRuns: 5, seed: 1 }).then(
      () => null,
      (e: Error) => e.message,
    );
    expect(error).toMatch(
      /^checkNextRestart: windows-[\w-]+ \(.+, build \d+\.\d+, policy \w+, [\w-]+.*\) as of \d{4}-\d\d-\d\d: expected (\d{4}-\d\d-\d\d \([\w-]+.*\)|null \(no restart within three years: servicing ended\)), got 1999-01-01\n/,
    );
    expect(error).toMatch(
      /\nReplay: checkNextRestart\(fn, \{ seed: 1, path: '[\d:]*' \}\) \(failed after \d+ runs\)\.$/,
    );
  });
  it('checkRestartDeadline names month, channel, policy and zone, and the timeline it expected', async () => {
    const error = await checkRestartDeadline(() => '2000-01-01T00:00:00Z', { numRuns: 5, seed: 1 }).then(
      () => null,
      (e: Error) => e.message,
    );
    expect(error).toMatch(
      /^checkRestartDeadline: windows-[\w-]+ \d{4}-\d\d on the (hotpatch|standard) channel, policy \{.*\}, zone [\w/]+: expected .*, got 2000-01-01T00:00:00Z/,
    );
  });
  it('checkFleetRestartCounts names the year, each month that differs with its expected count, and the devices', async () => {
    const error = await checkFleetRestartCounts(() => ({}), { numRuns: 5, seed: 1 }).then(
      () => null,
      (e: Error) => e.message,
    );
    expect(error).toMatch(
      /^checkFleetRestartCounts: a fleet of \d+ devices? in \d{4}:\n {2}\d{4}-\d\d: expected \d+(\.\.\d+)?, got 0 \(restarting: /,
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatCivilDate,
  patchTuesday,
  plannedMonthKind,
  predictRestarts,
  type DeviceProfile,
} from '../../src/index.js';
import { ELIGIBLE_CLIENT } from '../support/devices.js';

// Rules of Microsoft's hotpatch cadence as the predictor applies them, each stated so that a reader can check it
// against the hotpatch documentation (baselines in January, April, July and October restart; hotpatch months do
// not; a device off the hotpatch track gets cumulative updates until the next baseline).
const device: DeviceProfile = { ...ELIGIBLE_CLIENT, build: '26100.7392' }; // December 2025 hotpatch
const months = (d: DeviceProfile, from: string, to: string): string[] =>
  predictRestarts(d, { from, to }).map((r) => `${formatCivilDate(r.date)}:${r.reason}`);

describe('the window', () => {
  it('a window that starts on Patch Tuesday includes that release; one that starts the day after does not', () => {
    // 2026-04-14 is the April 2026 baseline (KB5083769).
    expect(months(device, '2026-04-14', '2026-04-30')).toEqual(['2026-04-14:planned-baseline']);
    expect(months({ ...device, build: '26100.8246' }, '2026-04-15', '2026-05-31')).toEqual([]);
  });
  it('a window that ends on Patch Tuesday includes that release', () => {
    expect(months(device, '2026-03-20', '2026-04-14')).toEqual(['2026-04-14:planned-baseline']);
  });
  it('only releases inside the window are listed: between two Patch Tuesdays a standard-channel device has none', () => {
    const standard = { ...device, hotpatchPolicy: 'disabled' } as const;
    expect(months(standard, '2026-05-13', '2026-06-08')).toEqual([]);
    expect(months(standard, '2026-05-01', '2026-05-31')).toEqual(['2026-05-12:monthly-lcu']);
  });
  it('property: a one-day window on a future Patch Tuesday holds a restart exactly when the month is a baseline', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2027, max: 2027 }), fc.integer({ min: 1, max: 9 }), (year, month) => {
        const day = formatCivilDate(patchTuesday(year, month));
        const list = predictRestarts(
          { ...device, product: 'windows-11-25h2', build: '26200.99999' },
          { from: day, to: day },
        );
        return list.length === (plannedMonthKind({ year, month }) === 'baseline' ? 1 : 0);
      }),
    );
  });
});

describe('where the device starts', () => {
  it("a device whose build is the newest release before the window does not restart at the window's first release", () => {
    // The February 2026 hotpatch (26100.7781), window from March: March is a hotpatch month, no restart.
    expect(months({ ...device, build: '26100.7781' }, '2026-03-01', '2026-05-31')).toEqual([
      '2026-04-14:planned-baseline',
    ]);
  });
  it('a known build two months old (the January baseline, February skipped) gets no catch-up restart in March', () => {
    // A hotpatch needs only the current baseline: January 2026's baseline 26100.7623 takes March's hotpatch.
    expect(months({ ...device, build: '26100.7623' }, '2026-03-01', '2026-05-31')).toEqual([
      '2026-04-14:planned-baseline',
    ]);
  });
  it('a device below the current baseline catches up at the first release of the window', () => {
    // 26100.7392 is December 2025, below the January 2026 baseline: February's release is a catch-up baseline.
    expect(months(device, '2026-02-01', '2026-03-31')).toEqual(['2026-02-10:catch-up-baseline']);
  });
  it('an off-track install from before the current baseline does not take the device off track', () => {
    // A December 2025 preview, then the January 2026 baseline: the baseline put the device back on track.
    const d = {
      ...device,
      build: '26100.7623',
      installedSinceBaseline: [{ kind: 'preview', month: { year: 2025, month: 12 } }],
    } as const;
    expect(months(d, '2026-02-01', '2026-03-31')).toEqual([]);
    // The same install after the baseline (February) takes it off track until April.
    const after = {
      ...d,
      build: '26100.7840',
      installedSinceBaseline: [{ kind: 'oob-lcu', month: { year: 2026, month: 2 } }],
    } as const;
    expect(months(after, '2026-03-01', '2026-04-30')).toEqual([
      '2026-03-10:off-track-lcu',
      '2026-04-14:planned-baseline',
    ]);
  });
});

describe('eligibility reaches the predictor', () => {
  it('a Windows 11 build below 26100.2033 is not eligible: its next update is a monthly cumulative update', () => {
    // 26100.1742 is below the client minimum: January's update comes as the standard channel's LCU. Installing it
    // brings the device above the minimum, and from then on it follows the hotpatch cadence.
    expect(months({ ...device, build: '26100.1742' }, '2026-01-01', '2026-05-31')).toEqual([
      '2026-01-13:monthly-lcu',
      '2026-04-14:planned-baseline',
    ]);
    // 26100.2033 itself is the minimum: eligible, so January is a (catch-up to the) planned baseline.
    expect(months({ ...device, build: '26100.2033' }, '2026-01-01', '2026-05-31')).toEqual([
      '2026-01-13:planned-baseline',
      '2026-04-14:planned-baseline',
    ]);
  });
  it('a device far ahead of the data in a projected year restarts only at the four baselines', () => {
    expect(
      months({ ...device, product: 'windows-11-25h2', build: '26200.99999' }, '2027-01-01', '2027-12-31').map((m) =>
        m.slice(5, 7),
      ),
    ).toEqual(['01', '04', '07', '10']);
  });
});

describe('off the hotpatch track', () => {
  it('after a monthly cumulative update in a hotpatch month the device stays off track until the next baseline', () => {
    // Below the client minimum in February: February's LCU, then March's (off track), then April's baseline.
    expect(months({ ...device, build: '26100.1742' }, '2026-02-01', '2026-05-31')).toEqual([
      '2026-02-10:monthly-lcu',
      '2026-03-10:off-track-lcu',
      '2026-04-14:planned-baseline',
    ]);
  });
  it('an out-of-band install counts from its month: no off-track restart before it', () => {
    // On the January baseline; a preview installed in March 2026: February has no restart, April is the baseline.
    const d = {
      ...device,
      build: '26100.7623',
      installedSinceBaseline: [{ kind: 'preview', month: { year: 2026, month: 3 } }],
    } as const;
    expect(months(d, '2026-02-01', '2026-04-30')).toEqual(['2026-04-14:planned-baseline']);
  });
  it('a build the data does not know, between releases: below the last baseline it catches up, above it not', () => {
    // 26100.7500 lies between December 2025 (7392) and the January 2026 baseline (7623).
    expect(months({ ...device, build: '26100.7500' }, '2026-02-01', '2026-03-31')).toEqual([
      '2026-02-10:catch-up-baseline',
    ]);
    // 26100.7700 lies between the January baseline (7623) and February's hotpatch (7781): on track.
    expect(months({ ...device, build: '26100.7700' }, '2026-02-01', '2026-03-31')).toEqual([]);
  });
});

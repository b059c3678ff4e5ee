import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AUTOPATCH_RING_PRESETS, restartDeadline } from '../../src/index.js';
import { ianaZoneArbitrary, ringPolicyArbitrary } from '../../src/testing/index.js';

describe('restartDeadline', () => {
  it('July 2026, deferral 1, deadline 2, grace 2 in Europe/Berlin', () => {
    const d = restartDeadline(
      '2026-07',
      { deferralInDays: 1, deadlineForQualityUpdatesInDays: 2, deadlineGracePeriodInDays: 2 },
      { zone: 'Europe/Berlin' },
    );
    expect(d.published.local).toBe('2026-07-14T19:00:00+02:00');
    expect(d.offer.local).toBe('2026-07-15T19:00:00+02:00');
    expect(d.deadline?.local).toBe('2026-07-17T19:00:00+02:00');
    expect(d.graceEnd?.local).toBe('2026-07-17T19:00:00+02:00');
    expect(d.forcedRestart?.utc).toBe('2026-07-17T17:00:00Z');
  });
  it('the grace period wins when the restart became pending late (back from holiday)', () => {
    const pending = Date.UTC(2026, 6, 30, 8);
    const d = restartDeadline('2026-07', 'first', { zone: 'Europe/Berlin', restartPendingAt: pending });
    expect(d.deadline?.local).toBe('2026-07-17T19:00:00+02:00');
    expect(d.forcedRestart?.local).toBe('2026-08-01T10:00:00+02:00');
  });
  it('the deadline counts from when the device found the update', () => {
    const found = Date.UTC(2026, 6, 20, 6);
    expect(restartDeadline('2026-07', 'fast', { foundAt: found }).deadline?.utc).toBe('2026-07-22T06:00:00Z');
  });
  it('both Graph vocabularies give the same answer', () => {
    const a = restartDeadline('2026-10', {
      deferralInDays: 9,
      deadlineForQualityUpdatesInDays: 5,
      deadlineGracePeriodInDays: 2,
    });
    const b = restartDeadline('2026-10', {
      qualityUpdatesDeferralPeriodInDays: 9,
      daysUntilForcedReboot: 5,
      deadlineGracePeriodInDays: 2,
    });
    const c = restartDeadline('2026-10', 'broad');
    expect(a.forcedRestart).toEqual(b.forcedRestart);
    expect(a.forcedRestart).toEqual(c.forcedRestart);
  });
  it('ships the Autopatch ring presets', () => {
    expect(AUTOPATCH_RING_PRESETS).toMatchObject({
      test: { deferralDays: 0 },
      first: { deferralDays: 1, deadlineDays: 2, graceDays: 2 },
      fast: { deferralDays: 6 },
      broad: { deferralDays: 9, deadlineDays: 5 },
    });
  });
  it('a hotpatch month on the hotpatch channel has no forced restart, and says so', () => {
    const d = restartDeadline('2026-08', 'broad', { channel: 'hotpatch' });
    expect(d).toMatchObject({
      restartRequired: false,
      forcedRestart: null,
      noForcedRestartBecause: 'hotpatch-no-restart',
    });
    expect(restartDeadline('2026-06', 'broad', { channel: 'hotpatch' }).restartRequired).toBe(true); // unplanned baseline
  });
  it('DST: days are added on the wall clock (Berlin, October 2026 change on the 25th)', () => {
    const d = restartDeadline(
      '2026-10',
      { deferralInDays: 12, deadlineForQualityUpdatesInDays: 2, deadlineGracePeriodInDays: 0 },
      { zone: 'Europe/Berlin' },
    );
    expect(d.published.local).toBe('2026-10-13T19:00:00+02:00');
    expect(d.deadline?.local).toBe('2026-10-27T19:00:00+01:00');
  });
  it('the forced restart is the later of deadline and grace end, never before the offer', () => {
    fc.assert(
      fc.property(
        ringPolicyArbitrary(),
        ianaZoneArbitrary(),
        fc.integer({ min: 2025, max: 2040 }),
        fc.integer({ min: 1, max: 12 }),
        (policy, zone, year, month) => {
          const d = restartDeadline({ year, month }, policy, { zone });
          if (!d.forcedRestart || !d.deadline || !d.graceEnd) return false;
          return (
            d.forcedRestart.epochMilliseconds ===
              Math.max(d.deadline.epochMilliseconds, d.graceEnd.epochMilliseconds) &&
            d.offer.epochMilliseconds >= d.published.epochMilliseconds &&
            d.forcedRestart.epochMilliseconds >= d.offer.epochMilliseconds
          );
        },
      ),
    );
  });
  it.each([
    [{ deadlineForQualityUpdatesInDays: 31 }],
    [{ deadlineGracePeriodInDays: 8 }],
    [{ deferralInDays: -1 }],
    [{ deferralInDays: 1.5 }],
    [{ deadlineForQualityUpdatesInDays: '2' }],
    [{ deferralInDays: 1, qualityUpdatesDeferralPeriodInDays: 2 }],
    ['slowest'],
  ])('rejects policy %j with E_POLICY', (policy) => {
    expect(() => restartDeadline('2026-07', policy as never)).toThrow(expect.objectContaining({ code: 'E_POLICY' }));
  });
});

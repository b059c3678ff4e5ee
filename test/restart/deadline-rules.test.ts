import { describe, expect, it } from 'vitest';
import { DEFAULT_GRACE_DAYS, restartDeadline } from '../../src/index.js';

// The Windows Update for Business deadline rules (Update/ConfigureDeadlineForQualityUpdates, …GracePeriod) as
// restartDeadline applies them.
describe('restartDeadline rules', () => {
  it('without a deadline nothing is forced, and the result says why', () => {
    const d = restartDeadline('2026-07', { deferralInDays: 3 }, { zone: 'Europe/Berlin' });
    expect(d.offer.local).toBe('2026-07-17T19:00:00+02:00');
    expect(d).toMatchObject({
      restartRequired: true,
      deadline: null,
      graceEnd: null,
      forcedRestart: null,
      noForcedRestartBecause: 'no-deadline-configured',
    });
    expect(d.policy).toEqual({ deferralDays: 3, deadlineDays: null, graceDays: DEFAULT_GRACE_DAYS });
  });

  it('a deadline without a grace period gets the policy default of 2 days; an explicit 0 stays 0', () => {
    expect(DEFAULT_GRACE_DAYS).toBe(2);
    const pending = Date.UTC(2026, 6, 25, 8); // the restart became pending late, on the 25th
    const dflt = restartDeadline('2026-07', { deadlineForQualityUpdatesInDays: 3 }, { restartPendingAt: pending });
    expect(dflt.policy.graceDays).toBe(2);
    expect(dflt.graceEnd?.utc).toBe('2026-07-27T08:00:00Z');
    const zero = restartDeadline(
      '2026-07',
      { deadlineForQualityUpdatesInDays: 3, deadlineGracePeriodInDays: 0 },
      { restartPendingAt: pending },
    );
    expect(zero.policy.graceDays).toBe(0);
    expect(zero.graceEnd?.utc).toBe('2026-07-25T08:00:00Z');
    expect(zero.forcedRestart?.utc).toBe('2026-07-25T08:00:00Z');
  });

  it('null fields, as Graph returns unset settings, mean "not set"', () => {
    const d = restartDeadline('2026-07', {
      deferralInDays: null,
      deadlineForQualityUpdatesInDays: 4,
      deadlineGracePeriodInDays: null,
    } as never);
    expect(d.policy).toEqual({ deferralDays: 0, deadlineDays: 4, graceDays: 2 });
    expect(d.forcedRestart?.utc).toBe('2026-07-18T17:00:00Z');
  });

  it('the expedited preset: no deferral, deadline 1 day, grace 1 day', () => {
    const d = restartDeadline('2026-08', 'expedited', { zone: 'Europe/Berlin' });
    expect(d.policy).toEqual({ deferralDays: 0, deadlineDays: 1, graceDays: 1 });
    expect([d.offer.local, d.deadline?.local, d.forcedRestart?.local]).toEqual([
      '2026-08-11T19:00:00+02:00',
      '2026-08-12T19:00:00+02:00',
      '2026-08-12T19:00:00+02:00',
    ]);
  });

  it("the product option selects the product's releases: August 2024 was an unplanned baseline only for Server 2022", () => {
    const server2022 = restartDeadline('2024-08', 'broad', {
      channel: 'hotpatch',
      product: 'windows-server-2022-azure-edition',
    });
    const server2025 = restartDeadline('2024-08', 'broad', { channel: 'hotpatch', product: 'windows-server-2025' });
    expect(server2022.restartRequired).toBe(true);
    expect(server2022.forcedRestart).not.toBeNull();
    expect(server2025.restartRequired).toBe(false);
    expect(server2025.noForcedRestartBecause).toBe('hotpatch-no-restart');
    expect(() => restartDeadline('2024-08', 'broad', { product: 'windows-12' as never })).toThrow(
      expect.objectContaining({ code: 'E_UNKNOWN_PRODUCT' }),
    );
  });
});

describe('restartDeadline input', () => {
  it('a policy is a preset name or a record; both vocabularies at once must agree', () => {
    for (const bad of [null, [], 5, 'weekly'])
      expect(() => restartDeadline('2026-07', bad as never)).toThrow(expect.objectContaining({ code: 'E_POLICY' }));
    expect(
      restartDeadline('2026-07', { deferralInDays: 3, qualityUpdatesDeferralPeriodInDays: 3 }).policy.deferralDays,
    ).toBe(3);
    expect(() => restartDeadline('2026-07', { deferralInDays: 3, qualityUpdatesDeferralPeriodInDays: 4 })).toThrow(
      expect.objectContaining({ code: 'E_POLICY' }),
    );
  });
  it('cites where the rules come from', () => {
    expect(restartDeadline('2026-07', 'first').urls).toEqual([
      expect.stringMatching(/^https:\/\/learn\.microsoft\.com\/.*autopatch/i),
      'https://learn.microsoft.com/en-us/windows/client-management/mdm/policy-csp-update',
    ]);
  });
});

// When will this laptop restart in 2026, and why?
import assert from 'node:assert/strict';
import { checkEligibility, nextRestart, restartSummary, type DeviceProfile } from 'hotpatch-calendar';

const laptop: DeviceProfile = {
  product: 'windows-11-25h2',
  edition: 'Enterprise',
  architecture: 'arm64',
  build: '26200.7392',
  license: 'microsoft-365-e5',
  vbsRunning: true,
  chpeDisabled: true, // HotPatchRestrictions=1
  hotpatchPolicy: 'enabled',
  management: 'autopatch',
};

const eligibility = checkEligibility(laptop, { asOf: { year: 2026, month: 1, day: 5 } });
const summary = restartSummary(laptop, 2026);
for (const r of summary.restarts) console.log(r.instant.utc, r.reason, r.release.kb ?? '(not published yet)');

assert.equal(eligibility.eligible, true);
// September and November 2026 are past, but their hotpatch channel is not in the built-in data: possible restarts
// (reason 'unknown-release') until a refreshed catalog says whether they were hotpatches or unplanned baselines.
assert.deepEqual(
  summary.restarts.map((r) => [r.month.month, r.reason]),
  [
    [1, 'planned-baseline'],
    [4, 'planned-baseline'],
    [6, 'unplanned-baseline'],
    [7, 'planned-baseline'],
    [9, 'unknown-release'],
    [10, 'planned-baseline'],
    [11, 'unknown-release'],
  ],
);
assert.deepEqual([summary.planned, summary.unplanned], [4, 3]);
// The build is read as the device's state on the day asked about: on the April baseline, the next restart is
// June's unplanned baseline; still on December's hotpatch in late April, it missed two baselines and catches up in May.
assert.deepEqual(nextRestart({ ...laptop, build: '26200.8246' }, { year: 2026, month: 4, day: 20 })?.date, {
  year: 2026,
  month: 6,
  day: 9,
});
assert.equal(nextRestart(laptop, { year: 2026, month: 4, day: 20 })?.reason, 'catch-up-baseline');

// The same laptop with CHPE left on gets the monthly cumulative update: 12 restarts.
assert.equal(restartSummary({ ...laptop, chpeDisabled: false }, 2026).total, 12);

import { describe, expect, it } from 'vitest';
import { getProduct, restartSummary, type DeviceProfile, type YearMonth } from '../../src/index.js';
import { checkRebootCadence, plannedRestartMonths } from '../../src/testing/index.js';

// Schedulers with one realistic bug each, as people write them from Microsoft's rules. Each is the correct
// answer (this library's) with one rule forgotten or misread, so a pass would mean the kit cannot see that rule.
type Scheduler = (d: DeviceProfile, year: number) => readonly YearMonth[];
const correct: Scheduler = (d, y) => restartSummary(d, y).months;
const monthly = (year: number): YearMonth[] => Array.from({ length: 12 }, (_, i) => ({ year, month: i + 1 }));
const client = (d: DeviceProfile) => getProduct(d.product).family === 'client';
const high = (d: DeviceProfile) => `${getProduct(d.product).buildMajor}.99000`;

// Two bugs of earlier corpora are left out because no question that can happen tells them from the correct answer:
// - "never catches up a device behind the last baseline": a year's first release is January's baseline, which
//   restarts the device anyway; catching up shows only in a window that starts in a hotpatch month (nextRestart).
// - "hotpatches before the program started": Windows 11 versions entered the program as they were released (24H2's
//   only month before it, October 2024, is a baseline), and the kit no longer asks about years before a product.
// The old kit caught both only by asking about devices before their product or build existed.
const BUGS: Record<string, Scheduler> = {
  'checks the edition only (the old README scheduler)': (d, y) =>
    ['Enterprise', 'Education', 'Datacenter: Azure Edition'].includes(d.edition) ? plannedRestartMonths(y) : monthly(y),
  'ignores VBS': (d, y) => correct({ ...d, vbsRunning: true }, y),
  'ignores the licence': (d, y) => correct(client(d) ? { ...d, license: 'microsoft-365-e3' } : d, y),
  'ignores the Arm64 CHPE rule': (d, y) => correct({ ...d, chpeDisabled: true }, y),
  'never restarts after an out-of-band update': (d, y) =>
    correct({ ...d, installedSinceBaseline: (d.installedSinceBaseline ?? []).filter((i) => i.kind !== 'oob-lcu') }, y),
  'never restarts after a preview': (d, y) =>
    correct({ ...d, installedSinceBaseline: (d.installedSinceBaseline ?? []).filter((i) => i.kind !== 'preview') }, y),
  'treats policy default as always on': (d, y) =>
    correct(d.hotpatchPolicy === 'default' ? { ...d, hotpatchPolicy: 'enabled', tenantOptOut: false } : d, y),
  'treats policy default as off': (d, y) =>
    correct(d.hotpatchPolicy === 'default' ? { ...d, hotpatchPolicy: 'disabled' } : d, y),
  'ignores the tenant opt-out': (d, y) => correct({ ...d, tenantOptOut: false }, y),
  'ignores policy disabled': (d, y) =>
    correct(d.hotpatchPolicy === 'disabled' ? { ...d, hotpatchPolicy: 'enabled' } : d, y),
  'treats Server 2025 through Azure Arc as ineligible': (d, y) =>
    d.management === 'azure-arc' ? monthly(y) : correct(d, y),
  'treats Azure Local as ineligible': (d, y) => (d.management === 'azure-local' ? monthly(y) : correct(d, y)),
  'ignores how a client is managed': (d, y) => correct(client(d) ? { ...d, management: 'intune' } : d, y),
  'ignores the build minimum': (d, y) => correct({ ...d, build: high(d) }, y),
  'accepts Arm64 servers': (d, y) => correct(client(d) ? d : { ...d, architecture: 'x64' }, y),
  'treats Education as ineligible': (d, y) => correct(d.edition === 'Education' ? { ...d, edition: 'Pro' } : d, y),
  'knows no unplanned baselines': (d, y) => {
    const planned = new Set(plannedRestartMonths(y).map((m) => m.month));
    const r = restartSummary(d, y);
    return r.unplanned > 0 && r.months.length < 12 ? r.months.filter((m) => planned.has(m.month)) : r.months;
  },
  'keeps the quarterly cadence after the end of servicing': (d, y) => {
    const months = correct(d, y);
    return months.length === 0 ? plannedRestartMonths(y) : months;
  },
  'shifts the baselines a month late (February, May, August, November)': (d, y) =>
    correct(d, y).map((m) => ([1, 4, 7, 10].includes(m.month) ? { ...m, month: m.month + 1 } : m)),
  'treats Server 2025 Azure Edition on Azure as needing Arc': (d, y) =>
    d.product === 'windows-server-2025' && d.management === 'azure' ? monthly(y) : correct(d, y),
};

// BUG_CORPUS_SEEDS=1,2 runs fewer seeds (the mutation suite runs one: every mutant of the kit reruns this file).
const SEEDS = process.env['BUG_CORPUS_SEEDS']?.split(',').map(Number) ?? [1, 2, 3, 4, 5, 42, 1234, 99_999];

describe('the kit catches one-bug schedulers with its default options', () => {
  it('passes the correct scheduler on every seed', async () => {
    for (const seed of SEEDS) await expect(checkRebootCadence(correct, { seed })).resolves.toBeUndefined();
  });

  it(`fails each of the ${Object.keys(BUGS).length} one-bug schedulers on every seed`, async () => {
    const survived: string[] = [];
    let killed = 0;
    for (const [bug, scheduler] of Object.entries(BUGS)) {
      for (const seed of SEEDS) {
        const caught = await checkRebootCadence(scheduler, { seed }).then(
          () => false,
          (e: unknown) => e instanceof Error && /\n {2}(missing|extra) \d{4}-\d\d(, \d{4}-\d\d)*: /.test(e.message),
        );
        if (caught) killed++;
        else survived.push(`${bug} (seed ${seed})`);
      }
    }
    const total = Object.keys(BUGS).length * SEEDS.length;
    console.log(`bug corpus: ${killed} of ${total} (scheduler, seed) pairs caught`);
    expect(survived).toEqual([]);
  });

  it('the random part alone (exhaustive: false, 100 runs) still catches most of them on every seed', async () => {
    let killed = 0;
    for (const scheduler of Object.values(BUGS)) {
      for (const seed of SEEDS) {
        killed += await checkRebootCadence(scheduler, { seed, numRuns: 100, exhaustive: false }).then(
          () => 0,
          () => 1,
        );
      }
    }
    const total = Object.keys(BUGS).length * SEEDS.length;
    console.log(`bug corpus, random runs only: ${killed} of ${total} (scheduler, seed) pairs caught`);
    // The generator weights single unmet prerequisites and off-track installs so that random runs find most
    // one-rule bugs; the enumeration is what makes it every one.
    expect(killed / total).toBeGreaterThanOrEqual(0.8);
  });
});

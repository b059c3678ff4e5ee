import { describe, expect, it } from 'vitest';
import {
  builtInCatalog,
  getProduct,
  identifyBuild,
  releaseFor,
  servicingEnd,
  type DeviceProfile,
  type YearMonth,
} from '../../src/index.js';
import { checkFleetRestartCounts, checkRebootCadence } from '../../src/testing/index.js';

// A scheduler written from Microsoft's rules as an admin reads them (Autopatch "Hotpatch updates", "Hotpatch for
// Windows Server", the lifecycle pages), not from this library's code: it takes only data from the library (which
// month was a baseline, which build is which release, the lifecycle dates). The kit must pass it with its default
// options: a kit that flags a correct scheduler on questions that cannot happen teaches people to ignore it.
const AUTOPATCH_DEFAULT_ON = 2026 * 12 + 4; // May 2026 security update (month index, January = 0)
const idx = (m: YearMonth): number => m.year * 12 + m.month - 1;
const ymOf = (i: number): YearMonth => ({ year: Math.floor(i / 12), month: (i % 12) + 1 });
const ubrOf = (build: string): number => Number(build.split('.').at(-1));
const isBaseline = (kind: string): boolean => kind === 'baseline' || kind === 'unplanned-baseline';

/** The Microsoft prerequisites in a month, or null when all are met. */
function prerequisiteMissed(d: DeviceProfile, mi: number, updated: boolean): string | null {
  const p = getProduct(d.product);
  // Windows 11 26H2 joined the program with its release; Microsoft has not published a separate start for it.
  const start = p.hotpatchPreviewStart?.value ?? p.hotpatchStart?.value ?? { year: 2026, month: 10 };
  if (mi < idx(start)) return 'no hotpatch program yet';
  if (p.endOfServicing && mi > idx(p.endOfServicing.value.lastMonth)) return 'hotpatch program ended';
  if (p.family === 'client') {
    if (!/^(enterprise|education)( multi-session)?$/i.test(d.edition.trim())) return 'edition';
    if (d.product === 'windows-11-24h2' && !updated && ubrOf(d.build) < 2033) return 'below 26100.2033';
    if (d.license === undefined || d.license === 'other') return 'licence';
    if (d.vbsRunning !== true) return 'VBS';
    const managed = d.management === 'intune' || d.management === 'autopatch';
    if (!managed) return 'management';
    if (d.architecture === 'arm64' && d.chpeDisabled !== true) return 'CHPE';
    if (d.hotpatchPolicy === 'disabled') return 'policy disabled';
    if (d.hotpatchPolicy === 'default' && (mi < AUTOPATCH_DEFAULT_ON || d.tenantOptOut === true))
      return 'policy default';
    return null;
  }
  const edition = d.edition.trim().toLowerCase();
  const azureEdition = edition.includes('azure edition');
  const onAzure = d.management === 'azure' || d.management === 'azure-local';
  if (d.architecture !== 'x64') return 'x64 only';
  if (d.product === 'windows-server-2025') {
    const arc = edition === 'standard' || edition === 'datacenter';
    if (!(azureEdition && onAzure) && !(arc && d.management === 'azure-arc')) return 'edition or management';
    if (d.management === 'azure-arc' && !updated && ubrOf(d.build) < 1742) return 'below 26100.1742 for Arc';
  } else if (!(azureEdition && onAzure)) return 'Azure Edition on Azure';
  return d.hotpatchPolicy === 'enabled' ? null : 'hotpatch not turned on';
}

/** Where the device's build stands at the start: its release month and whether it is on the hotpatch track. */
function startOf(d: DeviceProfile, firstMonth: number): { start: number; state: 'on' | 'off' | 'behind' } {
  const releases = identifyBuild(d.build, { product: d.product }).matches;
  const hot = (mi: number) => releaseFor(d.product, ymOf(mi), 'hotpatch');
  if (releases.length > 0) {
    const month = Math.max(...releases.map((r) => idx(r.month)));
    const onTrack = releases.some((r) => r.channel === 'hotpatch' || isBaseline(r.kind));
    if (month + 1 >= firstMonth) return { start: month + 1, state: onTrack ? 'on' : 'off' };
    let baselineSince = firstMonth - month > 3;
    for (let mi = month + 1; mi < firstMonth && !baselineSince; mi++) baselineSince = isBaseline(hot(mi).kind);
    return { start: firstMonth, state: baselineSince ? 'behind' : onTrack ? 'on' : 'off' };
  }
  // A build not in the data: below every release is behind; above every one is current; else compare it with the
  // last baseline before the first month.
  // Placed among the Patch Tuesday releases (out-of-band updates and previews are not where a device is expected).
  const ubrs = builtInCatalog()
    .entries.filter(
      (r) =>
        r.product === d.product &&
        r.build !== null &&
        ['baseline', 'unplanned-baseline', 'hotpatch', 'lcu'].includes(r.kind),
    )
    .map((r) => ubrOf(r.build as string));
  const ubr = ubrOf(d.build);
  if (ubrs.length > 0 && ubr < Math.min(...ubrs)) return { start: firstMonth, state: 'behind' };
  if (ubrs.length > 0 && ubr > Math.max(...ubrs)) return { start: firstMonth, state: 'on' };
  for (let mi = firstMonth - 1; mi >= firstMonth - 3; mi--) {
    const r = hot(mi);
    if (isBaseline(r.kind)) return { start: firstMonth, state: r.build && ubr < ubrOf(r.build) ? 'behind' : 'on' };
  }
  return { start: firstMonth, state: 'on' };
}

/** The restart months of a device in a year, from the rules. */
function rulesScheduler(d: DeviceProfile, year: number): YearMonth[] {
  // January's Patch Tuesday is after 1 January; nothing happens before the product exists (its first release).
  const product = getProduct(d.product);
  const program = product.hotpatchPreviewStart?.value ?? product.hotpatchStart?.value;
  const firstRelease = Math.min(
    ...builtInCatalog()
      .entries.filter((r) => r.product === d.product)
      .map((r) => idx(r.month)),
  );
  const birth = program ? Math.min(idx(program), firstRelease) : firstRelease;
  const first = year * 12;
  let { start, state } = startOf(d, Math.max(first, birth));
  // An out-of-band update or preview installed since the last quarterly baseline takes it off the hotpatch track.
  const installs = (d.installedSinceBaseline ?? []).map((i) => idx(i.month));
  if (installs.length > 0 && state === 'on') {
    const latest = Math.max(...installs);
    const lastPlannedBaseline = start - 1 - ((start - 1) % 3);
    if (latest >= lastPlannedBaseline) {
      state = 'off';
      start = Math.max(start, latest + 1);
    }
  }
  // The end of servicing of its version and edition (Home/Pro a year before Enterprise): no update after it.
  const end = servicingEnd(d.build, d.edition, d.esu ? { esu: true } : {});
  const lastMonth = end
    ? idx(end.date)
    : product.endOfServicing
      ? idx(product.endOfServicing.value.lastMonth)
      : Infinity;
  const out: YearMonth[] = [];
  let updated = false;
  for (let mi = start; mi <= Math.min(first + 11, lastMonth); mi++) {
    const hot = releaseFor(d.product, ymOf(mi), 'hotpatch');
    const missed = prerequisiteMissed(d, mi, updated);
    updated = true;
    let restart: boolean | null;
    if (missed !== null) {
      restart = true; // the monthly cumulative update
      state = isBaseline(hot.kind) || isBaseline(releaseFor(d.product, ymOf(mi), 'standard').kind) ? 'on' : 'off';
    } else if (isBaseline(hot.kind)) {
      restart = true;
      state = 'on';
    } else if (state === 'behind') {
      restart = true; // catches up to the baseline first
      state = 'on';
    } else if (state === 'off') restart = true;
    else restart = hot.restartRequired; // null: a past month the data lacks: either answer
    if (restart === true && mi >= first) out.push(ymOf(mi));
  }
  return out;
}

describe("a scheduler written from Microsoft's rules passes the kit", () => {
  it('with the default options, on 50 seeds', async () => {
    for (let seed = 1; seed <= 50; seed++) await checkRebootCadence(rulesScheduler, { seed });
  });
  it('the fleet counts from it pass too (10 seeds)', async () => {
    const counts = (devices: readonly DeviceProfile[], year: number) => {
      const out: Record<string, number> = {};
      for (const d of devices)
        for (const m of rulesScheduler(d, year)) {
          const k = `${m.year}-${String(m.month).padStart(2, '0')}`;
          out[k] = (out[k] ?? 0) + 1;
        }
      return out;
    };
    for (let seed = 1; seed <= 10; seed++) await checkFleetRestartCounts(counts, { seed, numRuns: 30 });
  });
  it('the kit never asks about a device before its product or its build existed', async () => {
    const asked: string[] = [];
    const spy = (d: DeviceProfile, year: number): YearMonth[] => {
      const p = getProduct(d.product);
      const start = p.hotpatchPreviewStart?.value.year ?? p.hotpatchStart?.value.year ?? 2026;
      const released = identifyBuild(d.build, { product: d.product }).matches.map((r) => r.month.year);
      if (year < start || (released.length > 0 && year < Math.min(...released)))
        asked.push(`${d.product} ${d.build} in ${year}`);
      return rulesScheduler(d, year);
    };
    for (const seed of [1, 2, 3]) await checkRebootCadence(spy, { seed });
    expect(asked).toEqual([]);
  });
});

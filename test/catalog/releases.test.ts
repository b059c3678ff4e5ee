import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  builtInCatalog,
  currentRelease,
  releaseFor,
  releasesOf,
  type Channel,
  type ProductId,
  type ReleaseKind,
} from '../../src/index.js';

// Each row was read from Microsoft's release-information calendars, update-history pages or hotpatch release
// notes (see docs/data.md); the test pins the library to them.
const PINNED: [ProductId, string, Channel, ReleaseKind, string, string, string][] = [
  ['windows-11-24h2', '2024-11', 'hotpatch', 'hotpatch', 'KB5046696', '26100.2240', '2024-11-19'], // public preview
  ['windows-11-24h2', '2024-11', 'standard', 'lcu', 'KB5046617', '26100.2314', '2024-11-12'],
  ['windows-11-24h2', '2024-12', 'hotpatch', 'hotpatch', 'KB5048794', '26100.2528', '2024-12-10'],
  ['windows-11-24h2', '2025-01', 'hotpatch', 'baseline', 'KB5050009', '26100.2894', '2025-01-14'],
  ['windows-11-24h2', '2025-01', 'standard', 'baseline', 'KB5050009', '26100.2894', '2025-01-14'],
  ['windows-11-24h2', '2025-04', 'hotpatch', 'baseline', 'KB5055523', '26100.3775', '2025-04-08'],
  ['windows-11-24h2', '2025-05', 'hotpatch', 'hotpatch', 'KB5058497', '26100.3981', '2025-05-13'],
  ['windows-11-24h2', '2025-05', 'standard', 'lcu', 'KB5058411', '26100.4061', '2025-05-13'],
  ['windows-11-24h2', '2025-08', 'hotpatch', 'hotpatch', 'KB5064010', '26100.4851', '2025-08-12'],
  ['windows-11-24h2', '2025-09', 'hotpatch', 'hotpatch', 'KB5065474', '26100.6508', '2025-09-09'],
  ['windows-11-24h2', '2025-10', 'hotpatch', 'baseline', 'KB5066835', '26100.6899', '2025-10-14'],
  ['windows-11-25h2', '2025-11', 'hotpatch', 'hotpatch', 'KB5068966', '26200.7092', '2025-11-11'],
  ['windows-11-25h2', '2026-02', 'hotpatch', 'hotpatch', 'KB5077212', '26200.7781', '2026-02-10'],
  ['windows-11-25h2', '2026-02', 'standard', 'lcu', 'KB5077181', '26200.7840', '2026-02-10'],
  ['windows-11-24h2', '2026-03', 'hotpatch', 'hotpatch', 'KB5079420', '26100.7979', '2026-03-10'],
  ['windows-11-24h2', '2026-03', 'standard', 'lcu', 'KB5079473', '26100.8037', '2026-03-10'],
  ['windows-11-24h2', '2026-04', 'standard', 'baseline', 'KB5083769', '26100.8246', '2026-04-14'],
  ['windows-11-25h2', '2026-05', 'hotpatch', 'hotpatch', 'KB5089466', '26200.8390', '2026-05-12'],
  ['windows-11-24h2', '2026-06', 'hotpatch', 'unplanned-baseline', 'KB5094126', '26100.8655', '2026-06-09'],
  ['windows-11-25h2', '2026-06', 'standard', 'unplanned-baseline', 'KB5094126', '26200.8655', '2026-06-09'],
  ['windows-11-24h2', '2026-07', 'hotpatch', 'baseline', 'KB5101650', '26100.8875', '2026-07-14'],
  ['windows-11-25h2', '2026-08', 'hotpatch', 'hotpatch', 'KB5120994', '26200.9106', '2026-08-11'],
  ['windows-11-25h2', '2026-08', 'standard', 'lcu', 'KB5121003', '26200.9168', '2026-08-11'],
  ['windows-server-2025', '2025-05', 'standard', 'lcu', 'KB5058411', '26100.4061', '2025-05-13'],
  ['windows-server-2025', '2025-12', 'hotpatch', 'hotpatch', 'KB5072014', '26100.7392', '2025-12-09'],
  ['windows-server-2025', '2026-01', 'hotpatch', 'baseline', 'KB5073379', '26100.32230', '2026-01-13'], // the split
  ['windows-server-2025', '2026-02', 'hotpatch', 'hotpatch', 'KB5075942', '26100.32313', '2026-02-10'],
  ['windows-server-2025', '2026-02', 'standard', 'lcu', 'KB5075899', '26100.32370', '2026-02-10'],
  ['windows-server-2025', '2026-05', 'hotpatch', 'hotpatch', 'KB5087423', '26100.32772', '2026-05-12'],
  ['windows-server-2025', '2026-07', 'standard', 'baseline', 'KB5099536', '26100.33158', '2026-07-14'],
  [
    'windows-server-2022-azure-edition',
    '2024-08',
    'hotpatch',
    'unplanned-baseline',
    'KB5041160',
    '20348.2655',
    '2024-08-13',
  ],
  ['windows-server-2022-azure-edition', '2024-09', 'hotpatch', 'hotpatch', 'KB5042880', '20348.2695', '2024-09-10'],
  ['windows-server-2022-azure-edition', '2025-02', 'hotpatch', 'hotpatch', 'KB5052106', '20348.3148', '2025-02-11'],
  ['windows-server-2022-azure-edition', '2025-02', 'standard', 'lcu', 'KB5051979', '20348.3207', '2025-02-11'],
  ['windows-server-2022-azure-edition', '2026-05', 'hotpatch', 'hotpatch', 'KB5087424', '20348.5074', '2026-05-12'],
  ['windows-server-2022-azure-edition', '2026-08', 'standard', 'lcu', 'KB5120242', '20348.5499', '2026-08-11'],
  ['windows-11-24h2', '2026-09', 'standard', 'lcu', 'KB5124008', '26100.9445', '2026-09-08'],
  ['windows-11-25h2', '2026-09', 'standard', 'lcu', 'KB5124008', '26200.9445', '2026-09-08'],
];

describe('releaseFor: published releases', () => {
  it.each(PINNED)('releaseFor(%s, %s, %s) → %s %s %s', (product, month, channel, kind, kb, build, date) => {
    const r = releaseFor(product, month, channel);
    expect({ kind: r.kind, kb: r.kb, build: r.build, source: r.source }).toEqual({
      kind,
      kb,
      build,
      source: 'published',
    });
    const [y, m, d] = date.split('-').map(Number);
    expect(r.date).toEqual({ year: y, month: m, day: d });
    expect(r.restartRequired).toBe(kind !== 'hotpatch');
  });
});

describe('releaseFor: projections', () => {
  it('months after the newest published month are projected with no KB or build', () => {
    expect(releaseFor('windows-11-24h2', '2027-02', 'hotpatch')).toMatchObject({
      kind: 'hotpatch',
      kb: null,
      build: null,
      source: 'projected',
      restartRequired: false,
    });
    expect(releaseFor('windows-11-24h2', '2027-04', 'hotpatch')).toMatchObject({
      kind: 'baseline',
      source: 'projected',
      restartRequired: true,
    });
    expect(releaseFor('windows-11-24h2', '2027-02', 'standard')).toMatchObject({
      kind: 'lcu',
      source: 'projected',
      restartRequired: true,
    });
  });
  it('projections never carry a KB or build', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...(['windows-11-24h2', 'windows-11-26h2', 'windows-server-2025'] as const)),
        fc.integer({ min: 2027, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom('hotpatch', 'standard' as const),
        (p, year, month, ch) => {
          const r = releaseFor(p, { year, month }, ch);
          return r.source === 'projected' && r.kb === null && r.build === null;
        },
      ),
    );
  });
  it('Windows 11 26H2 shares the October 2026 baseline build x.9711 (CVE records); and from its first release in the data its past hotpatch months are unknown as 24H2 months are (one rule for every product)', () => {
    expect(releaseFor('windows-11-26h2', '2026-10', 'standard')).toMatchObject({
      build: '26300.9711',
      kb: null,
      source: 'published',
    });
    expect(releaseFor('windows-11-26h2', '2026-11', 'hotpatch')).toMatchObject({
      source: 'unknown',
      restartRequired: null,
    });
  });
});

describe('releasesOf', () => {
  it('July 2026 for Windows 11 24H2: baseline on both channels, then the OOB hotpatch, the OOB LCU and the preview', () => {
    const list = releasesOf('windows-11-24h2', '2026-07');
    expect(list.map((r) => [r.channel, r.kind, r.kb])).toEqual([
      ['hotpatch', 'baseline', 'KB5101650'],
      ['standard', 'baseline', 'KB5101650'],
      ['hotpatch', 'oob-hotpatch', 'KB5121768'],
      ['standard', 'oob-lcu', 'KB5121767'],
      ['standard', 'preview', 'KB5101684'],
    ]);
  });
  it('March 2026 lists the three OOB hotpatches', () => {
    const oob = releasesOf('windows-11-25h2', '2026-03').filter((r) => r.kind === 'oob-hotpatch');
    expect(oob.map((r) => [r.kb, r.build])).toEqual([
      ['KB5084597', '26200.7982'],
      ['KB5084897', '26200.7984'],
      ['KB5085518', '26200.7985'],
    ]);
  });
  it('OOB hotpatches also happen in baseline months (January 2026)', () => {
    expect(
      releasesOf('windows-11-24h2', '2026-01').some((r) => r.kind === 'oob-hotpatch' && r.kb === 'KB5078167'),
    ).toBe(true);
    expect(
      releasesOf('windows-server-2022-azure-edition', '2026-01').some(
        (r) => r.kind === 'oob-hotpatch' && r.kb === 'KB5078238',
      ),
    ).toBe(true);
  });
  it('a past channel without published data appears as unknown: kind from the plan, restart unknown, never "hotpatch, no restart"', () => {
    const june = releasesOf('windows-server-2025', '2026-06');
    expect(june.find((r) => r.channel === 'hotpatch')).toMatchObject({
      source: 'unknown',
      kind: 'hotpatch',
      kb: null,
      build: null,
      restartRequired: null,
    });
    expect(june.find((r) => r.channel === 'standard')).toMatchObject({ kb: 'KB5094125' });
  });
});

describe('currentRelease', () => {
  it('what a hotpatch device should run on 20 March 2026: the second March OOB hotpatch', () => {
    expect(currentRelease('windows-11-24h2', 'hotpatch', { year: 2026, month: 3, day: 20 })?.kb).toBe('KB5084897');
  });
  it('what a standard device should run on 20 May 2026', () => {
    expect(currentRelease('windows-11-24h2', 'standard', { year: 2026, month: 5, day: 20 })?.build).toBe('26100.8457');
  });
  it('before 10:00 Pacific on Patch Tuesday the previous release is current', () => {
    const beforeRelease = Date.UTC(2026, 1, 10, 16, 59);
    const after = Date.UTC(2026, 1, 10, 18, 0);
    expect(currentRelease('windows-11-24h2', 'hotpatch', beforeRelease)?.kb).toBe('KB5078167');
    expect(currentRelease('windows-11-24h2', 'hotpatch', after)?.kb).toBe('KB5077212');
  });
  it('a civil date is read in the given zone: Tokyo sees Patch Tuesday on Wednesday', () => {
    const tue = { year: 2026, month: 2, day: 10 };
    expect(currentRelease('windows-11-24h2', 'hotpatch', tue, { zone: 'Asia/Tokyo' })?.kb).toBe('KB5078167');
    expect(currentRelease('windows-11-24h2', 'hotpatch', tue, { zone: 'America/Los_Angeles' })?.kb).toBe('KB5077212');
  });
  it('past the newest published month it gives the latest Patch Tuesday: unknown up to the data date, projected after it', () => {
    expect(currentRelease('windows-11-24h2', 'hotpatch', { year: 2026, month: 11, day: 28 })).toMatchObject({
      month: { year: 2026, month: 11 },
      source: 'unknown',
      restartRequired: null,
      kb: null,
    });
    expect(currentRelease('windows-11-24h2', 'hotpatch', { asOf: '2027-02-20' })).toMatchObject({
      month: { year: 2027, month: 2 },
      source: 'projected',
      restartRequired: false,
    });
  });
  it('before the first release it is null', () => {
    expect(currentRelease('windows-11-25h2', 'hotpatch', { year: 2024, month: 1, day: 1 })).toBeNull();
  });
  it('never returns a release published after the instant', () => {
    const all = builtInCatalog().entries.filter((r) => r.product === 'windows-11-24h2' && r.channel === 'hotpatch');
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2024, 10, 1), max: Date.UTC(2026, 7, 31) }), (at) => {
        const r = currentRelease('windows-11-24h2', 'hotpatch', at);
        if (!r?.date) return r === null;
        return all.includes(r) && Date.UTC(r.date.year, r.date.month - 1, r.date.day, 0) <= at;
      }),
    );
  });
  it('rejects bad input', () => {
    expect(() => currentRelease('windows-11-24h2', 'beta' as Channel, 0)).toThrow(
      expect.objectContaining({ code: 'E_OPTION' }),
    );
    expect(() => currentRelease('windows-11-24h2', 'hotpatch', Number.NaN)).toThrow(
      expect.objectContaining({ code: 'E_DATE_RANGE' }),
    );
    expect(() => currentRelease('windows-11-24h2', 'hotpatch', { year: 2026, month: 2, day: 30 })).toThrow(
      expect.objectContaining({ code: 'E_DATE_RANGE' }),
    );
  });
});

describe('honest unknowns', () => {
  it('property: no past month of an active program is "hotpatch, no restart" without a published release', async () => {
    const { PRODUCT_IDS, describeMonth } = await import('../../src/index.js');
    const fc = (await import('fast-check')).default;
    fc.assert(
      fc.property(
        fc.constantFrom(...PRODUCT_IDS),
        fc.integer({ min: 2022 * 12, max: 2026 * 12 + 10 }),
        (product, index) => {
          const month = { year: Math.floor(index / 12), month: (index % 12) + 1 };
          const r = releaseFor(product, month, 'hotpatch');
          if (r.source === 'published' || describeMonth(product, month).status !== 'active') return;
          expect(r.source).toBe('unknown');
          if (r.kind === 'hotpatch') expect(r.restartRequired).toBeNull();
        },
      ),
    );
  });
  it('Windows Server 2025, June 2026: no hotpatch in the data, so the month is unknown, not a hotpatch without restart', () => {
    expect(releaseFor('windows-server-2025', '2026-06', 'hotpatch')).toMatchObject({
      source: 'unknown',
      kind: 'hotpatch',
      restartRequired: null,
      kb: null,
    });
  });
});

import { describe, expect, it } from 'vitest';
import { builtInCatalog, getProduct, plannedMonthKind, type Release } from '../../src/index.js';

const entries = builtInCatalog().entries;
const ym = (r: Release): string => `${r.month.year}-${String(r.month.month).padStart(2, '0')}`;
const ubr = (r: Release): number => Number((r.build as string).split('.')[1]);
const isB = (r: Release): boolean => ['baseline', 'unplanned-baseline', 'hotpatch', 'lcu'].includes(r.kind);

describe('built-in release data', () => {
  it('loads and validates (over 300 entries, all published)', () => {
    expect(entries.length).toBeGreaterThan(300);
    expect(entries.every((r) => r.source === 'published')).toBe(true);
  });
  it('every entry carries a Microsoft URL, the first being its KB article', () => {
    for (const r of entries) {
      expect(r.urls.length).toBeGreaterThan(0);
      for (const u of r.urls)
        expect(u).toMatch(
          /^https:\/\/(learn\.microsoft\.com|support\.microsoft\.com|msrc\.microsoft\.com|api\.msrc\.microsoft\.com|aka\.ms)\//,
        );
      if (r.kb) expect(r.urls[0]).toBe(`https://support.microsoft.com/help/${r.kb.slice(2)}`);
    }
  });
  it("every build's major is its product's", () => {
    for (const r of entries) if (r.build) expect(Number(r.build.split('.')[0])).toBe(getProduct(r.product).buildMajor);
  });
  it('within one product and channel, builds strictly increase with the release date', () => {
    const groups = new Map<string, Release[]>();
    for (const r of entries)
      if (r.build) groups.set(`${r.product}|${r.channel}`, [...(groups.get(`${r.product}|${r.channel}`) ?? []), r]);
    for (const [key, list] of groups) {
      const sorted = [...list].sort((a, b) =>
        a.date && b.date ? a.date.year - b.date.year || a.date.month - b.date.month || a.date.day - b.date.day : 0,
      );
      for (let i = 1; i < sorted.length; i++) {
        expect(ubr(sorted[i] as Release), `${key} ${ym(sorted[i] as Release)} ${sorted[i]?.kb}`).toBeGreaterThan(
          ubr(sorted[i - 1] as Release),
        );
      }
    }
  });
  it('in planned baseline months both channels share KB and build', () => {
    const baselines = entries.filter((r) => r.kind === 'baseline');
    expect(baselines.length).toBeGreaterThan(40);
    for (const r of baselines) {
      expect(plannedMonthKind(r.month)).toBe('baseline');
      const other = entries.find(
        (o) => o.product === r.product && o.channel !== r.channel && ym(o) === ym(r) && o.kind === 'baseline',
      );
      expect(other, `${r.product} ${ym(r)}`).toBeDefined();
      expect([other?.kb, other?.build]).toEqual([r.kb, r.build]);
    }
  });
  it('in hotpatch months the channels have different KBs and builds', () => {
    const hotpatches = entries.filter((r) => r.kind === 'hotpatch');
    expect(hotpatches.length).toBeGreaterThan(50);
    for (const r of hotpatches) {
      const lcu = entries.find((o) => o.product === r.product && o.channel === 'standard' && ym(o) === ym(r) && isB(o));
      if (!lcu) continue;
      expect(lcu.kind).toBe('lcu');
      expect(lcu.kb).not.toBe(r.kb);
      if (r.build && lcu.build) expect(lcu.build).not.toBe(r.build);
    }
  });
  it('Windows 11 24H2 and 25H2 agree on KB and UBR wherever both list a KB', () => {
    const c24 = entries.filter((r) => r.product === 'windows-11-24h2');
    const c25 = entries.filter((r) => r.product === 'windows-11-25h2');
    let shared = 0;
    for (const r of c25) {
      const twin = r.kb === null ? undefined : c24.find((o) => o.kb === r.kb && o.channel === r.channel);
      if (!twin) continue;
      shared++;
      expect(ubr(twin)).toBe(ubr(r));
      expect(twin.kind).toBe(r.kind);
    }
    expect(shared).toBeGreaterThan(35);
  });
  it('Server 2025 shares Windows 11 24H2 KBs through December 2025 and has its own from January 2026', () => {
    const server = entries.filter((r) => r.product === 'windows-server-2025' && isB(r));
    for (const r of server) {
      const client = entries.find(
        (o) => o.product === 'windows-11-24h2' && o.channel === r.channel && ym(o) === ym(r) && isB(o),
      );
      if (!client) continue;
      if (r.month.year <= 2025) expect([r.kb, r.build]).toEqual([client.kb, client.build]);
      else expect(r.kb).not.toBe(client.kb);
    }
  });
  it('the hotpatch build is usually, but not always, below the same month’s standard build', () => {
    let below = 0;
    let above = 0;
    for (const r of entries.filter((e) => e.kind === 'hotpatch' && e.build)) {
      const lcu = entries.find(
        (o) => o.product === r.product && o.channel === 'standard' && ym(o) === ym(r) && o.kind === 'lcu',
      );
      if (!lcu?.build) continue;
      if (ubr(r) < ubr(lcu)) below++;
      else above++;
    }
    expect(below).toBeGreaterThan(above);
    expect(above).toBeGreaterThan(0); // e.g. Server 2022 2022-02: hotpatch 20348.525, LCU 20348.524
  });
});

import { describe, expect, it } from 'vitest';
import { createCatalog, describeMonth, yearCalendar } from '../../src/index.js';

// The calendar's extra releases (include: ['oob', 'previews']): the optional non-security preview is planned for
// the fourth Tuesday of each month at 10:00 Pacific (learn.microsoft.com/windows/deployment/update/release-cycle);
// a month whose preview Microsoft published shows that one, a month without shows the plan, and only while the
// product is in the program.
const previews = (year: number, product: 'windows-11-24h2' | 'windows-server-2025') =>
  yearCalendar(year, { products: [product], include: ['previews'] }).extras.map((x) => [
    x.month.month,
    x.date.day,
    x.source,
    x.kb,
  ]);

describe('previews in the calendar', () => {
  it('a future year: every month on its fourth Tuesday, projected, standard channel, a restart', () => {
    const calendar = yearCalendar(2027, { products: ['windows-server-2025'], include: ['previews'] });
    expect(calendar.extras.map((x) => [x.month.month, x.date.day])).toEqual([
      [1, 26],
      [2, 23],
      [3, 23],
      [4, 27],
      [5, 25],
      [6, 22],
      [7, 27],
      [8, 24],
      [9, 28],
      [10, 26],
      [11, 23],
      [12, 28],
    ]);
    for (const x of calendar.extras) {
      expect(x).toMatchObject({ kind: 'preview', channel: 'standard', kb: null, build: null, source: 'projected' });
      expect(x.restartRequired).toBe(true);
      expect(x.urls).toEqual(['https://learn.microsoft.com/en-us/windows/deployment/update/release-cycle']);
      expect(x.release.utc).toMatch(/T1[78]:00:00Z$/);
    }
  });
  it("published previews replace the plan for their month (Windows 11 24H2, 2026: January to August's KBs)", () => {
    expect(previews(2026, 'windows-11-24h2')).toEqual([
      [1, 29, 'published', 'KB5074105'],
      [2, 24, 'published', 'KB5077241'],
      [3, 26, 'published', 'KB5079391'],
      [4, 30, 'published', 'KB5083631'],
      [5, 26, 'published', 'KB5089573'],
      [6, 23, 'published', 'KB5095093'],
      [7, 28, 'published', 'KB5101684'],
      [8, 27, 'published', 'KB5120998'],
      [9, 22, 'projected', null],
      [10, 27, 'projected', null],
      [11, 24, 'projected', null],
      [12, 22, 'projected', null],
    ]);
  });
  it('none before the program starts or after it ends', () => {
    // Server 2025 from November 2024; Windows 11 24H2 serviced through October 2027.
    expect(previews(2024, 'windows-server-2025')).toEqual([
      [11, 26, 'projected', null],
      [12, 24, 'projected', null],
    ]);
    expect(previews(2027, 'windows-11-24h2').map(([month]) => month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
  it('without the option, no extras; with OOBs only, no previews', () => {
    expect(yearCalendar(2026, { products: ['windows-11-24h2'] }).extras).toEqual([]);
    const oob = yearCalendar(2026, { products: ['windows-11-24h2'], include: ['oob'] }).extras;
    expect(oob.length).toBeGreaterThan(0);
    expect(oob.every((x) => x.kind === 'oob-hotpatch' || x.kind === 'oob-lcu')).toBe(true);
    const hotpatchOob = oob.filter((x) => x.kind === 'oob-hotpatch');
    expect(hotpatchOob.every((x) => x.restartRequired === false && x.channel === 'hotpatch')).toBe(true);
  });
  it('extras in time order, then product order, then KB', () => {
    const all = yearCalendar(2026, { include: ['oob', 'previews'] }).extras;
    for (let i = 1; i < all.length; i++) {
      const [a, b] = [all[i - 1], all[i]];
      expect((a?.release.epochMilliseconds ?? 0) <= (b?.release.epochMilliseconds ?? 0), `${i}`).toBe(true);
    }
    // The July 2026 OOBs of one day: Windows 11 24H2's two KBs in KB order, before Server 2025's.
    const july18 = all.filter((x) => x.date.month === 7 && x.date.day === 18).map((x) => [x.product, x.kb]);
    expect(july18.slice(0, 2)).toEqual([
      ['windows-11-24h2', 'KB5121767'],
      ['windows-11-24h2', 'KB5121768'],
    ]);
  });
});

describe('describeMonth', () => {
  const W = 'windows-11-24h2';
  it('takes a month, or any day of it as text or a record', () => {
    for (const input of ['2026-06', { year: 2026, month: 6 }, '2026-06-20', { year: 2026, month: 6, day: 30 }])
      expect(describeMonth(W, input as never).month).toEqual({ year: 2026, month: 6 });
  });
  it('a day that does not exist, or date-like text that is not a date, is refused', () => {
    expect(() => describeMonth(W, '2026-06-31')).toThrow(expect.objectContaining({ code: 'E_DATE_RANGE' }));
    expect(() => describeMonth(W, { year: 2026, month: 2, day: 30 })).toThrow(
      expect.objectContaining({ code: 'E_DATE_RANGE' }),
    );
    for (const text of ['x026-06-20', '2026-06-2x', '2026/06/20'])
      expect(() => describeMonth(W, text as never), text).toThrow(expect.objectContaining({ code: 'E_DATE_FORMAT' }));
  });
  it('the release instant in UTC, or in the zone asked for', () => {
    expect(describeMonth(W, '2026-07').release.local).toBe('2026-07-14T17:00:00Z');
    expect(describeMonth(W, '2026-07', { zone: 'Asia/Tokyo' }).release.local).toBe('2026-07-15T02:00:00+09:00');
  });
  it('reads the catalog option: an unplanned baseline in an overlay makes the month a baseline', () => {
    const catalog = createCatalog([
      {
        products: [W],
        kind: 'unplanned-baseline',
        date: '2027-05-11',
        kb: null,
        ubr: null,
        sources: ['w11-release-info'],
      },
    ]);
    expect(describeMonth(W, '2027-05', { catalog })).toMatchObject({
      plannedKind: 'hotpatch',
      kind: 'baseline',
      unplanned: true,
    });
    expect(describeMonth(W, '2027-05')).toMatchObject({ kind: 'hotpatch', unplanned: false });
  });
});

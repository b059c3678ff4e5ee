import { describe, expect, it } from 'vitest';
import { PRODUCT_IDS, describeMonth, getProduct, listProducts } from '../../src/index.js';

describe('products', () => {
  it('lists the five hotpatch products with their build majors', () => {
    expect(listProducts().map((p) => [p.id, p.buildMajor])).toEqual([
      ['windows-11-24h2', 26100],
      ['windows-11-25h2', 26200],
      ['windows-11-26h2', 26300],
      ['windows-server-2025', 26100],
      ['windows-server-2022-azure-edition', 20348],
    ]);
  });
  it('every fact carries a Microsoft https URL', () => {
    for (const p of listProducts()) {
      const facts = [p.hotpatchPreviewStart, p.hotpatchStart, p.endOfServicing, p.architectures, p.editions].filter(
        (f) => f !== undefined,
      );
      for (const f of facts) expect(f.source).toMatch(/^https:\/\/(learn|support)\.microsoft\.com\//);
    }
  });
  it('rejects an unknown product id with E_UNKNOWN_PRODUCT', () => {
    expect(() => getProduct('windows-xp' as never)).toThrow(expect.objectContaining({ code: 'E_UNKNOWN_PRODUCT' }));
    expect(() => getProduct('windows-xp' as never)).toThrow(/windows-11-24h2/);
  });
  it('PRODUCT_IDS matches the registry', () => expect(listProducts().map((p) => p.id)).toEqual([...PRODUCT_IDS]));
});

describe('describeMonth', () => {
  it('June 2026 is an unplanned baseline for Windows 11', () => {
    const d = describeMonth('windows-11-24h2', '2026-06');
    expect(d).toMatchObject({
      plannedKind: 'hotpatch',
      kind: 'baseline',
      unplanned: true,
      status: 'active',
      source: 'published',
    });
    expect(d.patchTuesday).toEqual({ year: 2026, month: 6, day: 9 });
    expect(d.names).toEqual({ shortName: '2026.06 B', msrcId: '2026-Jun' });
  });
  it('accepts any date in the month', () => {
    expect(describeMonth('windows-11-25h2', { year: 2026, month: 6, day: 28 }).month).toEqual({ year: 2026, month: 6 });
    expect(describeMonth('windows-11-25h2', '2026-06-28').unplanned).toBe(true);
  });
  it('August 2024 is an unplanned baseline for Server 2022 Azure Edition', () => {
    expect(describeMonth('windows-server-2022-azure-edition', '2024-08')).toMatchObject({
      kind: 'baseline',
      unplanned: true,
    });
  });
  it('a month without data follows the plan and says so', () => {
    expect(describeMonth('windows-11-24h2', '2027-02')).toMatchObject({
      kind: 'hotpatch',
      unplanned: false,
      source: 'projected',
    });
  });
  it('program status: before, active, ended, unknown', () => {
    expect(describeMonth('windows-11-24h2', '2024-10').status).toBe('before-program');
    expect(describeMonth('windows-11-24h2', '2024-11').status).toBe('active');
    expect(describeMonth('windows-11-24h2', '2027-11').status).toBe('ended');
    expect(describeMonth('windows-server-2022-azure-edition', '2027-11').status).toBe('ended');
    expect(describeMonth('windows-11-26h2', '2026-11').status).toBe('unknown');
  });
  it('release instant in a zone', () => {
    expect(describeMonth('windows-server-2025', '2026-11', { zone: 'Asia/Tokyo' }).release.local).toBe(
      '2026-11-11T03:00:00+09:00',
    );
  });
  it('bad input gets coded errors', () => {
    expect(() => describeMonth('nope' as never, '2026-01')).toThrow(
      expect.objectContaining({ code: 'E_UNKNOWN_PRODUCT' }),
    );
    expect(() => describeMonth('windows-11-24h2', '2025-02-30')).toThrow(
      expect.objectContaining({ code: 'E_DATE_RANGE' }),
    );
    expect(() => describeMonth('windows-11-24h2', '2026-01', { zone: 'Mars/Base' })).toThrow(
      expect.objectContaining({ code: 'E_ZONE' }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { PRODUCT_IDS, getProduct, listProducts } from '../../src/index.js';

// The product facts as Microsoft published them (release-information pages, the Autopatch hotpatch page, the
// Windows Server hotpatch page, the lifecycle pages); docs/concepts.md gives each source.
const AUTOPATCH =
  'https://learn.microsoft.com/en-us/windows/deployment/windows-autopatch/manage/windows-autopatch-hotpatch-updates';
const SERVER_HOTPATCH = 'https://learn.microsoft.com/en-us/windows-server/get-started/hotpatch';

describe('product facts', () => {
  it('Windows 11 Enterprise 24H2: preview from November 2024 (KB5046696), GA April 2025, serviced to 2027-10-12', () => {
    const p = getProduct('windows-11-24h2');
    expect(p).toMatchObject({
      displayName: 'Windows 11 Enterprise, version 24H2',
      family: 'client',
      versionLabel: '24H2',
      buildMajor: 26100,
      hotpatchPreviewStart: { value: { year: 2024, month: 11 }, source: 'https://support.microsoft.com/help/5046696' },
      hotpatchStart: { value: { year: 2025, month: 4 }, source: AUTOPATCH },
      endOfServicing: { value: { lastMonth: { year: 2027, month: 10 }, date: { year: 2027, month: 10, day: 12 } } },
      architectures: { value: ['x64', 'arm64'], source: AUTOPATCH },
      editions: { value: ['Enterprise', 'Education'], source: AUTOPATCH },
    });
  });
  it('Windows 11 Enterprise 25H2: from October 2025, serviced to 2028-10-10; 26H2: no start or end published', () => {
    expect(getProduct('windows-11-25h2')).toMatchObject({
      buildMajor: 26200,
      hotpatchStart: { value: { year: 2025, month: 10 } },
      endOfServicing: { value: { lastMonth: { year: 2028, month: 10 }, date: { year: 2028, month: 10, day: 10 } } },
    });
    const w26 = getProduct('windows-11-26h2');
    expect(w26.buildMajor).toBe(26300);
    expect([w26.hotpatchStart, w26.endOfServicing, w26.hotpatchPreviewStart]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });
  it('Windows Server 2025: from November 2024, x64 only, Azure Edition and Standard/Datacenter through Arc, to 2034-11-14', () => {
    expect(getProduct('windows-server-2025')).toMatchObject({
      displayName: 'Windows Server 2025',
      family: 'server',
      versionLabel: '2025',
      buildMajor: 26100,
      hotpatchStart: { value: { year: 2024, month: 11 } },
      endOfServicing: { value: { lastMonth: { year: 2034, month: 11 }, date: { year: 2034, month: 11, day: 14 } } },
      architectures: { value: ['x64'], source: SERVER_HOTPATCH },
      editions: {
        value: ['Datacenter: Azure Edition', 'Standard (Azure Arc)', 'Datacenter (Azure Arc)'],
        source: SERVER_HOTPATCH,
      },
    });
  });
  it('Windows Server 2022 Datacenter: Azure Edition: from February 2022, through October 2027 (no day published)', () => {
    const p = getProduct('windows-server-2022-azure-edition');
    expect(p).toMatchObject({
      displayName: 'Windows Server 2022 Datacenter: Azure Edition',
      versionLabel: '2022',
      buildMajor: 20348,
      hotpatchStart: { value: { year: 2022, month: 2 }, source: SERVER_HOTPATCH },
      endOfServicing: { value: { lastMonth: { year: 2027, month: 10 } } },
      architectures: { value: ['x64'] },
      editions: { value: ['Datacenter: Azure Edition'] },
    });
    expect(p.endOfServicing?.value.date).toBeUndefined();
  });
  it('every fact cites a Microsoft page and says what it rests on', () => {
    for (const p of listProducts()) {
      const facts = [p.hotpatchPreviewStart, p.hotpatchStart, p.endOfServicing, p.architectures, p.editions].filter(
        (f) => f !== undefined,
      );
      for (const f of facts) {
        expect(f.source, `${p.id}`).toMatch(/^https:\/\/(learn|support)\.microsoft\.com\/\S+$/);
        if (f !== p.editions && f !== p.architectures)
          expect(typeof f.note === 'string' && f.note.length > 10, p.id).toBe(true);
      }
    }
    expect(listProducts().map((p) => p.id)).toEqual([...PRODUCT_IDS]);
  });
});

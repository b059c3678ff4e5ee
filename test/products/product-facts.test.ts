import { describe, expect, it } from 'vitest';
import { PRODUCT_IDS, getProduct, listProducts } from '../../src/index.js';

// The product facts as Microsoft published them (release-information pages, the Autopatch hotpatch page, the
// Windows Server hotpatch page, the lifecycle pages); docs/concepts.md gives each source.
const AUTOPATCH =
  'https://learn.microsoft.com/en-us/windows/deployment/windows-autopatch/manage/windows-autopatch-hotpatch-updates';
const SERVER_HOTPATCH = 'https://learn.microsoft.com/en-us/windows-server/get-started/hotpatch';

const W11_RELEASE_INFO = 'https://learn.microsoft.com/en-us/windows/release-health/windows11-release-information';
const SERVER_RELEASE_INFO = 'https://learn.microsoft.com/en-us/windows/release-health/windows-server-release-info';
const W11_LIFECYCLE = 'https://learn.microsoft.com/en-us/lifecycle/products/windows-11-enterprise-and-education';
const clientEnd = (year: number, month: number, day: number) => ({
  value: { lastMonth: { year, month }, date: { year, month, day } },
  source: W11_LIFECYCLE,
  note: expect.stringContaining('36 months'),
});
const CLIENT = {
  family: 'client',
  architectures: { value: ['x64', 'arm64'], source: AUTOPATCH, note: expect.stringContaining('CHPE disabled') },
  editions: { value: ['Enterprise', 'Education'], source: AUTOPATCH, note: expect.stringContaining('Windows 365') },
};

// One entry per product, each fact as its source states it.
const PUBLISHED = {
  // Preview from November 2024 (KB5046696), GA with the April 2025 baseline, serviced to 2027-10-12.
  'windows-11-24h2': {
    ...CLIENT,
    displayName: 'Windows 11 Enterprise, version 24H2',
    versionLabel: '24H2',
    buildMajor: 26100,
    hotpatchPreviewStart: {
      value: { year: 2024, month: 11 },
      source: 'https://support.microsoft.com/help/5046696',
      note: expect.stringContaining('KB5046696'),
    },
    hotpatchStart: { value: { year: 2025, month: 4 }, source: AUTOPATCH, note: expect.stringContaining('KB5058497') },
    endOfServicing: clientEnd(2027, 10, 12),
  },
  // From October 2025 (baseline KB5066835), serviced to 2028-10-10.
  'windows-11-25h2': {
    ...CLIENT,
    displayName: 'Windows 11 Enterprise, version 25H2',
    versionLabel: '25H2',
    buildMajor: 26200,
    hotpatchStart: {
      value: { year: 2025, month: 10 },
      source: W11_RELEASE_INFO,
      note: expect.stringContaining('KB5066835'),
    },
    endOfServicing: clientEnd(2028, 10, 10),
  },
  // No hotpatch start or end of servicing published yet.
  'windows-11-26h2': {
    ...CLIENT,
    displayName: 'Windows 11 Enterprise, version 26H2',
    versionLabel: '26H2',
    buildMajor: 26300,
  },
  // From November 2024, x64 only, Azure Edition and Standard/Datacenter through Arc, to 2034-11-14.
  'windows-server-2025': {
    displayName: 'Windows Server 2025',
    family: 'server',
    versionLabel: '2025',
    buildMajor: 26100,
    hotpatchStart: {
      value: { year: 2024, month: 11 },
      source: SERVER_RELEASE_INFO,
      note: expect.stringContaining('Azure Arc'),
    },
    endOfServicing: {
      value: { lastMonth: { year: 2034, month: 11 }, date: { year: 2034, month: 11, day: 14 } },
      source: SERVER_RELEASE_INFO,
      note: expect.stringContaining('2029-11-13'),
    },
    architectures: { value: ['x64'], source: SERVER_HOTPATCH },
    editions: {
      value: ['Datacenter: Azure Edition', 'Standard (Azure Arc)', 'Datacenter (Azure Arc)'],
      source: SERVER_HOTPATCH,
    },
  },
  // From February 2022, through October 2027 (no day published).
  'windows-server-2022-azure-edition': {
    displayName: 'Windows Server 2022 Datacenter: Azure Edition',
    family: 'server',
    versionLabel: '2022',
    buildMajor: 20348,
    hotpatchStart: { value: { year: 2022, month: 2 }, source: SERVER_HOTPATCH, note: expect.stringContaining('2022') },
    endOfServicing: {
      value: { lastMonth: { year: 2027, month: 10 } },
      source: SERVER_RELEASE_INFO,
      note: expect.stringContaining('October 2027'),
    },
    architectures: { value: ['x64'], source: SERVER_HOTPATCH },
    editions: { value: ['Datacenter: Azure Edition'], source: SERVER_HOTPATCH },
  },
} as const;

describe('product facts', () => {
  // One test checks every product: the table is built once per module, on first use, so under mutation testing
  // only the first test that reads it sees a change to it.
  it('every product, with the facts Microsoft published, and nothing it did not publish', () => {
    for (const id of PRODUCT_IDS) {
      const p = getProduct(id);
      expect(p, id).toEqual({ id, ...PUBLISHED[id] });
    }
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

/**
 * The hotpatch-capable products, each fact with the Microsoft page it comes from. Facts Microsoft has not
 * published (or that could not be confirmed) are absent, not guessed.
 * @module
 */
import { _show, _error } from '../errors.js';
import type { CivilDate } from '../time/civil-date.js';
import type { YearMonth } from '../time/year-month.js';

/** Ids of the products this library knows. */
export const PRODUCT_IDS = [
  'windows-11-24h2',
  'windows-11-25h2',
  'windows-11-26h2',
  'windows-server-2025',
  'windows-server-2022-azure-edition',
] as const;
/** A product id; see {@link PRODUCT_IDS}. */
export type ProductId = (typeof PRODUCT_IDS)[number];

/** Client (Windows 11) or server (Windows Server). */
export type ProductFamily = 'client' | 'server';
/** CPU architecture. */
export type Architecture = 'x64' | 'arm64';
/** All architectures, for iteration. */
export const ARCHITECTURES = ['x64', 'arm64'] as const satisfies readonly Architecture[];

/** A published fact and where it was published. */
export interface Fact<T> {
  /** The value. */
  readonly value: T;
  /** Microsoft URL the value comes from. */
  readonly source: string;
  /** Caveat, where the source needs one. */
  readonly note?: string;
}

/** End of hotpatch servicing for a product. */
export interface EndOfServicing {
  /** Last month that gets a release. */
  readonly lastMonth: YearMonth;
  /** Exact end date, where Microsoft published one. */
  readonly date?: CivilDate;
}

/** One hotpatch-capable product. */
export interface Product {
  /** Stable id. */
  readonly id: ProductId;
  /** Name as Microsoft writes it. */
  readonly displayName: string;
  /** Client or server. */
  readonly family: ProductFamily;
  /** Version label, e.g. `'24H2'` or `'2025'`. */
  readonly versionLabel: string;
  /** OS build major (26100, 26200, 26300, 20348). */
  readonly buildMajor: number;
  /** First month of hotpatch releases in public preview, where there was one. */
  readonly hotpatchPreviewStart?: Fact<YearMonth>;
  /** First month of generally available hotpatch servicing. Absent when Microsoft has not published it. */
  readonly hotpatchStart?: Fact<YearMonth>;
  /** End of servicing, where Microsoft published it. */
  readonly endOfServicing?: Fact<EndOfServicing>;
  /** Architectures hotpatch supports on this product. */
  readonly architectures: Fact<readonly Architecture[]>;
  /** Editions that can receive hotpatches. */
  readonly editions: Fact<readonly string[]>;
}

const AUTOPATCH =
  'https://learn.microsoft.com/en-us/windows/deployment/windows-autopatch/manage/windows-autopatch-hotpatch-updates';
const W11_RELEASE_INFO = 'https://learn.microsoft.com/en-us/windows/release-health/windows11-release-information';
const SERVER_RELEASE_INFO = 'https://learn.microsoft.com/en-us/windows/release-health/windows-server-release-info';
const SERVER_HOTPATCH = 'https://learn.microsoft.com/en-us/windows-server/get-started/hotpatch';
const W11_LIFECYCLE = 'https://learn.microsoft.com/en-us/lifecycle/products/windows-11-enterprise-and-education';
const CLIENT_EDITIONS: Fact<readonly string[]> = {
  value: ['Enterprise', 'Education'],
  source: AUTOPATCH,
  note: 'Also Windows 365 Enterprise Cloud PCs and Azure Virtual Desktop with a qualifying license.',
};
const CLIENT_ARCH: Fact<readonly Architecture[]> = {
  value: ['x64', 'arm64'],
  source: AUTOPATCH,
  note: 'Arm64 only with CHPE disabled (registry DWORD HotPatchRestrictions=1 or the DisableCHPE CSP).',
};

/** A Windows 11 Enterprise version: the client facts every version shares, plus its own. */
function windows11(
  version: '24H2' | '25H2' | '26H2',
  buildMajor: number,
  own: Pick<Product, 'hotpatchPreviewStart' | 'hotpatchStart' | 'endOfServicing'>,
): Product {
  return {
    id: `windows-11-${version.toLowerCase()}` as ProductId,
    displayName: `Windows 11 Enterprise, version ${version}`,
    family: 'client',
    versionLabel: version,
    buildMajor,
    ...own,
    architectures: CLIENT_ARCH,
    editions: CLIENT_EDITIONS,
  };
}

/** End of servicing of an Enterprise and Education version (36 months), the day Microsoft published. */
function enterpriseEnd(date: CivilDate): Fact<EndOfServicing> {
  return {
    value: { lastMonth: { year: date.year, month: date.month }, date },
    source: W11_LIFECYCLE,
    note: 'Enterprise and Education editions (36 months).',
  };
}

// Built on first use: a table built by calls at module level would stay in every bundle that imports this module.
let table: readonly Product[] | undefined;
function products(): readonly Product[] {
  table ??= [
    windows11('24H2', 26100, {
      hotpatchPreviewStart: {
        value: { year: 2024, month: 11 },
        source: 'https://support.microsoft.com/help/5046696',
        note: 'Public preview KB5046696, published 19 November 2024.',
      },
      hotpatchStart: {
        value: { year: 2025, month: 4 },
        source: AUTOPATCH,
        note: 'General availability with the April 2025 baseline; first GA hotpatch KB5058497 (May 2025).',
      },
      endOfServicing: enterpriseEnd({ year: 2027, month: 10, day: 12 }),
    }),
    windows11('25H2', 26200, {
      hotpatchStart: {
        value: { year: 2025, month: 10 },
        source: W11_RELEASE_INFO,
        note: 'First baseline KB5066835 (October 2025); first hotpatch KB5068966 (November 2025).',
      },
      endOfServicing: enterpriseEnd({ year: 2028, month: 10, day: 10 }),
    }),
    // Microsoft had not published 26H2's hotpatch start or end of servicing in the sources read; left out.
    windows11('26H2', 26300, {}),
    {
      id: 'windows-server-2025',
      displayName: 'Windows Server 2025',
      family: 'server',
      versionLabel: '2025',
      buildMajor: 26100,
      hotpatchStart: {
        value: { year: 2024, month: 11 },
        source: SERVER_RELEASE_INFO,
        note: 'Datacenter: Azure Edition from general availability (1 November 2024); Standard and Datacenter through Azure Arc (paid from July 2025, free from 19 May 2026).',
      },
      endOfServicing: {
        value: { lastMonth: { year: 2034, month: 11 }, date: { year: 2034, month: 11, day: 14 } },
        source: SERVER_RELEASE_INFO,
        note: 'Extended support end; mainstream support ends 2029-11-13.',
      },
      architectures: { value: ['x64'], source: SERVER_HOTPATCH },
      editions: {
        value: ['Datacenter: Azure Edition', 'Standard (Azure Arc)', 'Datacenter (Azure Arc)'],
        source: SERVER_HOTPATCH,
      },
    },
    {
      id: 'windows-server-2022-azure-edition',
      displayName: 'Windows Server 2022 Datacenter: Azure Edition',
      family: 'server',
      versionLabel: '2022',
      buildMajor: 20348,
      hotpatchStart: {
        value: { year: 2022, month: 2 },
        source: SERVER_HOTPATCH,
        note: 'Server Core general availability February 2022; Desktop Experience July 2023.',
      },
      endOfServicing: {
        value: { lastMonth: { year: 2027, month: 10 } },
        source: SERVER_RELEASE_INFO,
        note: 'Hotpatch support extended through October 2027 (exact day not published in the sources read); mainstream support of Windows Server 2022 ended 2026-10-13.',
      },
      architectures: { value: ['x64'], source: SERVER_HOTPATCH },
      editions: { value: ['Datacenter: Azure Edition'], source: SERVER_HOTPATCH },
    },
  ];
  return table;
}

// Built on first use: a table built at module level would stay in every bundle that imports this module.
let byId: ReadonlyMap<string, Product> | undefined;
function productsById(): ReadonlyMap<string, Product> {
  byId ??= new Map(products().map((p) => [p.id, p]));
  return byId;
}

/**
 * Whether a string is a known product id.
 * @param id - candidate id
 * @returns true for the ids in {@link PRODUCT_IDS}
 * @category Products
 * @example
 * ```ts
 * isProductId('windows-server-2025') //=> true
 * ```
 */
export function isProductId(id: unknown): id is ProductId {
  // Stryker disable next-line ConditionalExpression: equivalent: the map has string keys only
  return typeof id === 'string' && productsById().has(id);
}

/**
 * A product's registry entry.
 * @param id - a product id
 * @returns the product
 * @throws {@link HotpatchTypeError} `E_UNKNOWN_PRODUCT` for an unknown id
 * @category Products
 * @example
 * ```ts
 * getProduct('windows-11-24h2').buildMajor //=> 26100
 * ```
 */
export function getProduct(id: ProductId): Product {
  return _product('getProduct', id);
}

/** @internal */
export function _product(fn: string, id: unknown): Product {
  // Stryker disable next-line ConditionalExpression: equivalent: the map has string keys only
  const product = typeof id === 'string' ? productsById().get(id) : undefined;
  if (!product) {
    throw _error(
      'E_UNKNOWN_PRODUCT',
      `${fn}: product ${_show(id)} is unknown; expected one of ${PRODUCT_IDS.join(', ')}`,
    );
  }
  return product;
}

/**
 * Every product, in registry order (clients, then servers).
 * @returns the products
 * @category Products
 * @example
 * ```ts
 * listProducts().map((p) => p.id).length //=> 5
 * ```
 */
export function listProducts(): readonly Product[] {
  return products();
}

/**
 * End of servicing per Windows version and edition class, each date with its Microsoft lifecycle page and how
 * sure it is: Home and Pro end a year before Enterprise and Education, LTSC and Server run for years after, and
 * Windows 10 22H2 goes on only under Extended Security Updates (ESU), which differ for consumers and businesses.
 * @module
 */
import { _error, _show } from '../errors.js';
import { _options, _own } from '../guards.js';
import { _parseBuild } from './build.js';
import type { CivilDate } from '../time/civil-date.js';

/** Which servicing timeline an edition follows. */
export type EditionClass = 'home-pro' | 'enterprise-education' | 'ltsc' | 'server';
/** Every edition class, for iteration. */
export const EDITION_CLASSES = [
  'home-pro',
  'enterprise-education',
  'ltsc',
  'server',
] as const satisfies readonly EditionClass[];

/** How sure a lifecycle date is: seen on Microsoft's page, or from one scrape or report that needs checking. */
export type Certainty = 'confirmed' | 'uncertain';

/** The last day a Windows version and edition gets security updates. */
export interface ServicingEnd {
  /** The last day of servicing (its Patch Tuesday: the last update ships that day). */
  readonly date: CivilDate;
  /** Windows version and edition class, as a person reads it (`Windows 11 24H2 Home/Pro`). */
  readonly name: string;
  /** The edition class the date is for. */
  readonly editionClass: EditionClass;
  /** Whether the date is the end of Extended Security Updates rather than of regular servicing. */
  readonly esu: boolean;
  /** The Microsoft page the date comes from. */
  readonly source: string;
  /** How sure the date is. */
  readonly certainty: Certainty;
  /** Caveat, where the date needs one. */
  readonly note?: string;
}

type Row = readonly [year: number, month: number, day: number, source: string, certainty: Certainty, note?: string];
interface Version {
  readonly name: string;
  readonly ends: Partial<Record<EditionClass, Row>>;
  /** Windows 10 22H2 only: the ESU end per edition class. */
  readonly esu?: Partial<Record<EditionClass, Row>>;
}

// Sources: Microsoft's lifecycle pages (shared/DOMAIN.md §7 lists each and how sure it is). A date that could not be
// confirmed carries `uncertain` and says why; a date nobody published (26H2's days) is left out.
const SCRAPE_NOTE =
  'Read from a scrape of the lifecycle page (one day later there, as its other dates are); check the page.';
// Built on first use: a table built at module level would stay in every bundle that imports this module.
let table: Readonly<Record<number, Version>> | undefined;
function versions(): Readonly<Record<number, Version>> {
  if (table) return table;
  const LC = 'https://learn.microsoft.com/en-us/lifecycle/products/';
  const W11_HOME_PRO = `${LC}windows-11-home-and-pro`;
  const W11_ENT_EDU = `${LC}windows-11-enterprise-and-education`;
  const W10_HOME_PRO = `${LC}windows-10-home-and-pro`;
  const W10_ENT_EDU = `${LC}windows-10-enterprise-and-education`;
  const ESU = 'https://learn.microsoft.com/en-us/windows/whats-new/extended-security-updates';
  table ??= {
    26100: {
      name: 'Windows 11 24H2',
      ends: {
        'home-pro': [2026, 10, 13, W11_HOME_PRO, 'confirmed'],
        'enterprise-education': [2027, 10, 12, W11_ENT_EDU, 'uncertain', SCRAPE_NOTE],
        ltsc: [
          2034,
          10,
          10,
          `${LC}windows-11-enterprise-ltsc-2024`,
          'confirmed',
          'Extended support end; mainstream ends 2029-10-09.',
        ],
        server: [
          2034,
          11,
          14,
          `${LC}windows-server-2025`,
          'confirmed',
          'Windows Server 2025 extended support end; mainstream ends 2029-11-13.',
        ],
      },
    },
    26200: {
      name: 'Windows 11 25H2',
      ends: {
        'home-pro': [2027, 10, 12, W11_HOME_PRO, 'confirmed'],
        'enterprise-education': [2028, 10, 10, W11_ENT_EDU, 'uncertain', SCRAPE_NOTE],
      },
    },
    22631: {
      name: 'Windows 11 23H2',
      ends: {
        'home-pro': [2025, 11, 11, W11_HOME_PRO, 'uncertain', 'Not re-read on the lifecycle page this round.'],
        'enterprise-education': [
          2026,
          11,
          10,
          W11_ENT_EDU,
          'uncertain',
          'Not re-read on the lifecycle page this round.',
        ],
      },
    },
    28000: {
      name: 'Windows 11 26H1',
      ends: { 'enterprise-education': [2029, 3, 13, W11_ENT_EDU, 'uncertain', SCRAPE_NOTE] },
    },
    19045: {
      name: 'Windows 10 22H2',
      ends: {
        'home-pro': [2025, 10, 14, W10_HOME_PRO, 'confirmed'],
        'enterprise-education': [2025, 10, 14, W10_ENT_EDU, 'confirmed'],
      },
      esu: {
        'home-pro': [
          2026,
          10,
          13,
          ESU,
          'confirmed',
          'Consumer ESU, one year. A reported extension to 2027-10-12 (June 2026) is not confirmed on a Microsoft page.',
        ],
        'enterprise-education': [
          2028,
          10,
          10,
          ESU,
          'uncertain',
          'Commercial ESU, bought a year at a time for up to three years; the third year ends 2028-10-10.',
        ],
      },
    },
    20348: {
      name: 'Windows Server 2022',
      ends: {
        server: [
          2031,
          10,
          14,
          `${LC}windows-server-2022`,
          'confirmed',
          'Extended support end; mainstream ended 2026-10-13.',
        ],
      },
    },
  };
  return table;
}

/**
 * The edition class of an edition name as Windows or Intune writes it (`Professional`, `Enterprise LTSC`,
 * `Datacenter: Azure Edition`, …).
 * @param edition - the edition name
 * @returns the class
 * @throws {@link HotpatchTypeError} `E_TYPE` when `edition` is not a non-empty string
 * @category Products
 * @example
 * ```ts
 * editionClass('Pro') //=> 'home-pro'
 * editionClass('Enterprise LTSC') //=> 'ltsc'
 * editionClass('Datacenter: Azure Edition') //=> 'server'
 * ```
 */
export function editionClass(edition: string): EditionClass {
  if (typeof edition !== 'string' || edition.trim() === '')
    throw _error('E_TYPE', `editionClass: edition ${_show(edition)} is not accepted; expected an edition name`);
  return _editionClass(edition);
}

/** Whether an edition name is a Windows Server edition: the one test every module uses. @internal */
export function _isServerEdition(edition: string): boolean {
  return /server|datacenter|standard|azure edition/i.test(edition);
}

/** @internal */
export function _editionClass(edition: string): EditionClass {
  if (_isServerEdition(edition)) return 'server';
  if (/ltsc|ltsb/i.test(edition)) return 'ltsc';
  if (/enterprise|education|multi-?session/i.test(edition)) return 'enterprise-education';
  return 'home-pro';
}

/** Options of {@link servicingEnd}. */
export interface ServicingEndOptions {
  /**
   * Whether the device is enrolled in Windows 10 Extended Security Updates (consumer for Home/Pro, commercial for
   * Enterprise/Education); ignored for other versions.
   * @defaultValue `false`
   */
  readonly esu?: boolean;
}

/** The end, unchecked: null when Microsoft has published none for the version and edition class. @internal */
export function _servicingEnd(osBuild: number, edition: string, esu: boolean): ServicingEnd | null {
  const version = versions()[osBuild];
  if (!version) return null;
  const cls = _editionClass(edition);
  const esuRow = esu ? version.esu?.[cls] : undefined;
  const row = esuRow ?? version.ends[cls];
  if (!row) return null;
  const [year, month, day, source, certainty, note] = row;
  const label =
    cls === 'home-pro'
      ? 'Home/Pro'
      : cls === 'enterprise-education'
        ? 'Enterprise/Education'
        : cls === 'ltsc'
          ? 'LTSC'
          : '';
  const name =
    cls === 'server' && osBuild === 26100 ? 'Windows Server 2025' : label ? `${version.name} ${label}` : version.name;
  return {
    date: { year, month, day },
    name: esuRow ? `${name} (ESU)` : name,
    editionClass: cls,
    esu: esuRow !== undefined,
    source,
    certainty,
    ...(note === undefined ? {} : { note }),
  };
}

/**
 * The last day a Windows version and edition gets security updates, from Microsoft's lifecycle pages: Home and Pro
 * end a year before Enterprise and Education; Windows 10 22H2 ended on 2025-10-14 unless the device has ESU.
 * @param build - the OS build (`26100.4061`, `10.0.19045.6456`): its major names the version
 * @param edition - the edition as Windows reports it
 * @param options - see {@link ServicingEndOptions}
 * @returns the end, or null where Microsoft has published none (Windows 11 26H2 so far)
 * @throws {@link HotpatchSyntaxError} `E_BUILD_FORMAT`; {@link HotpatchTypeError} `E_TYPE` for an empty edition;
 *   `E_OPTION` for bad options
 * @category Products
 * @example
 * ```ts
 * servicingEnd('26100.7623', 'Pro')?.date //=> { year: 2026, month: 10, day: 13 }
 * servicingEnd('19045.6456', 'Enterprise')?.date //=> { year: 2025, month: 10, day: 14 }
 * servicingEnd('19045.6456', 'Enterprise', { esu: true })?.date //=> { year: 2028, month: 10, day: 10 }
 * ```
 */
export function servicingEnd(build: string, edition: string, options?: ServicingEndOptions): ServicingEnd | null {
  const fn = 'servicingEnd';
  const b = _parseBuild(fn, 'build', build);
  editionClass(edition);
  const esu = _own(_options(fn, options), 'esu');
  if (esu !== undefined && typeof esu !== 'boolean')
    throw _error('E_OPTION', `${fn}: options.esu ${_show(esu)} is not accepted; expected true or false`);
  return _servicingEnd(b.build, edition, esu === true);
}

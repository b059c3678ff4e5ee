/**
 * The words of the human-readable outputs (terminal, Markdown, HTML, iCalendar text), one plain object per
 * language. CSV headers and JSON keys stay English: machines read them. Adding a language is one file like
 * `de.ts` and one line in `locales.ts`.
 * @module
 */

import type { ReleaseSecurity, ReleaseSource } from 'hotpatch-calendar';

/** Every phrase a renderer writes for people. */
export interface Messages {
  /** BCP 47 tag, used for `<html lang>`. */
  readonly tag: string;
  /** Short month names, January first (as `Intl` gives them for the tag; a test holds them equal). */
  readonly monthsShort: readonly string[];
  /** Short weekday names, Sunday first (as `Intl` gives them for the tag). */
  readonly weekdaysShort: readonly string[];
  /** Page and document title. */
  readonly title: (year: string) => string;
  /** How releases land. */
  readonly releaseRule: string;
  /** Sentence naming the zone of local times. */
  readonly localTimesIn: (zone: string) => string;
  /** Sentence naming when the data was collected: one date, or the oldest and newest of layered data. */
  readonly dataCollected: (date: string, from?: string) => string;
  /** What a month's updates fix: "63 CVEs, 5 critical, 1 exploited". */
  readonly security: (s: ReleaseSecurity) => string;
  /** Kinds of month. */
  readonly kind: {
    readonly baseline: string;
    readonly unplanned: string;
    readonly hotpatch: string;
    readonly hotpatchMissing: string;
  };
  /** Short kind words for calendar cells. */
  readonly short: {
    readonly baseline: string;
    readonly unplanned: string;
    readonly hotpatch: string;
    readonly hotpatchMissing: string;
    readonly ended: string;
    readonly notYet: string;
  };
  /** Restart words. */
  readonly restart: { readonly required: string; readonly none: string; readonly unknown: string };
  /** KB and build states. */
  readonly kb: {
    readonly notPublishedYet: string;
    readonly notInData: (newest: string) => string;
    readonly notPublished: string;
    readonly unknown: string;
    readonly tba: string;
    readonly notInDataShort: string;
  };
  /** Column headings. */
  readonly column: {
    readonly release: string;
    readonly patchTuesday: string;
    readonly time: (zone: string) => string;
    readonly product: string;
    readonly type: string;
    readonly hotpatch: string;
    readonly standard: string;
    readonly date: string;
    readonly kbBuild: string;
    readonly restart: string;
    readonly month: string;
    readonly security: string;
  };
  /** Out-of-band and preview releases. */
  readonly extra: { readonly preview: string; readonly oobHotpatch: string; readonly oobLcu: string };
  /** Legend entries. */
  readonly legend: {
    readonly title: string;
    readonly projected: string;
    readonly unknown: string;
    readonly inactive: string;
  };
  /** Footnote for projected months. */
  readonly projectedNote: string;
  /** Explains release names such as `2026.01 B`. */
  readonly releaseNames: string;
  /** Words in iCalendar descriptions. */
  readonly ics: {
    readonly forProduct: (release: string, msrc: string, product: string) => string;
    readonly hotpatchChannel: string;
    readonly standardChannel: string;
    readonly released: (utc: string, planned: boolean) => string;
    readonly source: (source: ReleaseSource) => string;
  };
  /** The terminal's year view. */
  readonly terminal: {
    readonly heading: (year: string, zone: string) => string;
    readonly columns: readonly [string, string, string, string, string, string];
    readonly same: string;
    /** "Unplanned baseline" where a narrow terminal needs one short word. */
    readonly unplannedShort: string;
    readonly noData: string;
    readonly tba: string;
    readonly legend: readonly string[];
  };
  /** Yes and no. */
  readonly yes: string;
  /** No. */
  readonly no: string;
}

/**
 * The words of the reports the CLI writes (the compliance report, remedies): apart from {@link Messages} so that
 * the `./render` subpath does not carry them. A report uses both.
 */
export interface ReportMessages {
  /** The compliance report (text, Markdown, HTML). */
  readonly compliance: {
    readonly title: (asOf: string) => string;
    readonly devices: (n: number, family?: 'client' | 'server') => string;
    readonly current: (current: number, devices: number, percent: string) => string;
    readonly notTold: (n: number) => string;
    readonly notDevices: (n: number) => string;
    readonly restartsDue: (week: number, month: number) => string;
    readonly byProduct: string;
    readonly columns: {
      readonly product: string;
      readonly channel: string;
      readonly devices: string;
      readonly current: string;
      readonly share: string;
    };
    readonly channel: Readonly<Record<'all' | 'hotpatch' | 'standard' | 'baseline' | 'unknown', string>>;
    readonly otherWindows: string;
    readonly releasesBehind: string;
    readonly behindLabels: readonly [string, string, string, string, string];
    readonly todo: string;
    readonly nothingToDo: string;
    readonly docs: string;
    readonly behindTitle: (listed: number, total: number) => string;
    readonly behindColumns: readonly [string, string, string, string, string, string, string];
    readonly unknownValue: string;
    readonly installNewest: string;
  };
  /** Remedies in this language by `client|CODE` / `server|CODE`; a missing key falls back to the library's English. */
  readonly remedies: Readonly<Record<string, string>>;
  /** The terminal tables of `month`, `build`, `data`, `deadline` and `schedule` (codes and ids stay as they are). */
  readonly tables: {
    readonly heads: Readonly<
      Record<
        | 'product'
        | 'kind'
        | 'status'
        | 'channel'
        | 'release'
        | 'kb'
        | 'build'
        | 'date'
        | 'restart'
        | 'source'
        | 'month'
        | 'newest'
        | 'read'
        | 'age'
        | 'behind'
        | 'security'
        | 'patchTuesday'
        | 'windowStart'
        | 'windowEnd'
        | 'startUtc',
        string
      >
    >;
    readonly restart: { readonly required: string; readonly none: string; readonly unknown: string };
    readonly monthsBehind: (n: number) => string;
    readonly stale: string;
    readonly deadline: Readonly<
      Record<'published' | 'offered' | 'graceEnds' | 'deadline' | 'forced' | 'noneHotpatch' | 'noneNoDeadline', string>
    >;
    readonly kbNotInData: (kb: string) => string;
    readonly monthHead: (name: string, msrc: string, patchTuesday: string, utc: string, local: string) => string;
    readonly deadlineHead: (head: string, deferral: number, deadline: string, grace: number) => string;
    readonly deadlineHow: (deadlineDays: string, graceDays: number, forced: string) => string;
    readonly dataHead: (asOf: string, retrieved: string) => string;
    readonly overlay: (path: string, origin: string, retrieved: string) => string;
    readonly noOverlay: (builtinOnly: boolean) => string;
  };
}

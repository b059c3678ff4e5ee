/**
 * Renderers accept only calendars shaped as yearCalendar makes them: every field a renderer writes is checked
 * for its type and form (product ids, KB and build numbers, dates, instants, enums), so a hand-made or tampered
 * calendar is a coded `E_TYPE`, never a crash deep inside or a file with injected content. Free text (product
 * names, the zone, URLs) is escaped by each renderer instead.
 * @internal
 * @module
 */
import { HotpatchTypeError, RELEASE_KINDS, isProductId, isSealedCalendar, type YearCalendar } from 'hotpatch-calendar';

const KINDS = new Set(['baseline', 'hotpatch']);
const KINDS_OF_RELEASE = new Set<string>(RELEASE_KINDS);
const SOURCES = new Set(['published', 'projected', 'unknown', 'override']);
const STATUSES = new Set(['before-program', 'active', 'ended', 'unknown']);
const KB = /^KB\d{6,8}$/;
const BUILD = /^\d{4,5}\.\d{1,6}$/;
const INSTANT = /^-?\d{4,6}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2}(?::\d{2})?)$/;
const MONTH_NAME = /^\d{4}\.\d{2} [A-Z]$/;
const MSRC = /^\d{4}-[A-Z][a-z]{2}$/;
const YM = /^\d{4}-\d{2}$/;

type Check = (value: unknown) => boolean;
const obj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const own = (v: Record<string, unknown>, k: string): unknown => Object.getOwnPropertyDescriptor(v, k)?.value;
const str: Check = (v) => typeof v === 'string' && v.length <= 500;
const int =
  (lo: number, hi: number): Check =>
  (v) =>
    Number.isInteger(v) && (v as number) >= lo && (v as number) <= hi;
const oneOf =
  (set: Set<string>): Check =>
  (v) =>
    typeof v === 'string' && set.has(v);
const match =
  (re: RegExp): Check =>
  (v) =>
    typeof v === 'string' && re.test(v);
const orNull =
  (c: Check): Check =>
  (v) =>
    v === null || c(v);
const bool: Check = (v) => typeof v === 'boolean';
const date: Check = (v) =>
  obj(v) && int(1, 9999)(own(v, 'year')) && int(1, 12)(own(v, 'month')) && int(1, 31)(own(v, 'day'));
const month: Check = (v) => obj(v) && int(1, 9999)(own(v, 'year')) && int(1, 12)(own(v, 'month'));
const url: Check = (v) => typeof v === 'string' && v.length <= 500 && /^https:\/\/[^\s"'<>\\]+$/.test(v);
const urls: Check = (v) => Array.isArray(v) && v.length <= 20 && v.every(url);
const instant: Check = (v) =>
  obj(v) &&
  match(INSTANT)(own(v, 'utc')) &&
  match(INSTANT)(own(v, 'local')) &&
  str(own(v, 'zone')) &&
  Number.isFinite(own(v, 'epochMilliseconds'));
const shape =
  (fields: Record<string, Check>): Check =>
  (v) =>
    obj(v) && Object.entries(fields).every(([k, c]) => c(own(v, k)));

const channel = shape({
  kind: oneOf(KINDS_OF_RELEASE),
  kb: orNull(match(KB)),
  build: orNull(match(BUILD)),
  date: orNull(date),
  restartRequired: orNull(bool),
  source: oneOf(SOURCES),
  urls,
  newestPublished: orNull(match(YM)),
});
const count: Check = int(0, 10_000);
/** Optional in hand-made calendars of earlier versions: undefined reads as "not known". */
const security: Check = (v) =>
  v === undefined ||
  v === null ||
  shape({ cves: count, critical: count, important: count, exploited: count, publiclyDisclosed: count, url })(v);
const row = shape({
  product: (v) => typeof v === 'string' && isProductId(v),
  productName: str,
  month,
  patchTuesday: date,
  release: instant,
  plannedKind: oneOf(KINDS),
  kind: oneOf(KINDS),
  unplanned: bool,
  status: oneOf(STATUSES),
  names: shape({ shortName: match(MONTH_NAME), msrcId: match(MSRC) }),
  hotpatch: channel,
  standard: channel,
  source: oneOf(SOURCES),
  security,
});
const extra = shape({
  product: (v) => typeof v === 'string' && isProductId(v),
  productName: str,
  month,
  channel: oneOf(new Set(['hotpatch', 'standard'])),
  kind: oneOf(KINDS_OF_RELEASE),
  kb: orNull(match(KB)),
  build: orNull(match(BUILD)),
  date,
  release: instant,
  restartRequired: bool,
  source: oneOf(SOURCES),
  urls,
});

/** @internal */
export function _checkCalendar(fn: string, value: unknown): YearCalendar {
  // yearCalendar's own results were well formed when made and are frozen since: checked once, there.
  if (isSealedCalendar(value)) return value;
  const fail = (what: string): never => {
    throw new HotpatchTypeError(
      'E_TYPE',
      `${fn}: calendar ${what} is not what yearCalendar() makes; expected the result of yearCalendar() (rows of product ids, KB numbers such as 'KB5077212', builds such as '26100.7781', ISO dates and instants)`,
    );
  };
  if (!obj(value)) return fail(`(${value === null ? 'null' : typeof value})`);
  if (
    !int(1, 9999)(own(value, 'year')) ||
    !str(own(value, 'zone')) ||
    !match(/^\d{4}-\d{2}-\d{2}$/)(own(value, 'retrieved')) ||
    !(own(value, 'collectedFrom') === undefined || match(/^\d{4}-\d{2}-\d{2}$/)(own(value, 'collectedFrom')))
  )
    return fail('header (year, zone, retrieved, collectedFrom)');
  const rows = own(value, 'rows');
  const extras = own(value, 'extras');
  if (!Array.isArray(rows) || rows.length > 1000) return fail('rows');
  if (!Array.isArray(extras) || extras.length > 1000) return fail('extras');
  const badRow = rows.findIndex((r) => !row(r));
  if (badRow >= 0) fail(`rows[${badRow}]`);
  const badExtra = extras.findIndex((x) => !extra(x));
  if (badExtra >= 0) fail(`extras[${badExtra}]`);
  return value as unknown as YearCalendar;
}

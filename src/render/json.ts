/**
 * JSON rendering of a yearly calendar: a stable, versioned shape with a JSON Schema.
 * @module
 */
import {
  MONTH_STATES,
  formatCivilDate,
  formatYearMonth,
  monthState,
  restartState,
  type CalendarChannel,
  type YearCalendar,
} from 'hotpatch-calendar';
import { _checkCalendar } from './check-calendar.js';

/** Version of the JSON shape; bumped on any incompatible change. */
export const CALENDAR_JSON_VERSION = 4;

/** A JSON Schema object with exactly these properties, all required (`meta` goes first: $schema, $id, title). */
function closedObject<P extends Record<string, unknown>>(properties: P, meta: Record<string, string> = {}) {
  return {
    ...meta,
    type: 'object',
    additionalProperties: false,
    required: Object.keys(properties),
    properties,
  } as const;
}

const text = { type: 'string' } as const;
const source = { enum: ['published', 'override', 'projected', 'unknown'] } as const;

// The calls below are marked pure so that bundles that do not use the schema drop it.

const channel = /* @__PURE__ */ closedObject({
  kind: { enum: ['baseline', 'unplanned-baseline', 'hotpatch', 'oob-hotpatch', 'lcu', 'oob-lcu', 'preview'] },
  kb: { type: ['string', 'null'], pattern: '^KB[1-9][0-9]{5,6}$' },
  build: { type: ['string', 'null'], pattern: '^[1-9][0-9]{3,4}\\.(0|[1-9][0-9]*)$' },
  date: { type: ['string', 'null'], pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' },
  restartRequired: { type: ['boolean', 'null'] },
  restart: { enum: ['required', 'none', 'unknown'] },
  source,
  urls: { type: 'array', items: { type: 'string', pattern: '^https://' }, minItems: 1 },
});
const instant = /* @__PURE__ */ closedObject({
  utc: { type: 'string', pattern: 'Z$' },
  local: { type: 'string' },
  zone: { type: 'string' },
  epochMilliseconds: { type: 'integer' },
});
const isoDate = { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' } as const;
const isoMonth = { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}$' } as const;
const count = { type: 'integer', minimum: 0 } as const;

/** JSON Schema (draft 2020-12) of {@link renderJson}'s output. */
export const CALENDAR_JSON_SCHEMA: Readonly<Record<string, unknown>> = /* @__PURE__ */ closedObject(
  {
    schemaVersion: { const: 4 },
    year: { type: 'integer', minimum: 1, maximum: 9999 },
    zone: { type: 'string' },
    retrieved: isoDate,
    collectedFrom: isoDate,
    rows: {
      type: 'array',
      items: /* @__PURE__ */ closedObject({
        month: isoMonth,
        product: text,
        productName: text,
        patchTuesday: isoDate,
        release: instant,
        plannedKind: { enum: ['baseline', 'hotpatch'] },
        kind: { enum: ['baseline', 'hotpatch'] },
        unplanned: { type: 'boolean' },
        status: { enum: ['before-program', 'active', 'ended', 'unknown'] },
        state: { enum: MONTH_STATES },
        shortName: { type: 'string', pattern: '^[0-9]{4}\\.[0-9]{2} B$' },
        msrcId: { type: 'string', pattern: '^[0-9]{4}-[A-Z][a-z]{2}$' },
        hotpatch: channel,
        standard: channel,
        source,
        security: {
          oneOf: [
            { type: 'null' },
            /* @__PURE__ */ closedObject({
              cves: count,
              critical: count,
              important: count,
              exploited: count,
              publiclyDisclosed: count,
              url: { type: 'string', pattern: '^https://' },
            }),
          ],
        },
      }),
    },
    extras: {
      type: 'array',
      items: /* @__PURE__ */ closedObject({
        channel: { enum: ['hotpatch', 'standard'] },
        month: isoMonth,
        product: text,
        productName: text,
        date: isoDate,
        release: instant,
        kind: { enum: ['oob-hotpatch', 'oob-lcu', 'preview'] },
        kb: { type: ['string', 'null'] },
        build: { type: ['string', 'null'] },
        restartRequired: { type: 'boolean' },
        source,
        urls: { type: 'array', items: { type: 'string' } },
      }),
    },
  },
  {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://hotpatch-calendar.invalid/schema/calendar-v4.json',
    title: 'hotpatch-calendar yearly calendar, version 4',
  },
);

function ch(c: CalendarChannel): Record<string, unknown> {
  return {
    kind: c.kind,
    kb: c.kb,
    build: c.build,
    date: c.date ? formatCivilDate(c.date) : null,
    restartRequired: c.restartRequired,
    restart: restartState(c.restartRequired),
    source: c.source,
    urls: c.urls,
  };
}

/**
 * Renders a calendar as JSON in a stable, versioned shape ({@link CALENDAR_JSON_SCHEMA}, `schemaVersion: 4`; version 3 added each row's `state` and each channel's `restart`, version 4 each row's `security` (null when the data holds no counts) and the calendar's `collectedFrom`):
 * ISO dates, keys in a fixed order, two-space indent, a final newline.
 * @param calendar - from `yearCalendar`
 * @returns the JSON text
 * @throws `HotpatchTypeError` `E_TYPE` when `calendar` is not a calendar
 * @category Renderers
 * @example
 * ```ts
 * JSON.parse(renderJson(yearCalendar(2026))).rows[0].shortName //=> '2026.01 B'
 * ```
 */
export function renderJson(calendar: YearCalendar): string {
  const cal = _checkCalendar('renderJson', calendar);
  const out = {
    schemaVersion: CALENDAR_JSON_VERSION,
    year: cal.year,
    zone: cal.zone,
    retrieved: cal.retrieved,
    collectedFrom: cal.collectedFrom ?? cal.retrieved,
    rows: cal.rows.map((r) => ({
      month: formatYearMonth(r.month),
      product: r.product,
      productName: r.productName,
      patchTuesday: formatCivilDate(r.patchTuesday),
      release: r.release,
      plannedKind: r.plannedKind,
      kind: r.kind,
      unplanned: r.unplanned,
      status: r.status,
      state: monthState(r),
      shortName: r.names.shortName,
      msrcId: r.names.msrcId,
      hotpatch: ch(r.hotpatch),
      standard: ch(r.standard),
      source: r.source,
      security: r.security ?? null,
    })),
    extras: cal.extras.map((x) => ({
      month: formatYearMonth(x.month),
      product: x.product,
      productName: x.productName,
      channel: x.channel,
      date: formatCivilDate(x.date),
      release: x.release,
      kind: x.kind,
      kb: x.kb,
      build: x.build,
      restartRequired: x.restartRequired,
      source: x.source,
      urls: x.urls,
    })),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

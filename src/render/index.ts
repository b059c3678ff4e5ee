/**
 * `hotpatch-calendar/render`: a yearly calendar as files people and programs use: iCalendar, CSV, JSON (with
 * its JSON Schema), Markdown and a self-contained HTML page, the human-readable ones in English or German.
 * A subpath of its own, so that code that only asks questions of the calendar carries none of it.
 * @module render
 */
export { renderIcs, type RenderIcsOptions } from './ics.js';
export { CSV_COLUMNS, renderCsv } from './csv.js';
export { CALENDAR_JSON_SCHEMA, CALENDAR_JSON_VERSION, renderJson } from './json.js';
export { renderMarkdown } from './markdown.js';
export { renderHtml } from './html.js';
export type { RenderOptions } from './options.js';
export { LOCALES, type Locale } from './locale/locales.js';

/**
 * `hotpatch-calendar/import`: readers for Microsoft's machine-readable sources (the MSRC CVRF documents and the
 * release-information pages' hotpatch calendars) and a merge that turns them into a catalog overlay. Pure: no
 * network, no files; the CLI's `refresh` command does the fetching and writing. A subpath of its own, so the HTML
 * parser it bundles never reaches the main entry's bundles.
 * @packageDocumentation
 */
export { MSRC_CVRF_BASE_URL, importCvrf } from './cvrf.js';
export type { ImportCvrfOptions, ImportResult } from './cvrf.js';
export { RELEASE_HEALTH_URLS, importReleaseHealth } from './release-health.js';
export type { ImportReleaseHealthOptions } from './release-health.js';
export { mergeCatalogEntries } from './merge.js';
export type { MergeCatalogOptions, MergeConflict, MergeResult } from './merge.js';
export { IMPORT_WARNING_CODES } from './warnings.js';
export type { ImportWarning, ImportWarningCode } from './warnings.js';

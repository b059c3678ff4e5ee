/**
 * `hotpatch-calendar/server`: the HTTP app (page, feeds, JSON API) for any Hono host; `hotpatch-calendar serve` runs it
 * under Node.
 * @module
 */
export { createServerApp } from './app.js';
export type { RefreshStatus, ServerAppOptions } from './app.js';

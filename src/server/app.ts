/**
 * The HTTP face of the library: the calendar page, iCalendar/CSV/JSON/Markdown feeds (a rolling `/calendar.ics` to
 * subscribe to, and one file per year) and a JSON API (`/api/v1/...`, described by an OpenAPI 3.1 document), built
 * on Hono so that it runs under Node (`hotpatch-calendar serve`) and on serverless hosts alike. A thin layer: every
 * answer comes from the library's public functions and renderers, as the CLI's do.
 * @module
 */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import {
  builtInCatalog,
  checkEligibility,
  dataFreshness,
  describeMonth,
  formatYearMonth,
  fromEpochDay,
  identifyBuild,
  isHotpatchError,
  parseDevice,
  parseYearMonth,
  PRODUCT_IDS,
  predictRestarts,
  releasesOf,
  releasesOfKb,
  restartDeadline,
  servicingEnd,
  yearCalendar,
  type Catalog,
  type ChannelFreshness,
  type RingPreset,
  type YearCalendar,
} from 'hotpatch-calendar';
import { renderCsv, renderHtml, renderIcs, renderJson, renderMarkdown } from 'hotpatch-calendar/render';
import { AnswerCache, problem, sendCached, type SendOptions } from './http.js';
import { OPENAPI_DOCUMENT } from './openapi.js';
import { includeOf, langOf, productsOf, zoneOf } from './queries.js';

/**
 * A key that changes whenever any cached answer could: the data (a refresh swapped it) or the day. The Node host
 * keeps finished responses under it and answers repeats without running the app. @internal
 */
export const _ANSWER_TOKEN = Symbol('answerToken');

/** How the last background refresh went, for `/api/v1/freshness` and the logs. */
export interface RefreshStatus {
  /** When it last ran (ISO instant), or null before the first run. */
  readonly lastAttempt: string | null;
  /** When it last succeeded, or null. */
  readonly lastSuccess: string | null;
  /** Why the last run failed, or null when it succeeded (the last good data is still served). */
  readonly lastError: string | null;
  /** Whether background refresh is on (`--offline` turns it off). */
  readonly enabled: boolean;
}

/** Options of {@link createServerApp}. */
export interface ServerAppOptions {
  /**
   * The data to answer from, asked on every request (a background refresh swaps it).
   * @defaultValue the built-in catalog
   */
  readonly catalog?: () => Catalog | undefined;
  /**
   * The clock: the current year of `/`, the window of `/calendar.ics`, the day of `/api/v1/freshness`.
   * @defaultValue `Date.now`
   */
  readonly now?: () => number;
  /** The background refresh's status, where there is one. */
  readonly refreshStatus?: () => RefreshStatus;
  /**
   * Hours a subscribed calendar should wait before fetching again (`REFRESH-INTERVAL`).
   * @defaultValue 6
   */
  readonly refreshHours?: number;
}

const FORMATS = {
  ics: 'text/calendar; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
} as const;
type Format = keyof typeof FORMATS;
const MAX_URL = 2048;
/** The paths answered to GET (and HEAD): any other method there is 405, not 404. */
const GET_PATHS = [
  /^\/$/,
  /^\/calendar\.ics$/,
  /^\/calendar\/[0-9]{4}\.(ics|csv|json|md|html)$/,
  /^\/api\/v1\/(openapi\.json|freshness|months\/[^/]+|builds\/[^/]+|deadlines\/[^/]+)$/,
  /^\/(healthz|readyz)$/,
];
const MAX_BODY = 64 * 1024;
/** The page has no script: styles inline, nothing fetched. */
const PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** A calendar of the months from 12 before to 12 after the current one: a subscription never runs out. */
function rollingCalendar(now: number, options: Parameters<typeof yearCalendar>[1] & object): YearCalendar {
  const today = fromEpochDay(Math.floor(now / 86_400_000));
  const index = today.year * 12 + today.month - 1;
  const years = [today.year - 1, today.year, today.year + 1];
  const calendars = years.map((y) => yearCalendar(y, options));
  const inWindow = (m: { year: number; month: number }) => Math.abs(m.year * 12 + m.month - 1 - index) <= 12;
  const current = calendars[1] as YearCalendar;
  return {
    ...current,
    collectedFrom: calendars.map((c) => c.collectedFrom).sort()[0] ?? current.collectedFrom,
    rows: calendars.flatMap((c) => c.rows.filter((r) => inWindow(r.month))),
    extras: calendars.flatMap((c) => c.extras.filter((x) => inWindow(x.month))),
  };
}

/** The page's links: each feed of the view, and the `webcal://` subscription. */
function feedLinks(c: Context, year: number, query: string): string {
  const url = new URL(c.req.url);
  const q = query ? `?${query}` : '';
  const link = (href: string, text: string) => `<a href="${href}">${text}</a>`;
  const files = (['ics', 'csv', 'json', 'md'] as const).map((f) => link(`/calendar/${year}.${f}${q}`, `${year}.${f}`));
  return `<nav class="feeds" style="margin:0 0 12px">${link(`webcal://${url.host}/calendar.ics${q}`, 'Subscribe (webcal)')} · ${link(`/calendar.ics${q}`, 'calendar.ics')} · ${files.join(' · ')} · ${link('/api/v1/openapi.json', 'API')}</nav>`;
}

/**
 * The server's Hono app: page, feeds, API, health. Mount it in any Hono host, or run it with
 * `hotpatch-calendar serve`.
 * @param options - see {@link ServerAppOptions}
 * @returns the app (`app.fetch(request)` answers a `Request`)
 * @category Server
 * @example
 * ```ts
 * const app = createServerApp({ now: () => Date.UTC(2026, 11, 7) });
 * const res = await app.fetch(new Request('http://localhost/api/v1/months/2026-06?products=windows-11-24h2'));
 * (await res.json()).products[0].releases[0].kb //=> 'KB5094126'
 * ```
 */
export function createServerApp(options: ServerAppOptions = {}): Hono {
  const now = options.now ?? (() => Date.now());
  const data = () => options.catalog?.();
  const withCatalog = () => {
    const catalog = data();
    return catalog ? { catalog } : {};
  };
  // The data's collection date (the catalog's, or the built-in one's).
  const retrieved = () => (data() ?? builtInCatalog()).retrieved;
  const refreshHours = options.refreshHours ?? 6;
  const app = new Hono();
  // Answers depend on the request, the data and the day only: kept until one of them changes.
  const answers = new AnswerCache();
  const versions = new WeakMap<object, number>();
  let nextVersion = 1;
  const dataVersion = () => {
    const catalog = data();
    if (catalog === undefined) return 0;
    const known = versions.get(catalog);
    if (known !== undefined) return known;
    versions.set(catalog, nextVersion);
    return nextVersion++;
  };
  (app as unknown as Record<symbol, () => string>)[_ANSWER_TOKEN] = () =>
    `${dataVersion()}|${Math.floor(now() / 86_400_000)}`;
  const cached = (c: Context, compute: () => { body: string; type: string; options: SendOptions }) => {
    const url = new URL(c.req.url);
    const key = `${dataVersion()}|${Math.floor(now() / 86_400_000)}|${url.pathname}${url.search}`;
    return answers.get(key, compute).then((answer) => sendCached(c, answer));
  };

  // Bounds before anything is read: a URL longer than any this app makes is refused.
  app.use('*', async (c, next) => {
    if (c.req.url.length > MAX_URL) return problem(414, 'E_URL', `the URL is longer than ${MAX_URL} characters`);
    await next();
    return undefined;
  });
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'none'"],
        styleSrc: ["'unsafe-inline'"],
        imgSrc: ['data:'],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
      crossOriginResourcePolicy: 'cross-origin',
    }),
  );
  app.use('/api/*', cors({ origin: '*', allowMethods: ['GET', 'HEAD', 'POST'], exposeHeaders: ['ETag'] }));
  app.use('/calendar*', cors({ origin: '*', allowMethods: ['GET', 'HEAD'], exposeHeaders: ['ETag'] }));

  // Bad input is the library's coded error: 400 with its code. Anything else is a 500 without internals.
  app.onError((error) =>
    isHotpatchError(error)
      ? problem(400, error.code, error.message)
      : problem(500, 'E_INTERNAL', 'the server could not answer; the error is in its log'),
  );
  // A path that exists with another method is 405 with Allow; checked only when nothing matched, so the requests
  // that do match pay nothing for it.
  app.notFound((c) => {
    const path = new URL(c.req.url).pathname;
    const allow = path === '/api/v1/restarts' ? 'POST' : GET_PATHS.some((re) => re.test(path)) ? 'GET, HEAD' : null;
    if (allow === null) return problem(404, 'E_NOT_FOUND', `no resource at ${path}`);
    const res = problem(405, 'E_METHOD', `${c.req.method} is not allowed here; expected ${allow}`);
    res.headers.set('Allow', allow);
    return res;
  });

  const calendarOptions = (c: Context) => {
    const products = productsOf(c.req.queries('products') ?? []);
    return {
      zone: zoneOf(c.req.query('tz')),
      include: includeOf(c.req.queries('include') ?? []),
      ...(products ? { products } : {}),
      ...withCatalog(),
    };
  };
  const render = (cal: YearCalendar, format: Format, lang: 'en' | 'de', feed: boolean): string =>
    ({
      ics: () => renderIcs(cal, { locale: lang, ...(feed ? { refreshHours, name: 'Windows hotpatch calendar' } : {}) }),
      csv: () => renderCsv(cal),
      json: () => renderJson(cal),
      md: () => renderMarkdown(cal, { locale: lang }),
      html: () => renderHtml(cal, { locale: lang }),
    })[format]();

  app.get('/', async (c) => {
    const res = await cached(c, () => {
      const lang = langOf(c.req.query('lang'));
      const yearText = c.req.query('year');
      const year = yearText === undefined ? fromEpochDay(Math.floor(now() / 86_400_000)).year : Number(yearText);
      const cal = yearCalendar(year, calendarOptions(c));
      const query = new URL(c.req.url).search.slice(1);
      const html = renderHtml(cal, { locale: lang }).replace('<h1>', `${feedLinks(c, cal.year, query)}\n<h1>`);
      return { body: html, type: FORMATS.html, options: { maxAge: 300, lastModified: cal.retrieved } };
    });
    res.headers.set('Content-Security-Policy', PAGE_CSP);
    return res;
  });
  app.get('/calendar.ics', (c) =>
    cached(c, () => {
      const cal = rollingCalendar(now(), calendarOptions(c));
      const body = render(cal, 'ics', langOf(c.req.query('lang')), true);
      return {
        body,
        type: FORMATS.ics,
        options: { maxAge: 3600, lastModified: cal.retrieved, filename: 'hotpatch.ics' },
      };
    }),
  );
  app.get('/calendar/:file{[0-9]{4}\\.(ics|csv|json|md|html)}', (c) =>
    cached(c, () => {
      const [yearText, format] = c.req.param('file').split('.') as [string, Format];
      const cal = yearCalendar(Number(yearText), calendarOptions(c));
      const body = render(cal, format, langOf(c.req.query('lang')), format === 'ics');
      return {
        body,
        type: FORMATS[format],
        options: { maxAge: 3600, lastModified: cal.retrieved, filename: `hotpatch-${yearText}.${format}` },
      };
    }),
  );

  const json = (c: Context, value: () => unknown) =>
    cached(c, () => ({
      body: `${JSON.stringify(value(), null, 2)}\n`,
      type: FORMATS.json,
      options: { maxAge: 300, lastModified: retrieved() },
    }));
  app.get('/api/v1/openapi.json', (c) => json(c, () => OPENAPI_DOCUMENT));
  app.get('/api/v1/months/:month', (c) => {
    const month = parseYearMonth(c.req.param('month'));
    const zone = zoneOf(c.req.query('tz'));
    const products = productsOf(c.req.queries('products') ?? []) ?? [...PRODUCT_IDS];
    return json(c, () => ({
      month: formatYearMonth(month),
      products: products.map((p) => ({
        ...describeMonth(p, month, { zone, ...withCatalog() }),
        releases: releasesOf(p, month, withCatalog()),
      })),
    }));
  });
  app.get('/api/v1/builds/:build', (c) => {
    const text = c.req.param('build').trim();
    if (/^(kb)?\d{6,7}$/i.test(text))
      return json(c, () => ({ kb: `KB${text.replace(/^kb/i, '')}`, releases: releasesOfKb(text, withCatalog()) }));
    return json(c, () => identifyBuild(text, withCatalog()));
  });
  app.get('/api/v1/deadlines/:month', (c) => {
    const preset = (c.req.query('preset') ?? 'broad').toLowerCase() as RingPreset;
    return json(c, () => restartDeadline(c.req.param('month'), preset, { zone: zoneOf(c.req.query('tz')) }));
  });
  app.post(
    '/api/v1/restarts',
    bodyLimit({
      maxSize: MAX_BODY,
      onError: () => problem(413, 'E_BODY', `the body is larger than ${MAX_BODY} bytes`),
    }),
    async (c) => {
      let body: unknown;
      try {
        body = await c.req.json();
      } catch {
        return problem(
          400,
          'E_BODY',
          'the body is not JSON; expected { "device": { ... }, "from": "YYYY-MM-DD", "to": "YYYY-MM-DD" }',
        );
      }
      const record =
        typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
      const device = parseDevice(record['device']);
      const year = fromEpochDay(Math.floor(now() / 86_400_000)).year;
      const from = (record['from'] as string | undefined) ?? `${year}-01-01`;
      const to = (record['to'] as string | undefined) ?? `${year}-12-31`;
      const zone = zoneOf(typeof record['tz'] === 'string' ? record['tz'] : undefined);
      const eligibility = checkEligibility(device, { asOf: (record['asOf'] as string | undefined) ?? from });
      const restarts = predictRestarts(device, { from, to, zone, ...withCatalog() });
      const end = servicingEnd(device.build, device.edition, device.esu ? { esu: true } : {});
      return c.json({ device, eligibility, servicingEnd: end, restarts }, 200, { 'Cache-Control': 'no-store' });
    },
  );
  app.get('/api/v1/freshness', (c) => {
    const today = fromEpochDay(Math.floor(now() / 86_400_000));
    const channels: ChannelFreshness[] = dataFreshness(today, withCatalog());
    return c.json(
      {
        asOf: `${today.year}-${String(today.month).padStart(2, '0')}-${String(today.day).padStart(2, '0')}`,
        retrieved: retrieved(),
        refresh: options.refreshStatus?.() ?? { lastAttempt: null, lastSuccess: null, lastError: null, enabled: false },
        channels,
      },
      200,
      { 'Cache-Control': 'no-store' },
    );
  });
  app.get('/healthz', (c) => c.json({ status: 'ok' }, 200, { 'Cache-Control': 'no-store' }));
  // Ready once the data answers: the built-in data always does, an overlay after it is read.
  app.get('/readyz', (c) => {
    yearCalendar(2026, { products: ['windows-11-24h2'], ...withCatalog() });
    return c.json({ status: 'ready', retrieved: retrieved() }, 200, { 'Cache-Control': 'no-store' });
  });
  return app;
}

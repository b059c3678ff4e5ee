import { request as httpRequest } from 'node:http';
import ICAL from 'ical.js';
import Ajv2020 from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServerApp } from '../../src/server/index.js';
import { listen, type RunningServer } from '../../src/server/node.js';
import { OPENAPI_DOCUMENT } from '../../src/server/openapi.js';
import { releaseInstant } from '../../src/index.js';
import { runCli } from '../support/cli.js';
import { ELIGIBLE_CLIENT } from '../support/devices.js';

// The server on an ephemeral loopback port, asked by real HTTP clients (fetch, node:http), on a fixed day.
const NOW = Date.UTC(2026, 11, 7, 12);
const logs: Record<string, unknown>[] = [];
let server: RunningServer;
let base = '';
beforeAll(async () => {
  server = await listen(createServerApp({ now: () => NOW }), { host: '127.0.0.1', port: 0, log: (r) => logs.push(r) });
  base = `http://127.0.0.1:${server.port}`;
});
afterAll(() => server.close(1000));

/** A raw request: headers and body as sent, no decompression. */
function raw(
  path: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${base}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

const ajv = new Ajv2020({ strict: false, allErrors: true });
ajv.addSchema({ $id: 'api', components: OPENAPI_DOCUMENT.components } as never);
const conforms = (schema: string, value: unknown) => {
  const validate = ajv.getSchema(`api#/components/schemas/${schema}`);
  if (!validate) throw new Error(`no schema ${schema}`);
  const ok = validate(value);
  return ok ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
};

describe('feeds', () => {
  it('/calendar.ics: the last 12 and next 12 months, refresh hints, parsed by ical.js', async () => {
    const res = await fetch(`${base}/calendar.ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const text = await res.text();
    expect(text).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT6H\r\nX-PUBLISHED-TTL:PT6H\r\n');
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    const months = [...new Set(events.map((e) => e.uid.slice(0, 7)).filter((m) => /^\d{4}-\d{2}$/.test(m)))].sort();
    expect(months[0]).toBe('2025-12');
    expect(months.at(-1)).toBe('2027-12');
    expect(months).toHaveLength(25);
    const jan = events.find((e) => e.uid === '2027-01-B@hotpatch-calendar');
    expect(jan?.startDate.toJSDate().getTime()).toBe(releaseInstant('2027-01').epochMilliseconds);
  });
  it('/calendar/{year}.{format} with products, language and zone; the same bytes as the library gives', async () => {
    const csv = await fetch(`${base}/calendar/2027.csv?products=windows-server-2025`);
    const lines = (await csv.text()).trim().split('\r\n');
    expect(lines).toHaveLength(13);
    expect(lines[1]).toMatch(/^2027-01,windows-server-2025,/);
    const md = await (await fetch(`${base}/calendar/2027.md?lang=de&tz=W.%20Europe%20Standard%20Time`)).text();
    expect(md).toMatch(/^# Windows-Hotpatch-Kalender 2027/);
    expect(md).toContain('Uhrzeit (Europe/Berlin)');
    const json = (await (await fetch(`${base}/calendar/2027.json?include=oob`)).json()) as { schemaVersion: number };
    expect(json.schemaVersion).toBe(4);
    expect((await fetch(`${base}/calendar/2027.pdf`)).status).toBe(404);
  });
  it('bad query values are 400 problem documents with the library code, never 500', async () => {
    for (const [path, code] of [
      ['/calendar/2027.ics?products=windows-12', 'E_UNKNOWN_PRODUCT'],
      ['/calendar/2027.ics?tz=Mars/Base', 'E_ZONE'],
      ['/calendar/2027.ics?lang=fr', 'E_OPTION'],
      ['/calendar/0000.ics', 'E_DATE_RANGE'],
      ['/api/v1/months/2026-13', 'E_DATE_RANGE'],
      ['/api/v1/builds/26100.x', 'E_BUILD_FORMAT'],
      ['/api/v1/deadlines/2027-02?preset=slow', 'E_POLICY'],
    ] as const) {
      const res = await fetch(`${base}${path}`);
      expect([path, res.status, res.headers.get('content-type')]).toEqual([path, 400, 'application/problem+json']);
      const body = await res.json();
      expect(body).toMatchObject({ status: 400, code });
      expect(conforms('Problem', body)).toEqual([]);
    }
  });
});

describe('HTTP as clients expect', () => {
  it('strong ETag; If-None-Match gives 304 without a body; Last-Modified; Cache-Control; HEAD', async () => {
    const first = await raw('/calendar/2026.ics');
    const tag = String(first.headers['etag']);
    expect(tag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(first.headers['last-modified']).toBe('Sat, 28 Nov 2026 00:00:00 GMT');
    expect(first.headers['cache-control']).toBe('public, max-age=3600, must-revalidate');
    const again = await raw('/calendar/2026.ics', { 'If-None-Match': tag });
    expect([again.status, again.body.length, again.headers['etag']]).toEqual([304, 0, tag]);
    const head = await raw('/calendar/2026.ics', {}, 'HEAD');
    expect([head.status, head.body.length, head.headers['etag']]).toEqual([200, 0, tag]);
    // Another view of the year is another representation.
    expect((await raw('/calendar/2026.ics?lang=de')).headers['etag']).not.toBe(tag);
  });
  it('brotli or gzip by Accept-Encoding, each with its own tag, and 304 for it', async () => {
    const plain = await raw('/calendar/2026.ics');
    const br = await raw('/calendar/2026.ics', { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.body.length).toBeLessThan(plain.body.length / 3);
    const gz = await raw('/calendar/2026.ics', { 'Accept-Encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(String(gz.headers['etag'])).toBe(`${String(plain.headers['etag']).slice(0, -1)}-gzip"`);
    const cached = await raw('/calendar/2026.ics', {
      'Accept-Encoding': 'gzip',
      'If-None-Match': String(gz.headers['etag']),
    });
    expect(cached.status).toBe(304);
    // Small answers are not compressed.
    expect((await raw('/healthz', { 'Accept-Encoding': 'br' })).headers['content-encoding']).toBeUndefined();
  });
  it('a repeat is answered from memory with the same status, headers and bytes as the first answer', async () => {
    for (const [path, headers] of [
      ['/calendar/2025.md?lang=de', {}],
      ['/calendar/2025.ics', { 'Accept-Encoding': 'br' }],
      ['/?year=2025', {}],
    ] as const) {
      const first = await raw(path, headers);
      const second = await raw(path, headers);
      const strip = (h: Record<string, unknown>) => {
        const { date: _d, ...rest } = h;
        return rest;
      };
      expect([second.status, strip(second.headers)], path).toEqual([first.status, strip(first.headers)]);
      expect(second.body.equals(first.body), path).toBe(true);
      const held = await raw(path, { ...headers, 'If-None-Match': String(first.headers['etag']) });
      expect([held.status, held.body.length, held.headers['content-type']], path).toEqual([304, 0, undefined]);
      expect((await raw(path, headers, 'HEAD')).body.length, path).toBe(0);
    }
  });
  it('405 with Allow; CORS on the API; security headers; 414 for a URL past 2,048 characters', async () => {
    const del = await raw('/calendar.ics', {}, 'DELETE');
    expect([del.status, del.headers['allow']]).toEqual([405, 'GET, HEAD']);
    const api = await raw('/api/v1/freshness', { Origin: 'https://dashboard.example' });
    expect(api.headers['access-control-allow-origin']).toBe('*');
    expect(api.headers['x-content-type-options']).toBe('nosniff');
    const long = await raw(`/calendar/2026.ics?products=${'x'.repeat(2100)}`);
    expect(long.status).toBe(414);
  });
  it('logs each request as one JSON object with status and duration', () => {
    const record = logs.find((r) => r['path'] === '/calendar/2026.ics?lang=de');
    expect(record).toMatchObject({ level: 'info', msg: 'request', method: 'GET', status: 200 });
    expect(typeof record?.['ms']).toBe('number');
  });
});

describe('the API, checked against its OpenAPI document', () => {
  it('serves the document', async () => {
    const doc = (await (await fetch(`${base}/api/v1/openapi.json`)).json()) as { openapi: string; paths: object };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual([
      '/api/v1/months/{month}',
      '/api/v1/builds/{build}',
      '/api/v1/deadlines/{month}',
      '/api/v1/restarts',
      '/api/v1/freshness',
    ]);
  });
  it('months, builds, KBs, deadlines and freshness answer in their schemas', async () => {
    // biome-ignore lint/suspicious/noExplicitAny: answers are checked against the schemas first
    const get = async (path: string): Promise<any> => (await fetch(`${base}${path}`)).json();
    const month = await get('/api/v1/months/2026-06?products=windows-11-24h2,windows-server-2025');
    expect(conforms('MonthAnswer', month)).toEqual([]);
    const standard = (p: { releases: { kb: string; channel: string }[] }) =>
      p.releases.find((r) => r.channel === 'standard')?.kb;
    expect(month.products.map(standard)).toEqual(['KB5094126', 'KB5094125']);
    const build = await get('/api/v1/builds/10.0.26100.7781');
    expect(conforms('BuildIdentity', build)).toEqual([]);
    expect(build.matches[0].kb).toBe('KB5077212');
    const kb = await get('/api/v1/builds/KB5077212');
    expect(conforms('KbAnswer', kb)).toEqual([]);
    expect(kb.releases).toHaveLength(2);
    const deadline = await get('/api/v1/deadlines/2026-07?preset=first&tz=Europe/Berlin');
    expect(conforms('Deadline', deadline)).toEqual([]);
    expect(deadline.forcedRestart.local).toBe('2026-07-17T19:00:00+02:00');
    const fresh = await get('/api/v1/freshness');
    expect(conforms('Freshness', fresh)).toEqual([]);
    expect(fresh.asOf).toBe('2026-12-07');
  });
  it('a build answers as the CLI does: /api/v1/builds/26100.4851 is build 26100.4851 --format json', async () => {
    const api = await (await fetch(`${base}/api/v1/builds/26100.4851`)).json();
    const cli = await runCli(['build', '26100.4851', '--format', 'json', '--builtin']);
    expect(api).toEqual(JSON.parse(cli.out));
  });
  it("POST /api/v1/restarts: a device's restarts; bad JSON, a bad device and a body past 64 KB are refused", async () => {
    const post = (body: string) =>
      fetch(`${base}/api/v1/restarts`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
    // The README's device: eligible, on a January 2026 build.
    const device = { ...ELIGIBLE_CLIENT, build: '26100.7392' };
    const res = await post(JSON.stringify({ device, from: '2026-01-01', to: '2026-12-31' }));
    expect(res.status).toBe(200);
    const answer = (await res.json()) as { restarts: { month: { month: number } }[] };
    expect(conforms('Restarts', answer)).toEqual([]);
    expect(answer.restarts.map((r: { month: { month: number } }) => r.month.month)).toEqual([1, 4, 6, 7, 9, 10, 11]);
    expect((await post('{not json')).status).toBe(400);
    const bad = await post(JSON.stringify({ device: { ...device, build: 'x' } }));
    expect([bad.status, ((await bad.json()) as { code: string }).code]).toEqual([400, 'E_BUILD_FORMAT']);
    expect((await post(JSON.stringify({ device, pad: 'x'.repeat(70_000) }))).status).toBe(413);
  });
});

describe('the page', () => {
  it('is the calendar with links to every feed and a webcal:// subscription, under a strict CSP', async () => {
    const res = await fetch(`${base}/?products=windows-server-2025&lang=de`);
    expect(res.headers.get('content-security-policy')).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    );
    const html = await res.text();
    expect(html).toContain('<html lang="de">');
    expect(html).toContain(
      `href="webcal://127.0.0.1:${server.port}/calendar.ics?products=windows-server-2025&lang=de"`,
    );
    expect(html).toContain('href="/calendar/2026.ics?products=windows-server-2025&lang=de"');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect(await (await fetch(`${base}/readyz`)).json()).toMatchObject({ status: 'ready', retrieved: '2026-11-28' });
  });
});

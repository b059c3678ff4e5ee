/**
 * Runs the server app under Node: `node:http` with limits (header size, request and header timeouts, keep-alive),
 * gzip or brotli by `Accept-Encoding`, a JSON access log, and a graceful close (stop accepting, finish what is in
 * flight within a deadline). The host shell of the server, as `bin.ts` is the CLI's.
 * @internal
 * @module
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { getRequestListener } from '@hono/node-server';
import type { Hono } from 'hono';
import { _ANSWER_TOKEN } from './app.js';
import { matchesTag } from './http.js';

/** A finished response kept for repeats: status 200, its headers and bytes, per URL, host and coding. */
interface Kept {
  readonly headers: [string, string][];
  readonly body: Uint8Array;
  readonly tag: string;
}

/** Options of {@link listen}. */
export interface ListenOptions {
  /** Interface to bind (127.0.0.1 unless told otherwise). */
  readonly host: string;
  /** Port; 0 for any free one. */
  readonly port: number;
  /** Where log records go (one JSON object per call). */
  readonly log: (record: Record<string, unknown>) => void;
}

/** A running server. */
export interface RunningServer {
  /** The port it listens on. */
  readonly port: number;
  /** Stops accepting, lets requests in flight finish within `graceMs`, then closes what is left. */
  close(graceMs?: number): Promise<void>;
}

/** Bodies this small are sent as they are: compressing them costs more than it saves. */
const MIN_COMPRESS = 1024;
const COMPRESSIBLE = /^(text\/|application\/(json|problem\+json|xml))/;

/** The coding the client takes: brotli, else gzip, else none. */
function codingOf(accept: string): 'br' | 'gzip' | null {
  return /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : null;
}

/** The key of a kept response: the app's answer token, the coding, the host (the page links to it) and the URL. */
function keptKey(token: string, coding: string | null, host: string, url: string): string {
  return `${token}|${coding ?? ''}|${host}|${url}`;
}

/** The app with compression: brotli when the client takes it, else gzip, for text larger than 1 KB. */
function compressed(app: Hono, keep: (key: string, kept: Kept) => void): (request: Request) => Promise<Response> {
  // Compressed bodies kept by entity tag and coding: the same feed is compressed once, not per request.
  const packedByTag = new Map<string, Buffer>();
  const token = (app as unknown as Record<symbol, (() => string) | undefined>)[_ANSWER_TOKEN];
  return async (request) => {
    const response = await keepOf(await app.fetch(request), request);
    return response;
  };
  /** A 200 GET answer with an ETag (cacheable by design) is kept for the fast path; then compressed. */
  async function keepOf(response: Response, request: Request): Promise<Response> {
    const out = await compress(response, request);
    const tag = out.headers.get('ETag');
    if (token && request.method === 'GET' && out.status === 200 && tag) {
      const body = new Uint8Array(await out.arrayBuffer());
      const url = new URL(request.url);
      const coding = codingOf(request.headers.get('Accept-Encoding') ?? '');
      // The length is the body's: a kept answer is sent whole, never chunked, the first time as every time.
      const headers = [...out.headers].filter(([k]) => k.toLowerCase() !== 'content-length');
      headers.push(['content-length', String(body.length)]);
      keep(keptKey(token(), coding, url.host, `${url.pathname}${url.search}`), { headers, body, tag });
      return new Response(body, { status: 200, headers });
    }
    return out;
  }
  async function compress(response: Response, request: Request): Promise<Response> {
    const type = response.headers.get('Content-Type') ?? '';
    const accept = request.headers.get('Accept-Encoding') ?? '';
    if (response.status !== 200 || !COMPRESSIBLE.test(type) || response.headers.has('Content-Encoding'))
      return response;
    const coding = codingOf(accept);
    if (coding === null || request.method === 'HEAD') return response;
    const body = Buffer.from(await response.arrayBuffer());
    if (body.length < MIN_COMPRESS) return new Response(body, response);
    const key = `${response.headers.get('ETag') ?? ''}|${coding}`;
    let packed = response.headers.has('ETag') ? packedByTag.get(key) : undefined;
    if (packed === undefined) {
      packed =
        coding === 'br'
          ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
          : gzipSync(body, { level: 6 });
      if (response.headers.has('ETag')) {
        if (packedByTag.size >= 500) packedByTag.delete(packedByTag.keys().next().value as string);
        packedByTag.set(key, packed);
      }
    }
    const headers = new Headers(response.headers);
    headers.set('Content-Encoding', coding);
    headers.set('Content-Length', String(packed.length));
    // The ETag names the representation: a compressed one gets its own (RFC 9110 §8.8.3).
    const tag = headers.get('ETag');
    if (tag) headers.set('ETag', `${tag.slice(0, -1)}-${coding}"`);
    return new Response(packed, { status: 200, headers });
  }
}

/** Writes a kept answer: 304 when the client holds it (its tag, or the plain one for a compressed answer). */
function writeKept(
  method: string,
  ifNoneMatch: string | undefined,
  hit: Kept,
  res: import('node:http').ServerResponse,
): void {
  if (matchesTag(ifNoneMatch, hit.tag) || matchesTag(ifNoneMatch, hit.tag.replace(/-(br|gzip)"$/, '"'))) {
    res.writeHead(304, hit.headers.filter(([k]) => !/^content-(type|length|encoding)$/i.test(k)).flat());
    res.end();
    return;
  }
  res.writeHead(200, hit.headers.flat());
  res.end(method === 'HEAD' ? undefined : hit.body);
}

/** Starts the app on `host:port`. */
export async function listen(app: Hono, options: ListenOptions): Promise<RunningServer> {
  // Repeats of a kept answer (the same feed, to the next of many subscribers) are written straight from memory:
  // the app, its Request and Response objects are the most of a request's cost. Bounded; a new data version or
  // day makes a new key, and the old entries age out.
  const kept = new Map<string, Kept>();
  const token = (app as unknown as Record<symbol, (() => string) | undefined>)[_ANSWER_TOKEN];
  const handle = compressed(app, (key, value) => {
    if (kept.size >= 2000) kept.delete(kept.keys().next().value as string);
    kept.set(key, value);
  });
  // A client holding the compressed representation sends its tag back: match it against the plain one.
  const fetchWithTags = async (request: Request): Promise<Response> => {
    const inm = request.headers.get('If-None-Match');
    if (inm?.includes('-br"') || inm?.includes('-gzip"')) {
      const headers = new Headers(request.headers);
      headers.set('If-None-Match', inm.replace(/-(br|gzip)"/g, '"'));
      return handle(new Request(request, { headers }));
    }
    return handle(request);
  };
  const listener = getRequestListener(fetchWithTags);
  const server: Server = createServer(
    { maxHeaderSize: 16 * 1024, requestTimeout: 30_000, headersTimeout: 10_000, keepAliveTimeout: 5_000 },
    (req, res) => {
      const started = performance.now();
      res.on('finish', () =>
        options.log({
          time: new Date().toISOString(),
          level: 'info',
          msg: 'request',
          method: req.method,
          path: (req.url ?? '').slice(0, 200),
          status: res.statusCode,
          ms: Math.round((performance.now() - started) * 1000) / 1000,
        }),
      );
      if (token && (req.method === 'GET' || req.method === 'HEAD')) {
        const coding = codingOf(String(req.headers['accept-encoding'] ?? ''));
        const hit = kept.get(keptKey(token(), coding, String(req.headers.host ?? ''), req.url ?? ''));
        if (hit) return void writeKept(req.method, req.headers['if-none-match'], hit, res);
      }
      void listener(req, res);
    },
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    close: (graceMs = 10_000) =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(() => server.closeAllConnections(), graceMs);
        server.close(() => {
          clearTimeout(timer);
          resolve();
        });
        server.closeIdleConnections();
      }),
  };
}

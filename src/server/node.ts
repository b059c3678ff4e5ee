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

/** The app with compression: brotli when the client takes it, else gzip, for text larger than 1 KB. */
function compressed(app: Hono): (request: Request) => Promise<Response> {
  return async (request) => {
    const response = await app.fetch(request);
    const type = response.headers.get('Content-Type') ?? '';
    const accept = request.headers.get('Accept-Encoding') ?? '';
    if (response.status !== 200 || !COMPRESSIBLE.test(type) || response.headers.has('Content-Encoding'))
      return response;
    const coding = /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : null;
    if (coding === null || request.method === 'HEAD') return response;
    const body = Buffer.from(await response.arrayBuffer());
    if (body.length < MIN_COMPRESS) return new Response(body, response);
    const packed =
      coding === 'br'
        ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
        : gzipSync(body, { level: 6 });
    const headers = new Headers(response.headers);
    headers.set('Content-Encoding', coding);
    headers.set('Content-Length', String(packed.length));
    // The ETag names the representation: a compressed one gets its own (RFC 9110 §8.8.3).
    const tag = headers.get('ETag');
    if (tag) headers.set('ETag', `${tag.slice(0, -1)}-${coding}"`);
    return new Response(packed, { status: 200, headers });
  };
}

/** Starts the app on `host:port`. */
export async function listen(app: Hono, options: ListenOptions): Promise<RunningServer> {
  const handle = compressed(app);
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
      const started = process.hrtime.bigint();
      res.on('finish', () =>
        options.log({
          time: new Date().toISOString(),
          level: 'info',
          msg: 'request',
          method: req.method,
          path: (req.url ?? '').slice(0, 200),
          status: res.statusCode,
          ms: Number((process.hrtime.bigint() - started) / 1000n) / 1000,
        }),
      );
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

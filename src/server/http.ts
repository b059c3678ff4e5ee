/**
 * Responses as HTTP clients expect them: a strong `ETag` from the body, `304` for a matching `If-None-Match`,
 * `Last-Modified` from the data's collection date, `Cache-Control`, and errors as RFC 9457 problem documents with the
 * library's stable `code`. Web APIs only (Web Crypto, `Response`), so the app runs on any host Hono runs on.
 * @internal
 * @module
 */
import type { Context } from 'hono';

/** A strong entity tag: the body's SHA-256, base64url, quoted. */
export async function strongEtag(body: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(body)));
  let binary = '';
  for (const b of digest) binary += String.fromCharCode(b);
  return `"${btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}"`;
}

/** Whether an `If-None-Match` header names the tag (or `*`); weak comparison, as RFC 9110 asks for GET. */
export function matchesTag(header: string | undefined, tag: string): boolean {
  if (header === undefined) return false;
  return header
    .split(',')
    .map((t) => t.trim().replace(/^W\//, ''))
    .some((t) => t === tag || t === '*');
}

/** Options of {@link send}. */
export interface SendOptions {
  /** Seconds clients and caches may reuse the answer without asking. */
  readonly maxAge: number;
  /** `Last-Modified`: the data's collection date (`YYYY-MM-DD`), or none. */
  readonly lastModified?: string;
  /** A file name to download as (`Content-Disposition: inline; filename=...`). */
  readonly filename?: string;
}

/** A computed answer: its body, type and validators, kept while the data and the day stay the same. */
export interface CachedAnswer {
  /** The body, encoded once (UTF-8): encoding a feed per request was a tenth of the server's time. */
  readonly body: Uint8Array;
  readonly type: string;
  readonly options: SendOptions;
  readonly tag: string;
}

/**
 * Answers kept by key (the request's path and query, the data's identity and the day): most requests to a feed
 * ask for what was just computed. Bounded: the oldest go first.
 */
export class AnswerCache {
  readonly #answers = new Map<string, CachedAnswer>();
  readonly #limit: number;
  constructor(limit = 1000) {
    this.#limit = limit;
  }
  /** The answer for the key, computed once. */
  async get(key: string, compute: () => { body: string; type: string; options: SendOptions }): Promise<CachedAnswer> {
    const hit = this.#answers.get(key);
    if (hit) return hit;
    const { body, type, options } = compute();
    const answer = { body: new TextEncoder().encode(body), type, options, tag: await strongEtag(body) };
    if (this.#answers.size >= this.#limit) this.#answers.delete(this.#answers.keys().next().value as string);
    this.#answers.set(key, answer);
    return answer;
  }
}

/** Sends a kept answer with its validators; a client that holds it gets `304 Not Modified`. */
export function sendCached(c: Context, answer: CachedAnswer): Response {
  return respond(c, answer.body, answer.type, answer.options, answer.tag);
}

function respond(c: Context, body: Uint8Array, type: string, options: SendOptions, tag: string): Response {
  const headers: Record<string, string> = {
    ETag: tag,
    'Cache-Control': `public, max-age=${options.maxAge}, must-revalidate`,
    Vary: 'Accept-Encoding',
  };
  if (options.lastModified) headers['Last-Modified'] = new Date(`${options.lastModified}T00:00:00Z`).toUTCString();
  if (options.filename) headers['Content-Disposition'] = `inline; filename="${options.filename}"`;
  if (matchesTag(c.req.header('If-None-Match'), tag)) return new Response(null, { status: 304, headers });
  return new Response(body, { status: 200, headers: { ...headers, 'Content-Type': type } });
}

/** An RFC 9457 problem document (`application/problem+json`) with the library's error code. */
export function problem(status: number, code: string, detail: string): Response {
  const title = {
    400: 'Bad Request',
    404: 'Not Found',
    413: 'Content Too Large',
    414: 'URI Too Long',
    500: 'Internal Server Error',
  }[status];
  return new Response(JSON.stringify({ type: 'about:blank', title: title ?? 'Error', status, code, detail }), {
    status,
    headers: { 'Content-Type': 'application/problem+json', 'Cache-Control': 'no-store' },
  });
}

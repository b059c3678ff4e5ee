/**
 * Fetching one document for `refresh`: a timeout per attempt, bounded retries with backoff on 5xx answers and
 * network errors, one deadline across all attempts, a size limit enforced while reading, a clear User-Agent.
 * @module
 */
import { CliError, ioError } from '../errors.js';
import { VERSION } from '../version.js';

/** Options of {@link fetchText}. */
export interface FetchTextOptions {
  /** The `Accept` header. */
  readonly accept: string;
  /** Milliseconds one attempt may take. */
  readonly attemptMs: number;
  /** Epoch milliseconds by which every attempt must be over. */
  readonly deadline: number;
  /** Attempts in all (the first and the retries). */
  readonly attempts: number;
  /** Largest answer accepted, in bytes. */
  readonly maxBytes: number;
  /** The `fetch` to use. */
  readonly fetch: typeof globalThis.fetch;
  /** The clock (epoch milliseconds). */
  readonly now: () => number;
}

/** Outcome of a fetch that reached the server: its text, or the status when it was 404 (the caller decides). */
export type FetchTextResult = { readonly status: 200; readonly text: string } | { readonly status: 404 };

const USER_AGENT = `hotpatch-calendar/${VERSION} (+https://www.npmjs.com/package/hotpatch-calendar; refresh)`;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function readLimited(response: Response, maxBytes: number, url: string): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > maxBytes) throw ioError(`${url}: answer of ${declared} bytes is over the limit of ${maxBytes}`);
  const reader = response.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw ioError(`${url}: answer is over the limit of ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  return new TextDecoder('utf-8').decode(Buffer.concat(chunks));
}

/** Fetches `url` as text, with the timeout, retry, deadline and size rules above. */
export async function fetchText(url: string, options: FetchTextOptions): Promise<FetchTextResult> {
  let last = 'no attempt made';
  for (let attempt = 1; attempt <= options.attempts; attempt++) {
    const left = options.deadline - options.now();
    if (left <= 0) break;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), Math.min(options.attemptMs, left));
    try {
      const response = await options.fetch(url, {
        headers: { accept: options.accept, 'user-agent': USER_AGENT },
        signal: controller.signal,
        redirect: 'follow',
      });
      if (response.status === 404) {
        await response.body?.cancel();
        return { status: 404 };
      }
      if (response.status >= 500) {
        await response.body?.cancel();
        last = `HTTP ${response.status}`;
      } else if (response.status !== 200) {
        await response.body?.cancel();
        throw ioError(`${url}: HTTP ${response.status}`);
      } else {
        return { status: 200, text: await readLimited(response, options.maxBytes, url) };
      }
    } catch (error) {
      if (error instanceof CliError) throw error;
      last = controller.signal.aborted
        ? `no answer within ${Math.round(Math.min(options.attemptMs, left) / 1000)} s`
        : error instanceof Error
          ? error.message
          : String(error);
    } finally {
      clearTimeout(timer);
    }
    if (attempt < options.attempts)
      await sleep(Math.min(250 * 2 ** (attempt - 1), Math.max(0, options.deadline - options.now())));
  }
  throw ioError(`cannot fetch ${url}: ${last}`);
}

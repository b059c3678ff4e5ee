import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockFile, readFileOrNull, writeFileAtomic } from '../../src/cli/host/files.js';
import { main } from '../../src/cli/main.js';
import { ELIGIBLE_CLIENT } from '../support/devices.js';

// `serve` in this process against a local upstream that fails in each way a real one does; the first background
// refresh runs a second after start. What is served must stay the last good data, and the freshness endpoint and
// the log must say what happened.
const page = readFileSync(new URL('../importers/fixtures/windows-server-release-info.html', import.meta.url), 'utf8');
type Mode = 'ok' | '500' | 'hang' | 'garbage' | 'truncated' | 'not-cvrf';
let mode: Mode = 'ok';
const upstream = createServer((req: IncomingMessage, res: ServerResponse) => {
  if (mode === 'hang') return; // never answers
  if (mode === '500') return void res.writeHead(500).end('upstream down');
  if (mode === 'truncated') {
    // Promises 100 kB, sends a part of the page, and hangs up.
    res.writeHead(200, { 'Content-Type': 'text/html', 'Content-Length': '100000' });
    res.write(page.slice(0, 1000));
    return void setTimeout(() => res.destroy(), 50);
  }
  // The CVRF documents the refresh asks for: JSON, but not CVRF.
  if (req.url?.startsWith('/cvrf/'))
    return void res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"value":[]}');
  res
    .writeHead(200, { 'Content-Type': 'text/html' })
    .end(mode === 'garbage' ? '<html>nothing to read here</html>' : page);
});
let upstreamUrl = '';
beforeAll(async () => {
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}/release-info`;
});
afterAll(async () => {
  upstream.closeAllConnections();
  await new Promise<void>((resolve) => upstream.close(() => resolve()));
});

/** A POST whose body arrives slowly, with the stop between its halves: it must still be answered. */
function slowRequestAcrossStop(base: string, doStop: () => void): Promise<void> {
  const body = JSON.stringify({
    device: { ...ELIGIBLE_CLIENT, build: '26100.7392' },
    from: '2026-01-01',
    to: '2026-12-31',
  });
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      `${base}/api/v1/restarts`,
      { method: 'POST', headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) } },
      (res) => {
        let text = '';
        res.on('data', (c) => {
          text += c;
        });
        res.on('end', () => {
          try {
            expect(res.statusCode).toBe(200);
            expect(JSON.parse(text).restarts).toHaveLength(7);
            resolve();
          } catch (error) {
            reject(error);
          }
        });
      },
    );
    req.on('error', reject);
    req.write(body.slice(0, 40));
    setTimeout(() => {
      doStop();
      setTimeout(() => req.end(body.slice(40)), 300);
    }, 100);
  });
}

const etagOf = async (base: string) =>
  (await fetch(`${base}/calendar/2026.csv?products=windows-server-2025`)).headers.get('etag');

/** Starts serve, waits for the first refresh, runs `check` against it, then stops it with SIGTERM. */
async function withServe(
  check: (base: string, logs: () => Record<string, unknown>[], before: string | null) => Promise<void>,
): Promise<{ code: number; logs: Record<string, unknown>[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'hc-serve-'));
  const overlay = join(dir, 'catalog.json');
  let out = '';
  let stop: (signal: string) => void = () => {};
  const logs = () =>
    out
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  // In not-CVRF mode the refresh also reads this month's CVRF document from the upstream.
  const cvrf =
    mode === 'not-cvrf'
      ? ['--msrc-url', upstreamUrl.replace('/release-info', '/cvrf/'), '--refresh-since', '2026-12']
      : [];
  const running = main(
    ['serve', '--port', '0', '--catalog', overlay, '--release-health-url', upstreamUrl, '--timeout', '2', ...cvrf],
    {
      readChunks: () => {
        throw new Error('no input');
      },
      writeFile: writeFileAtomic,
      readFile: readFileOrNull,
      lock: (p: string) => lockFile(p, 10_000),
      ensureDir: async (p: string) => void mkdirSync(p, { recursive: true }),
      isTTY: false,
      env: {},
      now: () => Date.now(),
      onStop: (handler) => {
        stop = handler;
      },
      stdout: (t) => {
        out += t;
      },
      stderr: (t) => {
        out += `${JSON.stringify({ stderr: t })}\n`;
      },
    },
  );
  const until = async (test: () => boolean, ms: number) => {
    const end = Date.now() + ms;
    while (!test() && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
  };
  await until(() => logs().some((l) => l['msg'] === 'listening'), 5000);
  const port = logs().find((l) => l['msg'] === 'listening')?.['port'];
  const base = `http://127.0.0.1:${port}`;
  // Before the first refresh (a second after start): the built-in data's answer.
  const before = await etagOf(base);
  await until(() => logs().some((l) => l['msg'] === 'refresh'), 8000);
  await check(base, logs, before);
  await slowRequestAcrossStop(base, () => stop('SIGTERM'));
  const code = await running;
  return { code, logs: logs() };
}

describe('serve keeps itself current, and keeps the last good data when a refresh fails', () => {
  it.each([
    ['500', 'upstream answers 500'],
    ['hang', 'upstream hangs past the timeout'],
    ['garbage', 'upstream answers garbage'],
    ['truncated', 'upstream hangs up halfway'],
    ['not-cvrf', 'upstream answers JSON that is not CVRF'],
  ] as const)('%s: %s', async (failure, _what) => {
    mode = failure;
    const { code, logs } = await withServe(async (base, log, before) => {
      // The same data, the same tag.
      expect(await etagOf(base)).toBe(before);
      const fresh = (await (await fetch(`${base}/api/v1/freshness`)).json()) as {
        refresh: { lastError: string | null; lastSuccess: string | null; enabled: boolean };
      };
      expect(fresh.refresh).toMatchObject({ enabled: true, lastSuccess: null });
      expect(fresh.refresh.lastError).toBeTruthy();
      expect(log().find((l) => l['msg'] === 'refresh')).toMatchObject({ level: 'warn', ok: false });
      // Still serving the built-in data.
      expect((await fetch(`${base}/calendar/2026.ics`)).status).toBe(200);
      expect((await fetch(`${base}/readyz`)).status).toBe(200);
    });
    expect(code).toBe(0);
    expect(logs.map((l) => l['msg'])).toEqual(expect.arrayContaining(['listening', 'refresh', 'stopping', 'stopped']));
  });
  it('ok: the imported releases are served (their ETags change), the freshness endpoint says so; SIGTERM exits 0', async () => {
    mode = 'ok';
    const { code } = await withServe(async (base, log, before) => {
      expect(log().find((l) => l['msg'] === 'refresh')).toMatchObject({ level: 'info', ok: true });
      const fresh = (await (await fetch(`${base}/api/v1/freshness`)).json()) as {
        refresh: { lastError: string | null; lastSuccess: string | null };
      };
      expect(fresh.refresh.lastError).toBeNull();
      expect(fresh.refresh.lastSuccess).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      // The overlay's releases are served as the overlay's: the CSV says so, so its ETag is not the built-in one's.
      const csv = await (await fetch(`${base}/calendar/2026.csv?products=windows-server-2025`)).text();
      expect(csv).toMatch(
        /\r\n2026-02,windows-server-2025,.*,hotpatch,KB5075942,26100\.32313,2026-02-10,false,override,/,
      );
      expect(await etagOf(base)).not.toBe(before);
      // A year the import did not touch keeps its tag.
      const untouched = await fetch(`${base}/calendar/2027.csv?products=windows-11-25h2`);
      expect(untouched.status).toBe(200);
    });
    expect(code).toBe(0);
  });
});

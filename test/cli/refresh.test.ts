import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileOrNull, writeFileAtomic } from '../../src/cli/host/files.js';
import { runCli } from '../support/cli.js';

// The refresh command against a local HTTP server (loopback only) and real files in a temporary folder.
const cvrfText = readFileSync(new URL('../importers/fixtures/cvrf-2026-Aug.json', import.meta.url), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'hotpatch-refresh-'));
const fixturePath = join(dir, 'cvrf-2026-Aug.json');
writeFileSync(fixturePath, cvrfText);

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
let handler: Handler = (_req, res) => res.end();
const requests: IncomingMessage[] = [];
let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req);
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/cvrf/`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const run = (argv: string[], env: Record<string, string> = {}, now = Date.UTC(2026, 10, 28, 12)) =>
  runCli(argv, {
    readChunks: async function* chunks() {},
    writeFile: writeFileAtomic,
    readFile: readFileOrNull,
    fetch: globalThis.fetch,
    env,
    now: () => now,
  });

let n = 0;
const overlayPath = (): string => join(dir, `overlay-${++n}.json`);

describe('refresh --from (offline)', () => {
  it('creates the overlay from a saved CVRF document; month 2026-08 then shows the imported KBs from it', async () => {
    const overlay = overlayPath();
    const r = await run(['refresh', '--from', fixturePath, '--catalog', overlay]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/overlay-\d+\.json: 5 added, 0 changed, 4 entries\n$/);
    expect(r.err).toContain('warning: ');
    const month = await run([
      'month',
      '2026-08',
      '--catalog',
      overlay,
      '--product',
      'windows-server-2022-azure-edition',
      '--format',
      'json',
    ]);
    const releases =
      (JSON.parse(month.out) as { releases: { kb: string; source: string; urls: string[] }[] }[])[0]?.releases ?? [];
    expect(
      releases
        .filter((x) => x.source === 'override')
        .map((x) => x.kb)
        .sort(),
    ).toEqual(['KB5120229', 'KB5120242']);
    expect(releases.find((x) => x.kb === 'KB5120229')?.urls).toContain(
      'https://api.msrc.microsoft.com/cvrf/v3.0/cvrf/2026-Aug',
    );
    // The environment variable names the same overlay for every command.
    const viaEnv = await run(['month', '2026-08', '--product', 'windows-server-2025', '--format', 'json'], {
      HOTPATCH_CALENDAR_CATALOG: overlay,
    });
    expect(viaEnv.out).toContain('"source": "override"');
  });
  it('refreshing with the same document again adds and changes nothing, and leaves the file byte-identical', async () => {
    const overlay = overlayPath();
    await run(['refresh', '--from', fixturePath, '--catalog', overlay]);
    const before = readFileSync(overlay, 'utf8');
    const r = await run(['refresh', '--from', fixturePath, '--catalog', overlay]);
    expect(r.out).toMatch(/0 added, 0 changed/);
    expect(readFileSync(overlay, 'utf8')).toBe(before);
  });
});

describe('refresh online, against a local server', () => {
  async function withOverlay(): Promise<{ overlay: string; before: string }> {
    const overlay = overlayPath();
    await run(['refresh', '--from', fixturePath, '--catalog', overlay]);
    return { overlay, before: readFileSync(overlay, 'utf8') };
  }
  it('fetches /cvrf/2026-Aug as JSON with a clear User-Agent', async () => {
    handler = (_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(cvrfText);
    requests.length = 0;
    const r = await run(['refresh', '--month', '2026-08', '--msrc-url', base, '--catalog', overlayPath()]);
    expect(r.code, r.err).toBe(0);
    expect(requests.map((q) => q.url)).toEqual(['/cvrf/2026-Aug']);
    expect(requests[0]?.headers['accept']).toBe('application/json');
    expect(requests[0]?.headers['user-agent']).toMatch(/^hotpatch-calendar\/\d+\.\d+\.\d+ /);
  });
  it('retries a 500 with backoff and succeeds', async () => {
    let calls = 0;
    handler = (_req, res) => (++calls < 3 ? res.writeHead(500).end('busy') : res.writeHead(200).end(cvrfText));
    const r = await run(['refresh', '--month', '2026-08', '--msrc-url', base, '--catalog', overlayPath()]);
    expect([r.code, calls]).toEqual([0, 3]);
  });
  it.each([
    [
      'a 404 for a month asked for',
      (_req: IncomingMessage, res: ServerResponse) => res.writeHead(404).end(),
      /not found \(404\)/,
    ],
    ['500 on every attempt', (_req: IncomingMessage, res: ServerResponse) => res.writeHead(500).end(), /HTTP 500/],
    [
      'truncated JSON',
      (_req: IncomingMessage, res: ServerResponse) => res.writeHead(200).end(cvrfText.slice(0, 500)),
      /not JSON \(truncated or garbled\)/,
    ],
    [
      'HTML where JSON was expected',
      (_req: IncomingMessage, res: ServerResponse) =>
        res.writeHead(200).end('<!DOCTYPE html><html><body>Sign in</body></html>'),
      /HTML came back where JSON was expected/,
    ],
    [
      'JSON that is not CVRF',
      (_req: IncomingMessage, res: ServerResponse) => res.writeHead(200).end('{"value": []}'),
      /expected MSRC CVRF v3.0 JSON/,
    ],
    [
      'a 50 MB answer',
      (_req: IncomingMessage, res: ServerResponse) => {
        res.writeHead(200);
        const chunk = Buffer.alloc(1024 * 1024, 32);
        let sent = 0;
        const push = (): void => {
          while (sent < 50 && res.write(chunk)) sent++;
          if (sent >= 50) res.end();
          else res.once('drain', push);
        };
        res.on('error', () => undefined);
        push();
      },
      /over the limit of 20971520 bytes/,
    ],
  ])('%s: exit 1, one line, the overlay byte-identical', async (_name, h, message) => {
    const { overlay, before } = await withOverlay();
    handler = h;
    const r = await run(['refresh', '--month', '2026-08', '--msrc-url', base, '--catalog', overlay]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(message);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(readFileSync(overlay, 'utf8')).toBe(before);
  });
  it('a server that never answers: the deadline ends it, and the overlay is untouched', async () => {
    const { overlay, before } = await withOverlay();
    handler = () => undefined;
    const started = Date.now();
    const r = await run(['refresh', '--month', '2026-08', '--msrc-url', base, '--catalog', overlay, '--timeout', '2']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/no answer within \d+ s/);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(readFileSync(overlay, 'utf8')).toBe(before);
  });
  it('--since walks to the current month; a month not published yet (404) is skipped with a note', async () => {
    handler = (req, res) =>
      req.url?.endsWith('2026-Nov')
        ? res.writeHead(404).end()
        : res.writeHead(200).end(cvrfText.replaceAll('2026-Aug', req.url?.slice(-8) ?? ''));
    requests.length = 0;
    const r = await run(['refresh', '--since', '2026-10', '--msrc-url', base, '--catalog', overlayPath()]);
    expect(r.code, r.err).toBe(0);
    expect(requests.map((q) => q.url)).toEqual(['/cvrf/2026-Oct', '/cvrf/2026-Nov']);
    expect(r.out).toContain('MSRC 2026-Nov: not published (404), skipped');
  });
  it('usage errors exit 2', async () => {
    expect((await run(['refresh'])).code).toBe(2);
    expect((await run(['refresh', '--catalog', overlayPath(), '--month', '2026-08', '--since', '2026-01'])).code).toBe(
      2,
    );
    expect((await run(['refresh', '--catalog', overlayPath(), '--prefer', 'newest', '--from', fixturePath])).code).toBe(
      2,
    );
  });
});

describe('the stale-data hint', () => {
  it('says once on stderr, after the output, which products and channels are more than 45 days behind', async () => {
    const later = await run(['month', '2027-03'], {}, Date.UTC(2027, 2, 20));
    expect(later.code).toBe(0);
    expect(later.err).toBe(
      "hotpatch-calendar: note: windows-11-24h2, windows-11-25h2, windows-11-26h2: newest hotpatch release 2026-10 (5 months behind 2027-03), newest standard release 2026-11 (4 months behind 2027-03); windows-server-2025: newest hotpatch release 2026-07 (8 months behind 2027-03), newest standard release 2026-09 (6 months behind 2027-03); windows-server-2022-azure-edition: newest hotpatch release 2026-08 (7 months behind 2027-03), newest standard release 2026-08 (7 months behind 2027-03); run 'hotpatch-calendar refresh'\n",
    );
    // In November 2026 only what is behind then: not Windows 11's standard channel, which has November.
    const november = (await run(['month', '2026-11'])).err;
    expect(november).toMatch(/windows-server-2025: newest hotpatch release 2026-07/);
    expect(november).not.toMatch(/standard release 2026-11/);
    // An error is one line: the note is not printed when the command fails.
    const bad = await run(['month', '2026-13']);
    expect(bad.err.trim().split('\n')).toHaveLength(1);
  });
});

// Server benchmark: autocannon against `hotpatch-calendar serve` (the built executable, on loopback) and against a
// bare node:http server that returns the same bytes, in the same run: requests per second as a ratio, p99 latency,
// errors, a 304 path against the 200 path, and the server's RSS before and after many requests.
// Requests for the RSS run: BENCH_SERVE_REQUESTS (default 200000). Never part of the test suite.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';

const BIN = new URL('../../bin/hotpatch-calendar.js', import.meta.url).pathname;
const DURATION = Number(process.env.BENCH_SERVE_SECONDS ?? 5);
const MANY = Number(process.env.BENCH_SERVE_REQUESTS ?? 200_000);

/** Starts `serve --offline` and resolves with its port and process, from its `listening` log line. */
function startServe() {
  const child = spawn(process.execPath, [BIN, 'serve', '--offline', '--port', '0', '--builtin'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve) => {
    let buffer = '';
    const onData = (chunk) => {
      buffer += chunk;
      const line = buffer.split('\n').find((l) => l.includes('"listening"'));
      if (!line) return;
      // From here the access log is drained and dropped: the benchmark measures the server, not its reader.
      child.stdout.off('data', onData);
      child.stdout.on('data', () => {});
      resolve({ child, port: JSON.parse(line).port });
    };
    child.stdout.on('data', onData);
  });
}

const rss = (pid) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

async function cannon(url, headers = {}, amount = 0) {
  const result = await autocannon({
    url,
    connections: 100,
    headers,
    ...(amount > 0 ? { amount } : { duration: DURATION }),
  });
  return {
    rps: result.requests.average,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    statuses: { '2xx': result['2xx'], '3xx': result['3xx'], '4xx': result['4xx'], '5xx': result['5xx'] },
    requests: result.requests.total,
  };
}

const { child, port } = await startServe();
const base = `http://127.0.0.1:${port}`;
const feed = await fetch(`${base}/calendar.ics`);
const body = Buffer.from(await feed.arrayBuffer());
const headers = Object.fromEntries(feed.headers);
delete headers['content-length'];
delete headers['transfer-encoding'];
delete headers['connection'];
delete headers['keep-alive'];
delete headers['date'];
// The bare server runs in its own process, as serve does: in this one it would share the client's event loop.
const dir = mkdtempSync(join(tmpdir(), 'hc-serve-bench-'));
writeFileSync(join(dir, 'body'), body);
writeFileSync(join(dir, 'headers.json'), JSON.stringify({ ...headers, 'content-length': String(body.length) }));
const bareScript = `const { createServer } = require('node:http'); const { readFileSync } = require('node:fs');
const body = readFileSync(${JSON.stringify(join(dir, 'body'))}); const headers = JSON.parse(readFileSync(${JSON.stringify(join(dir, 'headers.json'))}, 'utf8'));
const s = createServer((_req, res) => { res.writeHead(200, headers); res.end(body); });
s.listen(0, '127.0.0.1', () => console.log(s.address().port));`;
const bare = spawn(process.execPath, ['-e', bareScript], { stdio: ['ignore', 'pipe', 'inherit'] });
const barePort = await new Promise((resolve) => bare.stdout.once('data', (d) => resolve(Number(String(d).trim()))));

const runs = { bare: [], serve: [], notModified: [] };
for (let i = 0; i < 3; i++) {
  runs.bare.push(await cannon(`http://127.0.0.1:${barePort}/calendar.ics`));
  runs.serve.push(await cannon(`${base}/calendar.ics`));
  runs.notModified.push(await cannon(`${base}/calendar.ics`, { 'If-None-Match': headers.etag }));
}
const median = (list, key) => list.map((r) => r[key]).sort((a, b) => a - b)[1];
const rssBefore = rss(child.pid);
const many = await cannon(`${base}/calendar.ics`, {}, MANY);
const rssAfter = rss(child.pid);
const more = await cannon(`${base}/calendar.ics`, {}, MANY);
const rssLast = rss(child.pid);

const bareRps = median(runs.bare, 'rps');
const serveRps = median(runs.serve, 'rps');
const nmRps = median(runs.notModified, 'rps');
console.log(`serve: /calendar.ics (${body.length} B, cached by ETag) vs a bare node:http server with the same bytes`);
console.log(
  `  runs (rps) bare ${runs.bare.map((r) => Math.round(r.rps)).join('/')}, serve ${runs.serve.map((r) => Math.round(r.rps)).join('/')}, 304 ${runs.notModified.map((r) => Math.round(r.rps)).join('/')}`,
);
console.log(
  `  serve ${Math.round(serveRps)} rps = ${(serveRps / bareRps).toFixed(2)}x bare (target >= 0.7x); p99 ${median(runs.serve, 'p99')} ms (bare ${median(runs.bare, 'p99')} ms)`,
);
console.log(`  304 path ${Math.round(nmRps)} rps = ${(nmRps / serveRps).toFixed(2)}x the 200 path`);
console.log(
  `  errors: ${[...runs.serve, ...runs.notModified].reduce((n, r) => n + r.errors - (r.statuses['3xx'] ?? 0), 0)} (non-2xx counts the expected 304s, taken out)`,
);
console.log(
  `  RSS ${rssBefore.toFixed(0)} MiB before, ${rssAfter.toFixed(0)} MiB after ${many.requests} requests, ${rssLast.toFixed(0)} MiB after ${many.requests + more.requests}`,
);
child.kill('SIGTERM');
bare.kill();

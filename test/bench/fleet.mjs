// Fleet benchmarks: the fleet and compliance commands over Intune-shaped exports of 100 k, 1 M and 3 M rows,
// through the real executable, written to a file and into a pipe read slowly; devices/s side by side with the
// script a user would otherwise write (csv-parse + this library + JSON.stringify). Max RSS from /usr/bin/time.
// Each size twice: a realistic export (12 builds) and a many-profiles fleet (every device its own build).
// Rows: BENCH_FLEET_ROWS=100000,1000000 (default 100000,1000000,3000000). Never part of the test suite.
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeIntuneCsv } from './fleet-data.mjs';

const ROWS = (process.env.BENCH_FLEET_ROWS ?? '100000,1000000,3000000').split(',').map(Number);
const AS_OF = '2026-11-30';
/** The slow reader takes this many bytes a second: below what fleet writes, so back-pressure has to hold. */
const SLOW_RATE = 8 * 1024 * 1024;
const BIN = new URL('../../bin/hotpatch-calendar.js', import.meta.url).pathname;
const USER_SCRIPT = new URL('./fleet-user-script.mjs', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'hotpatch-fleet-bench-'));

/** Runs node with args under /usr/bin/time; stdout to a file or into a pipe read at SLOW_RATE. */
async function run(args, sink) {
  const timeFile = join(dir, 'time');
  const outFile = join(dir, 'out');
  const fd = sink === 'file' ? openSync(outFile, 'w') : 'pipe';
  const started = process.hrtime.bigint();
  const child = spawn('/usr/bin/time', ['-f', '%M', '-o', timeFile, process.execPath, ...args], {
    stdio: ['ignore', fd, 'ignore'],
  });
  let bytes = 0;
  if (sink === 'slow-pipe') {
    child.stdout.on('data', (chunk) => {
      bytes += chunk.length;
      const ahead = bytes / SLOW_RATE - Number(process.hrtime.bigint() - started) / 1e9;
      if (ahead > 0) {
        child.stdout.pause();
        setTimeout(() => child.stdout.resume(), ahead * 1000);
      }
    });
  }
  const code = await new Promise((resolve) => child.on('close', resolve));
  if (typeof fd === 'number') closeSync(fd);
  if (code !== 0) throw new Error(`${args.join(' ')} exited with ${code}`);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (sink === 'file') bytes = statSync(outFile).size;
  const maxRssMiB = Number(readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)) / 1024;
  return { seconds, maxRssMiB, bytes };
}

const table = [];
const add = (rows, job, sink, r, ratio = '') =>
  table.push({
    rows: rows.toLocaleString('en-US'),
    job,
    sink,
    'devices/s': Math.round(rows / r.seconds).toLocaleString('en-US'),
    'vs script': ratio,
    'max RSS MiB': r.maxRssMiB.toFixed(0),
    'output MB': (r.bytes / 1e6).toFixed(0),
  });

try {
  for (const rows of ROWS) {
    // The realistic export (a dozen device profiles), then the worst case: every device its own build.
    for (const fleetKind of ['realistic', 'many-profiles']) {
      const distinct = fleetKind === 'realistic' ? 0 : rows;
      const csv = join(dir, `fleet-${rows}-${fleetKind}.csv`);
      await writeIntuneCsv(csv, rows, distinct);
      process.stderr.write(`${rows} rows, ${fleetKind}: ${(statSync(csv).size / 1e6).toFixed(0)} MB export\n`);
      const label = (job) => (fleetKind === 'realistic' ? job : `${job}, every device its own build`);
      const fleet = [BIN, 'fleet', csv, '--as-of', AS_OF];
      const cli = await run(fleet, 'file');
      if (rows <= 1_000_000) {
        // The comparison: the same devices through a script a user would write, and csv-parse alone.
        const script = await run([USER_SCRIPT, csv, AS_OF], 'file');
        const parse = await run([USER_SCRIPT, csv, AS_OF, '--parse-only'], 'file');
        add(rows, label('csv-parse alone (the floor)'), 'file', parse);
        add(rows, label('user script (csv-parse + library)'), 'file', script, '1.00');
        add(rows, label('fleet'), 'file', cli, (script.seconds / cli.seconds).toFixed(2));
        process.stderr.write(
          `${rows} rows, ${fleetKind}: fleet takes ${(cli.seconds / parse.seconds).toFixed(2)}x the time of csv-parse alone${fleetKind === 'realistic' ? ' (target <= 1.4x)' : ''}, max RSS ${cli.maxRssMiB.toFixed(0)} MiB (target <= 200)\n`,
        );
      } else add(rows, label('fleet'), 'file', cli);
      if (fleetKind === 'realistic')
        add(rows, 'fleet', `pipe read at ${SLOW_RATE / 1024 / 1024} MiB/s`, await run(fleet, 'slow-pipe'));
      if (rows === 1_000_000)
        add(
          rows,
          label('compliance --format json'),
          'file',
          await run([BIN, 'compliance', csv, '--as-of', AS_OF, '--format', 'json'], 'file'),
        );
      rmSync(csv);
    }
  }
  console.log(
    '\nFleet files (Intune export shape: BOM, quoted, CRLF, 13 columns; realistic: 12 Windows builds; many profiles: a build per device)',
  );
  console.table(table);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

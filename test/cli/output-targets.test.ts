import { execFileSync, spawnSync } from 'node:child_process';
import {
  chmodSync,
  lstatSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
  existsSync,
  openSync,
  closeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The built executable writing where users point it: devices, pipes, links, read-only files, a full disk, a reader
// that leaves. Permission cases run as the unprivileged user `nobody` when the tests run as root.
const bin = fileURLToPath(new URL('../../bin/hotpatch-calendar.js', import.meta.url));
const root = process.getuid?.() === 0;
// `nobody` may not read the checkout (a clone under /root): it runs a copy of the built package in a folder it can
// read, with the one runtime dependency.
const pkg = mkdtempSync(join(tmpdir(), 'hc-pkg-'));
execFileSync('cp', [
  '-r',
  fileURLToPath(new URL('../../dist', import.meta.url)),
  fileURLToPath(new URL('../../bin', import.meta.url)),
  fileURLToPath(new URL('../../package.json', import.meta.url)),
  pkg,
]);
execFileSync('mkdir', ['-p', join(pkg, 'node_modules')]);
execFileSync('cp', [
  '-r',
  fileURLToPath(new URL('../../node_modules/luxon', import.meta.url)),
  join(pkg, 'node_modules'),
]);
execFileSync('chmod', ['-R', 'a+rX', pkg]);
const nobodyBin = join(pkg, 'bin', 'hotpatch-calendar.js');
// A cache of its own, open to `nobody` too: an overlay in the machine's user cache must not change the answers.
const cache = mkdtempSync(join(tmpdir(), 'hc-cache-'));
chmodSync(cache, 0o777);
const env = { ...process.env, XDG_CACHE_HOME: cache };
const cli = (args: string[], opts: { asNobody?: boolean; stdout?: number | 'pipe' } = {}) => {
  const argv =
    opts.asNobody && root
      ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, nobodyBin, ...args]
      : [process.execPath, bin, ...args];
  return spawnSync(argv[0] as string, argv.slice(1), {
    encoding: 'utf8',
    env,
    stdio: ['ignore', opts.stdout ?? 'pipe', 'pipe'],
  });
};
const errorLines = (stderr: string) =>
  stderr.split('\n').filter((l) => l !== '' && !/^hotpatch-calendar: note: windows-/.test(l));
const dir = () => {
  const d = mkdtempSync(join(tmpdir(), 'hc-out-'));
  chmodSync(d, 0o777);
  return d;
};

describe('--output respects what the target is', () => {
  it('a FIFO is written straight and stays a FIFO (no temporary file, no rename)', () => {
    const d = dir();
    const fifo = join(d, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const reader = spawnSync(
      'bash',
      [
        '-c',
        `cat "${fifo}" > "${join(d, 'got')}" & "${process.execPath}" "${bin}" 2026 --format csv --output "${fifo}"; wait`,
      ],
      { env, encoding: 'utf8' },
    );
    expect(reader.status).toBe(0);
    expect(readFileSync(join(d, 'got'), 'utf8')).toMatch(/^month,product,/);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });
  it.runIf(root)('a character device (a private mknod copy of /dev/null, never the system one) stays a device', () => {
    const d = dir();
    const device = join(d, 'null');
    execFileSync('mknod', [device, 'c', '1', '3']);
    const r = cli(['2026', '--format', 'ics', '--output', device]);
    expect(r.status, r.stderr).toBe(0);
    expect(lstatSync(device).isCharacterDevice()).toBe(true);
  });
  it('/dev/stdout writes to standard output', () => {
    const r = cli(['2026', '--format', 'csv', '--output', '/dev/stdout']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^month,product,/);
  });
  it('nothing new is created in /dev', () => {
    const name = `/dev/hotpatch-calendar-test-${process.pid}`;
    const r = cli(['2026', '--format', 'csv', '--output', name]);
    expect(r.status).toBe(1);
    expect(existsSync(name)).toBe(false);
  });
  it('a symlink is followed: the file it names is replaced in its own folder, with its mode; the link stays', () => {
    const d = dir();
    writeFileSync(join(d, 'real.csv'), 'old\n');
    chmodSync(join(d, 'real.csv'), 0o640);
    symlinkSync('real.csv', join(d, 'link.csv'));
    expect(cli(['2026', '--format', 'csv', '--output', join(d, 'link.csv')]).status).toBe(0);
    expect(readlinkSync(join(d, 'link.csv'))).toBe('real.csv');
    expect(readFileSync(join(d, 'real.csv'), 'utf8')).toMatch(/^month,product,/);
    expect(statSync(join(d, 'real.csv')).mode & 0o777).toBe(0o640);
  });
  it('a link to a file not there yet creates it where the link points', () => {
    const d = dir();
    symlinkSync('new.csv', join(d, 'link.csv'));
    expect(cli(['2026', '--format', 'csv', '--output', join(d, 'link.csv')]).status).toBe(0);
    expect(lstatSync(join(d, 'link.csv')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(d, 'new.csv'), 'utf8')).toMatch(/^month,product,/);
  });
  it('a read-only file in a writable folder is refused for a user who cannot write it (exit 1, one line, unchanged)', () => {
    const d = dir();
    const file = join(d, 'ro.csv');
    writeFileSync(file, 'keep\n');
    chmodSync(file, 0o444);
    const r = cli(['2026', '--format', 'csv', '--output', file], { asNobody: true });
    expect(r.status).toBe(1);
    expect(errorLines(r.stderr)).toEqual([expect.stringMatching(/^hotpatch-calendar: cannot write .*ro\.csv: EACCES/)]);
    expect(readFileSync(file, 'utf8')).toBe('keep\n');
    expect(statSync(file).mode & 0o777).toBe(0o444);
    expect(execFileSync('ls', ['-A', d], { encoding: 'utf8' }).trim()).toBe('ro.csv'); // no temporary file left
  });
});

describe('every write is checked', () => {
  it('a full disk (/dev/full) is one line on stderr and exit 1 (it was exit 0, silent)', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const r = cli(['2026', '--format', 'ics'], { stdout: full });
      expect(r.status).toBe(1);
      expect(errorLines(r.stderr)).toEqual(['hotpatch-calendar: cannot write standard output: ENOSPC']);
    } finally {
      closeSync(full);
    }
  });
  it.each([
    ['schedule', '--from', '2000-01', '--to', '2099-12', '--format', 'json'],
    ['month', '2026-07', '--format', 'json'],
    ['build', '26100.4851', '--format', 'json'],
    ['deadline', '2026-07', '--preset', 'broad', '--format', 'json'],
  ])('%s … | head -c1: exit 0 and no stack trace', (...args) => {
    const r = spawnSync(
      'bash',
      ['-c', `set -o pipefail; "${process.execPath}" "${bin}" ${args.join(' ')} | head -c1 >/dev/null`],
      {
        env,
        encoding: 'utf8',
      },
    );
    expect(r.status).toBe(0);
    expect(r.stderr).not.toMatch(/at |Error|CliError/);
  });
});

/**
 * The executable: the only file that touches `process` and the clock; files go through `host/files.ts`, standard
 * output through `host/stdout.ts` (back-pressure, a closed pipe ends quietly).
 * @module
 */
import { createReadStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { lockFile, readFileOrNull, writeFileAtomic } from './host/files.js';
import { streamWriter } from './host/stdout.js';
import { main } from './main.js';

function readChunks(path: string): AsyncIterable<Uint8Array> {
  return path === '-' ? process.stdin : createReadStream(path, { highWaterMark: 64 * 1024 });
}

const out = streamWriter(process.stdout);
main(process.argv.slice(2), {
  stdout: out.write,
  flush: out.flush,
  stderr: (text) => void process.stderr.write(text),
  readChunks,
  writeFile: writeFileAtomic,
  readFile: readFileOrNull,
  lock: lockFile,
  ensureDir: async (path) => void (await mkdir(path, { recursive: true })),
  platform: process.platform,
  fetch: globalThis.fetch,
  env: {
    HOTPATCH_CALENDAR_CATALOG: process.env['HOTPATCH_CALENDAR_CATALOG'],
    NO_COLOR: process.env['NO_COLOR'],
    FORCE_COLOR: process.env['FORCE_COLOR'],
    XDG_CACHE_HOME: process.env['XDG_CACHE_HOME'],
    HOME: process.env['HOME'],
    LOCALAPPDATA: process.env['LOCALAPPDATA'],
    COLUMNS: process.env['COLUMNS'],
  },
  isTTY: process.stdout.isTTY === true,
  ...(process.stdout.isTTY === true && process.stdout.columns > 0 ? { columns: process.stdout.columns } : {}),
  stderrIsTTY: process.stderr.isTTY === true,
  onStop: (handler) => {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => handler(signal));
  },
  now: () => Date.now(),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`hotpatch-calendar: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);

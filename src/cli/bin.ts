/**
 * The executable: the only file that touches `process` and the clock; files go through `host/files.ts`.
 * @module
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { readFileOrNull, writeFileAtomic } from './host/files.js';
import { main } from './main.js';

async function* readLines(path: string): AsyncGenerator<string> {
  const stream = path === '-' ? process.stdin : createReadStream(path, { encoding: 'utf8' });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  for await (const line of lines) yield line;
}

main(process.argv.slice(2), {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readLines,
  writeFile: writeFileAtomic,
  readFile: readFileOrNull,
  fetch: globalThis.fetch,
  env: { HOTPATCH_CALENDAR_CATALOG: process.env['HOTPATCH_CALENDAR_CATALOG'] },
  isTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
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

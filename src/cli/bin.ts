/**
 * The executable: the only file that touches `process`, the clock and the file system.
 * @module
 */
import { createReadStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
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
  writeFile: (path, text) => writeFile(path, text, 'utf8'),
  isTTY: process.stdout.isTTY === true,
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

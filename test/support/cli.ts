import { readFileSync } from 'node:fs';
import type { CliIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';

/** What a CLI run printed and returned. */
export interface CliRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/**
 * Runs the CLI in memory: standard output and error collected, no files unless `io` gives them, no terminal, and
 * a fixed clock (2026-11-30) unless `io.now` says otherwise.
 */
export async function runCli(argv: readonly string[], io: Partial<CliIo> = {}): Promise<CliRun> {
  let out = '';
  let err = '';
  const code = await main(argv, {
    readChunks: (path) => {
      throw new Error(`ENOENT: no such file or directory, open '${path}'`);
    },
    writeFile: async () => undefined,
    isTTY: false,
    now: () => Date.UTC(2026, 10, 30),
    ...io,
    stdout: (t) => {
      out += t;
    },
    stderr: (t) => {
      err += t;
    },
  });
  return { code, out, err };
}

const intuneExport = readFileSync(new URL('../cli/fixtures/intune-export-de.csv', import.meta.url));

/** Runs the CLI with `export.csv` readable: the Intune export fixture, as Excel saves it (German headers). */
export function runWithIntuneExport(argv: readonly string[]): Promise<CliRun> {
  return runCli(argv, {
    readChunks: (path) =>
      (async function* chunks() {
        if (path !== 'export.csv') throw new Error(`ENOENT: ${path}`);
        yield intuneExport;
      })(),
  });
}

/**
 * The shape of a CLI command: its name, its help text and what it runs.
 * @module
 */
import type { CliIo } from '../io.js';

/** One CLI command. */
export interface Command {
  /** The word that selects it (`month`), or `''` for the default calendar command. */
  readonly name: string;
  /** Its `--help` text. */
  readonly help: string;
  /** Runs it with the arguments after its name; throws coded errors. */
  run(args: readonly string[], io: CliIo): Promise<void>;
}

/** Whether to colour output for this host. */
export function colorOf(io: CliIo): boolean {
  return io.color ?? io.isTTY;
}

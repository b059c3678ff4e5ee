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

/**
 * Whether to colour output: `FORCE_COLOR` (any value but `0`/`false`) turns colour on and wins, as in Node;
 * `NO_COLOR` (present and not empty, https://no-color.org) turns it off; otherwise colour on a terminal only.
 */
export function colorOf(io: CliIo): boolean {
  if (io.color !== undefined) return io.color;
  const force = io.env?.['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force !== 'false';
  const no = io.env?.['NO_COLOR'];
  if (no !== undefined && no !== '') return false;
  return io.isTTY;
}

/**
 * The width text output must fit: the terminal's columns, else `COLUMNS`, else 80 on a terminal that does not
 * say; no limit when standard output is a file or a pipe (and `COLUMNS` is not set).
 */
export function widthOf(io: CliIo): number | undefined {
  if (io.columns !== undefined && io.columns > 0) return io.columns;
  const env = io.env?.['COLUMNS'];
  if (env !== undefined && /^\d{2,4}$/.test(env.trim())) return Number(env.trim());
  return io.isTTY ? 80 : undefined;
}

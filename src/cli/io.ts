/**
 * What the CLI needs from its host. `bin.ts` provides the real one; tests provide a fake.
 * @module
 */

/** The host of one CLI run. */
export interface CliIo {
  /** Writes to standard output. */
  stdout(text: string): void;
  /** Writes to standard error. */
  stderr(text: string): void;
  /** Lines of a file, or of standard input for `-`; rejects when unreadable. */
  readLines(path: string): AsyncIterable<string>;
  /** Writes a file. */
  writeFile(path: string, text: string): Promise<void>;
  /** Whether standard output is a terminal. */
  readonly isTTY: boolean;
  /** Whether to colour output; defaults to `isTTY` (bin.ts applies NO_COLOR and FORCE_COLOR). */
  readonly color?: boolean;
  /** The clock, read only for defaults that mean "now" (the current year). */
  now(): number;
}

/**
 * What the CLI needs from its host. `bin.ts` provides the real one; tests provide a fake.
 * @module
 */

/** The host of one CLI run. */
export interface CliIo {
  /** Writes to standard output; a promise means "wait before writing more" (the consumer is slower). */
  stdout(text: string): void | Promise<void>;
  /** Writes to standard error. */
  stderr(text: string): void;
  /** The bytes of a file, or of standard input for `-`, in chunks; rejects when unreadable. */
  readChunks(path: string): AsyncIterable<Uint8Array>;
  /** Writes a file atomically: a temporary file beside it, then a rename, so a failure never damages the old one. */
  writeFile(path: string, text: string): Promise<void>;
  /** Reads a whole file as UTF-8; resolves null when it does not exist. Optional: commands that need it say so. */
  readFile?(path: string): Promise<string | null>;
  /** `fetch` for `refresh`; defaults to the runtime's. */
  readonly fetch?: typeof globalThis.fetch;
  /** Environment variables the CLI reads (`HOTPATCH_CALENDAR_CATALOG`). */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Whether standard error is a terminal: long work shows progress there only then. */
  readonly stderrIsTTY?: boolean;
  /** Whether standard output is a terminal. */
  readonly isTTY: boolean;
  /** Whether to colour output; when absent, `FORCE_COLOR`, `NO_COLOR` and `isTTY` decide (see `colorOf`). */
  readonly color?: boolean;
  /** The clock, read only for defaults that mean "now" (the current year). */
  now(): number;
}

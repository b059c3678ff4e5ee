/**
 * What the CLI needs from its host. `bin.ts` provides the real one; tests provide a fake.
 * @module
 */

/** The host of one CLI run. */
export interface CliIo {
  /** Writes to standard output; a promise means "wait before writing more" (the consumer is slower). */
  stdout(text: string): void | Promise<void>;
  /**
   * Settles when everything written to standard output has gone out; rejects with a coded error when it could not
   * (`E_PIPE` for a reader that went away, `E_IO` for ENOSPC, EIO, EBADF). Optional: a host that writes at once.
   */
  flush?(): Promise<void>;
  /** Writes to standard error. */
  stderr(text: string): void;
  /** The bytes of a file, or of standard input for `-`, in chunks; rejects when unreadable. */
  readChunks(path: string): AsyncIterable<Uint8Array>;
  /** Writes a file atomically: a temporary file beside it, then a rename, so a failure never damages the old one. */
  writeFile(path: string, text: string): Promise<void>;
  /** Reads a whole file as UTF-8; resolves null when it does not exist. Optional: commands that need it say so. */
  readFile?(path: string): Promise<string | null>;
  /**
   * Takes an exclusive lock beside a file (`FILE.lock`) and resolves with its release; a lock left by a process
   * that no longer runs is taken over. Optional: without it, `refresh` runs unlocked.
   */
  lock?(path: string): Promise<() => Promise<void>>;
  /** Creates a folder and its parents (for the default overlay in the user's cache). */
  ensureDir?(path: string): Promise<void>;
  /** The operating system (`process.platform`): where the user's cache is. */
  readonly platform?: string;
  /** `fetch` for `refresh`; defaults to the runtime's. */
  readonly fetch?: typeof globalThis.fetch;
  /**
   * Environment variables the CLI reads: `HOTPATCH_CALENDAR_CATALOG`, and for the user's cache `XDG_CACHE_HOME`,
   * `HOME` and `LOCALAPPDATA`.
   */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Whether standard error is a terminal: long work shows progress there only then. */
  readonly stderrIsTTY?: boolean;
  /** Whether standard output is a terminal. */
  readonly isTTY: boolean;
  /** Columns of the terminal standard output is (`process.stdout.columns`); undefined when it is none. */
  readonly columns?: number;
  /** Whether to colour output; when absent, `FORCE_COLOR`, `NO_COLOR` and `isTTY` decide (see `colorOf`). */
  readonly color?: boolean;
  /** Set by `main`: notes to print on stderr after the command succeeded (an error stays one line). */
  readonly deferNote?: (text: string) => void;
  /** Set by `main` from `--builtin`: every command ignores overlays and reads the built-in data only. */
  readonly builtinOnly?: boolean;
  /** Calls `handler` once when the process is asked to stop (SIGTERM, SIGINT): `serve` shuts down gracefully. */
  readonly onStop?: (handler: (signal: string) => void) => void;
  /** The clock, read only for defaults that mean "now" (the current year). */
  now(): number;
}

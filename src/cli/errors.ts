/**
 * Errors of the CLI shell itself, with codes like the library's: `E_USAGE` (bad arguments, exit 2), `E_IO` (a file
 * that cannot be read or written, exit 1), `E_INPUT` (input that cannot be read as devices, exit 1) and `E_PIPE`
 * (the reader of standard output went away: the CLI stops quietly).
 * @module
 */

/** Codes of CLI errors. */
export type CliErrorCode = 'E_USAGE' | 'E_IO' | 'E_INPUT' | 'E_PIPE';

/** An error of the CLI shell. */
export class CliError extends Error {
  /** Stable code. */
  readonly code: CliErrorCode;
  /**
   * @param code - `E_USAGE` or `E_IO`
   * @param message - one line saying what was wrong and what is accepted
   */
  constructor(code: CliErrorCode, message: string) {
    super(message);
    this.name = 'CliError';
    this.code = code;
  }
}

/** A usage error: exit code 2. */
export const usageError = (message: string): CliError => new CliError('E_USAGE', message);
/** An input error: exit code 1. */
export const inputError = (message: string): CliError => new CliError('E_INPUT', message);
/** An I/O error: exit code 1. */
export const ioError = (message: string): CliError => new CliError('E_IO', message);

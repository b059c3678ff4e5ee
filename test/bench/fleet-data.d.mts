/**
 * Writes an Intune-shaped "All devices" export of `rows` rows to `path`; `distinct` > 0 cycles the OS version
 * through that many builds (a many-profiles fleet).
 */
export function writeIntuneCsv(path: string, rows: number, distinct?: number): Promise<void>;
/** The export's 13 column names. */
export const HEADER: readonly string[];
/** One data row, deterministic in its index. */
export function row(i: number, distinct?: number): string[];

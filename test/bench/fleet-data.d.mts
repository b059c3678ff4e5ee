/** Writes an Intune-shaped "All devices" export of `rows` rows to `path`. */
export function writeIntuneCsv(path: string, rows: number): Promise<void>;
/** The export's 13 column names. */
export const HEADER: readonly string[];
/** One data row, deterministic in its index. */
export function row(i: number): string[];

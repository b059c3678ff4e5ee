/**
 * Streaming RFC 4180 reader for the CLI's fleet input: lines in, records out, one record in memory at a time.
 * @internal
 * @module
 */

/** Splits complete CSV records from a line stream (quoted fields may span lines). */
export async function* _csvRecords(lines: AsyncIterable<string>): AsyncGenerator<string[]> {
  let pending: string[] | null = null;
  let field = '';
  let inQuotes = false;
  for await (const rawLine of lines) {
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    if (pending === null) {
      if (line.length === 0) continue;
      pending = [];
      field = '';
    } else {
      field += '\n';
    }
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (inQuotes) {
        if (c === '"' && line[i + 1] === '"') {
          field += '"';
          i++;
        } else if (c === '"') inQuotes = false;
        else field += c;
      } else if (c === '"' && field.length === 0) inQuotes = true;
      else if (c === ',') {
        pending.push(field);
        field = '';
      } else field += c;
      if (field.length > 10_000) throw new RangeError('a CSV field is longer than 10,000 characters');
    }
    if (!inQuotes) {
      pending.push(field);
      yield pending;
      pending = null;
    }
  }
  if (pending !== null) throw new RangeError('the CSV input ends inside a quoted field');
}

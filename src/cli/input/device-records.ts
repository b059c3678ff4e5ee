/**
 * Device records from a fleet file: CSV with a header row (Intune export headers understood) or JSON lines.
 * One record in memory at a time.
 * @module
 */
import { ioError } from '../errors.js';
import { _csvRecords } from './csv-lines.js';

/** Column names of an Intune device export, mapped to device-profile fields, so an export can be read as it is. */
const HEADER_ALIASES: ReadonlyMap<string, string> = new Map([
  ['device name', 'id'],
  ['device id', 'id'],
  ['os version', 'osVersion'],
  ['osversion', 'osVersion'],
  ['sku family', 'edition'],
  ['processor architecture', 'architecture'],
]);

/** Longest JSON line accepted. */
const MAX_LINE = 100_000;

/** Records of a JSON-lines stream; a line that is not JSON becomes a record the device check refuses. */
export async function* jsonLineRecords(lines: AsyncIterable<string>): AsyncGenerator<unknown> {
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line.trim() === '') continue;
    if (line.length > MAX_LINE)
      throw ioError(`line ${n} is longer than ${MAX_LINE.toLocaleString('en-US')} characters`);
    try {
      const record: unknown = JSON.parse(line);
      yield record;
    } catch {
      yield { __invalidJson: `line ${n} is not JSON` };
    }
  }
}

/** Records of a CSV stream with a header row; empty cells are left out. */
export async function* csvRecords(lines: AsyncIterable<string>): AsyncGenerator<Record<string, string>> {
  let header: string[] | null = null;
  for await (const fields of _csvRecords(lines)) {
    if (!header) {
      header = fields.map((h) => HEADER_ALIASES.get(h.trim().toLowerCase()) ?? h.trim());
      continue;
    }
    const record: Record<string, string> = {};
    header.forEach((h, i) => {
      const v = fields[i];
      if (h && v !== undefined && v !== '')
        Object.defineProperty(record, h, { value: v, enumerable: true, writable: true, configurable: true });
    });
    yield record;
  }
}

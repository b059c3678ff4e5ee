/**
 * Device records from a fleet file in any shape Intune and Graph produce: a CSV export (BOM, `,` `;` or tab as
 * separator, quoted multi-line fields; read with csv-parse), JSON lines, or Microsoft Graph `managedDevice` JSON
 * (`{ "value": [...] }` pages, one document or one page a line). One record in memory at a time for CSV and JSON
 * lines; no line or record is ever built past its limit.
 * @module
 */
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { CliError, inputError } from '../errors.js';
export type { InputItem, ReadDevicesOptions } from './items.js';
import { csvRowReader, hasBuildColumn } from './columns.js';
import { _grouped, _terminal } from '../../render/escape.js';
import { type InputItem, type ReadDevicesOptions, windowsOnly } from './items.js';
import { graphDocumentItems, jsonLineItems } from './json-input.js';

/** One item of a fleet file: a device record, or a line that cannot be one (its own error row). */

const SEPARATORS = [',', ';', '\t'] as const;

/** The separator of a CSV header line: the one that occurs most often outside quotes. */
function sniffSeparator(header: string): string {
  const counts = new Map<string, number>(SEPARATORS.map((s) => [s, 0]));
  let quoted = false;
  for (const c of header) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && counts.has(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? ',';
}

/** Text chunks with the first `limit` characters (or the first line, if shorter) already read. */
async function peek(
  texts: AsyncIterable<string>,
  limit: number,
): Promise<{ head: string; rest: AsyncIterator<string> }> {
  const it = texts[Symbol.asyncIterator]();
  let head = '';
  while (head.length < limit && !/\n/.test(head)) {
    const next = await it.next();
    if (next.done) break;
    head += next.value;
  }
  return { head, rest: it };
}

async function* replay(head: string, rest: AsyncIterator<string>): AsyncGenerator<string> {
  if (head.length > 0) yield head;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}

/**
 * The text, refused as soon as a line runs past the record limit: csv-parse builds a record's fields before it
 * checks the record's size, so one 50 MB line of commas would be 50 million fields in memory first. A quoted field
 * with line breaks is several lines here, each within the limit, and csv-parse's own limit still holds for it.
 */
async function* boundedLines(texts: AsyncIterable<string>, o: ReadDevicesOptions): AsyncGenerator<string> {
  const tooLong = () => inputError(`${o.path}: a record is longer than ${o.maxRecord} characters`);
  let run = 0; // characters since the last line break
  for await (const text of texts) {
    // indexOf, not a loop over characters: a fleet file is hundreds of MB.
    let start = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
      if (run + (nl - start) > o.maxRecord) throw tooLong();
      run = 0;
      start = nl + 1;
    }
    run += text.length - start;
    if (run > o.maxRecord) throw tooLong();
    yield text;
  }
}

/**
 * CSV rows as devices. Rows are numbered as Excel numbers them (the header is row 1), which is where an admin
 * looks; a quoted field with line breaks makes text-editor line numbers differ.
 */
async function* csvItems(
  texts: AsyncIterable<string>,
  separator: string,
  o: ReadDevicesOptions,
): AsyncGenerator<InputItem> {
  const source = Readable.from(texts);
  const parser = source.pipe(
    parse({
      bom: true,
      delimiter: separator,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      max_record_size: o.maxRecord,
    }),
  );
  // pipe() does not pass a source's error on: the parser is ended with it, so the loop below sees it.
  source.on('error', (error) => parser.destroy(error));
  let reader: ReturnType<typeof csvRowReader> | undefined;
  let row = 1;
  try {
    for await (const values of parser as AsyncIterable<string[]>) {
      if (reader === undefined) {
        // Without a build there is nothing to forecast: say so once, naming the columns, not once per row.
        if (!hasBuildColumn(values, o.columns)) {
          const found = values.map((v) => `"${_terminal(v, 60)}"`);
          throw inputError(
            `${o.path}: no column holds the OS build (expected "OS version" or "Build"); columns found: ${_grouped(found, 20).join(', ')}; name the build column with --column osVersion="COLUMN"`,
          );
        }
        reader = csvRowReader(values, o.onUnrecognised, o.columns);
        if (reader.unknown.length > 0) o.onUnknownColumns(reader.unknown);
        continue;
      }
      row++;
      yield windowsOnly(reader.read(values), `${o.path} row ${row}`, reader.os(values));
    }
  } catch (error) {
    if (error instanceof CliError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw inputError(
      `${o.path}: ${/max.?record.?size/i.test(message) ? `a record is longer than ${o.maxRecord} characters` : message}`,
    );
  }
}

/** The devices of a fleet file, in order, detected by content: JSON (lines, or a Graph document) or CSV. */
export async function* readDevices(texts: AsyncIterable<string>, o: ReadDevicesOptions): AsyncGenerator<InputItem> {
  // Up to the first line break or the record limit: a JSON line of 65,537 to 100,000 characters is still one line.
  const { head, rest } = await peek(texts, o.maxRecord);
  const body = head.replace(/^\uFEFF/, '');
  const unknownColumns = new Set<string>();
  const first = body.trimStart()[0];
  if (first === '{' || first === '[') {
    const firstLine = body.slice(0, body.indexOf('\n') >= 0 ? body.indexOf('\n') : body.length).trim();
    let lines = false;
    try {
      JSON.parse(firstLine);
      lines = first === '{';
    } catch {
      lines = false;
    }
    yield* lines
      ? jsonLineItems(replay(head, rest), o, unknownColumns)
      : graphDocumentItems(replay(head, rest), o, unknownColumns);
    return;
  }
  const headerLimit = Math.min(o.maxRecord, 65_536);
  const lineEnd = head.indexOf('\n');
  if ((lineEnd < 0 ? head.length : lineEnd) >= headerLimit)
    throw inputError(`${o.path}: line 1 is longer than ${headerLimit} characters; expected a CSV header`);
  yield* csvItems(boundedLines(replay(head, rest), o), sniffSeparator(body.split('\n')[0] ?? ''), o);
}

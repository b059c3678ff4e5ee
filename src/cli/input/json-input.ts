/**
 * Fleet files in JSON: JSON lines (a device, or a Graph page `{ "value": [...] }`, per line; lines bounded while
 * read) and whole Microsoft Graph documents.
 * @module
 */
import { inputError } from '../errors.js';
import { type InputItem, item, type ReadDevicesOptions } from './items.js';

export async function* jsonLineItems(
  texts: AsyncIterable<string>,
  o: ReadDevicesOptions,
  unknownColumns: Set<string>,
): AsyncGenerator<InputItem> {
  let line = '';
  let n = 0;
  let reported = false;
  const emit = function* (text: string): Generator<InputItem> {
    n++;
    const trimmed = text.replace(/^\uFEFF/, '').trim();
    if (trimmed === '') return;
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch (error) {
      yield {
        ok: false,
        code: 'E_INPUT',
        message: `${o.path} line ${n} is not JSON (${error instanceof Error ? error.message : 'parse error'})`,
      };
      return;
    }
    const page =
      typeof value === 'object' && value !== null && Array.isArray((value as { value?: unknown }).value)
        ? (value as { value: unknown[] }).value
        : null;
    for (const raw of page ?? [value])
      yield item(raw, `${o.path} line ${n}`, unknownColumns, o.onUnrecognised, o.columns);
    if (!reported && unknownColumns.size > 0) {
      reported = true;
      o.onUnknownColumns([...unknownColumns]);
    }
  };
  for await (const text of texts) {
    let start = 0;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
      line += text.slice(start, i);
      yield* emit(line);
      line = '';
      start = i + 1;
    }
    line += text.slice(start);
    if (line.length > o.maxRecord) throw inputError(`${o.path} line ${n + 1} is longer than ${o.maxRecord} characters`);
  }
  yield* emit(line);
}

export async function* graphDocumentItems(
  texts: AsyncIterable<string>,
  o: ReadDevicesOptions,
  unknownColumns: Set<string>,
): AsyncGenerator<InputItem> {
  let text = '';
  for await (const t of texts) {
    text += t;
    if (text.length > o.maxDocument)
      throw inputError(
        `${o.path} is a JSON document longer than ${o.maxDocument} characters; save Graph pages as JSON lines instead`,
      );
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw inputError(`${o.path} is not JSON (${error instanceof Error ? error.message : 'parse error'})`);
  }
  const devices = Array.isArray(doc)
    ? doc
    : typeof doc === 'object' && doc !== null
      ? (doc as { value?: unknown }).value
      : undefined;
  if (!Array.isArray(devices))
    throw inputError(
      `${o.path} is JSON but not Microsoft Graph devices; expected { "value": [ ...managedDevice ] } or an array`,
    );
  for (const [i, raw] of devices.entries())
    yield item(raw, `${o.path} device ${i + 1}`, unknownColumns, o.onUnrecognised, o.columns);
  if (unknownColumns.size > 0) o.onUnknownColumns([...unknownColumns]);
}

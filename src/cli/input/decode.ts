/**
 * Bytes to text for fleet files as Windows tools save them: UTF-8 with or without a BOM (Excel, PowerShell 5.1),
 * UTF-16 with a BOM (PowerShell's `Out-File` default, Excel's "Unicode text"); binary input is refused at once.
 * @module
 */
import { TextDecoder } from 'node:util';
import { inputError } from '../errors.js';

/** Decoded text chunks of a byte stream. */
export async function* decodeText(chunks: AsyncIterable<Uint8Array>, path: string): AsyncGenerator<string> {
  let decoder: TextDecoder | null = null;
  for await (const raw of chunks) {
    let chunk = raw;
    if (decoder === null) {
      if (chunk[0] === 0xff && chunk[1] === 0xfe) [decoder, chunk] = [new TextDecoder('utf-16le'), chunk.subarray(2)];
      else if (chunk[0] === 0xfe && chunk[1] === 0xff)
        [decoder, chunk] = [new TextDecoder('utf-16be'), chunk.subarray(2)];
      else if (chunk.length >= 2 && chunk[1] === 0 && chunk[0] !== 0) {
        // UTF-16LE without a BOM: ASCII letters followed by NUL bytes.
        decoder = new TextDecoder('utf-16le');
      } else {
        if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) chunk = chunk.subarray(3);
        decoder = new TextDecoder('utf-8');
      }
      if (decoder.encoding === 'utf-8' && chunk.subarray(0, 4096).includes(0)) {
        throw inputError(
          `${path} is not text (it contains NUL bytes); expected a CSV export, JSON lines or Graph JSON`,
        );
      }
    }
    const text = decoder.decode(chunk, { stream: true });
    if (text.length > 0) yield text;
  }
  const rest = decoder?.decode() ?? '';
  if (rest.length > 0) yield rest;
}

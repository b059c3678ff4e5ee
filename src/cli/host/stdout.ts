/**
 * Writing to standard output with back-pressure: a write that the stream cannot take at once returns a promise
 * that settles on `drain`, so memory stays flat whatever the reader's speed; a reader that goes away (EPIPE, as
 * with `| head`) ends the run quietly instead of with a stack trace.
 * @module
 */
import type { Writable } from 'node:stream';
import { CliError } from '../errors.js';

/** A `stdout` for {@link CliIo} over a Node stream. */
export function streamWriter(stream: Writable): (text: string) => void | Promise<void> {
  let closed = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    // EPIPE and friends: the reader is gone. Later writes stop the run quietly (main exits 0, prints nothing).
    closed = true;
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') stream.emit('hotpatch-write-error', error);
  });
  const gone = (): CliError => new CliError('E_PIPE', 'standard output was closed');
  return (text) => {
    if (closed) throw gone();
    if (stream.write(text)) return undefined;
    return new Promise<void>((resolve, reject) => {
      const onDrain = (): void => {
        stream.off('close', onClose);
        resolve();
      };
      const onClose = (): void => {
        stream.off('drain', onDrain);
        reject(gone());
      };
      stream.once('drain', onDrain);
      stream.once('close', onClose);
    });
  };
}

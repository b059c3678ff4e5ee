/**
 * Writing to standard output with back-pressure: a write that the stream cannot take at once returns a promise
 * that settles on `drain`, so memory stays flat whatever the reader's speed; a reader that goes away (EPIPE, as
 * with `| head`) ends the run quietly instead of with a stack trace. Small writes are gathered into blocks: one
 * system call per line made a fleet run spend most of its time in `write`.
 * @module
 */
import type { Writable } from 'node:stream';
import { CliError } from '../errors.js';

/** Text gathered before it goes to the stream; whatever is pending also goes out when the run next waits. */
const BLOCK = 64 * 1024;

/** A `stdout` for {@link CliIo} over a Node stream. */
export function streamWriter(stream: Writable): (text: string) => void | Promise<void> {
  let closed = false;
  let pending = '';
  let scheduled = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    // EPIPE and friends: the reader is gone. Later writes stop the run quietly (main exits 0, prints nothing).
    closed = true;
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') stream.emit('hotpatch-write-error', error);
  });
  const gone = (): CliError => new CliError('E_PIPE', 'standard output was closed');
  const flush = (): void => {
    scheduled = false;
    if (pending === '' || closed) return;
    const block = pending;
    pending = '';
    stream.write(block);
  };
  return (text) => {
    if (closed) throw gone();
    pending += text;
    if (pending.length >= BLOCK) flush();
    else if (!scheduled) {
      // Before the process waits for input or exits, the rest goes out.
      scheduled = true;
      setImmediate(flush);
    }
    if (!stream.writableNeedDrain) return undefined;
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

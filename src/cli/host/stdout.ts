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

/** A `stdout` for {@link CliIo} over a Node stream, and `flush`, which settles when everything was written. */
export function streamWriter(stream: Writable): {
  write: (text: string) => void | Promise<void>;
  flush: () => Promise<void>;
} {
  let closed = false;
  let failure: NodeJS.ErrnoException | null = null;
  let pending = '';
  let scheduled = false;
  const record = (error: NodeJS.ErrnoException | null | undefined): void => {
    if (!error) return;
    closed = true;
    // EPIPE: the reader is gone (`| head`), the run stops quietly. Anything else (ENOSPC, EIO, EBADF) is a failure.
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') failure ??= error;
  };
  stream.on('error', record);
  const stop = (): CliError =>
    failure
      ? new CliError('E_IO', `cannot write standard output: ${failure.code ?? failure.message}`)
      : new CliError('E_PIPE', 'standard output was closed');
  const flushBlock = (): void => {
    scheduled = false;
    if (pending === '' || closed) return;
    const block = pending;
    pending = '';
    stream.write(block, record);
  };
  const write = (text: string): void | Promise<void> => {
    if (closed) throw stop();
    pending += text;
    if (pending.length >= BLOCK) flushBlock();
    else if (!scheduled) {
      // Before the process waits for input or exits, the rest goes out.
      scheduled = true;
      setImmediate(flushBlock);
    }
    if (!stream.writableNeedDrain) return undefined;
    return new Promise<void>((resolve, reject) => {
      const onDrain = (): void => {
        stream.off('close', onClose);
        resolve();
      };
      const onClose = (): void => {
        stream.off('drain', onDrain);
        reject(stop());
      };
      stream.once('drain', onDrain);
      stream.once('close', onClose);
    });
  };
  const flush = async (): Promise<void> => {
    flushBlock();
    if (!closed) {
      // An empty write's callback runs after every write queued before it: then each has succeeded or failed.
      await new Promise<void>((resolve) =>
        stream.write('', (error) => {
          record(error);
          resolve();
        }),
      );
    }
    if (failure) throw stop();
  };
  return { write, flush };
}

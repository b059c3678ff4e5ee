/**
 * File access for the executable: whole-file reads, and writes that never damage the file they replace (a
 * temporary file in the same folder, flushed, then renamed over the target).
 * @module
 */
import { constants } from 'node:fs';
import { access, lstat, open, readlink, realpath, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * Writes `text` to `path` as the target is:
 * - a character device, FIFO or socket (`/dev/stdout`, `/dev/null`, a named pipe) is written straight, never replaced;
 * - a symbolic link is followed and the file it names is replaced, in that file's own folder;
 * - a regular file is replaced atomically: a temporary file beside it (O_EXCL, mode 0600), flushed, given the old
 *   file's mode, then renamed over it, so the old file survives any failure, even a process killed mid-write;
 * - a file the user could not write (read-only, as `access(W_OK)` says) is refused, as `cp` would;
 * - nothing new is created in `/dev`.
 * The temporary file is removed on every failure.
 */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const target = await targetOf(path);
  if (target.special) {
    const handle = await open(path, 'w');
    try {
      await handle.writeFile(text, 'utf8');
    } finally {
      await handle.close();
    }
    return;
  }
  // Loaded here, not at startup: most runs write no file, and every module loaded at startup is time to first output.
  const { randomBytes } = await import('node:crypto');
  const temp = join(dirname(target.path), `.${basename(target.path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx', 0o600);
    try {
      await handle.writeFile(text, 'utf8');
      // A replaced file keeps its mode; a new one gets the usual mode (0666 less the umask).
      await handle.chmod(target.mode ?? 0o666 & ~process.umask());
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target.path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** What a write goes to: a device or pipe (written straight), or the regular file a path names through its links. */
async function targetOf(path: string): Promise<{ special: boolean; path: string; mode: number | null }> {
  const link = await lstat(path).catch(missing);
  if (link === null) {
    // A new file: never in /dev, where only the devices themselves may be written.
    if (resolve(dirname(path)) === '/dev') throw Object.assign(new Error(`${path} is no device`), { code: 'ENOENT' });
    return { special: false, path, mode: null };
  }
  // Through any links: /dev/stdout names the process's own standard output, a pipe with no path of its own.
  const real = link.isSymbolicLink() ? await stat(path).catch(missing) : link;
  if (real === null) {
    // A link to a file that does not exist yet: the file is created where the link points, as a shell would.
    return targetOf(resolve(dirname(path), await readlink(path)));
  }
  if (real.isCharacterDevice() || real.isFIFO() || real.isSocket() || real.isBlockDevice())
    return { special: true, path, mode: null };
  if (real.isDirectory()) throw Object.assign(new Error(`${path} is a folder`), { code: 'EISDIR' });
  const file = link.isSymbolicLink() ? await realpath(path) : path;
  await access(file, constants.W_OK); // a read-only file is refused, as cp would
  return { special: false, path: file, mode: real.mode & 0o7777 };
}

/** Null for a path that does not exist; any other error is thrown. */
function missing(error: unknown): null {
  if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return null;
  throw error;
}

/** Largest file read whole (a catalog overlay, a saved CVRF document or page): fetched documents have the same cap. */
export const MAX_WHOLE_FILE_BYTES = 20 * 1024 * 1024;

/** A whole UTF-8 file, or null when there is none; a file over 20 MB is refused before it is read. */
export async function readFileOrNull(path: string): Promise<string | null> {
  try {
    const handle = await open(path, 'r');
    try {
      const { size } = await handle.stat();
      if (size > MAX_WHOLE_FILE_BYTES)
        throw new Error(`${path} is ${(size / 1048576).toFixed(1)} MB; files read whole are at most 20 MB`);
      return await handle.readFile('utf8');
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return null;
    throw error;
  }
}

/** Whether a process id names a running process (`kill(pid, 0)`: EPERM means it runs as another user). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error instanceof Error && 'code' in error && error.code === 'EPERM';
  }
}

/**
 * An exclusive lock on `path`: `path.lock` created with O_EXCL holding this process id. A lock whose process no
 * longer runs is taken over; a live one is waited for (up to `waitMs`), then refused. Resolves with the release.
 */
export async function lockFile(path: string, waitMs = 60_000): Promise<() => Promise<void>> {
  const lock = `${path}.lock`;
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    try {
      const handle = await open(lock, 'wx', 0o600);
      await handle.writeFile(`${process.pid}\n`, 'utf8');
      await handle.close();
      return async () => {
        await rm(lock, { force: true });
      };
    } catch (error) {
      if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error;
    }
    const holder = Number.parseInt((await readFileOrNull(lock)) ?? '', 10);
    // A stale lock (its process died, or an unreadable one) is removed; the next attempt takes it with O_EXCL.
    if (!Number.isInteger(holder) || holder <= 0 || !alive(holder)) {
      await rm(lock, { force: true });
      continue;
    }
    if (Date.now() - started > waitMs)
      throw new Error(`${lock} is held by process ${holder}; another refresh is running (remove the file if not)`);
    await new Promise((wake) => setTimeout(wake, Math.min(50 * 2 ** Math.min(attempt, 5), 1000)));
  }
}

/**
 * File access for the executable: whole-file reads, and writes that never damage the file they replace (a
 * temporary file in the same folder, flushed, then renamed over the target).
 * @module
 */
import { randomBytes } from 'node:crypto';
import { open, readFile, rename, rm } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { basename, dirname, join } from 'node:path';

/** Writes `text` to `path` atomically: the old file survives any failure, even a process killed mid-write. */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** A whole UTF-8 file, or null when there is none. */
export async function readFileOrNull(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
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
    await sleep(Math.min(50 * 2 ** Math.min(attempt, 5), 1000));
  }
}

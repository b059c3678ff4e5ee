// `npm start -- ARGS`: runs the CLI, rebuilding first only when a source is newer than the build (a rebuild takes
// 20 to 30 seconds on 2 cores; the CLI itself a fifth of a second).
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const built = join(root, 'dist', 'cli', 'cli.cjs');

/** Newest modification time of the files under a folder (0 for none). */
function newest(dir) {
  let time = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    time = Math.max(time, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return time;
}

let builtAt = 0;
try {
  builtAt = statSync(built).mtimeMs;
} catch {
  builtAt = 0;
}
const sourcesAt = Math.max(newest(join(root, 'src')), statSync(join(root, 'tsup.config.ts')).mtimeMs);
if (sourcesAt > builtAt) {
  process.stderr.write('hotpatch-calendar: sources changed since the last build; building (tsup)\n');
  const build = spawnSync('npx', ['--no-install', 'tsup', '--silent'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const run = spawnSync(process.execPath, [join(root, 'bin', 'hotpatch-calendar.js'), ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(run.status ?? 1);

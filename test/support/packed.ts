import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The package as users get it: `npm pack` (its prepack script builds), then the tarball installed into a scratch
// project. Measurements made here are the ones users meet.
const root = fileURLToPath(new URL('../..', import.meta.url));

/** Packs the package, installs the tarball into a new scratch project, and returns the project folder. */
export function installPackedPackage(): { project: string; tarball: string } {
  const dir = mkdtempSync(join(tmpdir(), 'hotpatch-packed-'));
  const pack = execFileSync('npm', ['pack', '--silent', '--pack-destination', dir], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const tarball = join(dir, pack.trim().split('\n').at(-1) ?? '');
  const project = join(dir, 'project');
  mkdirSync(project);
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'scratch', version: '1.0.0', private: true, type: 'module' }),
  );
  execFileSync(
    'npm',
    ['install', '--no-audit', '--no-fund', '--prefer-offline', '--no-package-lock', tarball, 'fast-check@4'],
    { cwd: project, stdio: 'ignore' },
  );
  return { project, tarball };
}

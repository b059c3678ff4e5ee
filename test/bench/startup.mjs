// CLI startup: `hotpatch-calendar 2027` (the year from the built-in data, into a pipe) and `--version` against
// `node -e 0`, alternated in one run, 21 times each; medians and the ratio. Never part of the test suite. It runs
// first in `npm run bench`: after gigabytes of fleet files, the page cache and the machine are not what a user has.
import { spawnSync } from 'node:child_process';

const BIN = new URL('../../bin/hotpatch-calendar.js', import.meta.url).pathname;
const RUNS = Number(process.env.BENCH_STARTUP_RUNS ?? 21);
const cases = {
  'node -e 0': ['-e', '0'],
  'hotpatch-calendar 2027': [BIN, '2027', '--builtin'],
  'hotpatch-calendar --version': [BIN, '--version'],
  'hotpatch-calendar month 2026-06': [BIN, 'month', '2026-06', '--builtin'],
  // A zone other than UTC: luxon and the zone data are loaded on demand.
  'hotpatch-calendar 2027 --tz Europe/Berlin': [BIN, '2027', '--builtin', '--tz', 'Europe/Berlin'],
};
const times = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
for (let i = 0; i < RUNS + 2; i++) {
  for (const [name, args] of Object.entries(cases)) {
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'pipe', 'ignore'] });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (r.status !== 0) throw new Error(`${name} exited ${r.status}`);
    if (i >= 2) times[name].push(ms); // two warm-up rounds (file cache)
  }
}
const stats = (list) => {
  const s = [...list].sort((a, b) => a - b);
  return { min: s[0], median: s[Math.floor(s.length / 2)], max: s.at(-1) };
};
const base = stats(times['node -e 0']).median;
console.log(`CLI startup (${RUNS} runs each, alternated; min / median / max ms, median ratio to node -e 0)`);
for (const [name, list] of Object.entries(times)) {
  const { min, median, max } = stats(list);
  console.log(
    `  ${name.padEnd(42)} ${min.toFixed(0)} / ${median.toFixed(0)} / ${max.toFixed(0)} ms  ${(median / base).toFixed(2)}x`,
  );
}
const ratio = stats(times['hotpatch-calendar 2027']).median / base;
console.log(
  `  target: hotpatch-calendar 2027 <= 1.5x node -e 0: ${ratio.toFixed(2)}x ${ratio <= 1.5 ? 'met' : 'missed'}`,
);

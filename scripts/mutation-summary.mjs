// Mutation score per folder of src/ from Stryker JSON reports: `npm run mutation` prints it after a run;
// `node scripts/mutation-summary.mjs a.json b.json …` merges reports of runs over different folders (a file's
// mutants come from the last report that holds it; a run's report also holds the files its incremental file
// held, so give each run its own incremental file when the reports are to be merged). Score = (killed + timed
// out) / (those + survived + no coverage); ignored mutants (static, error-message wording) are counted apart.
import { readFileSync } from 'node:fs';

const paths = process.argv.slice(2);
if (paths.length === 0) paths.push('reports/mutation/mutation.json');

const files = new Map();
for (const path of paths) {
  const report = JSON.parse(readFileSync(path, 'utf8'));
  for (const [name, file] of Object.entries(report.files)) files.set(name.replace(/^.*?(src\/)/, '$1'), file);
}

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);
const rows = new Map();
const row = (key) => {
  if (!rows.has(key)) rows.set(key, { detected: 0, undetected: 0, ignored: 0 });
  return rows.get(key);
};
for (const [name, file] of files) {
  const parts = name.split('/');
  const folder = parts.length > 2 ? `${parts[0]}/${parts[1]}/` : `${parts[0]}/ (root files)`;
  for (const m of file.mutants) {
    for (const key of [folder, 'src/ (all)']) {
      const r = row(key);
      if (DETECTED.has(m.status)) r.detected++;
      else if (UNDETECTED.has(m.status)) r.undetected++;
      else if (m.status === 'Ignored') r.ignored++;
    }
  }
}

const pct = (r) =>
  r.detected + r.undetected === 0 ? 'n/a' : `${((100 * r.detected) / (r.detected + r.undetected)).toFixed(1)}%`;
const keys = [...rows.keys()].filter((k) => k !== 'src/ (all)').sort();
const width = Math.max(...keys.map((k) => k.length), 12);
console.log(`${'folder'.padEnd(width)}  score   killed  survived  ignored`);
for (const key of [...keys, 'src/ (all)']) {
  const r = rows.get(key);
  console.log(
    `${key.padEnd(width)}  ${pct(r).padStart(6)}  ${String(r.detected).padStart(6)}  ${String(r.undetected).padStart(8)}  ${String(r.ignored).padStart(7)}`,
  );
}

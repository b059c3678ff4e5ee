// A fleet file in the shape of an Intune "All devices" export (English UI): UTF-8 BOM, every field quoted, CRLF,
// 13 columns, a mix of Windows versions (hotpatch, standard, outside the program) as real fleets have.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

export const HEADER = [
  'Device name',
  'Managed by',
  'Ownership',
  'Compliance',
  'OS',
  'OS version',
  'Last check-in',
  'Primary user UPN',
  'Device ID',
  'Serial number',
  'Enrollment date',
  'Model',
  'Manufacturer',
];

// Builds seen in November 2026: hotpatch and LCU builds of 24H2/25H2, older baselines, Windows 10, 23H2, servers.
const VERSIONS = [
  '10.0.26100.9974',
  '10.0.26200.9974',
  '10.0.26100.9711',
  '10.0.26200.9711',
  '10.0.26100.9106',
  '10.0.26100.9168',
  '10.0.26100.7623',
  '10.0.22631.6199',
  '10.0.19045.6456',
  '10.0.26100.32230',
  '10.0.20348.4405',
  '10.0.17763.7919',
];

/**
 * One data row, deterministic in its index. `distinct` > 0: a synthetic fleet where the OS version cycles through
 * that many builds (every device its own profile when it equals the row count), the worst case for anything kept
 * per profile.
 */
export function row(i, distinct = 0) {
  const n = String(i).padStart(7, '0');
  return [
    `PC-${n}`,
    'Intune',
    i % 17 === 0 ? 'Personal' : 'Corporate',
    i % 5 === 0 ? 'Noncompliant' : 'Compliant',
    'Windows',
    distinct > 0 ? `10.0.26100.${1000 + (i % distinct)}` : VERSIONS[(i * 7) % VERSIONS.length],
    '11/28/2026 8:14 AM',
    `user${n}@contoso.com`,
    `3f1c0b7e-0000-4000-8000-${String(i).padStart(12, '0')}`,
    `5CG${n}`,
    '3/2/2025 10:00 AM',
    i % 3 === 0 ? 'Latitude 7440' : 'EliteBook 840 G10',
    i % 3 === 0 ? 'Dell Inc.' : 'HP',
  ];
}

const line = (fields) => `${fields.map((f) => `"${f}"`).join(',')}\r\n`;

/** Writes `rows` rows to `path` (`distinct`: see {@link row}). */
export async function writeIntuneCsv(path, rows, distinct = 0) {
  const out = createWriteStream(path);
  out.write(`\uFEFF${line(HEADER)}`);
  let chunk = '';
  for (let i = 1; i <= rows; i++) {
    chunk += line(row(i, distinct));
    if (chunk.length > 1 << 20 || i === rows) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end();
  await once(out, 'finish');
}

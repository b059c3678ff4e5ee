// What a user would write instead of the fleet command: csv-parse, this library and JSON.stringify in one script.
// Usage: node fleet-user-script.mjs FILE AS_OF [--parse-only]. --parse-only: csv-parse alone with the same options
// (the floor a CSV-reading command cannot go below).
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import { fleetForecaster } from '../../dist/index.js';

const [file, asOf, mode] = process.argv.slice(2);
const [year, month, day] = asOf.split('-').map(Number);
const forecast = fleetForecaster({ asOf: { year, month, day } });
const records = createReadStream(file).pipe(parse({ columns: true, bom: true }));
let i = 0;
if (mode === '--parse-only') {
  let n = 0;
  for await (const _ of records) n++;
  process.stdout.write(`${n}\n`);
  process.exit(0);
}
for await (const r of records) {
  const result = forecast({ id: r['Device name'], osVersion: r['OS version'] }, i++);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

// What a user would write instead of the fleet command: csv-parse, this library and JSON.stringify in one script.
// Usage: node fleet-user-script.mjs FILE AS_OF
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import { fleetForecaster } from '../../dist/index.js';

const [file, asOf] = process.argv.slice(2);
const [year, month, day] = asOf.split('-').map(Number);
const forecast = fleetForecaster({ asOf: { year, month, day } });
const records = createReadStream(file).pipe(parse({ columns: true, bom: true }));
let i = 0;
for await (const r of records) {
  const result = forecast({ id: r['Device name'], osVersion: r['OS version'] }, i++);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

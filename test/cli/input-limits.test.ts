import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

const chunks = (parts: Iterable<string>) => ({
  readChunks: () =>
    (async function* () {
      for (const p of parts) yield Buffer.from(p);
    })(),
});

describe('input detection and memory', () => {
  it('a JSON line of 80,000 characters (under the 100,000 limit) is a JSON line, not a Graph document', async () => {
    const line = JSON.stringify({ id: 'a', edition: 'Enterprise', build: '26100.9106', pad: 'x'.repeat(80_000) });
    const r = await runCli(['fleet', 'f.jsonl', '--as-of', '2026-11-28'], chunks([`${line}\n`]));
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ id: 'a', ok: true, product: 'windows-11-24h2' });
  });
  it('a pretty-printed Graph document is still a document', async () => {
    const doc = JSON.stringify({ value: [{ deviceName: 'pc-1', osVersion: '10.0.26100.9106' }] }, null, 2);
    const r = await runCli(['fleet', 'g.json', '--as-of', '2026-11-28'], chunks([doc]));
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ id: 'pc-1', ok: true });
  });
  it('one 50 MB CSV record of commas is refused with one line, before csv-parse builds its fields', async () => {
    const before = process.memoryUsage().rss;
    const body = function* () {
      yield 'Device name,OS version\r\n';
      for (let i = 0; i < 50; i++) yield ','.repeat(1_000_000);
      yield '\r\n';
    };
    const r = await runCli(['fleet', 'big.csv', '--as-of', '2026-11-28'], chunks(body()));
    expect(r.code).toBe(1);
    expect(r.err.trim().split('\n')).toEqual(['hotpatch-calendar: big.csv: a record is longer than 100000 characters']);
    // Read as text, not as fields: far below the 2.7 GB it took (the whole input is 50 MB).
    expect(process.memoryUsage().rss - before).toBeLessThan(512 * 1024 * 1024);
  });
});

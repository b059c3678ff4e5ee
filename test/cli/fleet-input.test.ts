import { readFileSync } from 'node:fs';
import { runCli } from '../support/cli.js';
import { describe, expect, it } from 'vitest';

// Fleet files as the tools write them: an Intune export saved by Excel in German, a Graph page, UTF-16, JSON lines
// with a BOM, and input that never ends.
const fixture = (name: string): Buffer => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));

const run = (argv: string[], files: Record<string, Buffer | (() => AsyncGenerator<Uint8Array>)>) =>
  runCli(argv, {
    readChunks: (path) => {
      const f = files[path];
      if (f === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      if (typeof f === 'function') return f();
      return (async function* chunks() {
        // Uneven chunks, as a pipe delivers them: 7 bytes, then the rest.
        yield f.subarray(0, 7);
        yield f.subarray(7);
      })();
    },
  });
const rows = (out: string): Record<string, unknown>[] =>
  out
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('fleet input as exported', () => {
  it('an Intune export saved by Excel in German (BOM, ;, quoted headers, extra columns): one verdict per device, no error row for a Windows build', async () => {
    const r = await run(['fleet', 'export.csv', '--as-of', '2026-11-28'], {
      'export.csv': fixture('intune-export-de.csv'),
    });
    expect(r.code, r.err).toBe(0);
    const results = rows(r.out);
    expect(results.map((x) => [x['id'], x['ok'], x['windows'] ?? (x['error'] as { code: string }).code])).toEqual([
      ['PC-BERLIN-01', true, 'Windows 11 Enterprise, version 24H2'],
      ['PC-BERLIN-02', true, 'Windows 11 Enterprise, version 25H2'],
      ['PC-HAMBURG-07', true, 'Windows 10 22H2'],
      ['PC-MUENCHEN-12', true, 'Windows 11 23H2'],
      ['PC-KOELN-03', true, 'Windows 11 Enterprise, version 24H2'],
      // The iPhone keeps its name, so the error row can be traced to the device.
      ['iPhone von Anna', false, 'E_NOT_WINDOWS'],
      ['PC-LEIPZIG-09 "Empfang"', true, 'Windows 11 Enterprise, version 24H2'],
    ]);
    expect(results[0]).toMatchObject({
      assumed: ['edition', 'architecture', 'license', 'vbsRunning', 'hotpatchPolicy'],
      eligible: true,
    });
    // Windows 10 22H2 ended 2025-10-14: no update ships, so no restart ahead, and the end is named.
    expect(results[2]).toMatchObject({
      reasons: ['NOT_A_HOTPATCH_PRODUCT', 'END_OF_SERVICING'],
      nextRestart: null,
      servicingEnd: '2025-10-14',
    });
    // The unknown columns are named once, on stderr; then the note on data older than 45 days (the servers').
    expect(r.err.trim().split('\n')).toEqual([
      'hotpatch-calendar: note: export.csv: columns not read: Ownership, Compliance, Last check-in, Primary user UPN, Device ID, Serial number, Enrollment date',
      expect.stringMatching(/^hotpatch-calendar: note: windows-.*; run 'hotpatch-calendar refresh'$/),
    ]);
  });
  it('the same export in UTF-16 (PowerShell, Excel "Unicode text") gives the same results', async () => {
    const text = fixture('intune-export-de.csv')
      .toString('utf8')
      .replace(/^\uFEFF/, '');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const a = await run(['fleet', 'x.csv', '--as-of', '2026-11-28'], { 'x.csv': fixture('intune-export-de.csv') });
    const b = await run(['fleet', 'x.csv', '--as-of', '2026-11-28'], { 'x.csv': utf16 });
    expect(b.out).toBe(a.out);
  });
  it('a Graph managedDevice page gives one verdict per device, in Graph spellings (arM64, mdm, skuFamily)', async () => {
    const r = await run(['fleet', 'devices.json', '--as-of', '2026-08-20'], {
      'devices.json': fixture('graph-managed-devices.json'),
    });
    expect(r.code, r.err).toBe(0);
    expect(
      rows(r.out).map((x) => [x['id'], x['product'], x['eligible'], (x['reasons'] as string[]).join(' ')]),
    ).toEqual([
      ['PC-0011', 'windows-11-24h2', true, ''],
      ['PC-0012', 'windows-11-25h2', false, 'ARM64_CHPE_ENABLED'],
      ['PC-0013', 'windows-11-24h2', false, 'EDITION_NOT_SUPPORTED'],
      ['SRV-0014', null, false, 'NOT_A_HOTPATCH_PRODUCT'],
    ]);
  });
  it('JSON lines with a UTF-8 BOM (Windows PowerShell 5.1): the BOM is removed; a line that is not JSON says so with its number', async () => {
    const text =
      '\uFEFF{"id":"a","edition":"Enterprise","osVersion":"10.0.26100.9106"}\n{"id":"b",\n{"id":"c","edition":"Pro","osVersion":"10.0.26100.9106"}\n';
    const r = await run(['fleet', 'x.jsonl', '--as-of', '2026-08-20'], { 'x.jsonl': Buffer.from(text) });
    const results = rows(r.out);
    expect(results.map((x) => x['ok'])).toEqual([true, false, true]);
    expect(results[1]).toMatchObject({
      error: { code: 'E_INPUT', message: expect.stringMatching(/^x\.jsonl line 2 is not JSON/) },
    });
  });
  it('--assume-* flags set what the file lacks, the same flags as compliance', async () => {
    const r = await run(
      ['fleet', 'export.csv', '--as-of', '2026-11-28', '--assume-vbs', 'false', '--assume-license', 'other'],
      { 'export.csv': fixture('intune-export-de.csv') },
    );
    expect(rows(r.out)[0]).toMatchObject({ eligible: false, reasons: ['LICENSE_NOT_QUALIFYING', 'VBS_NOT_RUNNING'] });
    expect(
      (
        await run(['fleet', 'export.csv', '--as-of', '2026-11-28', '--assume-vbs', 'maybe'], {
          'export.csv': fixture('intune-export-de.csv'),
        })
      ).code,
    ).toBe(2);
  });
  it.each([
    ['a CSV record that never ends', 'a,b\n', /a record is longer than 100000 characters/, 1],
    ['a JSON document that never ends', '{"id":"', /JSON document longer than 33554432 characters/, 40],
  ])(
    '%s ends with one line and exit 1, having read at most a bounded amount',
    async (_name, start, message, megabytes) => {
      let produced = 0;
      const endless = async function* (): AsyncGenerator<Uint8Array> {
        yield Buffer.from(start);
        const chunk = Buffer.alloc(64 * 1024, 0x61);
        while (produced < 64 * 1024 * 1024) {
          produced += chunk.length;
          yield chunk;
        }
      };
      const r = await run(['fleet', 'endless', '--as-of', '2026-08-20'], { endless });
      expect(r.code).toBe(1);
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(r.err).toMatch(message);
      expect(produced).toBeLessThan(megabytes * 1024 * 1024);
    },
  );
  it('binary input (NUL bytes, as from /dev/zero) is refused at once', async () => {
    const r = await run(['fleet', 'zero', '--as-of', '2026-08-20'], { zero: Buffer.alloc(65536) });
    expect([r.code, r.err.trim()]).toEqual([
      1,
      'hotpatch-calendar: zero is not text (it contains NUL bytes); expected a CSV export, JSON lines or Graph JSON',
    ]);
  });
});

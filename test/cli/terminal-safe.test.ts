import { describe, expect, it } from 'vitest';
import { _grouped, _terminal } from '../../src/render/escape.js';
import { runCli } from '../support/cli.js';

const input = (text: string) => ({
  readChunks: () =>
    (async function* () {
      yield Buffer.from(text);
    })(),
});

describe('terminal-safe text', () => {
  it.each([
    ['line\nbreak', 'line\\nbreak'],
    ['\u001b]0;title\u0007', '\\x1b]0;title\\x07'],
    ['\u001b[2J', '\\x1b[2J'],
    ['abc\u202edcba', 'abc\\u202edcba'],
    ['\u2066isolate\u2069', '\\u2066isolate\\u2069'],
    ['C1 \u009b', 'C1 \\x9b'],
    ['plain Enterprise', 'plain Enterprise'],
    ['Gerätename', 'Gerätename'],
  ])('_terminal(%j) → %j', (raw, shown) => {
    expect(_terminal(raw)).toBe(shown);
  });
  it('long values are cut with a count of what was left out', () => {
    expect(_terminal('x'.repeat(1_700_000), 10)).toBe('xxxxxxxxxx… (1,699,990 more characters)');
  });
  it('lists are grouped: ten lines, then how many more', () => {
    const lines = Array.from({ length: 5000 }, (_, i) => `w${i}`);
    expect(_grouped(lines)).toEqual([...lines.slice(0, 10), '… and 4,990 more']);
    expect(_grouped(['a'])).toEqual(['a']);
  });
});

describe('data cannot forge terminal output', () => {
  it('a line break in a product name cannot print a second error line', async () => {
    const r = await runCli(['fleet', 'f.jsonl', '--as-of', '2026-11-28', '--format', 'csv'], {
      ...input(
        '{"id":"a","product":"windows-11-24h2\\nhotpatch-calendar: error: forged","build":"26100.9106","edition":"Enterprise"}\n',
      ),
    });
    expect(r.err).not.toMatch(/^hotpatch-calendar: error: forged/m);
    expect(r.out).not.toMatch(/^hotpatch-calendar: error: forged/m);
  });
  it('an escape sequence in an edition shows as text in the restarts table', async () => {
    const r = await runCli(['restarts', '--build', '26100.9106', '--edition', 'Enterprise\u001b[2J', '--year', '2027']);
    expect(r.out).not.toContain('\u001b');
    expect(r.out).toContain('Enterprise\\x1b[2J');
  });
  it('an error message holding data is one line, its breaks shown', async () => {
    const r = await runCli(['month', '2026-07\nhotpatch-calendar: error: forged']);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toContain('\\n');
  });
  it('5,000 unknown columns are named ten … twenty at most, then counted', async () => {
    const header = ['Device name', 'OS version', ...Array.from({ length: 5000 }, (_, i) => `c${i}\u202e`)].join(',');
    const r = await runCli(['fleet', 'f.csv', '--as-of', '2026-11-28'], {
      ...input(`${header}\r\npc-1,10.0.26100.9106\r\n`),
    });
    const note = r.err.split('\n').find((l) => l.includes('columns not read')) ?? '';
    expect(note).toMatch(/… and 4,980 more$/);
    expect(note).not.toContain('\u202e');
    expect(note.length).toBeLessThan(1000);
  });
});

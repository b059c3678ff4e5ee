import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import * as lib from '../../src/index.js';
import * as kit from '../../src/testing/index.js';
import * as importers from '../../src/importers/index.js';
import * as deploy from '../../src/deploy/index.js';
import * as render from '../../src/render/index.js';
import * as server from '../../src/server/index.js';

// Every TSDoc @example in src/ runs here. A line `expr //=> value` (or `//=> value` on the line after the
// expression) becomes assert.deepStrictEqual(expr, value); `//=> e.g. ...` only runs the expression.
const root = fileURLToPath(new URL('../..', import.meta.url));
const cache = join(root, 'node_modules', '.cache', 'hotpatch-tsdoc');

interface Example {
  readonly name: string;
  readonly code: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sourceFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** The examples of one file, each named after the declaration its comment documents. */
function examplesOf(file: string): Example[] {
  const text = readFileSync(file, 'utf8');
  const out: Example[] = [];
  for (const m of text.matchAll(/@example\s*\n\s*\*\s*```ts\n([\s\S]*?)\n\s*\*\s*```/g)) {
    const after = text.slice((m.index ?? 0) + m[0].length);
    const decl = /export (?:async )?(?:function\*?|const|class|interface|type) (\w+)/.exec(after)?.[1] ?? '?';
    const code = (m[1] ?? '')
      .split('\n')
      .map((l) => l.replace(/^\s*\* ?/, ''))
      .join('\n');
    out.push({ name: `${relative(root, file)} ${decl}`, code });
  }
  return out;
}

const balance = (s: string): number => (s.match(/[([{]/g)?.length ?? 0) - (s.match(/[)\]}]/g)?.length ?? 0);

/** Turns `//=>` lines into assertions; other lines run as written. */
function toProgram(code: string): { program: string; checks: number } {
  const lines: string[] = [];
  let pending: string[] = [];
  let checks = 0;
  const check = (expr: string, value: string): void => {
    const e = expr.trim().replace(/;$/, '');
    if (/^e\.g\./.test(value.trim())) lines.push(`void (${e});`);
    else {
      lines.push(`assert.deepStrictEqual(${e}, ${value.trim()});`);
      checks++;
    }
  };
  for (const line of code.split('\n')) {
    const arrow = line.indexOf('//=>');
    if (arrow >= 0) {
      const before = line.slice(0, arrow);
      check([...pending, before].join('\n'), line.slice(arrow + 4));
      pending = [];
      continue;
    }
    pending.push(line);
    const joined = pending.join('\n');
    if (balance(joined) === 0 && /[;}]\s*$/.test(line)) {
      lines.push(joined);
      pending = [];
    }
  }
  lines.push(...pending);
  return { program: lines.join('\n'), checks };
}

const names = (m: object): string =>
  Object.keys(m)
    .filter((k) => k !== 'default')
    .join(', ');
const prelude = `import assert from 'node:assert/strict';
import fc from 'fast-check';
import * as __lib from '${pathToFileURL(join(root, 'src/index.ts')).href}';
import * as __kit from '${pathToFileURL(join(root, 'src/testing/index.ts')).href}';
import * as __importers from '${pathToFileURL(join(root, 'src/importers/index.ts')).href}';
import * as __deploy from '${pathToFileURL(join(root, 'src/deploy/index.ts')).href}';
import * as __render from '${pathToFileURL(join(root, 'src/render/index.ts')).href}';
import * as __server from '${pathToFileURL(join(root, 'src/server/index.ts')).href}';
import { main } from '${pathToFileURL(join(root, 'src/cli/main.ts')).href}';
const { ${names(lib)} } = __lib;
const { ${names(kit)} } = __kit;
const { ${names(importers)} } = __importers;
const { ${names(deploy)} } = __deploy;
const { ${names(render)} } = __render;
const { ${names(server)} } = __server;
// The host the CLI example runs against: no files, a fixed clock.
const io = { stdout: () => undefined, stderr: () => undefined, readLines: async function* () {}, writeFile: async () => undefined, isTTY: false, now: () => Date.UTC(2026, 10, 28) };
void io; void main; void fc;
`;

const examples = sourceFiles(join(root, 'src')).flatMap(examplesOf);

describe('TSDoc @example blocks', () => {
  it('a `//=>` line becomes an assertion that fails on a wrong value; `e.g.` lines only run', () => {
    const { program, checks } = toProgram('const x = [1, 2];\nx.map((n) => n * 2)\n//=> [2, 5]\nx.length //=> e.g. 2');
    expect(checks).toBe(1);
    expect(program).toContain('assert.deepStrictEqual(x.map((n) => n * 2), [2, 5]);');
    expect(() =>
      new Function('assert', program)({ deepStrictEqual: (a: unknown, b: unknown) => expect(a).toEqual(b) }),
    ).toThrow();
  });
  it('every exported function documents an example, and the examples are found', () => {
    expect(examples.length).toBeGreaterThanOrEqual(80);
  });
  it.each(examples)('$name', async ({ name, code }) => {
    const { program, checks } = toProgram(code);
    // An example that asserts nothing proves nothing: each checks at least one value.
    expect(checks, `${name}: no //=> line with a value`).toBeGreaterThan(0);
    mkdirSync(cache, { recursive: true });
    const file = join(cache, `${name.replace(/[^a-z0-9]+/gi, '-')}.ts`);
    writeFileSync(file, `${prelude}\n${program}\n`);
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      await import(pathToFileURL(file).href);
    } finally {
      log.mockRestore();
    }
  });
});

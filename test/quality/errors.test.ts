import { describe, expect, it } from 'vitest';
import {
  HotpatchRangeError,
  HotpatchSyntaxError,
  HotpatchTypeError,
  addMonths,
  createCatalog,
  currentRelease,
  getProduct,
  isHotpatchError,
  parseBuild,
  parseKb,
  releaseInstant,
  safeParseBuild,
  safeParseCivilDate,
  safeParseYearMonth,
} from '../../src/index.js';

// What a caller sees of an error: its class and name (stack traces, `String(error)`), its code, and a message that
// shows the bad value short and quoted, whatever the value is.

const caught = (run: () => unknown): Error => {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a throw');
};

describe('error classes', () => {
  it('carry their own name, so String(error) and stack traces say which', () => {
    expect(caught(() => addMonths({ year: 2026, month: 1 }, 1.5)).name).toBe('HotpatchRangeError');
    expect(caught(() => parseBuild('26100')).name).toBe('HotpatchSyntaxError');
    expect(caught(() => getProduct(5 as never)).name).toBe('HotpatchTypeError');
    expect(String(caught(() => parseBuild('26100')))).toMatch(/^HotpatchSyntaxError: parseBuild/);
  });
  it('isHotpatchError: the three classes with a known code, nothing else', () => {
    expect(isHotpatchError(caught(() => parseBuild('x')))).toBe(true);
    expect(isHotpatchError(caught(() => addMonths({ year: 2026, month: 1 }, 1.5)))).toBe(true);
    expect(isHotpatchError(caught(() => getProduct(5 as never)))).toBe(true);
    expect(isHotpatchError(new RangeError('x'))).toBe(false);
    expect(isHotpatchError(new Error('x'))).toBe(false);
    expect(isHotpatchError({ code: 'E_DATE_RANGE', message: 'x' })).toBe(false);
    expect(isHotpatchError(new HotpatchRangeError('E_NOT_A_CODE' as never, 'x'))).toBe(false);
    expect(isHotpatchError(new HotpatchTypeError('E_TYPE', 'x'))).toBe(true);
    expect(isHotpatchError(new HotpatchSyntaxError('E_BUILD_FORMAT', 'x'))).toBe(true);
  });
});

describe('safe parsers', () => {
  it('return the value when it parses, the error when it does not', () => {
    expect(safeParseYearMonth('2026-07')).toEqual({ ok: true, value: { year: 2026, month: 7 } });
    const bad = safeParseBuild('x');
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error.code).toBe('E_BUILD_FORMAT');
    expect(safeParseCivilDate('2026-02-29').ok).toBe(false);
  });
  it('let anything that is not a library error through, instead of hiding it as a parse failure', () => {
    // A proxy whose every trap throws: the failure is the caller's object, not a malformed year-month.
    const trap = () => {
      throw new Error('trap');
    };
    const proxy = new Proxy({}, { getOwnPropertyDescriptor: trap, ownKeys: trap, get: trap, has: trap });
    expect(() => safeParseYearMonth(proxy as never)).toThrow('trap');
  });
});

describe('bad values in messages', () => {
  it('text is quoted, records are JSON, other values as they print', () => {
    expect(caught(() => parseBuild('26100')).message).toContain('"26100"');
    expect(caught(() => parseKb({ kb: 1 } as never)).message).toContain('{"kb":1}');
    expect(caught(() => parseKb(42 as never)).message).toContain(' 42 ');
    expect(caught(() => parseKb(null as never)).message).toContain(' null ');
    expect(caught(() => parseKb(undefined as never)).message).toContain(' undefined ');
  });
  it('long values are cut to 60 characters, ending in ...', () => {
    const at = (n: number) => caught(() => parseBuild('9'.repeat(n))).message;
    // 58 characters of text are 60 with the quotes: shown whole; one more is cut.
    expect(at(58)).toContain(`"${'9'.repeat(58)}"`);
    expect(at(59)).toContain(`"${'9'.repeat(56)}...`);
    expect(at(59)).not.toContain('9'.repeat(57));
  });
  it('values JSON cannot write are still shown: cycles, symbols, hostile getters', () => {
    const cycle: Record<string, unknown> = {};
    cycle['self'] = cycle;
    expect(caught(() => parseKb(cycle as never)).message).toContain('[object Object]');
    expect(caught(() => parseKb(Symbol('s') as never)).message).toContain('Symbol(s)');
    const getter = Object.defineProperty({}, 'x', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect((caught(() => parseKb(getter as never)) as HotpatchTypeError).code).toBe('E_TYPE');
  });
});

describe('guards every function shares', () => {
  it('an option from a list: the default when absent, E_OPTION for anything else', () => {
    expect(releaseInstant('2026-07').utc).toBe('2026-07-14T17:00:00Z');
    expect(releaseInstant('2026-07', { release: 'D' }).utc).toBe('2026-07-28T17:00:00Z');
    expect(() => releaseInstant('2026-07', { release: 'C' as never })).toThrow(
      expect.objectContaining({ code: 'E_OPTION', message: expect.stringMatching(/expected one of 'B', 'D'/) }),
    );
    expect(() => releaseInstant('2026-07', { release: null as never })).toThrow(
      expect.objectContaining({ code: 'E_OPTION' }),
    );
  });
  it('as-of: in the options, or positional (0.1) as text, epoch milliseconds or a date record', () => {
    const kb = (asOf: unknown) => currentRelease('windows-11-24h2', 'hotpatch', asOf as never)?.kb;
    expect(kb({ asOf: '2026-03-20' })).toBe('KB5084897');
    expect(kb('2026-03-20')).toBe('KB5084897');
    expect(kb(Date.UTC(2026, 2, 20))).toBe('KB5084897');
    expect(kb({ year: 2026, month: 3, day: 20 })).toBe('KB5084897');
    expect(() => kb({})).toThrow(expect.objectContaining({ code: 'E_OPTION' }));
  });
  it('symbol keys in a record are refused like __proto__', () => {
    const doc = { formatVersion: 2, retrieved: '2026-11-20', sources: {}, releases: [], [Symbol('x')]: 1 };
    expect(() => createCatalog(doc as never)).toThrow(
      expect.objectContaining({
        code: 'E_CATALOG',
        message: expect.stringMatching(/key "Symbol\(x\)" is not allowed/),
      }),
    );
  });
});

/**
 * Argument parsing shared by the commands: `node:util` `parseArgs` with typed configs, and the small readers
 * that turn flag text into checked values.
 * @module
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;
import { PRODUCT_IDS, _product, type ProductId } from '../products/products.js';
import { usageError } from './errors.js';

/**
 * parseArgs with positionals allowed (main handles --help) and unknown flags refused as usage errors. A negative
 * number after a flag (`--offset -2`) is joined to it first: parseArgs would read it as an option.
 */
export function parseCommand<const O extends OptionsConfig>(args: readonly string[], options: O) {
  const joined: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    // `--` ends the options: what follows is positional, and is never joined to a flag.
    if (arg === '--') {
      joined.push(...args.slice(i));
      break;
    }
    const next = args[i + 1];
    if (arg.startsWith('--') && !arg.includes('=') && next !== undefined && /^-\d/.test(next)) {
      joined.push(`${arg}=${next}`);
      i++;
    } else joined.push(arg);
  }
  try {
    return parseArgs({ args: joined, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw usageError(error instanceof Error ? (error.message.split('\n')[0] ?? 'bad arguments') : 'bad arguments');
  }
}

/** The config of a string-valued flag, shared so that command configs fit on a line. */
export const STRING = { type: 'string' } as const;

/** Flags most commands take: the output format and the time zone. */
export const FORMAT_AND_ZONE = { format: STRING, tz: STRING } as const;

/** A whole number from flag text, or undefined when the flag was not given. */
export function intFlag(flag: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^-?\d{1,6}$/.test(text)) throw usageError(`--${flag} ${JSON.stringify(text)} is not a whole number`);
  return Number(text);
}

/** One of `allowed`, or `fallback` when the flag was not given. */
export function choiceFlag<T extends string>(
  flag: string,
  text: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (text === undefined) return fallback;
  const found = allowed.find((a) => a === text);
  if (found === undefined)
    throw usageError(`--${flag} ${JSON.stringify(text)} is not accepted; expected one of ${allowed.join(', ')}`);
  return found;
}

/** Product ids from repeated `--product` flags (any number), or undefined when none was given. */
export function productFlags(values: readonly string[] | undefined): ProductId[] | undefined {
  if (values === undefined || values.length === 0) return undefined;
  return [...new Set(values.map((p) => _product('--product', p).id))];
}

/** Exactly `count` positionals, or a usage error that says what the command takes. */
export function positionalsOf(positionals: readonly string[], count: number, what: string): string[] {
  if (positionals.length !== count) {
    throw usageError(
      positionals.length > count ? `unexpected argument ${JSON.stringify(positionals[count])}` : `missing ${what}`,
    );
  }
  return [...positionals];
}

/** The product list for help texts. */
export const PRODUCT_LIST = PRODUCT_IDS.join(', ');

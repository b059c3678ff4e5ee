/**
 * Argument parsing shared by the commands: `node:util` `parseArgs` with typed configs, and the small readers
 * that turn flag text into checked values.
 * @module
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;
import { PRODUCT_IDS, _product, type ProductId } from '../products/products.js';
import { LOCALES, type Locale } from '../render/locale/locales.js';
import { usageError } from './errors.js';
import { _windowsZoneName } from './zone-names.js';

/** Flags people reach for that go by another name here. */
const ALIASES: Readonly<Record<string, string>> = {
  zone: 'tz',
  timezone: 'tz',
  'time-zone': 'tz',
  language: 'lang',
  locale: 'lang',
  out: 'output',
  products: 'product',
  asof: 'as-of',
  date: 'as-of',
};

/** Edit distance of two short words (flag names): insertions, deletions, substitutions. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    previous = row;
  }
  return previous[b.length] ?? 0;
}

/** The known flag closest to an unknown one (an alias, else at most a third of its letters away), or null. */
export function closestFlag(unknown: string, known: readonly string[]): string | null {
  const name = unknown.replace(/^-+/, '').split('=')[0]?.toLowerCase() ?? '';
  const alias = ALIASES[name];
  if (alias !== undefined && known.includes(alias)) return alias;
  let best: string | null = null;
  let bestDistance = Math.max(1, Math.floor(name.length / 3));
  for (const k of known) {
    const d = distance(name, k);
    if (d < bestDistance || (d === bestDistance && best === null)) [best, bestDistance] = [k, d];
  }
  return best;
}

/**
 * parseArgs with positionals allowed (main handles --help) and unknown flags refused as usage errors. A negative
 * number after a flag (`--offset -2`) is joined to it first: parseArgs would read it as an option.
 */
export function parseCommand<const O extends OptionsConfig>(args: readonly string[], options: O) {
  // Every command speaks both languages (human text only; error messages stay English for scripts).
  const config = { lang: { type: 'string' }, ...options } as const;
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
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; options: O; allowPositionals: true; strict: true }>>;
  try {
    parsed = parseArgs({ args: joined, options: config as O, allowPositionals: true, strict: true }) as typeof parsed;
  } catch (error) {
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? 'bad arguments') : 'bad arguments';
    const unknown = /^Unknown option '(-{1,2}[^']*)'/.exec(message)?.[1];
    if (unknown !== undefined) {
      const near = closestFlag(unknown, Object.keys(config));
      throw usageError(`unknown flag ${unknown}${near === null ? '' : `; did you mean --${near}?`}`);
    }
    throw usageError(message);
  }
  // Values pasted from a ticket or a spreadsheet carry spaces at either end: they are never part of a value.
  // Spaces and tabs only: a line break inside an argument is not pasted, and stays an error.
  const trim = (v: string): string => v.replace(/^[ \t]+|[ \t]+$/g, '');
  const values = parsed.values as Record<string, unknown>;
  for (const [key, value] of Object.entries(values)) {
    if (typeof value === 'string') values[key] = trim(value);
    else if (Array.isArray(value)) values[key] = value.map((v) => (typeof v === 'string' ? trim(v) : v));
  }
  // --tz takes the Windows names too (as tzutil and Azure print them): 'W. Europe Standard Time'.
  if (typeof values['tz'] === 'string') {
    values['tz'] = _windowsZoneName(values['tz']) ?? values['tz'];
  }
  const positionals = parsed.positionals.map(trim);
  return { values: parsed.values as typeof parsed.values & { lang?: string }, positionals };
}

/** The language of human text from `--lang` (default English; never the host's locale). */
export function langFlag(text: string | undefined): Locale {
  return choiceFlag('lang', text, LOCALES, 'en');
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
  // Case-insensitive: '--preset Broad' is what a person types after reading a table that capitalises it.
  const wanted = text.trim().toLowerCase();
  const found = allowed.find((a) => a.toLowerCase() === wanted);
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

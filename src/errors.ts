/**
 * Every error this library throws: built-in error classes with a stable `code`.
 *
 * Messages follow one shape, `fn: field <bad value> is <problem>; expected <what is accepted>`, so a caller can
 * show them to a person as they are, and a program can switch on `code` without parsing text.
 * @module
 */

/** Stable codes of every error this library throws. */
export const ERROR_CODES = [
  'E_DATE_RANGE',
  'E_DATE_FORMAT',
  'E_TYPE',
  'E_UNKNOWN_PRODUCT',
  'E_ZONE',
  'E_OPTION',
  'E_BUILD_FORMAT',
  'E_BUILD_PRODUCT',
  'E_AMBIGUOUS_PRODUCT',
  'E_KB_FORMAT',
  'E_CATALOG',
  'E_DEVICE',
  'E_POLICY',
  'E_INTERVAL',
  'E_SCHEDULE',
  'E_IMPORT',
] as const;

/** A stable error code; see {@link ERROR_CODES}. */
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Shape shared by every error of this library. */
export interface HotpatchErrorShape {
  /** Stable machine-readable code. */
  readonly code: ErrorCode;
}

/**
 * A value is of the right type but outside the accepted range (month 13, year 10000, deadline 31 days).
 * @category Errors
 * @example
 * ```ts
 * const r = safeParseYearMonth('2025-13');
 * !r.ok && r.error instanceof HotpatchRangeError && r.error.code //=> 'E_DATE_RANGE'
 * ```
 */
export class HotpatchRangeError extends RangeError implements HotpatchErrorShape {
  /** The class name, shown by stack traces and `String(error)`. */
  override readonly name = 'HotpatchRangeError';
  /**
   * @param code - stable machine-readable code
   * @param message - a sentence naming function, field, value and what is accepted
   */
  constructor(
    /** Stable machine-readable code. */
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Text could not be parsed (a date, a build, a KB, a zone name, JSON).
 * @category Errors
 * @example
 * ```ts
 * const r = safeParseCivilDate('2025-2-3');
 * !r.ok && r.error instanceof HotpatchSyntaxError && r.error.code //=> 'E_DATE_FORMAT'
 * ```
 */
export class HotpatchSyntaxError extends SyntaxError implements HotpatchErrorShape {
  /** The class name, shown by stack traces and `String(error)`. */
  override readonly name = 'HotpatchSyntaxError';
  /**
   * @param code - stable machine-readable code
   * @param message - a sentence naming function, field, value and what is accepted
   */
  constructor(
    /** Stable machine-readable code. */
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/**
 * A value has the wrong type or shape (a string where a number belongs, an unknown field, an unknown product).
 * @category Errors
 * @example
 * ```ts
 * const r = safeParseKb(42 as unknown as string);
 * !r.ok && r.error instanceof HotpatchTypeError && r.error.code //=> 'E_TYPE'
 * ```
 */
export class HotpatchTypeError extends TypeError implements HotpatchErrorShape {
  /** The class name, shown by stack traces and `String(error)`. */
  override readonly name = 'HotpatchTypeError';
  /**
   * @param code - stable machine-readable code
   * @param message - a sentence naming function, field, value and what is accepted
   */
  constructor(
    /** Stable machine-readable code. */
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** The one class each code is thrown as, so `instanceof` and `code` never disagree. */
const CLASS_OF_CODE = {
  E_DATE_RANGE: HotpatchRangeError,
  E_DATE_FORMAT: HotpatchSyntaxError,
  E_TYPE: HotpatchTypeError,
  E_UNKNOWN_PRODUCT: HotpatchTypeError,
  E_ZONE: HotpatchRangeError,
  E_OPTION: HotpatchRangeError,
  E_BUILD_FORMAT: HotpatchSyntaxError,
  E_BUILD_PRODUCT: HotpatchRangeError,
  E_AMBIGUOUS_PRODUCT: HotpatchRangeError,
  E_KB_FORMAT: HotpatchSyntaxError,
  E_CATALOG: HotpatchTypeError,
  E_DEVICE: HotpatchTypeError,
  E_POLICY: HotpatchRangeError,
  E_INTERVAL: HotpatchRangeError,
  E_SCHEDULE: HotpatchRangeError,
  E_IMPORT: HotpatchSyntaxError,
} as const satisfies Record<ErrorCode, new (code: ErrorCode, message: string) => Error>;

/** Any error thrown by this library. */
export type HotpatchError = HotpatchRangeError | HotpatchSyntaxError | HotpatchTypeError;

/**
 * Whether a value is an error thrown by this library (it carries one of the stable codes).
 * @param value - anything caught
 * @returns true for {@link HotpatchRangeError}, {@link HotpatchSyntaxError} and {@link HotpatchTypeError}
 * @category Errors
 * @example
 * ```ts
 * isHotpatchError(safeParseCivilDate('nope').error) //=> true
 * ```
 */
export function isHotpatchError(value: unknown): value is HotpatchError {
  return (
    (value instanceof HotpatchRangeError ||
      value instanceof HotpatchSyntaxError ||
      value instanceof HotpatchTypeError) &&
    (ERROR_CODES as readonly string[]).includes(value.code)
  );
}

/** Result of a `safeParse*` function: the value, or the error the throwing twin would have thrown. */
export type SafeResult<T> =
  | {
      /** Parsing succeeded. */
      readonly ok: true;
      /** The parsed value. */
      readonly value: T;
    }
  | {
      /** Parsing failed. */
      readonly ok: false;
      /** The error the throwing twin would have thrown. */
      readonly error: HotpatchError;
    };

/** The error for a code, of the one class that code maps to. Every throw in the library goes through here. @internal */
export function _error(code: ErrorCode, message: string): HotpatchError {
  return new CLASS_OF_CODE[code](code, message);
}

/** Renders a bad value for a message: short, quoted, never throwing (hostile getters, cycles, symbols). @internal */
export function _show(value: unknown): string {
  let text: string;
  try {
    text =
      typeof value === 'string' || (typeof value === 'object' && value !== null)
        ? (JSON.stringify(value) ?? String(value))
        : String(value);
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** Wraps a throwing parser into its safe twin. @internal */
export function _safe<T>(run: () => T): SafeResult<T> {
  try {
    return { ok: true, value: run() };
  } catch (error) {
    if (isHotpatchError(error)) return { ok: false, error };
    throw error;
  }
}

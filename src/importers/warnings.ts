/**
 * What an importer reports instead of throwing: a well-formed document with surprises (an unknown product, a
 * missing build, a new remediation type, a planned hotpatch month without a hotpatch) is read as far as it can be,
 * and each surprise becomes a coded warning.
 * @module
 */

/** Stable codes of importer warnings. */
export const IMPORT_WARNING_CODES = [
  'UNPLANNED_BASELINE_CANDIDATE',
  'MISSING_BUILD',
  'EXTRA_KB',
  'UNKNOWN_PRODUCT',
  'UNKNOWN_SUBTYPE',
  'UNKNOWN_ROW',
  'CONFLICT',
  'BAD_FIXED_BUILD',
] as const;
/** An importer warning code; see {@link IMPORT_WARNING_CODES}. */
export type ImportWarningCode = (typeof IMPORT_WARNING_CODES)[number];

/** One surprise in an imported document. */
export interface ImportWarning {
  /** Stable code. */
  readonly code: ImportWarningCode;
  /** What was found and what the importer did about it, for a person. */
  readonly message: string;
}

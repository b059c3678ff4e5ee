/**
 * The stable codes of eligibility reasons, apart from the checks so that remedies can name them without a cycle.
 * @module
 */

/** Stable codes of eligibility reasons. */
export const ELIGIBILITY_CODES = [
  'EDITION_NOT_SUPPORTED',
  'BUILD_BELOW_MINIMUM',
  'LICENSE_NOT_QUALIFYING',
  'VBS_NOT_RUNNING',
  'HOTPATCH_POLICY_DISABLED',
  'HOTPATCH_POLICY_NOT_ENABLED',
  'MANAGEMENT_NOT_SUPPORTED',
  'ARM64_CHPE_ENABLED',
  'ARCHITECTURE_NOT_SUPPORTED',
  'BEFORE_PROGRAM',
  'OUT_OF_SUPPORT',
  'END_OF_SERVICING',
  'NOT_A_HOTPATCH_PRODUCT',
] as const;
/** An eligibility reason code; see {@link ELIGIBILITY_CODES}. */
export type EligibilityCode = (typeof ELIGIBILITY_CODES)[number];

/**
 * The name a deployed window gets when the caller gives none.
 * @internal
 * @module
 */

/** `patch-tuesday-plus-3`, `patch-tuesday-minus-2`, `patch-tuesday-plus-0`: the rule's offset, readable. @internal */
export function _defaultWindowName(offsetDays: number): string {
  return `patch-tuesday-${offsetDays < 0 ? 'minus' : 'plus'}-${Math.abs(offsetDays)}`;
}

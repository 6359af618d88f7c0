/**
 * Modifier syntax shared by every reader of claim lines: two letters or digits (`59`, `XS`, `RT`), at most
 * four per line. Which modifiers exist and what they mean is the dataset's (lib/modifiers/).
 */

/** A modifier (upper-case): exactly two ASCII letters or digits. */
export const MODIFIER_SHAPE = /^[A-Z0-9]{2}$/;

/** Most modifiers on one claim line: the CMS-1500 (item 24D) and the 837P (SV101-3 to -6) have four positions. */
export const MAX_MODIFIERS = 4;

/** True when `modifier` (already upper-case) has a modifier's shape. */
export function isModifier(modifier: string): boolean {
  return MODIFIER_SHAPE.test(modifier);
}

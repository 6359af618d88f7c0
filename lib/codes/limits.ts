/**
 * Limits shared by both sides of a message and by every reader of claim lines: what the page sends, the
 * background accepts, and the CLI reads are one set of numbers.
 */

/** Most other page codes sent with a details request (the answer lists PTP edits between them and the code). */
export const MAX_PAGE_CODES = 200;

/** Most claim lines one check from the page carries. */
export const MAX_CLAIM_LINES = 100;

/**
 * Largest units value on a claim line: seven digits. The CMS MUE tables go up to 90,000 units (clotting
 * factors billed per unit), so a four-digit cap would refuse real lines.
 */
export const MAX_UNITS = 9_999_999;

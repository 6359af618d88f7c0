/**
 * Denials: explanations of claim adjustment group, reason (CARC) and remark (RARC) codes in the
 * project's own words, and (in sibling modules) their link to the claim check's findings.
 */
export * from './explanations';
export { validateAdjustmentCodes, validateExplanation, validateSources } from './validate';
export type * from './types';

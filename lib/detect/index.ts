/**
 * Code detection: public surface for the content script and the CLI.
 */
export type { CodeToken, CodeCategory, ColumnRole, IsKnown, TextContext } from './types';
export { CANDIDATE_SOURCE, candidateRegex, mayContainCode } from './code-shape';
export { categoryOf, systemOf } from '../codes';
export { findCodes, type FindCodesOptions } from './find-codes';
export { collectCodes, collectCodesInTextNode, type CollectOptions, type DomCodeMatch } from './collect-dom';
export { scanDocument, type DocumentScan, type DocumentMatch } from './scan-document';
export { visibleTextNodes, walkVisibleText, type WalkOptions } from './text-walk';
export { attributeHidden, computedStyleHidden, SKIPPED_TAGS, type HiddenCheck } from './visibility';
export { classifyHeader, labelBefore } from './context-labels';

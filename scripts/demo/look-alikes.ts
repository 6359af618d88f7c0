/**
 * Sorts the demo page's code-shaped tokens into codes ClaimLens marked and look-alikes it left alone, naming
 * what each look-alike is from its label or the words before it (ZIP, member ID, PO box…).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fromBase64, makeIsKnown } from '../../lib/dataset/known-codes';
import type { MarkAudit, PageToken } from './page-probe';

/** A code-shaped token on the page, named by what it is there. */
export interface LookAlike {
  text: string;
  /** What it is on the page: "ZIP", "Member ID", "PO Box"… */
  kind: string;
  /** The words before it, for the printout. */
  context: string;
  marked: boolean;
}

/** The audit, split. */
export interface LookAlikeReport {
  markedCodes: PageToken[];
  lookAlikes: LookAlike[];
  zips: LookAlike[];
  strayMarks: string[];
}

const STATE_BEFORE = /\b[A-Z]{2},?\s*$/;

function kindOf(token: PageToken): string {
  if (token.label) return token.label;
  if (/\bzip\b[^a-z]*$/i.test(token.before) || STATE_BEFORE.test(token.before)) return 'ZIP';
  if (/\bbox\s*$/i.test(token.before)) return 'PO Box';
  if (/[A-Za-z0-9]-$/.test(token.before)) return 'part of an ID';
  return 'other';
}

/**
 * Splits the audit using the bundled known-codes bitmap (`repoRoot/data/known-codes.json`): a look-alike is a
 * token that IS a known code number, so only the page's context can tell it is not a code.
 */
export function classifyTokens(audit: MarkAudit, repoRoot: string): LookAlikeReport {
  const { bitmap } = JSON.parse(readFileSync(resolve(repoRoot, 'data/known-codes.json'), 'utf8')) as { bitmap: string };
  const isKnown = makeIsKnown(fromBase64(bitmap));
  const markedCodes = audit.tokens.filter((t) => t.marked);
  // Unmarked tokens that are not known codes (88041 in a member ID) were never candidates: not look-alikes.
  const lookAlikes = audit.tokens
    .filter((t) => !t.marked && isKnown(t.text))
    .map((t) => ({
      text: t.text,
      kind: kindOf(t),
      context: t.label ? `${t.label}: ${t.text}` : `${t.before}${t.text}`,
      marked: false,
    }));
  const zips = audit.tokens
    .filter((t) => kindOf(t) === 'ZIP')
    .map((t) => ({ text: t.text, kind: 'ZIP', context: `${t.before}${t.text}`, marked: t.marked }));
  return { markedCodes, lookAlikes, zips, strayMarks: audit.strayMarks };
}

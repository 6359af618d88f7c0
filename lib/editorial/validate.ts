/**
 * Schema checks for the bundled content. Pure: each returns a list of problems (empty = valid), so
 * tests and build scripts can report every problem at once.
 */
import { codeShape } from './code-ranges';
import { wordCount } from './summaries';
import type { CodeSummary } from './types';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A source's own date may be a month (MLN booklets carry "June 2025"). */
const SOURCE_DATE = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;
const IMAGING = new Set(['yes', 'no', 'not-applicable']);
const SETTINGS = new Set(['office', 'asc', 'hospital-outpatient', 'hospital-inpatient']);
const nonEmpty = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;

/** Problems with one summary record. */
export function validateSummary(r: CodeSummary): string[] {
  const e: string[] = [];
  const at = `summary ${r.code}`;
  if (!codeShape(r.code)) e.push(`${at}: not a CPT/HCPCS code`);
  if (r.kind !== 'plain-language-summary') e.push(`${at}: kind must be plain-language-summary`);
  const words = nonEmpty(r.summary) ? wordCount(r.summary) : 0;
  if (words < 8 || words > 25) e.push(`${at}: summary has ${words} words (8–25 allowed)`);
  for (const k of ['family', 'whatIsDone', 'where', 'unit'] as const)
    if (!nonEmpty(r[k])) e.push(`${at}: ${k} missing`);
  if (!IMAGING.has(r.imagingIncluded)) e.push(`${at}: imagingIncluded invalid`);
  if (typeof r.addOn !== 'boolean') e.push(`${at}: addOn must be boolean`);
  if (!Array.isArray(r.typicalSettings) || !r.typicalSettings.length || r.typicalSettings.some((s) => !SETTINGS.has(s)))
    e.push(`${at}: typicalSettings invalid`);
  if (r.documentation && (!r.documentation.length || !r.documentation.every(nonEmpty)))
    e.push(`${at}: documentation must list items`);
  if (r.status !== 'active' && r.status !== 'terminated') e.push(`${at}: status invalid`);
  if (r.status === 'terminated' && !ISO_DATE.test(r.terminatedOn ?? ''))
    e.push(`${at}: terminated without an ISO terminatedOn`);
  if (r.status === 'active' && r.terminatedOn) e.push(`${at}: active code has terminatedOn`);
  if (r.distinguishes !== undefined && !nonEmpty(r.distinguishes)) e.push(`${at}: distinguishes is empty`);
  e.push(...validateSummarySources(r.sources, at));
  return e;
}

/** Problems with a summary's sources: at least one, each with a title, a web address and its own date. */
export function validateSummarySources(sources: CodeSummary['sources'] | undefined, at: string): string[] {
  if (!Array.isArray(sources) || !sources.length) return [`${at}: no source`];
  const e: string[] = [];
  for (const s of sources) {
    if (!nonEmpty(s?.title) || !/^https?:\/\/[^\s/]+\.[^\s]+$/.test(s?.url ?? ''))
      e.push(`${at}: source title/url missing`);
    if (!SOURCE_DATE.test(s?.date ?? '')) e.push(`${at}: source "${s?.title}" has no date (YYYY-MM or YYYY-MM-DD)`);
    if (s?.section !== undefined && !nonEmpty(s.section)) e.push(`${at}: source section is empty`);
  }
  return e;
}

/**
 * Checks for the bundled payer notes: the schema, and the review rules of docs/content.md (a date is a
 * real day no later than today; `dateChecked` only for a recorded review; https links to production
 * hosts; a P grade only from the payer's own site; every source dated or marked "not stated").
 * Pure: each function returns a list of problems (empty = valid) so every problem is reported at once.
 */
import { parseCodeSpec } from './code-ranges';
import { copyHostOf, hostIs, isoDateProblem, linkProblems } from './provenance';
import { type DocumentRef, NOT_STATED, type PayerNote, type PayerNotesFile, UNDATED } from './payer-note-types';

const TOPICS = new Set([
  'coverage-criteria',
  'frequency',
  'levels-per-session',
  'prior-authorization',
  'modifiers',
  'add-on-rules',
  'documentation',
  'diagnosis-codes',
  'policy-index',
]);
const SCOPES = new Set(['listed-codes', 'all-codes', 'all-add-on-codes']);
const nonEmpty = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;

/** Options for the note checks. */
export interface NoteCheckOptions {
  /** ISO date no source date may be later than (the day the check runs). */
  today: string;
}

const hostOf = (url: string): string | undefined => {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
};

/** Problems with one document reference: title, link, dates; and whether its host may back a P grade. */
export function documentProblems(
  d: DocumentRef,
  grade: 'P' | 'S',
  file: PayerNotesFile,
  today: string,
  at: string,
): string[] {
  const e: string[] = [];
  if (!nonEmpty(d?.title)) e.push(`${at}: title missing`);
  if (typeof d?.url !== 'string') return [...e, `${at}: url missing`];
  const link = linkProblems(d.url, { allowHttp: d.httpOnly === true, requireDocumentPath: true });
  e.push(...link.map((p) => `${at}: ${p}`));
  if (d.httpOnly && !d.url.startsWith('http:')) e.push(`${at}: httpOnly set on a non-http address`);
  const host = hostOf(d.url);
  const copy = host ? copyHostOf(host) : undefined;
  if (copy && grade === 'P') e.push(`${at}: ${copy} hosts third-party copies; a copy cannot be graded P`);
  if (host && grade === 'P' && !file.ownHosts.some((h) => hostIs(host, h)))
    e.push(`${at}: ${host} is not one of ${file.payer}'s own hosts; grade it S or cite the payer's document`);
  const undated = (UNDATED as readonly string[]).includes(d.effectiveDate ?? '');
  if (d.effectiveDate !== undefined && !undated) {
    const p = isoDateProblem(d.effectiveDate, today);
    if (p) e.push(`${at}: effectiveDate ${p}`);
  }
  if (d.revisionDate !== undefined) {
    const p = isoDateProblem(d.revisionDate, today);
    if (p) e.push(`${at}: revisionDate ${p}`);
  }
  if (undated && d.revisionDate) e.push(`${at}: "${d.effectiveDate}" beside a revision date`);
  return e;
}

function sourceProblems(n: PayerNote, file: PayerNotesFile, today: string, at: string): string[] {
  const s = n.source;
  if (!s) return [`${at}: source missing`];
  const e = documentProblems(s, n.evidence, file, today, `${at} source`);
  if (s.effectiveDate === undefined && s.revisionDate === undefined)
    e.push(`${at}: source has no effective or revision date; write "${NOT_STATED}" when it shows none`);
  if (s.checkedBy !== 'content-review' && s.checkedBy !== 'payer-facts-sheet') e.push(`${at}: checkedBy invalid`);
  if (s.dateChecked !== undefined) {
    const p = isoDateProblem(s.dateChecked, today);
    if (p) e.push(`${at}: dateChecked ${p}`);
    if (s.checkedBy !== 'content-review') e.push(`${at}: only a content review records a dateChecked`);
    if (!file.reviewedOn.includes(s.dateChecked))
      e.push(`${at}: dateChecked ${s.dateChecked} is not a recorded review date (${file.reviewedOn.join(', ')})`);
  } else if (s.checkedBy === 'content-review') e.push(`${at}: a content review must record when it read the source`);
  for (const [i, d] of (n.seeAlso ?? []).entries()) {
    if (d.evidence !== 'P' && d.evidence !== 'S') e.push(`${at} seeAlso ${i}: evidence must be P or S`);
    e.push(...documentProblems(d, d.evidence, file, today, `${at} seeAlso ${i}`));
    if (d.evidence === 'S' && n.evidence === 'P') e.push(`${at}: a P note cannot rest on an S document (seeAlso ${i})`);
  }
  return e;
}

/** Problems with one payer note. */
export function validateNote(n: PayerNote, file: PayerNotesFile, opts: NoteCheckOptions): string[] {
  const e: string[] = [];
  const at = `${file.payer} note ${n.id}`;
  if (!nonEmpty(n.id)) e.push(`${at}: id missing`);
  if (!Array.isArray(n.codes) || n.codes.some((c) => !parseCodeSpec(c))) e.push(`${at}: malformed code or range`);
  const scope = n.appliesTo ?? 'listed-codes';
  if (!SCOPES.has(scope)) e.push(`${at}: appliesTo invalid`);
  if (scope === 'listed-codes' && !n.codes?.length) e.push(`${at}: lists no codes`);
  if (!TOPICS.has(n.topic)) e.push(`${at}: topic invalid`);
  if (!nonEmpty(n.text)) e.push(`${at}: text missing`);
  if (n.evidence !== 'P' && n.evidence !== 'S') e.push(`${at}: evidence must be P or S`);
  if (n.noRuleFound && !/^No published rule found/.test(n.text))
    e.push(`${at}: noRuleFound note must say "No published rule found"`);
  if (n.macJurisdictions && file.payer !== 'medicare') e.push(`${at}: macJurisdictions only on Medicare notes`);
  if (n.bcbsPlan && !file.plans?.some((p) => p.id === n.bcbsPlan)) e.push(`${at}: unknown bcbsPlan ${n.bcbsPlan}`);
  for (const combo of n.billedTogether ?? [])
    if (!Array.isArray(combo) || combo.length < 2 || combo.some((c) => !parseCodeSpec(c) || c.includes('-')))
      e.push(`${at}: billedTogether lists single codes, two or more at a time`);
  e.push(...sourceProblems(n, file, opts.today, at));
  return e;
}

/** Problems with a whole payer notes file, including duplicate ids and its review dates. */
export function validateNotesFile(file: PayerNotesFile, opts: NoteCheckOptions): string[] {
  const e: string[] = [];
  if (file.schemaVersion !== 1) e.push(`${file.payer}: schemaVersion must be 1`);
  if (!/^[a-z0-9-]{2,40}$/.test(file.payer ?? '')) e.push(`payer id ${file.payer} invalid`);
  if (!nonEmpty(file.name)) e.push(`${file.payer}: name missing`);
  if (!Array.isArray(file.ownHosts) || !file.ownHosts.length || !file.ownHosts.every(nonEmpty))
    e.push(`${file.payer}: ownHosts must list the payer's own hosts`);
  if (!Array.isArray(file.reviewedOn)) e.push(`${file.payer}: reviewedOn must list review dates`);
  for (const d of file.reviewedOn ?? []) {
    const p = isoDateProblem(d, opts.today);
    if (p) e.push(`${file.payer}: reviewedOn ${p}`);
  }
  const seen = new Set<string>();
  for (const n of file.notes ?? []) {
    if (seen.has(n.id)) e.push(`${file.payer}: duplicate note id ${n.id}`);
    seen.add(n.id);
    e.push(...validateNote(n, { ...file, reviewedOn: file.reviewedOn ?? [] }, opts));
  }
  return e;
}

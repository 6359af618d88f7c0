/**
 * Plain-text rows for a payer note, for the CLI `lookup` table: the payer with its MAC jurisdictions or
 * BCBS plan, the note, its source with dates and reading, further documents, and any conflict with a
 * CMS table. The popover renders the same fields (components/NoteSource.tsx).
 */
import { NOT_RECORDED, NOT_STATED } from './payer-note-types';

interface DocLike {
  title?: string;
  url?: string;
  httpOnly?: boolean;
  documentId?: string;
  effectiveDate?: string;
  revisionDate?: string;
  evidence?: string;
}

/** The loosely-typed note a report carries (the report keeps notes as `unknown[]`). */
export interface NoteLike {
  payerName?: string;
  planName?: string;
  macJurisdictions?: string[];
  topic?: string;
  text?: string;
  evidence?: string;
  source?: DocLike & { dateChecked?: string; checkedBy?: string };
  seeAlso?: DocLike[];
  conflicts?: { text?: string }[];
}

function dates(d: DocLike): string {
  const out: string[] = [];
  if (d.effectiveDate === NOT_STATED || d.effectiveDate === NOT_RECORDED) out.push(`date ${d.effectiveDate}`);
  else if (d.effectiveDate) out.push(`effective ${d.effectiveDate}`);
  if (d.revisionDate) out.push(`revised ${d.revisionDate}`);
  return out.length ? `, ${out.join(', ')}` : '';
}

function doc(d: DocLike): string {
  const id = d.documentId && !(d.title ?? '').includes(d.documentId) ? ` (${d.documentId})` : '';
  const where = d.url ? ` <${d.url}>${d.httpOnly ? ' (http only; no https copy found)' : ''}` : '';
  return `${d.title ?? 'untitled'}${id}${where}${dates(d)}`;
}

/** Row label: payer name, then the MAC jurisdictions or BCBS plan the note is limited to. */
export function noteLabel(n: NoteLike): string {
  const payer = (n.payerName ?? 'Payer').replace(/ \(.*\)/, '');
  if (n.macJurisdictions?.length) return `${payer} ${n.macJurisdictions.join('/')}`;
  if (n.planName) return `${payer} · ${n.planName}`;
  return payer;
}

/** Rows (label, text) for one note: the note, then its source, further documents and conflicts. */
export function payerNoteRows(n: NoteLike): [string, string][] {
  const grade = n.evidence === 'S' ? ', secondary source — verify' : '';
  const rows: [string, string][] = [[noteLabel(n), `[${n.topic ?? 'note'}${grade}] ${n.text ?? ''}`]];
  for (const c of n.conflicts ?? []) rows.push(['', `CONFLICT with a CMS table: ${c.text ?? ''}`]);
  const s = n.source;
  if (s) {
    const read = s.dateChecked
      ? `checked ${s.dateChecked} (content review)`
      : 'no dated reading recorded (project fact sheet; re-check it)';
    rows.push(['', `Source: ${doc(s)}; ${read}`]);
  } else rows.push(['', 'Source: none given']);
  for (const d of n.seeAlso ?? []) rows.push(['', `Also: ${doc(d)}${d.evidence === 'S' ? ' (secondary source)' : ''}`]);
  return rows;
}

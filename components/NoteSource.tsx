/**
 * The source lines of a payer note: the document (a link only for https), its number and dates as the
 * document states them ("date not stated" otherwise), when a review read it, further documents with
 * their own grades, and any disagreement with a CMS table the claim check uses. Text only, never HTML.
 */

export interface DocView {
  title: string;
  url?: string;
  httpOnly?: boolean;
  documentId?: string;
  effectiveDate?: string;
  revisionDate?: string;
}

export interface SourceView extends DocView {
  dateChecked?: string;
  checkedBy?: string;
}

export interface ConflictView {
  text: string;
}

const HTTPS = /^https:\/\//;
const HTTP = /^http:\/\//;

/** "effective 2025-01-01", "revised 2024-08-11", "date not stated", …: the document's own dates. */
export function documentDates(d: DocView): string {
  const parts: string[] = [];
  if (d.effectiveDate === 'not stated' || d.effectiveDate === 'not recorded') parts.push(`date ${d.effectiveDate}`);
  else if (d.effectiveDate) parts.push(`effective ${d.effectiveDate}`);
  if (d.revisionDate) parts.push(`revised ${d.revisionDate}`);
  return parts.join(', ');
}

function DocLink({ d }: { d: DocView }) {
  const label = d.documentId && !d.title.includes(d.documentId) ? `${d.title} (${d.documentId})` : d.title;
  if (d.url && HTTPS.test(d.url))
    return (
      <a href={d.url} target="_blank" rel="noopener noreferrer">
        {label}
      </a>
    );
  // An http-only document keeps its address, shown as text: no https copy exists to link to.
  if (d.url && d.httpOnly && HTTP.test(d.url)) return <>{`${label} (address, not linked: ${d.url})`}</>;
  return <>{label}</>;
}

function readLine(s: SourceView): string {
  if (s.dateChecked) return `checked ${s.dateChecked} (content review)`;
  return 'no dated reading recorded (from the project fact sheet; re-check it)';
}

/** The "Source:" line and the "Also:" lines of one note. */
export function NoteSource({ source, seeAlso }: { source: SourceView; seeAlso?: (DocView & { evidence?: string })[] }) {
  const dates = documentDates(source);
  return (
    <>
      <p class="cl-source">
        Source: <DocLink d={source} />
        {dates ? `, ${dates}` : ''}; {readLine(source)}
      </p>
      {(seeAlso ?? []).map((d) => (
        <p class="cl-source cl-see-also">
          Also: <DocLink d={d} />
          {documentDates(d) ? `, ${documentDates(d)}` : ''}
          {d.evidence === 'S' ? ' (secondary source)' : ''}
        </p>
      ))}
    </>
  );
}

/** Where a note disagrees with a CMS table, both facts and which one the claim check follows. */
export function NoteConflicts({ conflicts }: { conflicts?: ConflictView[] }) {
  if (!conflicts?.length) return null;
  return (
    <>
      {conflicts.map((c) => (
        <p class="cl-warning cl-conflict" role="note">
          Conflict with a CMS table: {c.text}
        </p>
      ))}
    </>
  );
}

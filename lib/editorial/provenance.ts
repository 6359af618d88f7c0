/**
 * Provenance rules shared by the bundled payer notes and imported organisation notes: dates must be
 * real calendar dates no later than today, links must be https to a production host, and copies of a
 * payer's document on third-party sites are never the payer's own text. Pure: `today` is passed in.
 */

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a YYYY-MM-DD string that names a real calendar day (no 2026-02-30). */
export function isRealIsoDate(value: string): boolean {
  const m = ISO.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** Today's date (UTC) as YYYY-MM-DD, for callers that have no date of their own. */
export function isoToday(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** Why an ISO date field is unacceptable (not a real day, or after `today`), or undefined. */
export function isoDateProblem(value: string, today: string): string | undefined {
  if (!isRealIsoDate(value)) return `"${value}" is not a real YYYY-MM-DD date`;
  if (value > today) return `${value} is later than today (${today})`;
  return undefined;
}

/**
 * Sites that host copies of other organisations' documents (document-sharing and PDF-mirror sites).
 * A copy may be read, but it is never the payer's own text, so it can only back an S grade.
 */
export const COPY_HOSTS = [
  'readkong.com',
  'studylib.net',
  'fdocuments.in',
  'fdocuments.net',
  'pdfslide.net',
  'cupdf.com',
  'healthdocbox.com',
  'docslib.org',
  'kipdf.com',
  '5y1.org',
  'readbag.com',
  'scribd.com',
  'vdocuments.site',
  'vdocuments.net',
  'docplayer.net',
  '1library.net',
  'anyflip.com',
  'zbook.org',
  'studyres.com',
] as const;

/** First DNS label of hosts that are pre-production copies of a site, never a published source. */
const NON_PRODUCTION_LABEL = /^(stage|staging|stg|test|testing|dev|develop|qa|uat|sandbox|preprod|pre-prod|demo)\d*$/;
const RESERVED_HOST = /(^|\.)(localhost|example\.(com|org|net)|test|invalid|local|internal)$/;
const IP_HOST = /^(\d{1,3}\.){3}\d{1,3}$|^\[/;

/** True when `host` is `domain` or one of its subdomains. */
export function hostIs(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** Why `host` cannot be a published source (staging, test, reserved or bare IP), or undefined. */
export function nonProductionHostProblem(host: string): string | undefined {
  const h = host.toLowerCase();
  if (IP_HOST.test(h)) return `${h} is an IP address, not a published site`;
  if (RESERVED_HOST.test(h)) return `${h} is a reserved or local host name`;
  if (h.split('.').some((label, i, all) => i < all.length - 2 && NON_PRODUCTION_LABEL.test(label)))
    return `${h} is a staging or test host, not the published site`;
  return undefined;
}

/** The copy site `host` belongs to, if it is one. */
export function copyHostOf(host: string): string | undefined {
  return COPY_HOSTS.find((d) => hostIs(host.toLowerCase(), d));
}

/** Options for {@link linkProblems}. */
export interface LinkRules {
  /** Allow an http address (the document has no https copy); it is then shown as text, not as a link. */
  allowHttp?: boolean;
  /** Refuse an address that is only a site's root (a portal's home page is not a document). */
  requireDocumentPath?: boolean;
}

/** Problems with a source address: shape, scheme, non-production host, bare portal root. */
export function linkProblems(url: string, rules: LinkRules = {}): string[] {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return [`"${url}" is not a web address`];
  }
  const out: string[] = [];
  if (u.protocol === 'http:') {
    if (!rules.allowHttp) out.push(`${url} uses http; links must be https so they stay clickable`);
  } else if (u.protocol !== 'https:') out.push(`${url} is not an http(s) address`);
  if (u.username || u.password) out.push(`${url} carries credentials`);
  const host = nonProductionHostProblem(u.hostname);
  if (host) out.push(host);
  if (rules.requireDocumentPath && (u.pathname === '/' || u.pathname === '') && !u.search)
    out.push(`${url} is a site's home page, not a document`);
  return out;
}

const US_DATE = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g;
const ISO_IN_TEXT = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"')\]]+/gi;

/** Dates written in free text (YYYY-MM-DD or MM/DD/YYYY), as ISO strings; impossible ones kept as written. */
export function datesInText(text: string): { written: string; iso: string }[] {
  const out: { written: string; iso: string }[] = [];
  for (const m of text.matchAll(ISO_IN_TEXT)) out.push({ written: m[0], iso: m[0] });
  for (const m of text.matchAll(US_DATE))
    out.push({ written: m[0], iso: `${m[3]}-${m[1].padStart(2, '0')}-${m[2].padStart(2, '0')}` });
  return out;
}

/** Problems with dates and links written in free text (organisation notes): impossible or future dates, bad links. */
export function freeTextProblems(text: string, today: string): string[] {
  const out: string[] = [];
  for (const d of datesInText(text)) {
    if (!isRealIsoDate(d.iso)) out.push(`${d.written} is not a real date`);
    else if (d.iso > today) out.push(`${d.written} is later than today (${today})`);
  }
  for (const m of text.matchAll(URL_IN_TEXT)) out.push(...linkProblems(m[0].replace(/[.,;:]+$/, '')));
  return out;
}

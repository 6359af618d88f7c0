/**
 * Readable terminal reports of the claim check. An empty result never reads as "passes": the text
 * says which checks found nothing and lists what could not be checked.
 */
import { printable } from '../../text/printable';
import type { DataNotice } from '../../dataset/staleness';
import { NoticeTally } from './notice-tally';
import type { BadRow } from '../csv/claim-batch';
import { formatSource } from '../format-source';
import type { CheckResult, ClaimLine, Finding, NotChecked } from '../types';
import type { BatchClaimJson, BatchReport, BatchSummary } from './json-report';

const SETTING = { practitioner: 'practitioner claim', outpatientHospital: 'outpatient hospital claim' } as const;
const LABEL = { error: 'ERROR', warning: 'WARNING', info: 'INFO' } as const;

/** Bad rows listed in a text report; the rest are counted (`--json` lists them all). */
export const MAX_LISTED_BAD_ROWS = 100;
/** Row numbers listed per claim for its unreadable rows. */
const MAX_LISTED_ROWS = 10;

function rowList(rows: readonly number[]): string {
  return rows.length > MAX_LISTED_ROWS
    ? `${rows.slice(0, MAX_LISTED_ROWS).join(', ')} and ${rows.length - MAX_LISTED_ROWS} more`
    : rows.join(', ');
}

function table(rows: string[][]): string[] {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map((r) =>
    r
      .map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c])))
      .join('  ')
      .trimEnd(),
  );
}

function findingBlock(f: Finding, where: string, indent: string): string[] {
  return [
    `${indent}${LABEL[f.severity].padEnd(7)} ${f.rule}  ${f.codes.join(' + ')}  (${where})`,
    `${indent}        ${f.message}`,
    `${indent}        Source: ${f.source.map(formatSource).join('; ')}`,
  ];
}

function counts(s: { error: number; warning: number; info: number }): string {
  const p = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  return `${p(s.error, 'error')}, ${p(s.warning, 'warning')}, ${p(s.info, 'info note')}`;
}

function notCheckedLines(entries: readonly NotChecked[]): string[] {
  const list = (codes: string[]) =>
    codes.length > 20 ? `${codes.slice(0, 20).join(', ')} and ${codes.length - 20} more` : codes.join(', ');
  return entries.map((n) => `  - ${n.rule}${n.codes.length ? ` (${list(n.codes)})` : ''}: ${n.reason}`);
}

/** "WARNING: …" lines for stale tables and undated edits; the reader sees them before any finding. */
export function noticeLines(notices: readonly DataNotice[]): string[] {
  return notices.map((n) => `WARNING (data): ${n.message}`);
}

/** Text report of one claim. */
export function formatClaimText(r: CheckResult): string {
  const out = [
    `Claim check — ${SETTING[r.setting]}, ${r.lines.length} line${r.lines.length === 1 ? '' : 's'}, date of service ${r.dateOfService}`,
  ];
  out.push(...noticeLines(r.notices), '');
  out.push(
    ...table([
      ['Line', 'Code', 'Modifiers', 'Units'],
      ...r.lines.map((l, i) => [String(i + 1), l.code, l.modifiers.join(' ') || '-', String(l.units)]),
    ]),
  );
  out.push('');
  if (r.findings.length === 0) {
    out.push('No findings from the checks that ran. This is not a guarantee of payment.');
  } else {
    out.push(`Findings: ${counts(r.summary)}`);
    for (const f of r.findings)
      out.push(
        ...findingBlock(f, `line${f.lines.length === 1 ? '' : 's'} ${f.lines.map((i) => i + 1).join(', ')}`, '  '),
      );
  }
  if (r.notChecked.length) out.push('', 'Not checked:', ...notCheckedLines(r.notChecked));
  return out.join('\n');
}

/**
 * Text report of a CSV batch, built claim by claim: claims with findings (one line per finding),
 * then bad rows, what was not checked, the sources cited, and totals.
 */
export class BatchTextWriter {
  // Codes in a Set: a file can name 100,000s of distinct codes under one skipped check.
  private readonly skipped = new Map<string, { entry: NotChecked; codes: Set<string> }>();
  private readonly sources = new Map<string, string>();
  private readonly notices = new NoticeTally();

  constructor(
    private readonly file: string,
    private readonly setting: CheckResult['setting'],
  ) {}

  /** Notes what one claim could not check and its stale-data notices (each listed once in the footer). */
  remember(notChecked: readonly NotChecked[], notices: readonly DataNotice[]): void {
    this.notices.add(notices);
    for (const n of notChecked) {
      const key = `${n.rule}\u0000${n.reason}`;
      const prev = this.skipped.get(key);
      if (prev) for (const code of n.codes) prev.codes.add(code);
      else this.skipped.set(key, { entry: n, codes: new Set(n.codes) });
    }
  }

  /** The block for one claim, or '' when it has nothing to report (pass every claim to {@link remember} too). */
  claim(c: BatchClaimJson): string {
    if (c.findings.length === 0 && c.incompleteRows.length === 0) return '';
    const out = [
      `Claim ${printable(c.claimId, 60)} · ${c.dateOfService} · ${linesText(c.lines)} — ${counts(c.summary)}`,
    ];
    if (c.incompleteRows.length)
      out.push(
        `  ! Rows ${rowList(c.incompleteRows)} of this claim could not be read (see below); findings may be incomplete.`,
      );
    for (const f of c.findings) {
      const refs = f.source.map((src) => {
        const text = formatSource(src);
        let ref = this.sources.get(text);
        if (!ref) {
          ref = `[${this.sources.size + 1}]`;
          this.sources.set(text, ref);
        }
        return ref;
      });
      out.push(
        `  ${LABEL[f.severity].padEnd(7)} ${f.rule}  ${f.codes.join(' + ')}  (row${f.rows.length === 1 ? '' : 's'} ${rowList(f.rows)}) ${refs.join('')}: ${f.message}`,
      );
    }
    return `${out.join('\n')}\n\n`;
  }

  /** Bad rows, skipped checks, sources and totals. */
  footer(badRows: readonly BadRow[], s: BatchSummary): string {
    const out: string[] = [];
    const notices = this.notices.list();
    if (notices.length) out.push(...noticeLines(notices), '');
    if (s.badRows) {
      out.push(`Rows that could not be read (${s.badRows}); every other row was checked:`);
      const shown = badRows.slice(0, MAX_LISTED_BAD_ROWS);
      for (const b of shown) out.push(`  row ${b.row}: ${printable(b.reason, 300)}`);
      if (s.badRows > shown.length) out.push(`… and ${s.badRows - shown.length} more bad rows (see --json)`);
      out.push('');
    }
    const skipped = [...this.skipped.values()].map(({ entry, codes }) => ({ ...entry, codes: [...codes] }));
    if (skipped.length) out.push('Not checked:', ...notCheckedLines(skipped), '');
    if (this.sources.size) out.push('Sources:', ...[...this.sources].map(([text, ref]) => `  ${ref} ${text}`), '');
    out.push(
      `${printable(this.file)}: ${s.claims} claim${s.claims === 1 ? '' : 's'} (claim id + date of service), ${s.lines} lines checked as ${SETTING[this.setting]}s; ${s.badRows} bad row${s.badRows === 1 ? '' : 's'}.`,
      `Claims with errors: ${s.claimsWithErrors}; with warnings only: ${s.claimsWithWarnings}; with info only: ${s.claimsWithInfoOnly}; with no findings from the checks that ran: ${s.claimsWithoutFindings}. Findings: ${counts(s)}.`,
    );
    return out.join('\n');
  }
}

function linesText(lines: readonly ClaimLine[]): string {
  const shown = lines.slice(0, 20).map(lineText).join(' ');
  return lines.length > 20 ? `${shown} and ${lines.length - 20} more lines` : shown;
}

function lineText(l: ClaimLine): string {
  return `${l.code}${l.modifiers.map((m) => `-${m}`).join('')}${l.units > 1 ? `x${l.units}` : ''}`;
}

/** Text report of a batch held in memory (see {@link BatchTextWriter} for streaming). */
export function formatBatchText(r: BatchReport): string {
  const w = new BatchTextWriter(r.file, r.setting);
  w.remember([], r.notices);
  for (const c of r.claims) w.remember(c.notChecked, []);
  return r.claims.map((c) => w.claim(c)).join('') + w.footer(r.badRows, r.summary);
}

/**
 * The verdict strip: one line of chips that says, in two seconds, how a code stands on *this* claim — its
 * add-on primary billed or not, its units against the MUE, the PTP edits it forms with the claim's other
 * billed lines and whether a modifier bypasses them, a terminated code, stale tables, global days. The claim
 * is the one the claim check reads (the billed lines of the code's claim region, never mentions), checked by
 * the same rules (check-claim.ts), so the strip and the check never disagree. Without a claim (a code in
 * prose, the popup) only what the tables say is shown. Every chip names its sources.
 */
import type { Dataset, PtpEdit, SourceRef } from '../dataset/types';
import { checkClaim } from './check-claim';
import { lineNo, ptpChips } from './ptp-chips';
import { type PtpRow, ptpRows } from './ptp-rows';
import type { ClaimLine, FindingSource, Finding, PtpFinding } from './types';

export { MAX_PTP_CHIPS } from './ptp-chips';

/** Red, amber, green or neutral; the chip's text and icon say the same (never colour alone). */
export type ChipTone = 'bad' | 'warn' | 'ok' | 'info';

/** One chip of the strip. */
export interface VerdictChip {
  kind: 'terminated' | 'stale' | 'addOn' | 'mue' | 'ptp' | 'bilateral' | 'global';
  tone: ChipTone;
  /** Plain words, e.g. "Add-on of 64633 · billed on line 1 ✓". */
  text: string;
  /** The details section that explains it (the chip links there). */
  section: 'notices' | 'addOn' | 'mue' | 'ptp' | 'pfs';
  sources: FindingSource[];
}

/** The hovered code's claim, as the content script read it from the page (billed lines only). */
export interface ClaimContext {
  lines: ClaimLine[];
  /** The hovered code's own line, when it is one of them. */
  index?: number;
  /** The rows' date of service (ISO), when the page shows one; absent: today. */
  dateOfService?: string;
}

/** What the strip shows: its chips, and the claim they were judged on (null: tables only). */
export interface Verdict {
  chips: VerdictChip[];
  claim: { lines: number; dateOfService: string } | null;
  /** The bundling table: PTP edits with the page's and the claim's other codes. */
  ptp: PtpRow[];
}

const listed = (codes: readonly string[], n = 3) =>
  codes.length <= n ? codes.join(', ') : `${codes.slice(0, n).join(', ')} +${codes.length - n} more`;

/**
 * Builds the strip for `code`; `claim` is the code's claim when it stands in one, `pagePairs` the PTP edits
 * with the page's other codes (for the bundling table), `today` the date when the claim gives none.
 */
export function codeVerdict(
  ds: Dataset,
  code: string,
  claim?: ClaimContext,
  opts: { pagePairs?: readonly PtpEdit[]; today?: string } = {},
): Verdict {
  const { today } = opts;
  if (!ds.has(code)) return { chips: [], claim: null, ptp: [] };
  const lines = claim?.lines.length ? claim.lines : null;
  const result = lines
    ? checkClaim(lines, ds, claim?.dateOfService ? { dateOfService: claim.dateOfService } : { today })
    : null;
  const on = result?.dateOfService ?? today;
  const findings = result?.findings.filter((f) => f.codes.includes(code)) ?? [];
  const mine = lines ? lines.flatMap((l, i) => (l.code === code ? [i] : [])) : [];
  const chips: VerdictChip[] = [
    ...terminatedChip(ds, code, findings),
    ...addOnChip(ds, code, on, lines, findings),
    ...mueChip(ds, code, lines, mine, claim?.index),
    ...ptpChips(code, lines, findings),
    ...bilateralChips(findings),
    ...globalChip(ds, code),
  ];
  if (result?.notices.length) {
    const tables = [...new Set(result.notices.map((n) => n.table))];
    chips.push({
      kind: 'stale',
      tone: 'warn',
      text: `⚠ Data may be out of date (${tables.length} table${tables.length === 1 ? '' : 's'})`,
      section: 'notices',
      sources: tables.map((t) => ds.source(t)),
    });
  }
  const ptpFindings = findings.filter((f): f is PtpFinding => f.rule === 'ptp-pair');
  return {
    chips,
    claim: result && lines ? { lines: lines.length, dateOfService: result.dateOfService } : null,
    ptp: ptpRows(code, opts.pagePairs ?? [], ptpFindings, lines),
  };
}

function terminatedChip(ds: Dataset, code: string, findings: Finding[]): VerdictChip[] {
  const f = findings.find((x) => x.rule === 'terminated-code');
  const info = ds.info(code);
  if (!f && info?.status !== 'terminated') return [];
  const on = f && 'terminatedOn' in f ? f.terminatedOn : info?.terminatedOn;
  return [
    {
      kind: 'terminated',
      tone: 'bad',
      text: `✖ Terminated${on ? ` ${on}` : ''}`,
      section: 'notices',
      sources: f ? f.source : [ds.source('hcpcs')],
    },
  ];
}

function addOnChip(
  ds: Dataset,
  code: string,
  on: string | undefined,
  lines: readonly ClaimLine[] | null,
  findings: Finding[],
): VerdictChip[] {
  const aoc = ds.addOn(code, on);
  if (!aoc) return [];
  const sources: SourceRef[] = [aoc.source];
  if (aoc.primaries.length === 0)
    return [
      {
        kind: 'addOn',
        tone: 'warn',
        text: '⚠ Add-on · primaries set by the Medicare contractor',
        section: 'addOn',
        sources,
      },
    ];
  const head = `Add-on of ${listed(aoc.primaries)}`;
  if (!lines) return [{ kind: 'addOn', tone: 'info', text: head, section: 'addOn', sources }];
  const billed = lines.findIndex((l) => aoc.primaries.includes(l.code));
  const missing = findings.some((f) => f.rule === 'addon-without-primary');
  if (billed >= 0 && !missing)
    return [
      {
        kind: 'addOn',
        tone: 'ok',
        text: `Add-on of ${lines[billed].code} · billed on ${lineNo(billed)} ✓`,
        section: 'addOn',
        sources,
      },
    ];
  return [{ kind: 'addOn', tone: 'bad', text: `✖ ${head} · no primary billed`, section: 'addOn', sources }];
}

function mueChip(
  ds: Dataset,
  code: string,
  lines: readonly ClaimLine[] | null,
  mine: readonly number[],
  index: number | undefined,
): VerdictChip[] {
  const mue = ds.mue(code, 'practitioner');
  const table = ds.source('muePractitioner');
  if (!mue)
    return [
      { kind: 'mue', tone: 'info', text: 'MUE: none in the table (not "unlimited")', section: 'mue', sources: [table] },
    ];
  const head = `MUE ${mue.units}/${mue.mai === 1 ? 'line' : 'day'} (MAI ${mue.mai})`;
  const sources = [mue.source, ...(mue.rationaleSource ? [mue.rationaleSource] : [])];
  if (!lines || mine.length === 0) return [{ kind: 'mue', tone: 'info', text: head, section: 'mue', sources }];
  // MAI 1 compares each line alone (the hovered one, else the largest); MAI 2 and 3 the day's sum (mue-exceeded.ts).
  const own = index !== undefined && lines[index]?.code === code ? index : undefined;
  const units =
    mue.mai === 1
      ? own !== undefined
        ? lines[own].units
        : Math.max(...mine.map((i) => lines[i].units))
      : mine.reduce((n, i) => n + lines[i].units, 0);
  const over = units > mue.units;
  return [
    {
      kind: 'mue',
      tone: over ? 'bad' : 'ok',
      text: over ? `${head} · ✖ billed ${units}` : `${head} · billed ${units} ✓`,
      section: 'mue',
      sources,
    },
  ];
}

function bilateralChips(findings: Finding[]): VerdictChip[] {
  return findings
    .filter((f) => f.rule === 'modifier-50-not-allowed' || f.rule === 'bilateral-guidance')
    .map((f) => ({
      kind: 'bilateral' as const,
      tone:
        f.severity === 'error' ? ('bad' as const) : f.severity === 'warning' ? ('warn' as const) : ('info' as const),
      text: f.rule === 'modifier-50-not-allowed' ? '✖ Modifier 50 not allowed' : 'Bilateral: see fee schedule',
      section: 'pfs' as const,
      sources: f.source,
    }));
}

function globalChip(ds: Dataset, code: string): VerdictChip[] {
  const days = ds.pfs(code)?.globalDays;
  if (days !== '010' && days !== '090') return [];
  return [
    { kind: 'global', tone: 'info', text: `Global ${Number(days)} days`, section: 'pfs', sources: [ds.source('pfs')] },
  ];
}

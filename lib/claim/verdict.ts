/**
 * The verdict strip: one line of chips that says, in two seconds, how a code stands on *this* claim — its
 * add-on primary billed or not, its units against the MUE, the PTP edits it forms with the claim's other
 * billed lines and whether a modifier bypasses them, a terminated code, stale tables, global days. The claim
 * is the one the claim check reads (the billed lines of the code's claim region, never mentions), checked by
 * the same rules (check-claim.ts), so the strip and the check never disagree. Without a claim (a code in
 * prose, the popup) only what the tables say is shown. Every chip names its sources.
 */
import type { Dataset, SourceRef } from '../dataset/types';
import { checkClaim } from './check-claim';
import { EM_GLOBAL_MODIFIERS, isEmCode } from './modifiers';
import type { ClaimLine, FindingSource, Finding, PtpFinding } from './types';

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
}

/** Most PTP chips in the strip; the rest are counted in one more chip (the table below lists them all). */
export const MAX_PTP_CHIPS = 3;

const lineNo = (i: number) => `line ${i + 1}`;
const listed = (codes: readonly string[], n = 3) =>
  codes.length <= n ? codes.join(', ') : `${codes.slice(0, n).join(', ')} +${codes.length - n} more`;

/** Builds the strip for `code`; `claim` is the code's claim when it stands in one. */
export function codeVerdict(ds: Dataset, code: string, claim?: ClaimContext, today?: string): Verdict {
  if (!ds.has(code)) return { chips: [], claim: null };
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
  return { chips, claim: result && lines ? { lines: lines.length, dateOfService: result.dateOfService } : null };
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

/** The advice of a PTP chip, fitted to the pair: modifier 25 for an E&M code, never 59 on one. */
function ptpAdvice(code: string, f: PtpFinding): { tone: ChipTone; text: string } {
  const em = [f.column1, f.column2].find(isEmCode);
  if (f.modifierIndicator === 0) return { tone: 'bad', text: 'never payable together' };
  // On an E&M pair only the E&M modifiers count as the answer (ptp-bypass.ts keeps 59 off the E&M line).
  const bypass = em ? f.bypassedBy.filter((m) => EM_GLOBAL_MODIFIERS.has(m) || m === '27') : f.bypassedBy;
  if (f.severity === 'info' && bypass.length > 0) return { tone: 'ok', text: `bypassed by ${bypass.join(', ')}` };
  if (em) return { tone: 'warn', text: `modifier 25 on ${em} if separately identifiable` };
  return {
    tone: 'warn',
    text: `modifier allowed — XS/XU if distinct${code === f.column2 ? '' : ` (on ${f.column2})`}`,
  };
}

const RANK: Record<ChipTone, number> = { bad: 0, warn: 1, ok: 2, info: 3 };

function ptpChips(code: string, lines: readonly ClaimLine[] | null, findings: Finding[]): VerdictChip[] {
  const chips = findings
    .filter((f): f is PtpFinding => f.rule === 'ptp-pair')
    .map((f): VerdictChip => {
      const partner = f.column1 === code ? f.column2 : f.column1;
      const at = f.lines.filter((i) => lines?.[i]?.code === partner);
      const where = at.length === 1 ? lineNo(at[0]) : `lines ${at.map((i) => i + 1).join(', ')}`;
      const { tone, text } = ptpAdvice(code, f);
      const chip = `Bundles with ${partner} (${where}): ${text}`;
      return {
        kind: 'ptp',
        tone,
        text: tone === 'ok' ? `${chip} ✓` : `${tone === 'bad' ? '✖' : '⚠'} ${chip}`,
        section: 'ptp',
        sources: f.source,
      };
    })
    .sort((a, b) => RANK[a.tone] - RANK[b.tone]);
  if (chips.length <= MAX_PTP_CHIPS) return chips;
  const rest = chips.length - MAX_PTP_CHIPS;
  return [
    ...chips.slice(0, MAX_PTP_CHIPS),
    { kind: 'ptp', tone: 'info', text: `+${rest} more PTP edit${rest === 1 ? '' : 's'}`, section: 'ptp', sources: [] },
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

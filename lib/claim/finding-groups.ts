/**
 * The claim check's findings arranged for reading (the in-page claim check view, components/ClaimCheck.tsx):
 * a one-line summary first, then the findings grouped under the claim line they affect, with duplicates
 * merged. A PTP edit affects its column 2 line (the one denied); every other finding its first line. The
 * PTP edits of one line that read alike (same severity, indicator and bypassing modifiers) become one item
 * naming every partner; identical findings become one. Each item keeps a short headline and the full message
 * (shown collapsed) with every source.
 */
import type { ClaimLine, Finding, FindingSource, PtpFinding, RuleId, Severity } from './types';

/** One entry under a line: one finding, or several that say the same thing about that line. */
export interface FindingItem {
  rule: RuleId;
  severity: Severity;
  /** Codes involved, in claim order, de-duplicated. */
  codes: string[];
  /** Zero-based lines involved, ascending. */
  lines: number[];
  /** One short sentence: what is wrong (or fine) about the line. */
  headline: string;
  /** The full explanation of the first finding (the others differ only in the partner code). */
  message: string;
  /** Sources of every merged finding, de-duplicated. */
  source: FindingSource[];
  /** How many findings this item stands for. */
  merged: number;
}

/** The findings about one claim line. */
export interface LineGroup {
  /** Zero-based line index. */
  line: number;
  code: string;
  worst: Severity;
  items: FindingItem[];
}

/** Everything the view shows, in reading order. */
export interface GroupedFindings {
  /** "1 error, 2 warnings and 5 info notes on 4 of 6 lines. Needs attention: line 4 (77003)." */
  summary: string;
  groups: LineGroup[];
  /** Zero-based lines with no finding. */
  clean: number[];
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The line a finding is about: a PTP edit's column 2 line, else its first line. */
export function affectedLine(f: Finding, lines: readonly ClaimLine[]): number {
  if (f.rule === 'ptp-pair') {
    const col2 = f.lines.find((i) => lines[i]?.code === f.column2);
    if (col2 !== undefined) return col2;
  }
  return f.lines[0] ?? -1;
}

/** The first sentence of a message (up to 160 characters), as a headline. */
export function firstSentence(message: string): string {
  const m = /^(.+?[.!?])(?:\s|$)/.exec(message);
  const s = m ? m[1] : message;
  return s.length > 160 ? `${s.slice(0, 157)}…` : s;
}

function partnersOf(fs: readonly PtpFinding[], line: number, lines: readonly ClaimLine[]): string {
  return fs
    .map((f) => {
      const other = f.lines.find((i) => i !== line) ?? line;
      return `${lines[other]?.code ?? f.column1} (line ${other + 1})`;
    })
    .join(', ');
}

function ptpHeadline(fs: readonly PtpFinding[], line: number, lines: readonly ClaimLine[]): string {
  const f = fs[0];
  const with_ = partnersOf(fs, line, lines);
  if (f.modifierIndicator === 0) return `Never paid with ${with_}: NCCI PTP edit with modifier indicator 0.`;
  if (f.bypassedBy.length > 0)
    return `NCCI PTP edit with ${with_}, bypassed by ${f.bypassedBy.join(', ')} (the record must support it).`;
  return `Denied as billed with ${with_}: NCCI PTP edit; a modifier is allowed only for distinct services.`;
}

/** Our own short line for the findings whose message opens with a long list. */
function headlineOf(f: Finding): string {
  if (f.rule === 'addon-without-primary' && f.primaries.length > 0)
    return `Add-on code without a billed primary: it needs one of its ${plural(f.primaries.length, 'listed primary code')} (such as ${f.primaries[0]}) on the claim.`;
  if (f.rule === 'mue-exceeded') return `${f.unitsReported} units billed, over the MUE of ${f.mue} (MAI ${f.mai}).`;
  return firstSentence(f.message);
}

function mergeKey(f: Finding): string {
  if (f.rule !== 'ptp-pair') return `${f.rule}|${f.severity}|${f.message}`;
  return `${f.rule}|${f.severity}|${f.modifierIndicator}|${f.bypassedBy.join(',')}|${f.rejectedModifiers.map((r) => r.modifier).join(',')}`;
}

function toItem(fs: readonly Finding[], line: number, lines: readonly ClaimLine[]): FindingItem {
  const f = fs[0];
  const at = [...new Set(fs.flatMap((x) => x.lines))].sort((a, b) => a - b);
  const codes = [...new Set([...at.map((i) => lines[i]?.code), ...fs.flatMap((x) => x.codes)])].filter(
    (c): c is string => !!c,
  );
  const source: FindingSource[] = [];
  const seen = new Set<string>();
  for (const s of fs.flatMap((x) => x.source)) {
    const k = JSON.stringify(s);
    if (seen.has(k)) continue;
    seen.add(k);
    source.push(s);
  }
  const headline = f.rule === 'ptp-pair' ? ptpHeadline(fs as PtpFinding[], line, lines) : headlineOf(f);
  return {
    rule: f.rule,
    severity: f.severity,
    codes,
    lines: at,
    headline,
    message: f.message,
    source,
    merged: fs.length,
  };
}

/** Groups `findings` of a check over `lines` (see the file comment). */
export function groupFindings(lines: readonly ClaimLine[], findings: readonly Finding[]): GroupedFindings {
  const byLine = new Map<number, Map<string, Finding[]>>();
  for (const f of findings) {
    const line = affectedLine(f, lines);
    const bucket = byLine.get(line) ?? new Map<string, Finding[]>();
    byLine.set(line, bucket);
    const key = mergeKey(f);
    bucket.set(key, [...(bucket.get(key) ?? []), f]);
  }
  const groups: LineGroup[] = [...byLine.entries()]
    .sort(([a], [b]) => a - b)
    .map(([line, bucket]) => {
      const items = [...bucket.values()]
        .map((fs) => toItem(fs, line, lines))
        .sort((a, b) => RANK[a.severity] - RANK[b.severity]);
      return { line, code: lines[line]?.code ?? '', worst: items[0].severity, items };
    });
  const clean = lines.map((_, i) => i).filter((i) => !byLine.has(i));
  return { summary: summaryOf(findings, groups, lines.length), groups, clean };
}

function summaryOf(findings: readonly Finding[], groups: readonly LineGroup[], total: number): string {
  if (findings.length === 0) return `No NCCI problems found on ${plural(total, 'line')}.`;
  const n = (s: Severity) => findings.filter((f) => f.severity === s).length;
  const counts = `${plural(n('error'), 'error')}, ${plural(n('warning'), 'warning')} and ${plural(n('info'), 'info note')}`;
  const where = `on ${groups.filter((g) => g.line >= 0).length} of ${plural(total, 'line')}`;
  const attention = groups.filter((g) => g.worst !== 'info' && g.line >= 0);
  const names = attention.map((g) => `line ${g.line + 1} (${g.code})`).join(', ');
  return `${counts} ${where}.${names ? ` Needs attention: ${names}.` : ' Nothing to fix; the notes say why.'}`;
}

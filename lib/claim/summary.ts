/**
 * Helpers over a list of findings: counts per severity, and the findings that touch one code
 * (what a code's popover shows).
 */
import type { Finding, FindingSummary, Severity } from './types';

/** Counts findings per severity. */
export function summarizeFindings(findings: readonly Finding[]): FindingSummary {
  const s: FindingSummary = { error: 0, warning: 0, info: 0, total: findings.length };
  for (const f of findings) s[f.severity]++;
  return s;
}

/** Findings that involve `code` (case-insensitive), in the order given. */
export function findingsForCode<F extends Finding>(findings: readonly F[], code: string): F[] {
  const c = code.trim().toUpperCase();
  return findings.filter((f) => f.codes.includes(c));
}

/** The most severe severity among the findings, or null when there are none. */
export function worstSeverity(findings: readonly Finding[]): Severity | null {
  if (findings.some((f) => f.severity === 'error')) return 'error';
  if (findings.some((f) => f.severity === 'warning')) return 'warning';
  return findings.length ? 'info' : null;
}

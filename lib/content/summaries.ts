/**
 * The project's plain-language summaries (data/content/summaries.json), looked up by code.
 * JSON is imported statically so Vite (extension) and tsx/vitest (Node) both bundle it.
 */
import summariesJson from '../../data/content/summaries.json';
import type { CodeSummary, SummariesFile } from './types';

/** The summaries file as bundled. */
export const SUMMARIES = summariesJson as unknown as SummariesFile;

const byCode = new Map<string, CodeSummary>(SUMMARIES.records.map((r) => [r.code, r]));

/** The plain-language summary for a code, or undefined when the project has not written one. */
export function summaryOf(code: string): CodeSummary | undefined {
  return byCode.get(code);
}

/** Every summarised code, sorted. */
export function summarisedCodes(): string[] {
  return [...byCode.keys()].sort();
}

/** Words in a summary, counted the way the 8–25 word rule counts them. */
export function wordCount(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}

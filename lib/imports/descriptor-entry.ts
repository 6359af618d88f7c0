/** Validation of one licensed descriptor (`code` → text), shared by the CSV and settings importers. */
import { CODE_SHAPES_IN_WORDS, normalizeCode } from '../codes';
import { tidyText, unsafeTextReason } from './text-guard';

/** One imported descriptor: text the user is licensed to use, shown labelled as imported. */
export interface DescriptorEntry {
  code: string;
  text: string;
}

/** Longest descriptor accepted (the longest HCPCS Level II long descriptor is about 3,400 characters). */
export const MAX_DESCRIPTOR_LENGTH = 4000;
/** Most descriptors one import may hold (the full CPT + HCPCS code set is about 21,000). */
export const MAX_DESCRIPTORS = 50_000;

/** Shows a user's value in an error, shortened and with anything unprintable replaced. */
export function quote(value: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point here
  const clean = value.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '?');
  return `"${clean.length > 20 ? `${clean.slice(0, 20)}…` : clean}"`;
}

/** Normalises and checks a code; returns it, or the reason it is not a code. */
export function checkCode(raw: string): { code: string } | { reason: string } {
  const n = normalizeCode(raw);
  if (n.ok) return { code: n.code };
  if (raw.trim() === '') return { reason: 'Code is missing' };
  return { reason: `${quote(raw.trim())} is not a CPT or HCPCS code (${CODE_SHAPES_IN_WORDS})` };
}

/** Normalises and checks one descriptor row; returns the entry or the reason it was rejected. */
export function checkDescriptor(rawCode: string, rawText: string): DescriptorEntry | { reason: string } {
  const c = checkCode(rawCode);
  if ('reason' in c) return c;
  const text = tidyText(rawText);
  if (text === '') return { reason: `Descriptor for ${c.code} is empty` };
  if (text.length > MAX_DESCRIPTOR_LENGTH)
    return { reason: `Descriptor for ${c.code} is longer than ${MAX_DESCRIPTOR_LENGTH} characters` };
  const unsafe = unsafeTextReason(text, `Descriptor for ${c.code}`);
  return unsafe ? { reason: unsafe } : { code: c.code, text };
}

/**
 * Collects entries, dropping exact repeats and reporting a code given two different texts.
 * Returns an error reason for the new line, or `undefined` when the entry was accepted or ignored.
 */
export class DescriptorCollector {
  private readonly seen = new Map<string, { line: number; text: string }>();
  /** Exact repeats that were ignored. */
  repeats = 0;

  /** Adds an entry read at `line`. */
  add(entry: DescriptorEntry, line: number): string | undefined {
    const prev = this.seen.get(entry.code);
    if (!prev) {
      this.seen.set(entry.code, { line, text: entry.text });
      return undefined;
    }
    if (prev.text === entry.text) {
      this.repeats++;
      return undefined;
    }
    return `Code ${entry.code} appears again with different text (first on line ${prev.line}, again on line ${line})`;
  }

  /** Number of distinct codes. */
  get size(): number {
    return this.seen.size;
  }

  /** The collected entries, sorted by code. */
  entries(): DescriptorEntry[] {
    return [...this.seen].map(([code, v]) => ({ code, text: v.text })).sort((a, b) => (a.code < b.code ? -1 : 1));
  }
}

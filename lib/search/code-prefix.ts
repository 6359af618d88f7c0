/** The exact/prefix fast path for code-like queries (`6463`, `64634`, `J11`, `0213t`). */
import { isCodePrefix } from '../codes';

/** Upper-cases, trims and drops a leading add-on `+` and inner spaces, for code matching. */
export function normalizeCodeQuery(query: string): string {
  return query.trim().replace(/^\+/, '').replace(/\s+/g, '').toUpperCase();
}

/** True when the (normalised) query looks like a code or the start of one (lib/codes/shapes.ts). */
export function isCodeLike(normalized: string): boolean {
  return isCodePrefix(normalized);
}

/**
 * Sorted code list with prefix lookup by binary search: O(log n + k), so a code-like keystroke
 * never touches the fuzzy index.
 */
export class CodePrefixIndex {
  private readonly codes: string[];

  /** `codes` may be in any order; they are copied and sorted. */
  constructor(codes: Iterable<string>) {
    this.codes = [...codes].sort();
  }

  /** Whether `code` is in the index. */
  has(code: string): boolean {
    const i = this.lowerBound(code);
    return this.codes[i] === code;
  }

  /** Up to `limit` codes starting with `prefix`, in code order (an exact match, being shortest, comes first). */
  withPrefix(prefix: string, limit: number): string[] {
    const out: string[] = [];
    for (let i = this.lowerBound(prefix); i < this.codes.length && out.length < limit; i++) {
      if (!this.codes[i].startsWith(prefix)) break;
      out.push(this.codes[i]);
    }
    return out;
  }

  private lowerBound(key: string): number {
    let lo = 0;
    let hi = this.codes.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.codes[mid] < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

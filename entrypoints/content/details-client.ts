/**
 * Asks the background for a code's details. One request serves the prefetch on hover and the open after
 * the delay: an answer is reused while the page's other codes are ones it already knew about (new codes
 * found meanwhile may pair with it, so they trigger a fresh request).
 */
import { askBackground, PAGE_ASK_ERRORS } from '../../components/extension/ask-background';
import type { ClaimLine } from '../../lib/claim/types';
import type { ClaimContext } from '../../lib/claim/verdict';
import type { CodeDetailsResponse } from '../../lib/messages';

interface Entry {
  pageCodes: Set<string>;
  answer: Promise<CodeDetailsResponse>;
}

export class DetailsClient {
  private readonly cache = new Map<string, Entry>();
  private warmed = false;

  /**
   * `lines`: the checked claim the code belongs to, so the answer carries the findings that involve it;
   * `claim`: the billed lines of the code's claim on the page, for the verdict strip.
   */
  get(code: string, pageCodes: string[], lines?: ClaimLine[], claim?: ClaimContext): Promise<CodeDetailsResponse> {
    // With claim lines the answer depends on them too (codes, modifiers and units only, never page text).
    const key = lines || claim ? `${code}\u0000${JSON.stringify([lines, claim])}` : code;
    const hit = this.cache.get(key);
    if (hit && pageCodes.every((c) => hit.pageCodes.has(c))) return hit.answer;
    const answer = askBackground(
      { type: 'csToBg:codeDetails', code, pageCodes, ...(lines ? { lines } : {}), ...(claim ? { claim } : {}) },
      PAGE_ASK_ERRORS,
    );
    const entry: Entry = { pageCodes: new Set(pageCodes), answer };
    // Failures are not kept: the next hover retries.
    void answer.then((res) => {
      if (!res.ok && this.cache.get(key) === entry) this.cache.delete(key);
    });
    this.cache.set(key, entry);
    return answer;
  }

  /** Asks the background to load its dataset now (once per page). */
  warmUp(): void {
    if (this.warmed) return;
    this.warmed = true;
    void askBackground({ type: 'csToBg:warmup' }).then((res) => {
      if (!res.ok) this.warmed = false;
    });
  }

  /** Forgets every answer (settings changed: payer notes differ). */
  clear(): void {
    this.cache.clear();
  }
}

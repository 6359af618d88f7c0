/**
 * Search over the bundled denial-code explanations (reason codes, remark codes), merged into the code
 * search: `CO-97`, `CO97`, `CARC 97`, `97`, `N362`, `RARC N362` find the code; words such as
 * "bundled" or "units exceed" find the codes whose search terms or labels hold them. About 220 entries,
 * matched with a few regexes and a word scan, so a keystroke costs microseconds on top of code search.
 */
import { explainGroup, normalizeReason, normalizeRemark } from '../denials/explanations';
import type { CodeExplanation } from '../denials/types';
import type { SearchEngine } from './engine';
import { queryWords } from './tokenize';
import type { SearchResult } from './types';

/** Most denial-code hits shown for a word query. */
export const MAX_WORD_HITS = 5;

interface Entry {
  kind: 'carc' | 'rarc';
  code: string;
  label: string;
  /** Search phrases, lower-case. */
  terms: string[];
  /** Words of the terms and the label, lower-case. */
  words: string[];
}

const GROUP_FORM = /^(CO|PR|OA|PI|CR)[\s:-]*([A-Z]?\d{1,3})$/;
const CARC_FORM = /^(?:CARC|REASON(?:\s+CODE)?)[\s:#-]*([A-Z]?\d{1,3})$/;
const RARC_FORM = /^(?:RARC|REMARK(?:\s+CODE)?)[\s:#-]*([A-Z]{1,2}\d{1,4})$/;
const BARE_REASON = /^[A-Z]?\d{1,3}$/;
const REMARK_PREFIX = /^(?:MA?|N)\d{1,4}$/;

/** Denial-code search over `entries` (the bundled explanations). */
export class AdjustmentSearch {
  private readonly carc = new Map<string, Entry>();
  private readonly rarc = new Map<string, Entry>();
  private readonly all: Entry[] = [];

  constructor(entries: readonly { kind: 'carc' | 'rarc'; entry: CodeExplanation }[]) {
    for (const { kind, entry } of entries) {
      const terms = entry.terms.map((t) => t.toLowerCase());
      const words = [...new Set([...terms, entry.label.toLowerCase()].flatMap((t) => t.split(/[^a-z0-9]+/)))].filter(
        (w) => w.length > 1,
      );
      const e: Entry = { kind, code: entry.code, label: entry.label, terms, words };
      (kind === 'carc' ? this.carc : this.rarc).set(entry.code, e);
      this.all.push(e);
    }
  }

  /** Hits for a query written as a code (`CO-97`, `N362`, `CARC 97`), or null when it is not one. */
  byCode(query: string): { hits: SearchResult[]; bare: boolean } | null {
    const q = query.trim().toUpperCase();
    let m = GROUP_FORM.exec(q);
    if (m) return { hits: this.reason(m[2], m[1]), bare: false };
    m = CARC_FORM.exec(q);
    if (m) return { hits: this.reason(m[1]), bare: false };
    m = RARC_FORM.exec(q);
    if (m) return { hits: this.remarks(m[1]), bare: false };
    if (REMARK_PREFIX.test(q)) return { hits: this.remarks(q), bare: false };
    if (BARE_REASON.test(q)) return { hits: this.reason(q), bare: true };
    return null;
  }

  /** Hits for a word query; `strong` when a search phrase matched (they then rank before code hits). */
  byWords(query: string): { hits: SearchResult[]; strong: boolean } {
    const words = queryWords(query).filter((w) => w.length >= 3);
    if (words.length === 0) return { hits: [], strong: false };
    const phrase = words.join(' ');
    const scored: { e: Entry; score: number }[] = [];
    for (const e of this.all) {
      if (!words.every((w) => e.words.some((x) => x.startsWith(w)))) continue;
      scored.push({ e, score: e.terms.some((t) => t.includes(phrase)) ? 0.85 : 0.7 });
    }
    scored.sort((a, b) => b.score - a.score || (a.e.kind === b.e.kind ? 0 : a.e.kind === 'carc' ? -1 : 1));
    const hits = scored.slice(0, MAX_WORD_HITS).map(({ e, score }) => result(e, score));
    return { hits, strong: scored.some((s) => s.score > 0.8) };
  }

  private reason(code: string, group?: string): SearchResult[] {
    const c = normalizeReason(code);
    const e = c ? this.carc.get(c) : undefined;
    return e ? [result(e, 1, group)] : [];
  }

  private remarks(prefix: string): SearchResult[] {
    const exact = normalizeRemark(prefix);
    const hits: SearchResult[] = [];
    for (const e of this.rarc.values())
      if (e.code === exact) hits.unshift(result(e, 1));
      else if (e.code.startsWith(prefix) && hits.length < MAX_WORD_HITS) hits.push(result(e, 0.9));
    return hits;
  }
}

function result(e: Entry, score: number, group?: string): SearchResult {
  const g = group ? explainGroup(group) : undefined;
  const display = e.kind === 'carc' ? (g ? `${g.code}-${e.code}` : `CARC ${e.code}`) : `RARC ${e.code}`;
  return { code: e.code, label: g ? `${g.label}: ${e.label}` : e.label, score, kind: e.kind, display };
}

/**
 * The code search with denial codes merged in: a code written as an adjustment code (`CO-97`, `N362`)
 * finds only denial codes; a bare
 * 2–3 character reason (`97`, `B15`) comes first too, a 1-digit one last (it is usually the start of a
 * procedure code); word hits rank first only when one of their search phrases matched.
 */
export function withAdjustmentCodes(engine: SearchEngine, adjustments: AdjustmentSearch): SearchEngine {
  return {
    get size() {
      return engine.size;
    },
    warm: () => engine.warm(),
    search(query, limit) {
      const max = limit ?? 20;
      const coded = adjustments.byCode(query);
      if (coded?.hits.length) {
        // "CO-97", "N362": a denial code and nothing else (word search would only add noise).
        if (!coded.bare) return coded.hits.slice(0, max);
        const codes = engine.search(query, max);
        if (query.trim().length < 2) return [...codes.slice(0, max - 1), ...coded.hits].slice(0, max);
        return [...coded.hits, ...codes].slice(0, max);
      }
      const codes = engine.search(query, max);
      if (coded) return codes;
      const { hits, strong } = adjustments.byWords(query);
      if (hits.length === 0) return codes;
      return (strong ? [...hits, ...codes] : [...codes.slice(0, max - hits.length), ...hits]).slice(0, max);
    },
  };
}

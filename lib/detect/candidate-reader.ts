/**
 * Reads one candidate text node in context: whether it is visible (skipped tags and hidden ancestors, judged
 * once per element and remembered), its table cell and column, the visible text around it, and whether it
 * sits where a claim line's code goes; then runs the string detector and pairs a lone code in a code column
 * with its row's Mod/Units cells. Only candidates (see `recognisers.ts`) ever get here.
 */
import { candidateRegex } from './code-shape';
import { findCodes } from './find-codes';
import { MAX_CODES_PER_TEXT } from './limits';
import { isLinePlace } from './line-role';
import { parseModifierCell, parseUnitsCell } from './modifiers';
import { blockOf, followingText, pairedText, precedingText } from './neighbour-text';
import { cellText, TableContextCache, type CellContext } from './table-context';
import type { WalkOptions } from './text-walk';
import type { CodeToken, IsKnown } from './types';
import { attributeHidden, isSkippedElement } from './visibility';

/** A code found in the page: `start`/`end` are offsets in `node`'s data. */
export interface DomCodeMatch extends CodeToken {
  node: Text;
  /** Row element when the code sits in a table (or ARIA grid) cell. */
  row?: Element;
}

/** Options for reading candidates (and for `collectCodes`). */
export interface CollectOptions extends WalkOptions {
  isKnown: IsKnown;
  /**
   * Table context shared across calls: each table's header is read once per cache. Omit it for a one-off
   * scan; never keep one across DOM changes to the same table.
   */
  tables?: TableContextCache;
  /**
   * Set `row` on matches in table cells (default true). The page scanner keeps tens of thousands of matches
   * and leaves it out (a reference per match keeps every row alive); the claim check finds rows on demand.
   */
  keepRow?: boolean;
  /** Called for a text node whose codes were cut at {@link MAX_CODES_PER_TEXT}. */
  onCapped?: (node: Text) => void;
}

const CANDIDATES = candidateRegex();

/** Reads candidates one at a time; see the module comment. */
export class CandidateReader {
  private readonly tables: TableContextCache;
  /** Elements judged so far: true when the element and every ancestor are readable. */
  private readonly judged = new Map<Node, boolean>();
  private readonly path: Node[] = [];
  private readonly walk: WalkOptions;

  constructor(
    private readonly doc: Document,
    private readonly options: CollectOptions,
  ) {
    this.tables = options.tables ?? new TableContextCache();
    const isHidden = options.isHidden ?? attributeHidden;
    // One judgement per element for the candidates and for the neighbouring text read around them.
    this.isHidden = (el) => {
      let hidden = this.hidden.get(el);
      if (hidden === undefined) {
        hidden = isHidden(el);
        this.hidden.set(el, hidden);
      }
      return hidden;
    };
    this.walk = { isHidden: this.isHidden, isTextHidden: options.isTextHidden, shadowRoots: options.shadowRoots };
  }
  private readonly hidden = new Map<Element, boolean>();
  private readonly isHidden: (el: Element) => boolean;

  /**
   * Forgets the per-element judgements. The page scanner calls it between slices: an element wrapper kept
   * across slices survives the young-generation GC and then lives as long as the page (docs/performance.md).
   */
  forget(): void {
    this.judged.clear();
    this.hidden.clear();
    this.tables.forgetRow();
  }

  /** The codes of candidate `t`, in order ([] when it is not readable text). */
  read(t: Text): DomCodeMatch[] {
    if (!this.visible(t)) return [];
    const cell = this.tables.contextOf(t.parentElement);
    // A column that never holds a code (ZIP, amounts, Mod, Units: `findCodes` reports nothing there): no
    // neighbouring text is read (a remittance's ZIP column is full of valid CPT codes; docs/performance.md).
    const role = cell?.role;
    if (role === 'negative' || role === 'modifier' || role === 'units') return [];
    const block = blockOf(t);
    const out = findCodes(t.data, {
      isKnown: this.options.isKnown,
      before: precedingText(t, this.doc, this.walk),
      after: followingText(t, block, this.doc, this.walk),
      column: role,
      linePlace: isLinePlace(cell, block),
      node: t,
    }) as DomCodeMatch[];
    if (out.length >= MAX_CODES_PER_TEXT) this.options.onCapped?.(t);
    // The tokens are the matches (built with their node). The page scanner leaves `row` out (a reference per
    // match keeps every row alive); the claim check finds rows on demand.
    if (cell && this.options.keepRow !== false) for (const m of out) m.row = cell.row;
    if (cell?.role === 'code' && out.length === 1 && !out[0].range && this.aloneInCell(t, cell))
      this.pair(out[0], cell);
    return out;
  }

  /**
   * True when `t` is text the user can see: no skipped or hidden ancestor (judged once per element per
   * slice). Other recognisers of the same walk (adjustment codes) ask this too.
   */
  visible(t: Text): boolean {
    const parent = t.parentNode;
    if (!parent || !this.readable(parent)) return false;
    const el = t.parentElement;
    return !(el && this.options.isTextHidden?.(el));
  }

  /** True when `node` and every ancestor (across shadow hosts) are neither skipped nor hidden. */
  private readable(node: Node): boolean {
    const isHidden = this.isHidden;
    let n: Node | null = node;
    let known = this.judged.get(n);
    while (n && known === undefined) {
      this.path.push(n);
      n = n.parentNode ?? ((n as ShadowRoot).host || null);
      known = n ? this.judged.get(n) : undefined;
    }
    let ok = known ?? true;
    for (let i = this.path.length - 1; i >= 0; i--) {
      const p = this.path[i];
      if (ok && p.nodeType === 1) ok = !isSkippedElement(p as Element) && !isHidden(p as Element);
      this.judged.set(p, ok);
    }
    this.path.length = 0;
    return ok;
  }

  /** The cell holds no other code than this node's (its other text nodes hold no known code). */
  private aloneInCell(t: Text, cell: CellContext): boolean {
    const only = cell.cell.firstChild === t && t.nextSibling === null;
    if (only) return true;
    const text = cellText(cell.cell);
    let known = 0;
    CANDIDATES.lastIndex = 0;
    for (let m = CANDIDATES.exec(text); m && known < 2; m = CANDIDATES.exec(text))
      if (this.options.isKnown(m[1])) known++;
    return known <= 1;
  }

  /** Fills modifiers/units of a lone code in a code column from its row's Modifier and Units cells. */
  private pair(match: DomCodeMatch, cell: CellContext): void {
    const paired = this.tables.pairedCells(cell);
    const textOf = (c: Element) => pairedText(c, this.doc, this.walk);
    if (match.modifiers.length === 0)
      match.modifiers = paired.modifiers.flatMap((c) => parseModifierCell(textOf(c))).slice(0, 4);
    if (match.units !== null) return;
    for (const c of paired.units) {
      const u = parseUnitsCell(textOf(c));
      if (u !== null) {
        match.units = u;
        return;
      }
    }
  }
}

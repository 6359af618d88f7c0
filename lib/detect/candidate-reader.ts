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
import type { CodeToken, ColumnRole, IsKnown } from './types';
import { ReadableChain } from './readable-chain';
import { attributeHidden } from './visibility';

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

/** A column whose header says it never holds a code (ZIP, amounts, Mod, Units): `findCodes` reports nothing. */
function noCodeColumn(role: ColumnRole | undefined): boolean {
  return role === 'negative' || role === 'modifier' || role === 'units';
}

/** Reads candidates one at a time; see the module comment. */
export class CandidateReader {
  private readonly tables: TableContextCache;
  /** The ancestors of the last text judged (docs/performance.md: no per-element map on the hot path). */
  private readonly chain: ReadableChain;
  private readonly walk: WalkOptions;
  /** {@link visible} as a function value (neighbouring texts, other readers of the scan). */
  readonly visibleText = (t: Text): boolean => this.visible(t);

  constructor(
    private readonly doc: Document,
    private readonly options: CollectOptions,
  ) {
    this.tables = options.tables ?? new TableContextCache();
    const isHidden = options.isHidden ?? attributeHidden;
    // A caller's own check (computed style) is costly: one judgement per element. The default reads
    // attributes only, cheaper than a map lookup.
    this.isHidden = options.isHidden
      ? (el) => {
          let hidden = this.hidden.get(el);
          if (hidden === undefined) {
            hidden = isHidden(el);
            this.hidden.set(el, hidden);
          }
          return hidden;
        }
      : attributeHidden;
    this.chain = new ReadableChain(this.isHidden);
    this.walk = { isHidden: this.isHidden, isTextHidden: options.isTextHidden, shadowRoots: options.shadowRoots };
  }
  private readonly hidden = new Map<Element, boolean>();
  private readonly isHidden: (el: Element) => boolean;

  /**
   * Forgets the per-element judgements. The page scanner calls it between slices: an element wrapper kept
   * across slices survives the young-generation GC and then lives as long as the page (docs/performance.md).
   */
  forget(): void {
    this.chain.clear();
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
    if (noCodeColumn(role)) return [];
    // A text directly in its cell with nothing before (after) it there has no context on that side: the
    // neighbouring text is in another cell, where context never reaches (`precedingText`), so it is not
    // read (nor its cell's wrapper made: each one stays as long as the page; docs/performance.md).
    const block = blockOf(t);
    const inCell = cell !== null && t.parentNode === cell.cell && block === cell.cell;
    const out = findCodes(t.data, {
      isKnown: this.options.isKnown,
      before: inCell && t.previousSibling === null ? '' : precedingText(t, this.doc, this.walk, this.visibleText),
      after: inCell && t.nextSibling === null ? '' : followingText(t, block, this.doc, this.walk, this.visibleText),
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
   * What this reader may find per column of `table`'s body rows (lib/detect/column-plan.ts): nothing in a
   * column whose header says it never holds a code ({@link read} returns [] for any text there), anything
   * elsewhere; null without a header. Another column's header row or key cell never reaches such a column:
   * a header row only makes a role 'negative', a row's key cell stands in only for a neutral or absent role.
   */
  columnWants(table: Element): boolean[] | null {
    const roles = this.tables.rolesOf(table);
    return roles.length === 0 ? null : roles.map((r) => !noCodeColumn(r));
  }

  /**
   * True when `t` is text the user can see: no skipped or hidden ancestor (judged on the chain of the last
   * text's ancestors). Other recognisers of the same walk (adjustment codes) ask this too.
   */
  visible(t: Text): boolean {
    const parent = t.parentNode;
    if (!parent || !this.chain.readable(parent)) return false;
    const el = t.parentElement;
    return !(el && this.options.isTextHidden?.(el));
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

  /**
   * Fills modifiers/units of a lone code in a code column from its row's Modifier and Units cells: each
   * paired cell is found and read directly, in column order (no map or list of cells per row).
   */
  private pair(match: DomCodeMatch, cell: CellContext): void {
    const cols = cell.paired;
    const mods: string[] | null = match.modifiers.length === 0 ? [] : null;
    let units = match.units === null;
    for (let k = 0; k < cols.length && (mods || units); k++) {
      const isMod = cell.headerRoles[cols[k]] === 'modifier';
      if (isMod ? !mods || mods.length >= 4 : !units) continue;
      const c = this.tables.pairedCell(cell, cols[k]);
      if (!c) continue;
      const text = pairedText(c, this.doc, this.walk);
      if (isMod) for (const m of parseModifierCell(text)) mods!.push(m);
      else {
        const u = parseUnitsCell(text);
        if (u !== null) {
          match.units = u;
          units = false;
        }
      }
    }
    if (mods && mods.length > 0) {
      if (mods.length > 4) mods.length = 4;
      match.modifiers = mods;
    }
  }
}

/**
 * The DOM collector: finds codes in the visible text of a subtree or of one text node, with table context
 * (a code in a Procedure cell takes its modifiers and units from the Mod/Units cells of its row; a ZIP,
 * Claim # or Amount column suppresses matches). Reads only: it never modifies the DOM.
 *
 * Cost: one regex prefilter per text node, one candidate regex pass per node that has four digits in a row,
 * a few parent hops per node for block boundaries, table context only for nodes with candidates.
 */
import { mayContainCode } from './code-shape';
import { findCodes } from './find-codes';
import { parseModifierCell, parseUnitsCell } from './modifiers';
import { MAX_CODES_PER_TEXT } from './limits';
import { isLinePlace } from './line-role';
import {
  blockOf,
  CONTEXT_CHARS,
  cellOf,
  followingText,
  NEWLINE,
  pairedText,
  precedingText,
  RESET,
  SAME,
  type Sep,
} from './neighbour-text';
import { TableContextCache, type CellContext } from './table-context';
import { walkVisibleText, type WalkOptions } from './text-walk';
import type { CodeToken, IsKnown } from './types';

/** A code found in the page: `start`/`end` are offsets in `node`'s data. */
export interface DomCodeMatch extends CodeToken {
  node: Text;
  /** Row element when the code sits in a table (or ARIA grid) cell. */
  row?: Element;
}

/** Options for {@link collectCodes}. */
export interface CollectOptions extends WalkOptions {
  isKnown: IsKnown;
  /**
   * Table context shared across calls. Callers that scan a page row by row pass one cache per pass, so
   * each table's header is read once instead of once per row (O(rows) instead of O(rows²)). Omit it for a
   * one-off scan; never keep one across DOM changes to the same table.
   */
  tables?: TableContextCache;
  /**
   * Set `row` on matches in table cells (default true). The page scanner keeps tens of thousands of matches
   * and leaves it out: a reference per match keeps every row's wrapper alive (issue 7's heap budget), and
   * the claim check finds rows on demand instead.
   */
  keepRow?: boolean;
  /** Called for a text node whose codes were cut at {@link MAX_CODES_PER_TEXT}. */
  onCapped?: (node: Text) => void;
}

/**
 * Finds every code in the visible text under `root` (an element, document, shadow root or a single Text).
 * Use it on the whole body for a first pass and on added subtrees or changed text nodes for
 * MutationObserver batches; results are per text node, so re-scanning a node replaces its old results.
 */
export function collectCodes(root: Node, doc: Document, options: CollectOptions): DomCodeMatch[] {
  const texts: Text[] = [];
  walkVisibleText(root, doc, options, (t) => texts.push(t));
  if (texts.length === 0) return [];
  const tables = options.tables ?? new TableContextCache();
  const keepRow = options.keepRow !== false;
  const found: { match: DomCodeMatch; cell: CellContext | null }[] = [];
  // Neighbouring text outside the root is judged in full: `ancestorsChecked` speaks for the root only.
  const outside: WalkOptions = {
    isHidden: options.isHidden,
    isTextHidden: options.isTextHidden,
    shadowRoots: options.shadowRoots,
  };
  // What happens to the running context before each text: its block starts a new cell (context restarts)
  // or a new line in the same cell. The context itself is only assembled for texts that may hold a code.
  const sep: Sep[] = new Array(texts.length);
  let initial: string | undefined;
  const beforeOf = (i: number): string => {
    if (sep[i] === RESET) return '';
    let acc = sep[i] === NEWLINE ? '\n' : '';
    for (let j = i - 1; j >= 0; j--) {
      if (acc.length >= CONTEXT_CHARS) return acc.slice(-CONTEXT_CHARS);
      acc = texts[j].data + acc;
      if (sep[j] === RESET) return acc.slice(-CONTEXT_CHARS);
      if (sep[j] === NEWLINE) acc = `\n${acc}`;
    }
    if (acc.length < CONTEXT_CHARS) {
      initial ??= precedingText(texts[0], doc, outside);
      acc = initial + acc;
    }
    return acc.slice(-CONTEXT_CHARS);
  };
  let lastBlock: Node | null = blockOf(texts[0]);
  let lastCell = cellOf(lastBlock);
  sep[0] = SAME;
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i];
    const data = t.data;
    const block = i === 0 ? lastBlock : blockOf(t);
    if (block !== lastBlock) {
      const cell = cellOf(block);
      // A new cell starts fresh context (its column header and row header speak for it instead).
      sep[i] = cell && cell !== lastCell ? RESET : NEWLINE;
      lastBlock = block;
      lastCell = cell;
    } else if (i > 0) sep[i] = SAME;
    if (mayContainCode(data)) {
      const cell = tables.contextOf(t.parentElement);
      const after = followingText(texts, i, block, doc, outside);
      const tokens = findCodes(data, {
        isKnown: options.isKnown,
        before: beforeOf(i),
        after,
        column: cell?.role,
        linePlace: isLinePlace(cell, block),
      });
      if (tokens.length >= MAX_CODES_PER_TEXT) options.onCapped?.(t);
      for (const tok of tokens) {
        // One object with every field from the start (adding `node` to the token would move its fields out of line).
        const match: DomCodeMatch = {
          code: tok.code,
          system: tok.system,
          category: tok.category,
          start: tok.start,
          end: tok.end,
          modifiers: tok.modifiers,
          units: tok.units,
          addOnMarker: tok.addOnMarker,
          role: tok.role,
          node: t,
        };
        if (tok.range) match.range = tok.range;
        if (cell && keepRow) match.row = cell.row;
        found.push({ match, cell });
      }
    }
  }
  pairRowCells(found, tables, (c) => pairedText(c, doc, outside));
  return found.map((f) => f.match);
}

/** Scans one text node (e.g. a `characterData` mutation) with its preceding text as context. */
export function collectCodesInTextNode(node: Text, doc: Document, options: CollectOptions): DomCodeMatch[] {
  return collectCodes(node, doc, options);
}

/** Fills modifiers/units of a lone code in a code column from its row's Modifier and Units cells. */
function pairRowCells(
  found: { match: DomCodeMatch; cell: CellContext | null }[],
  tables: TableContextCache,
  textOf: (cell: Element) => string,
): void {
  const perCell = new Map<Element, number>();
  for (const f of found) if (f.cell) perCell.set(f.cell.cell, (perCell.get(f.cell.cell) ?? 0) + 1);
  for (const { match, cell } of found) {
    if (cell?.role !== 'code' || perCell.get(cell.cell) !== 1 || match.range) continue;
    const paired = tables.pairedCells(cell);
    if (match.modifiers.length === 0)
      match.modifiers = paired.modifiers.flatMap((c) => parseModifierCell(textOf(c))).slice(0, 4);
    if (match.units === null) {
      for (const c of paired.units) {
        const u = parseUnitsCell(textOf(c));
        if (u !== null) {
          match.units = u;
          break;
        }
      }
    }
  }
}

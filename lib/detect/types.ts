/**
 * Shapes shared by the code detector (`find-codes.ts`) and the DOM collector (`collect-dom.ts`).
 */
import type { CodeCategory } from '../codes';
import type { CodeSystem } from '../dataset/types';

export type { CodeCategory };

/** Membership test for codes the bundled dataset knows (the dataset's `has`, or a compact Set in the content script). */
export type IsKnown = (code: string) => boolean;

/**
 * What a table column (or a key/value row header) says about the cells under it.
 * `code`: procedure codes; `modifier` / `units`: values paired with a code in the same row;
 * `negative`: identifiers, amounts, dates, addresses — nothing in it is a code; `neutral`: anything else.
 */
export type ColumnRole = 'code' | 'modifier' | 'units' | 'negative' | 'neutral';

/**
 * Whether a code stands for a service on the claim (`billed`) or is only talked about (`mention`): see
 * `line-role.ts`. Mentions are explained on hover but never counted as claim lines.
 */
export type CodeRole = 'billed' | 'mention';

/** One code found in a string. Offsets are UTF-16 indices into that string; `start..end` covers the code only. */
export interface CodeToken {
  code: string;
  system: CodeSystem;
  category: CodeCategory;
  start: number;
  end: number;
  /** Modifiers written next to the code (`-59`, ` 59`, `-RT-59`, X12 `:59`, a MODS column), upper-case, in order. */
  modifiers: string[];
  /** Units written next to the code (`x2`, `× 2`, `(2 units)`, X12 units element, an NOS column), or null. */
  units: number | null;
  /** True when the code is written with a leading `+` (the add-on convention). */
  addOnMarker: boolean;
  /** A billed line of a claim-line structure, or a mention (prose, remark, range, policy list). */
  role: CodeRole;
  /** Set on both ends of a written range such as `64490-64495` or `99202–99215`. */
  range?: { from: string; to: string };
}

/** Context around a string that the string itself does not carry (neighbouring text, table column). */
export interface TextContext {
  /** Visible text just before the string (the tail of the preceding text nodes); used for labels such as `ZIP` or `CPT`. */
  before?: string;
  /** Visible text just after the string. */
  after?: string;
  /** Role of the table column (or row header) the string sits in, when it sits in a table. */
  column?: ColumnRole;
  /**
   * The string sits where a claim line's code goes (a code cell of a claim table, a key/value claim detail):
   * its codes are billed unless written as a range. Set by the DOM collector (`line-role.ts`).
   */
  linePlace?: boolean;
}

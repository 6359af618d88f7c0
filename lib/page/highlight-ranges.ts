/**
 * The ranges the highlight layer has registered, per text node, and how many changes it made (each change
 * of a registered highlight costs the page a repaint, so the bench counts them).
 */
import type { MarkSource } from './mark-band';

/** The part of a CSS `Highlight` the layer uses. */
export interface HighlightLike {
  add(r: AbstractRange): unknown;
  delete(r: AbstractRange): boolean;
  clear(): void;
}

/** The parts of a window the layer uses for highlights. */
export interface HighlightWindow {
  Highlight?: new () => HighlightLike;
  CSS?: { highlights?: { set(name: string, h: HighlightLike): unknown; delete(name: string): boolean } };
}

/** True when the window supports the CSS Custom Highlight API. */
export function supportsHighlights(win: Window): boolean {
  const w = win as unknown as HighlightWindow;
  return typeof w.Highlight === 'function' && !!w.CSS?.highlights;
}

/** Ranges per node, capped in total. */
export class HighlightRanges {
  private readonly byNode = new Map<Text, Range[]>();
  /** Ranges registered. */
  total = 0;
  /** Range additions and deletions so far. */
  changes = 0;
  /** The name the highlight is registered under. */
  private registered: string | null = null;

  constructor(
    private readonly doc: Document,
    private readonly highlight: HighlightLike | null,
    private readonly source: MarkSource,
    private readonly cap: number,
  ) {}

  /** True when `node` has ranges. */
  has(node: Text): boolean {
    return this.byNode.has(node);
  }

  /** Ranges of `node`, or undefined. */
  countOf(node: Text): number | undefined {
    return this.byNode.get(node)?.length;
  }

  /** Registers a range per match of `node` (up to the cap); a node already marked is left as it is. */
  add(node: Text): void {
    if (!this.highlight || this.byNode.has(node)) return;
    const list: Range[] = [];
    for (const m of this.source.get(node)) {
      if (this.total >= this.cap) break;
      if (m.end > node.data.length) continue;
      const r = this.doc.createRange();
      r.setStart(node, m.start);
      r.setEnd(node, m.end);
      this.highlight.add(r);
      list.push(r);
      this.total++;
      this.changes++;
    }
    if (list.length > 0) this.byNode.set(node, list);
  }

  /** Unregisters the ranges of `node`; false when it had none. */
  drop(node: Text): boolean {
    const list = this.byNode.get(node);
    if (!list) return false;
    for (const r of list) this.highlight?.delete(r);
    this.byNode.delete(node);
    this.total -= list.length;
    this.changes += list.length;
    return true;
  }

  /** Drops the ranges of every node not in `keep`. */
  keepOnly(keep: ReadonlySet<Text>): void {
    for (const node of [...this.byNode.keys()]) if (!keep.has(node)) this.drop(node);
  }

  /** Registers the highlight under `name` in `registry` (null: takes it off the page); once per name. */
  registerAs(registry: Required<HighlightWindow>['CSS']['highlights'], name: string | null): void {
    if (!this.highlight || !registry || name === this.registered) return;
    if (this.registered) registry.delete(this.registered);
    if (name) registry.set(name, this.highlight);
    this.registered = name;
  }

  /** Unregisters everything. */
  clear(): void {
    this.highlight?.clear();
    this.byNode.clear();
    this.total = 0;
  }
}

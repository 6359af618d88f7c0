/**
 * The text-first walk: one native TreeWalker over text nodes that reads each node's string and touches no
 * element (no style, no ancestors) until a recogniser says the string may hold something. Resumable, so the
 * page scanner can walk a 50k-line page in time slices; nothing is kept per node that is not a candidate.
 *
 * Open shadow roots are walked after the tree that hosts them. Their hosts are found with one native selector
 * query per tree for the elements that can host a shadow root (custom elements and the few built-ins the DOM
 * allows), so a table's cells and rows are never visited one by one from script; a tree of more than
 * {@link BIG_TREE_TEXTS} texts is not searched (the page scanner looks for hosts on the screen instead).
 */
import type { CellWant } from './column-plan';
import type { Recogniser } from './recognisers';
import { BodyWalk } from './row-walk';
import { tableRows } from './table-shape';

const SHOW_TEXT = 0x4;

/**
 * Elements that can never host a shadow root (`attachShadow` throws on them), so the query that looks for
 * hosts leaves them to the browser: a remittance table's `td`/`tr` never reach script.
 */
const NO_SHADOW =
  // The most frequent first: a selector list stops at its first match, so a table cell costs one comparison.
  'td,tr,a,li,th,b,i,strong,em,tbody,table,img,br,input,option,label,button,ul,ol,dt,dd,dl,code,pre,small,' +
  'font,u,s,sub,sup,abbr,cite,time,mark,kbd,samp,var,q,dfn,bdi,bdo,wbr,tt,thead,tfoot,caption,col,colgroup,' +
  'form,fieldset,legend,select,optgroup,textarea,datalist,output,progress,meter,details,summary,dialog,menu,' +
  'figure,figcaption,picture,source,track,video,audio,canvas,embed,object,param,iframe,map,area,hr,data,ins,' +
  'del,ruby,rp,rt,slot,template,noscript,script,style,link,meta,title,head,html,' +
  'svg,path,g,rect,circle,line,polygon,polyline,text,tspan,use,defs,symbol,clipPath,mask,math';
const HOST_SELECTOR = `:not(${NO_SHADOW})`;
/**
 * Past this many text nodes in one tree its hosts are not searched for: one selector query over a
 * 10k-line table's 150k elements cost more than the whole text walk (docs/performance.md). Such a tree's
 * open shadow roots are found where the screen shows them (`PageScanner`) and where the page adds content.
 */
export const BIG_TREE_TEXTS = 20_000;

/** True for an empty string or one of ASCII whitespace only (a character test, no regex, no allocation). */
function isBlank(data: string): boolean {
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 9 && c !== 13 && c !== 12) return false;
  }
  return true;
}

/**
 * Plans the walk of a big table body by rows (`row-walk.ts`): the readers' combined wants per column of
 * `table` (`column-plan.ts`), or null to walk the body as any other text.
 */
export interface RowPlanner {
  /** Bodies of fewer rows are walked as any other text (the plan and the per-row checks cost more there). */
  readonly minRows: number;
  plan(table: Element): readonly CellWant[] | null;
}

/** Where a walk stands: how many text nodes it read, and whether it is done. */
export interface CursorStats {
  /** Text nodes read (their strings tested by the recognisers). */
  texts: number;
  /** Trees too big to search for shadow hosts (see {@link BIG_TREE_TEXTS}). */
  unsearched: number;
}

/** A resumable walk over the text nodes under one root (and the open shadow roots below it). */
export class TextCursor {
  readonly stats: CursorStats = { texts: 0, unsearched: 0 };
  /** Text nodes read in the tree being walked. */
  private treeTexts = 0;
  private walker: TreeWalker | null = null;
  /** Trees still to walk (a stack, last first): the root, then shadow roots as their hosts' trees end. */
  private readonly trees: Node[] = [];
  /** A single text node root, handed out once. */
  private single: Text | null = null;
  /** Big table bodies of the tree being walked, in document order, and the first text of the next one. */
  private bodies: Element[] = [];
  private entry: Node | null = null;
  /** The body being walked by rows, if any. */
  private body: BodyWalk | null = null;

  constructor(
    root: Node,
    private readonly doc: Document,
    private readonly recognisers: readonly Recogniser[],
    private readonly shadowRoots = true,
    from?: Node,
    private readonly rows?: RowPlanner,
  ) {
    if (root.nodeType === 3) this.single = root as Text;
    else {
      this.trees.push(root);
      if (from && from !== root) this.open(root, from);
    }
  }

  /**
   * Which recognisers said the last text handed out may hold something: bit `i` for `recognisers[i]`. One
   * walk serves every recogniser (docs/performance.md: a second feature's own walk of a 10k-line page cost
   * a third of the extension's time), and the caller reads a text only for the recognisers that hold it.
   */
  hits = 0;

  /** True when the string of a text node may hold something (any recogniser says so); sets {@link hits}. */
  private candidate(data: string): boolean {
    const rs = this.recognisers;
    let hits = 0;
    // The whitespace between a table's cells is about half its text nodes; no recogniser holds blank text.
    if (isBlank(data)) {
      this.hits = 0;
      return false;
    }
    for (let i = 0; i < rs.length; i++) if (rs[i].mayHold(data)) hits |= 1 << i;
    this.hits = hits;
    return hits !== 0;
  }

  /**
   * The next candidate text node; null when the walk is done; undefined when `stop()` (checked every
   * `stride` nodes read) asked to stop before one was found. Call again to go on.
   */
  next(stop: () => boolean, stride = 64): Text | null | undefined {
    if (this.single) {
      const t = this.single;
      this.single = null;
      this.stats.texts++;
      return this.candidate(t.data) ? t : null;
    }
    for (let read = 0; ; read++) {
      let n: Node | null | undefined;
      if (this.body) {
        n = this.body.next();
        if (n === null) this.leaveBody();
        if (!n) {
          if (read % stride === stride - 1 && stop()) return undefined;
          continue;
        }
      } else {
        if (!this.walker && !this.open(this.trees.pop())) return null;
        n = this.walker!.nextNode();
        if (!n) {
          this.finishTree();
          continue;
        }
        if (n === this.entry && this.enterBody()) continue;
      }
      this.stats.texts++;
      this.treeTexts++;
      if (this.candidate((n as Text).data)) return n as Text;
      if (read % stride === stride - 1 && stop()) return undefined;
    }
  }

  /**
   * The walk reached the first text of the next big table body: walk it by rows when the readers' plan can
   * skip a column (true), else as any other text (false: `entry` is read as usual).
   */
  private enterBody(): boolean {
    const body = this.bodies.shift()!;
    this.entry = this.nextEntry();
    const table = body.parentElement!;
    const plan = this.rows!.plan(table);
    if (!plan) return false;
    this.body = new BodyWalk(body, plan, this.walker!, tableRows(table).next().value ?? undefined);
    return true;
  }

  /** The first text of the next big body (bodies without text are dropped: the walk never enters them). */
  private nextEntry(): Node | null {
    while (this.bodies.length > 0) {
      const first = this.doc.createTreeWalker(this.bodies[0], SHOW_TEXT).nextNode();
      if (first) return first;
      this.bodies.shift();
    }
    return null;
  }

  /** The body's rows are done: the walk goes on after the body. */
  private leaveBody(): void {
    const body = this.body!;
    this.body = null;
    // Its hosts are searched as for a tree of as many texts as the plain walk would have read (estimated).
    this.treeTexts += body.estimated;
    let last: Node = body.body;
    while (last.lastChild) last = last.lastChild;
    this.walker!.currentNode = last;
  }

  /** Starts walking `tree` (optionally from the node `from` inside it); false when there is nothing left. */
  private open(tree: Node | undefined, from?: Node): boolean {
    if (!tree) return false;
    this.walker = this.doc.createTreeWalker(tree, SHOW_TEXT);
    if (from) this.walker.currentNode = from;
    this.treeTexts = 0;
    this.bodies = this.rows ? bigBodies(tree, this.rows.minRows, from) : [];
    this.entry = this.nextEntry();
    return true;
  }

  /** A tree is done: queue the open shadow roots of its hosts (document order, so the first is walked next). */
  private finishTree(): void {
    const root = this.walker!.root;
    this.walker = null;
    if (!this.shadowRoots) return;
    const hosts: ShadowRoot[] = [];
    if (root.nodeType === 1 && (root as Element).shadowRoot) hosts.push((root as Element).shadowRoot!);
    const scope = root as ParentNode;
    if (this.treeTexts > BIG_TREE_TEXTS) this.stats.unsearched++;
    else
      try {
        if (typeof scope.querySelectorAll === 'function')
          for (const el of scope.querySelectorAll(HOST_SELECTOR)) if (el.shadowRoot) hosts.push(el.shadowRoot);
      } catch {
        // A DOM implementation whose selector engine recurses (happy-dom on 30,000 nested elements) cannot
        // answer; such a tree is read without its shadow roots rather than not at all.
      }
    for (let i = hosts.length - 1; i >= 0; i--) this.trees.push(hosts[i]);
  }
}

/**
 * The `<tbody>`s of `tree` with at least `minRows` element children, directly in a `<table>`, none of them
 * with an ARIA role (so every reader takes the `<table>` as their rows' table), in document order; a body
 * inside another is left to the outer one's walk, and one at or before `from` (a walk that starts there) is
 * walked as any other text.
 */
export function bigBodies(tree: Node, minRows: number, from?: Node): Element[] {
  const out: Element[] = [];
  const scope = tree as ParentNode;
  if (typeof scope.querySelectorAll !== 'function') return out;
  for (const b of scope.querySelectorAll('tbody')) {
    if (b.childElementCount < minRows || b.hasAttribute('role')) continue;
    const table = b.parentElement;
    if (table?.localName !== 'table' || table.hasAttribute('role')) continue;
    if (out.length > 0 && out[out.length - 1].contains(b)) continue;
    if (from && from !== b && b.compareDocumentPosition(from) & 4 /* from follows b's start */) continue;
    out.push(b);
  }
  return out;
}

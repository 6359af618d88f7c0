/**
 * The DOM collector: finds codes in the visible text of a subtree or of one text node, with table context
 * (a code in a Procedure cell takes its modifiers and units from the Mod/Units cells of its row; a ZIP,
 * Claim # or Amount column suppresses matches). Reads only: it never modifies the DOM.
 *
 * Text first (docs/performance.md): one native walk reads every text node's string; only the nodes a
 * recogniser accepts (a known code in them) are read in context by the {@link CandidateReader}.
 */
import { CandidateReader, type CollectOptions, type DomCodeMatch } from './candidate-reader';
import { codeRecogniser } from './recognisers';
import { TextCursor } from './text-cursor';

export type { CollectOptions, DomCodeMatch } from './candidate-reader';

/**
 * Finds every code in the visible text under `root` (an element, document, shadow root or a single Text),
 * in document order (open shadow roots after the tree that hosts them). Results are per text node, so
 * re-scanning a node replaces its old results.
 */
export function collectCodes(root: Node, doc: Document, options: CollectOptions): DomCodeMatch[] {
  const cursor = new TextCursor(root, doc, [codeRecogniser(options.isKnown)], options.shadowRoots !== false);
  const reader = new CandidateReader(doc, options);
  const out: DomCodeMatch[] = [];
  const never = () => false;
  for (let t = cursor.next(never); t; t = cursor.next(never)) for (const m of reader.read(t)) out.push(m);
  return out;
}

/** Scans one text node (e.g. a `characterData` mutation) with its preceding text as context. */
export function collectCodesInTextNode(node: Text, doc: Document, options: CollectOptions): DomCodeMatch[] {
  return collectCodes(node, doc, options);
}

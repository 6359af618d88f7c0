/**
 * Billed lines versus mentions. A code is *billed* only where a claim line's code goes: a claim table's code
 * column (or a lone code in a cell of a table whose header names modifiers, units, charges or service dates),
 * a key/value claim detail (`Procedure code | 64634`, `<dt>CPT</dt><dd>64634</dd>`), an X12 service segment or a
 * fixed-width remittance's PROC column (the last two are judged by `find-codes.ts`). Everything else — prose,
 * lists, remarks, policy tables and written ranges — is a *mention*: explained on hover, never a claim line.
 */
import { candidateRegex, mayContainCode } from './code-shape';
import { classifyHeader } from './context-labels';
import { MAX_HEADER_TEXT_CHARS } from './limits';
import { cellText, type CellContext } from './table-context';

/** What may stand next to the one code of a claim-line cell: `+`, modifiers, units, punctuation. */
const SUFFIX_PARTS =
  /[\s\u00a0+,;:()\-\u2013]+|\b[A-Z0-9]{2}\b|[xX\u00d7]\s?\d{1,4}\b|\(\d{1,4}\s?(?:units?|u)\)|\bunits?\b/g;
const CANDIDATE = candidateRegex();

/** True when `text` holds exactly one code-shaped token and otherwise only its modifiers, units and punctuation. */
export function holdsOneCode(text: string): boolean {
  if (!mayContainCode(text)) return false;
  CANDIDATE.lastIndex = 0;
  const first = CANDIDATE.exec(text);
  if (!first || CANDIDATE.exec(text)) return false;
  const rest = text.slice(0, first.index) + text.slice(first.index + first[1].length);
  return rest.replace(SUFFIX_PARTS, '') === '';
}

/**
 * True when a text in `cell` (its table context) or in `block` (its nearest block element) sits where a claim
 * line's code goes; see the module comment.
 */
export function isLinePlace(cell: CellContext | null, block: Node | null): boolean {
  if (cell) {
    if (cell.keyValue) return cell.role === 'code' && holdsOneCode(cellText(cell.cell));
    if (!cell.claimTable) return false;
    if (cell.role === 'code') return true;
    return (cell.role === undefined || cell.role === 'neutral') && holdsOneCode(cellText(cell.cell));
  }
  // A description list of a claim detail: the value of a Procedure/CPT/HCPCS term.
  const dd = block as Element | null;
  if (dd?.nodeType !== 1 || dd.localName !== 'dd') return false;
  const dt = dd.previousElementSibling;
  return (
    dt?.localName === 'dt' &&
    classifyHeader(cellText(dt, MAX_HEADER_TEXT_CHARS)) === 'code' &&
    holdsOneCode(cellText(dd))
  );
}

/**
 * Readers for 835 element values: amounts, dates, the SVC procedure composite and CAS adjustment
 * triples. Each returns a value or a reason, never a made-up value.
 */
import { isModifier, MAX_MODIFIERS } from '../codes';
import type { RemitAdjustment } from './types';

const AMOUNT = /^-?(?:\d+\.?\d*|\.\d+)$/;

/** An amount element (R type): a number, or a reason string when missing or malformed. */
export function readAmount(text: string | undefined, what: string): number | string {
  const t = (text ?? '').trim();
  if (t === '') return `${what} is missing`;
  if (!AMOUNT.test(t) || t.length > 18) return `${what} "${t}" is not an amount`;
  return Number(t);
}

/** A CCYYMMDD date as ISO, or null when it is not a real date. */
export function readDate(text: string | undefined): string | null {
  const t = (text ?? '').trim();
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

/** SVC01 / SVC06: qualifier, code and up to four modifiers, or a reason. */
export function readProcedure(
  composite: string | undefined,
  component: string,
): { qualifier: string; code: string; modifiers: string[] } | string {
  const parts = (composite ?? '').split(component).map((p) => p.trim());
  const [qualifier = '', code = '', ...rest] = parts;
  if (!qualifier || !code) return 'procedure (SVC01) is missing its qualifier or code';
  if (!/^[A-Z0-9]{1,48}$/i.test(code)) return `procedure code "${code}" is malformed`;
  const modifiers = rest.slice(0, MAX_MODIFIERS).filter((m) => m !== '');
  const bad = modifiers.find((m) => !isModifier(m.toUpperCase()));
  if (bad) return `modifier "${bad}" is not 2 letters or digits`;
  return {
    qualifier: qualifier.toUpperCase(),
    code: code.toUpperCase(),
    modifiers: modifiers.map((m) => m.toUpperCase()),
  };
}

/** Units (SVC05 / SVC07): 1 when empty, as the 835 guide says; a reason when malformed. */
export function readUnits(text: string | undefined): number | string {
  const t = (text ?? '').trim();
  if (t === '') return 1;
  if (!/^\d+(?:\.\d+)?$/.test(t) || t.length > 15) return `units "${t}" are not a number`;
  return Number(t);
}

/**
 * CAS segment: a group code, then up to six reason / amount / quantity triples. A reason without an
 * amount is reported, not given a zero; the other triples are still read.
 */
export function readCas(elements: readonly string[]): { adjustments: RemitAdjustment[]; problems: string[] } {
  const adjustments: RemitAdjustment[] = [];
  const problems: string[] = [];
  const group = (elements[1] ?? '').trim().toUpperCase();
  if (!/^(CO|PR|OA|PI|CR)$/.test(group)) {
    problems.push(group ? `unknown adjustment group "${group}"` : 'adjustment group (CAS01) is missing');
    return { adjustments, problems };
  }
  if (elements.length > 20)
    problems.push(`has ${elements.length - 1} elements (at most 19); the extra ones are ignored`);
  let any = false;
  for (let i = 2; i < Math.min(elements.length, 20); i += 3) {
    const reason = (elements[i] ?? '').trim().toUpperCase();
    const amountText = elements[i + 1];
    const qtyText = (elements[i + 2] ?? '').trim();
    if (!reason && !(amountText ?? '').trim() && !qtyText) continue;
    if (!reason) {
      problems.push(`an amount at CAS${pad(i + 1)} has no reason code`);
      continue;
    }
    const amount = readAmount(amountText, `amount for reason ${reason} (CAS${pad(i + 1)})`);
    if (typeof amount === 'string') {
      problems.push(amount);
      continue;
    }
    any = true;
    const adj: RemitAdjustment = { group, reason, amount };
    if (qtyText) {
      const q = Number(qtyText);
      if (Number.isFinite(q) && /^-?\d+(?:\.\d+)?$/.test(qtyText)) adj.quantity = q;
      else problems.push(`quantity "${qtyText}" for reason ${reason} is not a number`);
    }
    adjustments.push(adj);
  }
  if (!any && problems.length === 0) problems.push('has a group but no reason code and amount');
  return { adjustments, problems };
}

const pad = (n: number) => String(n).padStart(2, '0');

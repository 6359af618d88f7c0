/**
 * Raw X12 837/835 service segments as EDI viewers show them: `SV1*HC:64634:59*400*UN*2*11**1~`,
 * `SVC*HC:99213*100*80**1~`. A code is only ever read from a procedure composite (`HC:` / `HP:`);
 * every other element (`PI*87726`, `N4*SPOKANE*WA*99201`, `DTM*472*20240101`) is data, not a code.
 */

/** Where the units element sits in each service segment (0 = segment id). */
const UNITS_ELEMENT: Record<string, number> = { SV1: 4, SV2: 5, SVC: 5, SV3: 6 };

/** Farthest a segment is read on each side of a code (a real SV1/SVC segment is under 200 characters). */
const MAX_SEGMENT_CHARS = 512;

/** Qualifiers of procedure composites whose second component is a CPT/HCPCS code. */
const PROCEDURE_QUALIFIER = /\*(?:HC|HP):$/;

/** Non-procedure composite or plain element: a `*` or `*XX:` right before the candidate. */
const OTHER_ELEMENT = /\*(?:[A-Z0-9]{1,3}:)?$/;

/** How X12 syntax right before a candidate classifies it. */
export type X12Verdict = 'procedure' | 'other-element' | 'none';

/** Classifies a candidate by the X12 syntax just before it (`left` is the preceding text). */
export function x12Before(left: string): X12Verdict {
  if (PROCEDURE_QUALIFIER.test(left)) return 'procedure';
  if (OTHER_ELEMENT.test(left)) return 'other-element';
  return 'none';
}

/** Reads up to four `:XX` modifiers right after a composite's code. */
export function readX12Modifiers(rest: string): { modifiers: string[]; length: number } {
  const m = /^(?::[A-Z0-9]{2}){0,4}(?![A-Z0-9])/.exec(rest);
  const text = m ? m[0] : '';
  return { modifiers: text ? text.slice(1).split(':') : [], length: text.length };
}

/**
 * Units of the service segment that contains position `at` of `text`, or null when the segment is not
 * SV1/SV2/SV3/SVC or the element is empty. Segments end at `~` or a line break.
 */
export function x12SegmentUnits(text: string, at: number): number | null {
  // A service segment is well under this long; a text without terminators must not be read end to end per code.
  const min = Math.max(0, at - MAX_SEGMENT_CHARS);
  const max = Math.min(text.length, at + MAX_SEGMENT_CHARS);
  let from = at;
  while (from > min && text[from - 1] !== '~' && text[from - 1] !== '\n') from--;
  let to = at;
  while (to < max && text[to] !== '~' && text[to] !== '\n') to++;
  const elements = text.slice(from, to).trim().split('*');
  const index = UNITS_ELEMENT[elements[0]];
  if (index === undefined) return null;
  const m = /^(\d{1,4})(?:\.0+)?$/.exec(elements[index] ?? '');
  return m ? Number(m[1]) : null;
}

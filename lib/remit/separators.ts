/**
 * Reads the separators from the fixed-layout ISA segment: the element separator is the character
 * right after "ISA", the component separator is ISA16 and the segment terminator follows it (an
 * 835 may end segments with "~", "~\n" or only a line break).
 */
import { RemitFormatError, type Separators } from './types';

/** Characters the ISA header needs before separators can be known (106 in a well-formed file). */
export const ISA_MIN_LENGTH = 106;

const isDataChar = (c: string) => /[A-Za-z0-9 ]/.test(c);

/**
 * Reads the separators from the start of a file.
 * @param head the first characters of the file (at least {@link ISA_MIN_LENGTH}, or the whole file).
 * @returns the separators and the offset just after the ISA segment's terminator.
 * @throws {@link RemitFormatError} when the file does not start with a usable ISA segment.
 */
export function readSeparators(head: string): { separators: Separators; end: number } {
  const start = head.search(/\S/);
  if (start < 0 || head.slice(start, start + 3) !== 'ISA')
    throw new RemitFormatError(
      'not an X12 file: it does not start with an ISA segment (the 835 interchange header)',
      start < 0 ? 0 : 1,
    );
  const element = head[start + 3];
  if (!element || isDataChar(element) || element === '\n' || element === '\r')
    throw new RemitFormatError(`ISA segment: "${element ?? ''}" cannot be an element separator`, 1);
  // ISA has 16 elements, each after a separator; ISA16 (one character) is followed by the terminator.
  let at = start + 3;
  const isa: string[] = [];
  for (let n = 1; n < 16; n++) {
    const next = head.indexOf(element, at + 1);
    if (next < 0) throw new RemitFormatError('ISA segment is truncated (fewer than 16 elements)', 1);
    isa.push(head.slice(at + 1, next));
    at = next;
  }
  // Files wrapped at a fixed width may break the line anywhere, even inside the ISA segment's tail.
  let i = at + 1;
  while (head[i] === '\r' || head[i] === '\n') i++;
  const component = head[i];
  let segment = head[i + 1];
  if (component === undefined || segment === undefined)
    throw new RemitFormatError('ISA segment is truncated (no component separator or segment terminator)', 1);
  let end = i + 2;
  if (segment === '\r' || segment === '\n') {
    let j = end;
    while (head[j] === '\r' || head[j] === '\n') j++;
    const next = head[j];
    // A letter next means segments end at line breaks; otherwise the break was wrapping.
    if (next !== undefined && !/[A-Za-z]/.test(next) && !isDataChar(next)) {
      segment = next;
      end = j + 1;
    } else {
      segment = '\n';
      end = j;
    }
  }
  if (isDataChar(component) || component === element)
    throw new RemitFormatError(`ISA16: "${component}" cannot be a component separator`, 1);
  if (isDataChar(segment) || segment === element || segment === component)
    throw new RemitFormatError(`ISA segment: "${segment}" cannot be a segment terminator`, 1);
  const rep = isa[10];
  const repetition = rep && rep.length === 1 && !isDataChar(rep) && rep !== element ? rep : undefined;
  return { separators: { element, component, repetition, segment }, end };
}

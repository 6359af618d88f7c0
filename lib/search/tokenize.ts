/** Word splitting shared by index building and querying, so both see the same terms. */

const WORD = /[a-z0-9]+/g;

/** Query words that carry no meaning on their own; dropped when the query has other words. */
const STOP_WORDS = new Set(['a', 'an', 'and', 'or', 'of', 'the', 'with', 'for', 'to', 'in', 'on', 'by']);

/** Lower-cased alphanumeric words of `text` (diacritics folded: "Ménière" → "meniere"). */
export function tokenize(text: string): string[] {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point here
  const ascii = !/[^\u0000-\u007f]/.test(text);
  const folded = (ascii ? text : text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')).toLowerCase();
  return folded.match(WORD) ?? [];
}

/** The words of a query, without stop words unless nothing else is left. */
export function queryWords(query: string): string[] {
  const words = [...new Set(tokenize(query))];
  const meaningful = words.filter((w) => !STOP_WORDS.has(w));
  return meaningful.length ? meaningful : words;
}

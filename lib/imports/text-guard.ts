/**
 * Checks on imported free text (descriptors, organisation notes). The UI renders imports as text
 * only, so markup could never run; rejecting it anyway tells the user the file is not what they
 * think it is (an HTML export, a pasted web page) and keeps stored data plain.
 */

// A tag needs a letter straight after `<` or `</` and a closing `>`; CMS text itself uses
// "< or equal", "</= 140/90" and "<suicd", which are not markup and must pass.
const MARKUP = /<\/?[a-zA-Z][^<>]*>|<!--|<\?[a-zA-Z]/;
const SCRIPT_URL = /\b(?:java|vb)script\s*:|\bdata\s*:\s*text\/html/i;
// C0/C1 controls except tab; zero-width spaces and joiners, direction marks (U+200B-U+200F), line and paragraph
// separators, bidi embedding/override/isolate controls, word joiners and invisible operators, and a byte-order
// mark inside the text: each can disguise text (a "646<U+200B>34" that no search or licensing check recognises)
// or reorder it. The same set lib/text/printable.ts escapes on a terminal.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point here
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/;

/** Why `text` may not be imported, or `undefined` when it is fine. `what` names the field ("descriptor"). */
export function unsafeTextReason(text: string, what: string): string | undefined {
  if (MARKUP.test(text)) return `${what} contains HTML markup (a <tag>); remove it`;
  if (SCRIPT_URL.test(text)) return `${what} contains a script URL; remove it`;
  if (CONTROL.test(text)) return `${what} contains control or invisible direction characters`;
  return undefined;
}

/** Collapses runs of whitespace (including line breaks inside quoted fields) to single spaces. */
export function tidyText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Makes untrusted text safe to print on a terminal: claim ids, file rows, header names and arguments
 * come from files and command lines the user did not write, and a raw control character can forge
 * an output line (a quoted CSV field holding "\nClaims with errors: 0"), hide text (ESC[8m) or
 * reorder it (bidi overrides). Escaped characters stay visible as `\n`, `\u001b`, `\u202e`.
 */

// C0 and C1 controls, DEL, zero-width and bidi controls, line/paragraph separators, BOM, lone surrogates.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point here
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\p{Surrogate}]/gu;
// The same, but line feeds and tabs pass: for whole reports whose line structure is the program's own.
const UNSAFE_IN_REPORT =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point here
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\p{Surrogate}]/gu;
// The same set without the `u` flag (any surrogate matches): a test several times faster, to skip the
// replace for the usual report that has nothing to escape.
const MAYBE_UNSAFE_IN_REPORT =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point here
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ud800-\udfff]/;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Longest value printed by default before it is cut with a marker. */
export const MAX_PRINTED_VALUE = 120;

function escapeChar(c: string): string {
  const named = NAMED[c];
  if (named) return named;
  const n = c.charCodeAt(0);
  // \uXXXX for all, so an escape is also valid inside a JSON string.
  return `\\u${n.toString(16).padStart(4, '0')}`;
}

/**
 * One untrusted value as a single printable line: control and invisible characters escaped, and
 * values longer than `max` characters cut with a marker saying how much was left out.
 */
export function printable(value: string, max = MAX_PRINTED_VALUE): string {
  let text = value;
  let cut = '';
  if (text.length > max) {
    let end = max;
    // Never split a surrogate pair (it would print as a replacement character).
    const c = text.charCodeAt(end - 1);
    if (c >= 0xd800 && c <= 0xdbff) end--;
    cut = `…[+${text.length - end} characters]`;
    text = text.slice(0, end);
  }
  return text.replace(UNSAFE, escapeChar) + cut;
}

/** `printable` in double quotes, for naming a bad value inside a message: `"64634X"`. */
export function quoted(value: string, max = 40): string {
  return `"${printable(value, max)}"`;
}

/**
 * A report the program laid out itself (line feeds and tabs are its own) with any control character
 * that slipped through from data escaped: the last line of defence before the terminal.
 */
export function printableReport(text: string): string {
  return MAYBE_UNSAFE_IN_REPORT.test(text) ? text.replace(UNSAFE_IN_REPORT, escapeChar) : text;
}

/**
 * Lists at most `max` items, then one "… and N more" line, so a file with 300,000 bad rows prints a
 * screenful rather than 25 MB. `what` names the items in the last line ("bad rows").
 */
export function cappedLines<T>(items: readonly T[], max: number, render: (item: T) => string, what: string): string[] {
  const out = items.slice(0, max).map(render);
  if (items.length > max) out.push(`… and ${items.length - max} more ${what}`);
  return out;
}

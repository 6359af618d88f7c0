/**
 * A compact set of every code the dataset knows, for the content script.
 *
 * The content script must decide "is this token a real code?" for every candidate on a page, but it
 * must stay small (budget: 60 KB gzip in total). A bitmap does this in ~50 KB raw / a few KB gzip:
 * one bit per possible code in each series, in this order:
 * - 5-digit CPT 00000–99999 (100,000 bits)
 * - 4 digits + F, T, U, M (Category II, III, PLA, MAAA; 10,000 bits each)
 * - letter A–Z + 4 digits (HCPCS Level II; 10,000 bits each)
 */

const SUFFIXES = ['F', 'T', 'U', 'M'];
const TOTAL_BITS = 100_000 + SUFFIXES.length * 10_000 + 26 * 10_000;

/** Bit position of a code in the bitmap, or -1 if the string is not shaped like a code. */
export function codeBit(code: string): number {
  if (code.length !== 5) return -1;
  const first = code.charCodeAt(0);
  const last = code.charCodeAt(4);
  if (first >= 65 && first <= 90) {
    const n = digits(code, 1, 5);
    return n < 0 ? -1 : 100_000 + SUFFIXES.length * 10_000 + (first - 65) * 10_000 + n;
  }
  if (last >= 48 && last <= 57) return digits(code, 0, 5);
  const s = SUFFIXES.indexOf(code[4]);
  const n = digits(code, 0, 4);
  return s < 0 || n < 0 ? -1 : 100_000 + s * 10_000 + n;
}

function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** Builds the bitmap for a list of codes. Codes of any other shape are reported, not dropped silently. */
export function encodeKnownCodes(codes: Iterable<string>): { bitmap: Uint8Array; rejected: string[] } {
  const bitmap = new Uint8Array(Math.ceil(TOTAL_BITS / 8));
  const rejected: string[] = [];
  for (const code of codes) {
    const bit = codeBit(code);
    if (bit < 0) rejected.push(code);
    else bitmap[bit >> 3] |= 1 << (bit & 7);
  }
  return { bitmap, rejected };
}

/** Membership test over a decoded bitmap. Expects upper-case input. */
export function makeIsKnown(bitmap: Uint8Array): (code: string) => boolean {
  return (code) => {
    const bit = codeBit(code);
    return bit >= 0 && (bitmap[bit >> 3] & (1 << (bit & 7))) !== 0;
  };
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 without padding tricks or globals (`atob` is not in every context lib/ runs in). */
export function toBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out +=
      B64[(n >> 18) & 63] +
      B64[(n >> 12) & 63] +
      (i + 1 < bytes.length ? B64[(n >> 6) & 63] : '=') +
      (i + 2 < bytes.length ? B64[n & 63] : '=');
  }
  return out;
}

/** Inverse of {@link toBase64}. */
export function fromBase64(text: string): Uint8Array {
  const clean = text.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let acc = 0;
  let o = 0;
  for (let i = 0; i < clean.length; i++) {
    const v = B64.indexOf(clean[i]);
    if (v < 0) throw new Error('Invalid base64 in known-code set');
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 255;
    }
  }
  return out;
}

/**
 * How the active dataset's code set differs from the bundled one (data/codes.json, whose keys the bundled
 * bitmap holds) after the user imported CMS tables: codes it adds and codes it no longer lists. The content
 * script applies it to its bundled bitmap ({@link applyCodeDelta}) so the page recogniser knows the same
 * codes the background explains.
 */
export interface CodeDelta {
  added: string[];
  removed: string[];
}

/** Most codes a delta may carry each way (a full HCPCS release has about 8,000; this bounds a bad value). */
export const MAX_DELTA_CODES = 50_000;

/** The codes of `active` not in `bundled` and those of `bundled` not in `active`, sorted; shapes must fit the bitmap. */
export function codeDelta(
  bundled: Readonly<Record<string, unknown>>,
  active: Readonly<Record<string, unknown>>,
): CodeDelta {
  const added = Object.keys(active).filter((c) => !Object.hasOwn(bundled, c) && codeBit(c) >= 0);
  const removed = Object.keys(bundled).filter((c) => !Object.hasOwn(active, c) && codeBit(c) >= 0);
  return { added: added.sort(), removed: removed.sort() };
}

/**
 * Why `delta` cannot go to the content script, or undefined when it can: {@link isCodeDelta} (which the content
 * script checks) rejects a list over {@link MAX_DELTA_CODES}, so the writer must not store one and say why.
 */
export function codeDeltaTooLarge(delta: CodeDelta): string | undefined {
  const [verb, n, prep] =
    delta.added.length > MAX_DELTA_CODES
      ? ['add', delta.added.length, 'to']
      : delta.removed.length > MAX_DELTA_CODES
        ? ['remove', delta.removed.length, 'from']
        : [];
  if (n === undefined) return undefined;
  const count = (x: number) => x.toLocaleString('en-US');
  return `ClaimLens: the imported CMS tables ${verb} ${count(n)} codes ${prep} the bundled set, more than pages can take (${count(MAX_DELTA_CODES)}); pages recognise the bundled codes, the hover cards answer from the imported tables.`;
}

const isCodeList = (v: unknown): v is string[] =>
  Array.isArray(v) && v.length <= MAX_DELTA_CODES && v.every((c) => typeof c === 'string' && codeBit(c) >= 0);

/** True for a well-formed {@link CodeDelta} (a stored value is checked before it is used). */
export function isCodeDelta(v: unknown): v is CodeDelta {
  if (!v || typeof v !== 'object') return false;
  const d = v as Record<string, unknown>;
  return isCodeList(d.added) && isCodeList(d.removed);
}

/**
 * The bitmap with `delta` applied, as a copy; `bitmap` itself when `delta` is absent or malformed (a bad
 * stored value changes nothing: the bundled codes stay in use).
 */
export function applyCodeDelta(bitmap: Uint8Array, delta: unknown): Uint8Array {
  if (!isCodeDelta(delta) || (delta.added.length === 0 && delta.removed.length === 0)) return bitmap;
  const out = bitmap.slice();
  for (const c of delta.removed) {
    const bit = codeBit(c);
    out[bit >> 3] &= ~(1 << (bit & 7));
  }
  for (const c of delta.added) {
    const bit = codeBit(c);
    out[bit >> 3] |= 1 << (bit & 7);
  }
  return out;
}

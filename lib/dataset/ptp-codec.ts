/**
 * Compact binary encoding of the NCCI procedure-to-procedure (PTP) table.
 *
 * 1.67 M active practitioner edits would be ~70 MB as CSV and ~40 MB as JSON. Here each edit costs
 * 3 bytes: a 16-bit index of the column-2 code and one byte packing the modifier indicator and the
 * rationale. Edits are grouped by column-1 code and sorted by column-2 index, so a pair is found by
 * one binary search in a group of a few hundred entries.
 *
 * Layout (little-endian):
 * - bytes 0–7: magic `CLPTP` + version byte 1 + two zero bytes
 * - u32 header length H, then H bytes of UTF-8 JSON {@link PtpHeader}, zero-padded to a multiple of 4
 * - u32 × (N + 1) group offsets, N = number of codes (group i = edits whose column 1 is codes[i])
 * - u16 × E column-2 code indexes, padded to a multiple of 4 bytes
 * - u8 × E flags: bits 0–1 modifier indicator (0, 1, or 2 meaning 9), bits 2–7 rationale index
 */

const MAGIC = [0x43, 0x4c, 0x50, 0x54, 0x50, 0x01, 0, 0];

/** JSON header of the binary PTP table. */
export interface PtpHeader {
  /** Every code that appears in any edit, sorted; indexes into this list are code ids. */
  codes: string[];
  /** Distinct CMS rationale strings; flags store an index into this list. */
  rationales: string[];
  /** Number of edits. */
  edits: number;
}

/** One edit as the encoder takes it. */
export interface PtpRow {
  column1: string;
  column2: string;
  modifierIndicator: 0 | 1 | 9;
  rationale: string;
}

/** Decoded, zero-copy view of the table. */
export interface PtpTable {
  header: PtpHeader;
  offsets: Uint32Array;
  column2: Uint16Array;
  flags: Uint8Array;
}

const pad4 = (n: number) => (n + 3) & ~3;

/** Encodes rows into the binary layout. Output is deterministic for the same set of rows. */
export function encodePtp(rows: readonly PtpRow[]): Uint8Array {
  const codes = [...new Set(rows.flatMap((r) => [r.column1, r.column2]))].sort();
  if (codes.length > 0xffff) throw new Error(`PTP table has ${codes.length} codes; the 16-bit encoding allows 65,535`);
  const rationales = [...new Set(rows.map((r) => r.rationale))].sort();
  if (rationales.length > 63) throw new Error(`PTP table has ${rationales.length} rationales; 6 bits allow 63`);
  const id = new Map(codes.map((c, i) => [c, i]));
  const rid = new Map(rationales.map((r, i) => [r, i]));
  const sorted = rows
    .map((r) => ({
      c1: id.get(r.column1)!,
      c2: id.get(r.column2)!,
      flag: encodeFlag(r.modifierIndicator, rid.get(r.rationale)!),
    }))
    .sort((a, b) => a.c1 - b.c1 || a.c2 - b.c2);
  const header: PtpHeader = { codes, rationales, edits: sorted.length };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const e = sorted.length;
  const size = 8 + 4 + pad4(headerBytes.length) + 4 * (codes.length + 1) + pad4(2 * e) + e;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  out.set(MAGIC, 0);
  view.setUint32(8, headerBytes.length, true);
  out.set(headerBytes, 12);
  let p = 12 + pad4(headerBytes.length);
  const offsetsAt = p;
  p += 4 * (codes.length + 1);
  const col2At = p;
  const flagsAt = p + pad4(2 * e);
  let group = 0;
  view.setUint32(offsetsAt, 0, true);
  sorted.forEach((row, i) => {
    while (group < row.c1) view.setUint32(offsetsAt + 4 * ++group, i, true);
    view.setUint16(col2At + 2 * i, row.c2, true);
    out[flagsAt + i] = row.flag;
  });
  while (group < codes.length) view.setUint32(offsetsAt + 4 * ++group, e, true);
  return out;
}

function encodeFlag(mi: 0 | 1 | 9, rationale: number): number {
  return (mi === 9 ? 2 : mi) | (rationale << 2);
}

/** Modifier indicator stored in a flag byte. */
export function flagIndicator(flag: number): 0 | 1 | 9 {
  const v = flag & 3;
  return v === 2 ? 9 : (v as 0 | 1);
}

/** Rationale index stored in a flag byte. */
export function flagRationale(flag: number): number {
  return flag >> 2;
}

/**
 * Decodes the binary layout without copying the edit arrays.
 * @throws Error with a plain message when the bytes are not a PTP table of this version.
 */
export function decodePtp(bytes: Uint8Array): PtpTable {
  if (bytes.length < 12 || MAGIC.some((b, i) => bytes[i] !== b))
    throw new Error('Not a ClaimLens PTP table (bad magic or version)');
  // Typed-array views need aligned offsets; copy once if the caller's buffer is misaligned.
  const b = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const headerLen = view.getUint32(8, true);
  const header = JSON.parse(new TextDecoder().decode(b.subarray(12, 12 + headerLen))) as PtpHeader;
  const n = header.codes.length;
  const e = header.edits;
  const offsetsAt = 12 + pad4(headerLen);
  const col2At = offsetsAt + 4 * (n + 1);
  const flagsAt = col2At + pad4(2 * e);
  if (flagsAt + e !== b.byteLength) throw new Error('PTP table is truncated or has trailing bytes');
  return {
    header,
    offsets: new Uint32Array(b.buffer, b.byteOffset + offsetsAt, n + 1),
    column2: new Uint16Array(b.buffer, b.byteOffset + col2At, e),
    flags: new Uint8Array(b.buffer, b.byteOffset + flagsAt, e),
  };
}

/**
 * Compact binary encoding of the NCCI procedure-to-procedure (PTP) table, with each edit's dates.
 *
 * A quarterly release holds ~2.7 M edits with their history (effective and deletion dates); as CSV that is
 * ~110 MB. Here an edit costs 3 or 4 bytes: a 16-bit index of the column-2 code and an 8- or 16-bit index
 * into a table of distinct "attributes" (modifier indicator, rationale, effective date, deletion date). A
 * release has a few thousand distinct attribute tuples, so the index stays 16-bit. Edits are grouped by
 * column-1 code and sorted by column-2 index, so a pair is one binary search in a group of a few hundred.
 *
 * Layout (little-endian):
 * - bytes 0–7: magic `CLPTP` + version byte 2 + two zero bytes
 * - u32 header length H, then H bytes of UTF-8 JSON {@link PtpHeader}, zero-padded to a multiple of 4
 * - u32 × (N + 1) group offsets, N = number of codes (group i = edits whose column 1 is codes[i])
 * - u16 × E column-2 code indexes, padded to a multiple of 4 bytes
 * - u8 or u16 (header `attrWidth`) × E attribute indexes
 */
import { PtpTableBuilder } from './ptp-builder';

const MAGIC = [0x43, 0x4c, 0x50, 0x54, 0x50, 0x02, 0, 0];

/** JSON header of the binary PTP table. */
export interface PtpHeader {
  /** Every code that appears in any edit, sorted; indexes into this list are code ids. */
  codes: string[];
  /** Distinct CMS rationale strings. */
  rationales: string[];
  /** Distinct ISO dates; index 0 is "" (effective date unknown, or no deletion date). */
  dates: string[];
  /** Attribute tuples, flattened: modifier indicator, rationale index, effective-date index, deletion-date index. */
  attrs: number[];
  /** Bytes per attribute index (1 when there are at most 256 tuples). */
  attrWidth: 1 | 2;
  /** Number of edits. */
  edits: number;
}

/** One edit as the encoder takes it. */
export interface PtpRow {
  column1: string;
  column2: string;
  modifierIndicator: 0 | 1 | 9;
  rationale: string;
  /** ISO date the edit took effect; null/absent when the release does not say. */
  effective?: string | null;
  /** ISO date of the edit's deletion (last day in effect); null/absent when not deleted. */
  deleted?: string | null;
}

/** Decoded, zero-copy view of the table. */
export interface PtpTable {
  header: PtpHeader;
  offsets: Uint32Array;
  column2: Uint16Array;
  attr: Uint8Array | Uint16Array;
}

const pad4 = (n: number) => (n + 3) & ~3;

/** Encodes rows into the binary layout. Output is deterministic for the same set of rows. */
export function encodePtp(rows: readonly PtpRow[]): Uint8Array {
  const b = new PtpTableBuilder();
  for (const r of rows)
    b.add(r.column1, r.column2, r.modifierIndicator, r.rationale, r.effective ?? '', r.deleted ?? '');
  return b.encode();
}

/**
 * Writes the layout from already sorted, interned parts (see {@link PtpTableBuilder.encode}).
 * @internal
 */
export function writePtp(header: PtpHeader, offsets: Uint32Array, column2: Uint16Array, attr: Uint16Array): Uint8Array {
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const e = header.edits;
  const w = header.attrWidth;
  const size = 8 + 4 + pad4(headerBytes.length) + 4 * offsets.length + pad4(2 * e) + w * e;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  out.set(MAGIC, 0);
  view.setUint32(8, headerBytes.length, true);
  out.set(headerBytes, 12);
  let p = 12 + pad4(headerBytes.length);
  for (let i = 0; i < offsets.length; i++, p += 4) view.setUint32(p, offsets[i], true);
  for (let i = 0; i < e; i++) view.setUint16(p + 2 * i, column2[i], true);
  p += pad4(2 * e);
  if (w === 1) for (let i = 0; i < e; i++) out[p + i] = attr[i];
  else for (let i = 0; i < e; i++) view.setUint16(p + 2 * i, attr[i], true);
  return out;
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
  const attrAt = col2At + pad4(2 * e);
  if (attrAt + header.attrWidth * e !== b.byteLength) throw new Error('PTP table is truncated or has trailing bytes');
  const attr =
    header.attrWidth === 1
      ? new Uint8Array(b.buffer, b.byteOffset + attrAt, e)
      : new Uint16Array(b.buffer, b.byteOffset + attrAt, e);
  return {
    header,
    offsets: new Uint32Array(b.buffer, b.byteOffset + offsetsAt, n + 1),
    column2: new Uint16Array(b.buffer, b.byteOffset + col2At, e),
    attr,
  };
}

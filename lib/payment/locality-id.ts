/**
 * Medicare payment locality ids as users and administrators write them: the MAC number and the locality
 * number of the GPCI file (Addendum E), `02102:01`. A hyphen (`02102-01`) is read the same way, since the
 * managed policy's examples use it.
 */

/** A MAC and locality number pair, e.g. `{ mac: '02102', locality: '01' }`. */
export interface LocalityKey {
  mac: string;
  locality: string;
}

const LOCALITY_ID = /^(\d{5})[:-](\d{1,2})$/;

/** Reads `MAC:LOCALITY` (5 digits, then 1–2 digits; `0` is `00`), or null when it is not that shape. */
export function parseLocalityId(text: string): LocalityKey | null {
  const m = LOCALITY_ID.exec(text.trim());
  return m ? { mac: m[1], locality: m[2].padStart(2, '0') } : null;
}

/** The canonical id of a locality: `02102:01`. */
export function localityId(key: LocalityKey): string {
  return `${key.mac}:${key.locality}`;
}

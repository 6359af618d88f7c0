/**
 * Medicare A/B MAC jurisdictions spelled out for people ("JF — Noridian: AK, AZ, ID, …"), from data the project
 * holds rather than from memory:
 *
 * - **Contractors**: `../shared/reference/payer-facts.md` §0 ("Medicare MAC map"), the same names as the curated
 *   portals (`lib/sites/curated-portals.ts`).
 * - **States**: the MAC numbers of CMS's GPCI file (`data/gpci.json`, PFS Addendum E), each listed with its state.
 *   A MAC number starts with the number of the A/B jurisdiction of CMS's first MAC contracts (J1–J15); CMS merged
 *   those into the lettered ones (E = 1, F = 2 and 3, H = 4 and 7, J = 10, K = 13 and 14, L = 12, M = 11,
 *   N = 9), while 5, 6, 8 and 15 kept their numbers. `tests/unit/medicare/` checks the result against
 *   the states published for the merged jurisdictions.
 */
import { MAC_JURISDICTIONS, type MacJurisdiction } from '../settings/types';

/** The contractor that holds each A/B jurisdiction (payer-facts.md §0). */
export const MAC_CONTRACTORS: Readonly<Record<MacJurisdiction, string>> = {
  J5: 'WPS',
  J6: 'NGS',
  J8: 'WPS',
  J15: 'CGS',
  JE: 'Noridian',
  JF: 'Noridian',
  JH: 'Novitas',
  JJ: 'Palmetto GBA',
  JK: 'NGS',
  JL: 'Novitas',
  JM: 'Palmetto GBA',
  JN: 'First Coast',
};

/** First two digits of a MAC number → its current jurisdiction (see the module comment). */
const BY_PREFIX: Readonly<Record<string, MacJurisdiction>> = {
  '01': 'JE',
  '02': 'JF',
  '03': 'JF',
  '04': 'JH',
  '05': 'J5',
  '06': 'J6',
  '07': 'JH',
  '08': 'J8',
  '09': 'JN',
  '10': 'JJ',
  '11': 'JM',
  '12': 'JL',
  '13': 'JK',
  '14': 'JK',
  '15': 'J15',
};

/** The jurisdiction of a 5-digit MAC number from the GPCI file (`02102` → `JF`), or null. */
export function jurisdictionOfMac(mac: string): MacJurisdiction | null {
  const prefix = mac.slice(0, 2);
  return /^\d{5}$/.test(mac) && Object.hasOwn(BY_PREFIX, prefix) ? BY_PREFIX[prefix] : null;
}

/** Each jurisdiction's states and territories (sorted postal codes), from localities with a MAC number and state. */
export function jurisdictionStates(
  localities: readonly { mac: string; state: string }[],
): Record<MacJurisdiction, string[]> {
  const sets = new Map<MacJurisdiction, Set<string>>(MAC_JURISDICTIONS.map((j) => [j, new Set<string>()]));
  for (const l of localities) {
    const j = jurisdictionOfMac(l.mac);
    if (j) sets.get(j)?.add(l.state);
  }
  return Object.fromEntries(MAC_JURISDICTIONS.map((j) => [j, [...(sets.get(j) ?? [])].sort()])) as Record<
    MacJurisdiction,
    string[]
  >;
}

/** "JF — Noridian: AK, AZ, ID, …" (without states when none are known). */
export function macLabel(j: MacJurisdiction, states: readonly string[] = []): string {
  return `${j} — ${MAC_CONTRACTORS[j]}${states.length ? `: ${states.join(', ')}` : ''}`;
}

/** Localities as `gpci.json` stores them (`{ "02102:01": [state, name, …] }`), for views that read the raw file. */
export function localitiesOfGpciRows(rows: unknown): { id: string; mac: string; state: string; name: string }[] {
  if (typeof rows !== 'object' || rows === null) return [];
  const out: { id: string; mac: string; state: string; name: string }[] = [];
  for (const [id, row] of Object.entries(rows)) {
    if (!/^\d{5}:\d{2}$/.test(id) || !Array.isArray(row)) continue;
    const [state, name] = row;
    if (typeof state === 'string' && typeof name === 'string') out.push({ id, mac: id.slice(0, 5), state, name });
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

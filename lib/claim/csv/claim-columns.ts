/**
 * Finds the claim-line columns in a practice-system export's header row, matching names loosely:
 * case, spaces and punctuation are ignored, so "Claim #", "ClaimNo" and "claim_id" all match.
 */
import { quoted } from '../../text/printable';

/** Column positions of the fields a claim line needs. */
export interface ClaimColumns {
  claimId: number;
  dateOfService: number;
  code: number;
  /** One column holding all modifiers, or several ("Modifier 1" … "Modifier 4"), in order. */
  modifiers: number[];
  /** Absent when the export has no units column (every line then counts 1 unit). */
  units?: number;
}

/** Header problems that make the file unreadable as claim lines. */
export class ClaimHeaderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ClaimHeaderError';
  }
}

const ALIASES: Record<'claimId' | 'dateOfService' | 'code' | 'units', string[]> = {
  claimId: [
    'claimid',
    'claim',
    'claimno',
    'claimnum',
    'claimnumber',
    'claimnbr',
    'encounter',
    'encounterid',
    'encounterno',
    'encounternumber',
  ],
  dateOfService: [
    'dos',
    'dateofservice',
    'servicedate',
    'svcdate',
    'dosfrom',
    'fromdate',
    'datefrom',
    'fromdos',
    'date',
  ],
  code: [
    'cpt',
    'hcpcs',
    'proc',
    'code',
    'cpthcpcs',
    'hcpcscpt',
    'cptcode',
    'hcpcscode',
    'proccode',
    'procedure',
    'procedurecode',
    'cpthcpcscode',
    'servicecode',
  ],
  units: ['units', 'unit', 'qty', 'quantity', 'nos', 'uos', 'unitsofservice', 'daysunits', 'svcunits', 'serviceunits'],
};
/** Header names (normalised, see {@link normalizeHeader}) read as the date-of-service column. */
export const DATE_OF_SERVICE_HEADERS: readonly string[] = ALIASES.dateOfService;

const LABELS = { claimId: 'claim id', dateOfService: 'date of service', code: 'code (CPT/HCPCS)', units: 'units' };

/** The first few header cells, quoted and escaped, for a message. */
function someCells(cells: readonly string[]): string {
  const shown = cells.slice(0, 8).map((c) => quoted(c, 30));
  return cells.length > 8 ? `${shown.join(', ')} and ${cells.length - 8} more` : shown.join(', ');
}

/** Lower-case letters and digits only: "Claim #" → "claim", "Modifier 1" → "modifier1". */
export function normalizeHeader(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

function modifierSlot(n: string): number | null {
  if (n === 'mod' || n === 'mods' || n === 'modifier' || n === 'modifiers') return 0;
  const m = /^(?:mod|modifier|m)([1-4])$/.exec(n);
  return m ? Number(m[1]) : null;
}

/**
 * Maps header cells to columns.
 * @throws {@link ClaimHeaderError} when a required column is missing or two columns claim one field.
 */
export function findClaimColumns(header: readonly string[]): ClaimColumns {
  const found: Partial<Record<keyof typeof ALIASES, number>> = {};
  const mods: { slot: number; col: number }[] = [];
  header.forEach((cell, col) => {
    const n = normalizeHeader(cell);
    if (n === '') return;
    const slot = modifierSlot(n);
    if (slot !== null) {
      mods.push({ slot, col });
      return;
    }
    for (const key of Object.keys(ALIASES) as (keyof typeof ALIASES)[]) {
      if (!ALIASES[key].includes(n)) continue;
      if (found[key] !== undefined) {
        throw new ClaimHeaderError(
          `columns ${quoted(header[found[key]!])} and ${quoted(cell)} both look like the ${LABELS[key]} column; rename one`,
        );
      }
      found[key] = col;
    }
  });
  const missing = (['claimId', 'dateOfService', 'code'] as const).filter((k) => found[k] === undefined);
  if (missing.length) {
    throw new ClaimHeaderError(
      `no ${missing.map((k) => LABELS[k]).join(', ')} column in the header row (found: ${someCells(header)}); expected names such as "Claim ID", "DOS", "CPT"`,
    );
  }
  if (mods.some((m) => m.slot === 0) && mods.length > 1) {
    throw new ClaimHeaderError(
      `the header has both a single modifiers column and numbered modifier columns (${someCells(mods.map((m) => header[m.col]))}); keep one style`,
    );
  }
  return {
    claimId: found.claimId!,
    dateOfService: found.dateOfService!,
    code: found.code!,
    modifiers: mods.sort((a, b) => a.slot - b.slot).map((m) => m.col),
    units: found.units,
  };
}

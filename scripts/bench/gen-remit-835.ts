/**
 * Writes a synthetic X12 835 for benchmarking `claimlens remit` (and the 50 MB reader test):
 * deterministic, real segment structure, claims of 1–4 lines mixing paid lines (CO-45, PR-1/2/3)
 * with coding-edit denials (CO-97 + M80 on 77003 beside 64633, CO-151 + N362 on J1100 units, CO-B15 on
 * a lone 64634), one segment per line. All ids and amounts are made up.
 *
 *   npx tsx scripts/bench/gen-remit-835.ts [--claims 10000] [--out FILE]
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const ISA =
  'ISA*00*          *00*          *ZZ*CLAIMLENSPAYER *ZZ*CLAIMLENSPROV  *261115*0930*^*00501*000000900*0*T*:~';

type Line = [code: string, mods: string, units: number, charge: number, paid: number, cas: string[], remark?: string];

const SHAPES: Line[][] = [
  [
    ['64633', 'RT', 1, 1450, 466.44, ['CAS*CO*45*867.00', 'CAS*PR*2*116.56']],
    ['64634', '', 1, 650, 145.96, ['CAS*CO*45*467.55', 'CAS*PR*2*36.49']],
    ['77003', '', 1, 310, 0, ['CAS*CO*97*310.00'], 'M80'],
  ],
  [['99213', '', 1, 180, 52.3, ['CAS*CO*45*57.70', 'CAS*PR*1*50.00**3*20.00']]],
  [['J1100', '', 200, 600, 96, ['CAS*CO*151*200.00*80', 'CAS*CO*45*280.00', 'CAS*PR*2*24.00'], 'N362']],
  [['64634', 'LT', 1, 650, 0, ['CAS*CO*B15*650.00'], 'N122']],
  [
    ['64493', '', 1, 1100, 355.75, ['CAS*CO*45*655.31', 'CAS*PR*2*88.94']],
    ['20610', '', 1, 200, 0, ['CAS*CO*236*200.00'], 'N20'],
  ],
];

/** The 835 text for `claims` claims (about 210 bytes per claim). */
export function generateRemit835(claims: number): string {
  const out: string[] = [ISA, 'GS*HP*CLAIMLENSPAYER*CLAIMLENSPROV*20261115*0930*900*X*005010X221A1~', 'ST*835*0001~'];
  out.push('BPR*I*0*C*ACH~', 'TRN*1*BENCH*1512345678~', 'N1*PR*DEMO MEDICARE CONTRACTOR~', 'LX*1~');
  let segments = 6;
  for (let i = 0; i < claims; i++) {
    const lines = SHAPES[i % SHAPES.length];
    const charge = lines.reduce((s, l) => s + l[3], 0);
    const paid = lines.reduce((s, l) => s + l[4], 0);
    const day = String((i % 28) + 1).padStart(2, '0');
    out.push(`CLP*B${i}*1*${charge.toFixed(2)}*${paid.toFixed(2)}*0*MB*PAYER${i}~`, 'NM1*QC*1*TEST*PATIENT~');
    segments += 2;
    for (const [code, mods, units, ch, pd, cas, remark] of lines) {
      const proc = mods ? `HC:${code}:${mods}` : `HC:${code}`;
      out.push(`SVC*${proc}*${ch.toFixed(2)}*${pd.toFixed(2)}**${units}~`, `DTM*472*202611${day}~`);
      for (const c of cas) out.push(`${c}~`);
      if (remark) out.push(`LQ*HE*${remark}~`);
      segments += 2 + cas.length + (remark ? 1 : 0);
    }
  }
  out.push(`SE*${segments + 1}*0001~`, 'GE*1*900~', 'IEA*1*000000900~');
  return `${out.join('\n')}\n`;
}

if (process.argv[1]?.endsWith('gen-remit-835.ts')) {
  const { values } = parseArgs({ options: { claims: { type: 'string' }, out: { type: 'string' } } });
  const claims = Number(values.claims ?? 10_000);
  const file = values.out ?? `remit-${claims}.835`;
  writeFileSync(file, generateRemit835(claims));
  console.log(`wrote ${file}`);
}

/**
 * Generated remittance (835/EOB-style) pages for `npm run bench`: a header with payer address and check
 * details, then one table row per service line with a real code, its modifiers and units, and many
 * look-alike numbers around it (claim numbers, member IDs, ZIP codes that are also valid CPT codes, amounts,
 * NPIs, phone numbers, ICNs, dates). Every 8th line has a remark that names a second code in free text
 * (`Bundled with 64490-59 x2`); every 5th has a remark full of look-alikes only.
 *
 * Deterministic (seeded) and pure: it returns HTML strings; bench.ts writes them to a temp folder.
 * Cells sit on their own lines, so a line holds about 30 text nodes (cells plus whitespace), like the pages
 * docs/performance.md's limits were measured on.
 */

/** Codes placed on the pages; every one is in the bundled dataset (bench.ts checks this before running). */
export const BENCH_CODES = [
  '99213',
  '99214',
  '99203',
  '99204',
  '20610',
  '64490',
  '64491',
  '64493',
  '64494',
  '64633',
  '64634',
  '64635',
  '64636',
  '77003',
  '72148',
  '73560',
  '85025',
  '80053',
  '36415',
  'J1100',
  'J3301',
  'G0463',
  '0213T',
  '93000',
  '97110',
  '97140',
  '96372',
  'A4397',
  '11042',
  '27447',
  '0275T',
  '87635',
  '0001U',
  '3008F',
  'E0601',
  'L3908',
  '99232',
  '71046',
  '97530',
];
const MODIFIERS = ['', '', '', '59', 'RT', 'LT', '50', 'XS', '25', 'RT 59', 'GA', 'KX'];
/** ZIP codes, several of which are valid CPT codes (a ZIP column must not be marked). */
const ZIPS = ['99213', '99201', '64634', '99204', '98101', '10001', '60601', '33101', '97140', '77003'];
const NAMES = ['Lee, Ana', 'Okafor, Ben', 'Smith, Cara', 'Nguyen, Dan', 'Garcia, Eva', 'Kowalski, Finn'];
const CARC = ['CO-45', 'CO-97', 'PR-1', 'PR-2', 'CO-16', 'OA-23'];

/** One generated service line, with what it promises about codes. */
export interface RemitLine {
  cells: string[];
  /** Codes a correct detector marks on this line (the code cell, plus a code named in the remark). */
  codes: string[];
  /** Look-alike numbers on this line that must not be marked. */
  lookAlikes: number;
  /** True when the line carries a modifier, and when it carries units other than 1. */
  hasModifier: boolean;
  hasUnits: boolean;
}

/** Column headers of the remittance table (the detector reads them for context). */
export const REMIT_HEADERS = [
  'Claim #',
  'Member ID',
  'Patient',
  'DOS',
  'CPT/HCPCS',
  'Mod',
  'Units',
  'Billed',
  'Allowed',
  'Paid',
  'Adj',
  'ZIP',
  'Rendering NPI',
  'Remarks',
];

/** Small seeded PRNG (mulberry32), so every run builds the same pages. */
export function seededRandom(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const money = (n: number) => `$${n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

/** Builds `count` service lines, starting at line number `from` (so appended batches continue the numbering). */
export function remitLines(count: number, seed = 7, from = 0): RemitLine[] {
  const r = seededRandom(seed + from);
  const pick = <T>(a: readonly T[]) => a[Math.floor(r() * a.length)];
  const lines: RemitLine[] = [];
  for (let i = from; i < from + count; i++) {
    const code = BENCH_CODES[i % BENCH_CODES.length];
    const mod = pick(MODIFIERS);
    const units = r() < 0.8 ? 1 : 2 + Math.floor(r() * 4);
    const billed = 50 + Math.floor(r() * 5000) + r();
    const codes = [code];
    let remark = '';
    let lookAlikes = 8; // claim #, member ID, date, three amounts, ZIP, NPI
    if (i % 8 === 3) {
      const other = BENCH_CODES[(i * 7 + 3) % BENCH_CODES.length];
      remark = `Bundled with ${other}-59 x2; see ICN ${20260000000 + i}`;
      codes.push(other);
      lookAlikes++;
    } else if (i % 5 === 1) {
      remark = `Call 509-555-${String(1000 + (i % 9000)).padStart(4, '0')} ref 1${code.replace(/\D/g, '0')}4 paid ${money(64634)}`;
      lookAlikes += 3;
    }
    lines.push({
      cells: [
        `${2026000000 + i}`,
        `W${String(100000000 + ((i * 7919) % 900000000))}`,
        pick(NAMES),
        `${String(1 + (i % 12)).padStart(2, '0')}/${String(1 + (i % 28)).padStart(2, '0')}/2026`,
        code,
        mod,
        String(units),
        money(billed),
        money(billed * 0.62),
        money(billed * 0.5),
        pick(CARC),
        pick(ZIPS),
        String(1000000000 + ((i * 104729) % 899999999)),
        remark,
      ],
      codes,
      lookAlikes,
      hasModifier: mod !== '',
      hasUnits: units !== 1,
    });
  }
  return lines;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** One `<tr>`, a cell per line (the whitespace between cells is what a server-rendered portal sends). */
export function rowHtml(line: RemitLine): string {
  return `<tr>\n${line.cells.map((c) => `  <td>${escapeHtml(c)}</td>`).join('\n')}\n</tr>`;
}

/** Head, page header with look-alikes, and the opening of the remittance table. */
function pageStart(title: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<style>body{font:13px system-ui,sans-serif;margin:12px}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 6px}</style>
</head><body>
<header><h1>Electronic remittance advice</h1>
<p>Payer: Example Health Plan, PO Box 64634, Spokane, WA 99213. Phone 800-555-0199. Payer ID 64633.</p>
<p>Check/EFT 0004471234 issued 03/14/2026 for ${money(99213)}. Provider NPI 1234567890, TIN 91-1234567.</p></header>
<table id="remit"><thead><tr>${REMIT_HEADERS.map((h) => `<th>${h}</th>`).join('')}</tr></thead>
<tbody>
`;
}

/** A static remittance page of `lines` service lines. */
export function remitPageHtml(lines: number, seed = 7): string {
  return `${pageStart(`Remittance, ${lines} lines`)}${remitLines(lines, seed).map(rowHtml).join('\n')}\n</tbody></table></body></html>\n`;
}

/**
 * Rows as a JS literal for the SPA pages' scripts (cells only; the page builds the rows with DOM calls, as
 * a framework would).
 */
function rowsLiteral(lines: RemitLine[]): string {
  return JSON.stringify(lines.map((l) => l.cells)).replace(/</g, '\\u003c');
}

/** Script shared by the SPA pages: builds a `<tr>` per cell list with whitespace text nodes between cells. */
const BUILD_ROW = `function buildRow(cells){const tr=document.createElement('tr');for(const c of cells){tr.append('\\n  ');const td=document.createElement('td');td.textContent=c;tr.append(td);}tr.append('\\n');return tr;}`;

/**
 * An SPA page that starts with `initial` lines and, once `window.__start()` is called, appends `perBatch`
 * lines every `everyMs` ms, `batches` times. `window.__appended` counts appended rows; `window.__done` turns
 * true after the last batch.
 */
export function spaAppendPageHtml(opts: {
  initial: number;
  perBatch: number;
  batches: number;
  everyMs: number;
  seed?: number;
}): string {
  const seed = opts.seed ?? 11;
  const initial = remitLines(opts.initial, seed);
  const more = remitLines(opts.perBatch * opts.batches, seed, opts.initial);
  return `${pageStart('SPA remittance, appending')}${initial.map(rowHtml).join('\n')}\n</tbody></table>
<script>${BUILD_ROW}
const more=${rowsLiteral(more)};window.__appended=0;window.__done=false;
window.__start=()=>{let b=0;const tbody=document.querySelector('#remit tbody');const t=setInterval(()=>{const f=document.createDocumentFragment();
for(let i=0;i<${opts.perBatch};i++)f.append(buildRow(more[b*${opts.perBatch}+i]));tbody.append(f);window.__appended+=${opts.perBatch};
if(++b>=${opts.batches}){clearInterval(t);window.__done=true;}},${opts.everyMs});};
</script></body></html>\n`;
}

/**
 * An SPA page whose table shows pages of `rows` lines; `window.__showPage(n)` replaces the table body's
 * contents with page n (as a paginated grid does).
 */
export function spaReplacePageHtml(opts: { rows: number; pages: number; seed?: number }): string {
  const seed = opts.seed ?? 13;
  const all = remitLines(opts.rows * opts.pages, seed);
  return `${pageStart('SPA remittance, paging')}${all.slice(0, opts.rows).map(rowHtml).join('\n')}\n</tbody></table>
<script>${BUILD_ROW}
const all=${rowsLiteral(all)};
window.__showPage=(n)=>{const tbody=document.querySelector('#remit tbody');const rows=all.slice(n*${opts.rows},(n+1)*${opts.rows}).map(buildRow);tbody.replaceChildren(...rows);};
</script></body></html>\n`;
}

/** Codes a correct detector marks on the first `count` lines generated with `seed` (page header excluded). */
export function expectedCodes(lines: RemitLine[]): number {
  return lines.reduce((n, l) => n + l.codes.length, 0);
}

// @vitest-environment happy-dom
/**
 * The bench's page generator promises a mix: real codes (with modifiers and units) and many look-alike
 * numbers around them, about 30 text nodes a line, and SPA pages that add or replace rows.
 */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../scripts/node/load-dataset';
import {
  BENCH_CODES,
  expectedCodes,
  REMIT_HEADERS,
  remitLines,
  remitPageHtml,
  spaAppendPageHtml,
  spaReplacePageHtml,
} from '../../../scripts/bench/remit-page';

describe('bench remittance pages', () => {
  it('uses only codes the dataset knows', () => {
    const ds = loadDataset();
    expect(BENCH_CODES.filter((c) => !ds.has(c))).toEqual([]);
  });

  it('mixes codes, modifiers, units and look-alikes', () => {
    const lines = remitLines(400);
    expect(lines).toHaveLength(400);
    const codeColumn = REMIT_HEADERS.indexOf('CPT/HCPCS');
    expect(lines.every((l) => l.codes[0] === l.cells[codeColumn])).toBe(true);
    expect(new Set(lines.map((l) => l.codes[0])).size).toBe(BENCH_CODES.length);
    const share = (f: (l: (typeof lines)[number]) => boolean) => lines.filter(f).length / lines.length;
    expect(share((l) => l.hasModifier)).toBeGreaterThan(0.3);
    expect(share((l) => l.hasUnits)).toBeGreaterThan(0.1);
    expect(share((l) => l.codes.length === 2)).toBe(50 / 400); // a second code in every 8th remark
    // Look-alikes outnumber codes: claim numbers, member IDs, amounts, ZIPs (some equal to CPT codes), NPIs.
    const lookAlikes = lines.reduce((n, l) => n + l.lookAlikes, 0);
    expect(lookAlikes).toBeGreaterThan(5 * expectedCodes(lines));
    const zip = REMIT_HEADERS.indexOf('ZIP');
    expect(lines.some((l) => BENCH_CODES.includes(l.cells[zip]))).toBe(true);
    expect(lines.every((l) => /^\$[\d,]+\.\d\d$/.test(l.cells[REMIT_HEADERS.indexOf('Billed')]))).toBe(true);
  });

  it('is deterministic and continues numbering for appended batches', () => {
    expect(remitLines(50)).toEqual(remitLines(50));
    expect(remitLines(5, 7, 100)[0].cells[0]).toBe(String(2026000000 + 100));
  });

  it('renders about 30 text nodes per line, every code in its own cell', () => {
    const doc = new DOMParser().parseFromString(remitPageHtml(100), 'text/html');
    const rows = doc.querySelectorAll('#remit tbody tr');
    expect(rows).toHaveLength(100);
    const walker = doc.createTreeWalker(doc.querySelector('#remit tbody')!, 4);
    let texts = 0;
    while (walker.nextNode()) texts++;
    expect(texts / rows.length).toBeGreaterThanOrEqual(28);
    expect(texts / rows.length).toBeLessThanOrEqual(32);
    expect([...rows].map((r) => r.children[4].textContent)).toEqual(remitLines(100).map((l) => l.codes[0]));
  });

  it('builds SPA pages that append batches and replace pages', () => {
    const append = spaAppendPageHtml({ initial: 20, perBatch: 10, batches: 3, everyMs: 100 });
    expect(append).toContain('window.__start');
    expect(new DOMParser().parseFromString(append, 'text/html').querySelectorAll('#remit tbody tr')).toHaveLength(20);
    const replace = spaReplacePageHtml({ rows: 30, pages: 4 });
    expect(replace).toContain('window.__showPage');
    expect(new DOMParser().parseFromString(replace, 'text/html').querySelectorAll('#remit tbody tr')).toHaveLength(30);
  });
});

// @vitest-environment happy-dom
/**
 * Claim lines from page matches: the real detector over the remittance fixture, then selections and row
 * groups turned into lines.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { collectCodes } from '../../../lib/detect/collect-dom';
import {
  claimLinesFrom,
  matchesInGroup,
  matchesInRanges,
  matchInRange,
  rowGroupOf,
} from '../../../lib/page/claim-lines';
import type { PageMatch } from '../../../lib/page/match-store';
import { isKnown, page, textNode } from './dom-helpers';

const FIXTURE = readFileSync(join(__dirname, '../../fixtures/pages/claim-remittance.html'), 'utf8');
const body = FIXTURE.slice(FIXTURE.indexOf('<body>') + 6, FIXTURE.indexOf('</body>'));

let matches: PageMatch[];
const byId = (id: string) => document.getElementById(id)!;
const text = (ls: { line: { code: string; modifiers: string[]; units: number } }[]) =>
  ls.map(({ line: l }) => `${l.code}${l.modifiers.map((m) => `-${m}`).join('')}x${l.units}`);

beforeEach(() => {
  page(body);
  matches = collectCodes(document.body, document, { isKnown });
});

/** A range from the start of element `from` to the end of element `to`. */
function rangeOver(from: string, to: string): Range {
  const r = document.createRange();
  r.setStartBefore(byId(from));
  r.setEndAfter(byId(to));
  return r;
}

describe('claim lines from the page', () => {
  it('the fixture has the expected detections (look-alike ZIPs, amounts and claim numbers are not codes)', () => {
    expect(matches.map((m) => m.code).sort()).toEqual(
      ['0213T', '64490', '64490', '64495', '64633', '64634', '64634'].sort(),
    );
  });

  it("a selection over claim B's rows gives its two lines, with units from the Units column", () => {
    const got = claimLinesFrom(matchesInRanges(matches, [rangeOver('b1', 'b2')]));
    expect(text(got.lines)).toEqual(['64634x1', '0213Tx1']);
    expect(got.rows).toBe(2);
    expect(got.skipped).toEqual([]);
  });

  it('the row group of a code gives the whole claim in page order, modifiers from the Mod column', () => {
    const m = matches.find((x) => x.code === '64490' && !x.range)!;
    const group = rowGroupOf(m)!;
    expect(group.id).toBe('claim-a');
    const got = claimLinesFrom(matchesInGroup([...matches].reverse(), group));
    expect(text(got.lines)).toEqual(['64633-RTx1', '64634x2', '64490-59x1']);
    expect(got.rows).toBe(3);
  });

  it('two lines of the same code stay two lines (nothing is de-duplicated)', () => {
    const got = claimLinesFrom(matchesInRanges(matches, [rangeOver('a2', 'b1')]));
    expect(text(got.lines)).toEqual(['64634x2', '64490-59x1', '64634x1']);
  });

  it('a written range is not a claim line; it is listed as skipped with the reason', () => {
    const got = claimLinesFrom(matches);
    expect(got.lines.map((l) => l.line.code)).toEqual(['64633', '64634', '64490', '64634', '0213T']);
    expect(got.skipped.map((s) => s.code)).toEqual(['64490', '64495']);
    expect(got.skipped[0].reason).toMatch(/range 64490–64495/);
    expect(rowGroupOf(matches.find((x) => x.range)!)).toBeNull();
  });

  it('several selection ranges (a cell selection) are merged in page order', () => {
    const got = claimLinesFrom(matchesInRanges(matches, [rangeOver('b2', 'b2'), rangeOver('a1', 'a1')]));
    expect(text(got.lines)).toEqual(['64633-RTx1', '0213Tx1']);
  });

  it('a code counts when the selection covers part of it, not when the selection only touches it', () => {
    const node = textNode(byId('a-64633'), '64633');
    const m = matches.find((x) => x.node === node)!;
    const r = document.createRange();
    r.setStart(node, 3);
    r.setEnd(node, 5);
    expect(matchInRange(r, m)).toBe(true);
    r.setStart(node, 5);
    r.setEnd(node, 5);
    expect(matchesInRanges([m], [r])).toEqual([]); // collapsed selection: nothing selected
    const after = document.createRange();
    after.setStart(node, 5);
    after.setEndAfter(byId('a1'));
    expect(matchInRange(after, m)).toBe(false);
    const before = document.createRange();
    before.setStartBefore(byId('a1'));
    before.setEnd(node, 0);
    expect(matchInRange(before, m)).toBe(false);
  });

  it('a selection outside any code gives no lines', () => {
    expect(claimLinesFrom(matchesInRanges(matches, [rangeOver('payee', 'payee')])).lines).toEqual([]);
  });

  it('caps the lines, keeps page order and says which were left out', () => {
    const got = claimLinesFrom(matchesInGroup(matches, byId('claim-a')), 2);
    expect(text(got.lines)).toEqual(['64633-RTx1', '64634x2']);
    expect(got.skipped).toEqual([{ code: '64490', reason: 'more than 2 lines; only the first 2 were checked' }]);
  });

  it('units that cannot be a count and malformed modifiers never reach a line; MUE-sized units do', () => {
    const node = textNode(byId('a-64633'), '64633');
    const base = {
      node,
      start: 0,
      end: 5,
      system: 'CPT',
      category: 'I',
      addOnMarker: false,
      role: 'billed' as const,
    } as const;
    const got = claimLinesFrom([
      { ...base, code: '64633', modifiers: ['RT', 'R', '59', 'XS', 'LT', '76'], units: null },
      { ...base, code: '64634', modifiers: [], units: 0, start: 1 },
      { ...base, code: '64634', modifiers: [], units: 10_000_000, start: 2 },
      // Clotting factors carry MUEs up to 90,000 units (NCCI MUE tables): such a line is a real claim line.
      { ...base, code: 'J7192', modifiers: [], units: 22_000, start: 3 },
    ]);
    expect(got.lines.map((l) => l.line)).toEqual([
      { code: '64633', modifiers: ['RT', '59', 'XS', 'LT'], units: 1 },
      { code: 'J7192', modifiers: [], units: 22_000 },
    ]);
    expect(got.skipped.map((s) => s.reason)).toEqual([
      expect.stringMatching(/units "0"/),
      expect.stringMatching(/units "10000000"/),
    ]);
  });

  it('a code outside any table has no row group; a div grid uses role=rowgroup', () => {
    page(`<p id="free">Billed 64633-RT today.</p>
      <div role="grid"><div role="rowgroup" id="rg"><div role="row"><span role="gridcell">64634</span></div></div></div>`);
    const ms = collectCodes(document.body, document, { isKnown });
    expect(rowGroupOf(ms.find((m) => m.code === '64633')!)).toBeNull();
    expect(rowGroupOf(ms.find((m) => m.code === '64634')!)?.id).toBe('rg');
  });
});

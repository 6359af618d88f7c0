// @vitest-environment happy-dom
/**
 * Choosing the claim region over the store's document order (lib/page/claim-region.ts): a selection and a row
 * group by binary search, nothing sorted; a row group longer than a claim narrowed to the pointed claim.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { collectCodes } from '../../../lib/detect/collect-dom';
import { claimAround, claimInGroup, matchesInGroupOrdered, matchesInSelection } from '../../../lib/page/claim-region';
import { MatchStore, type PageMatch } from '../../../lib/page/match-store';
import { isKnown, page } from './dom-helpers';

const CODES = ['64633', '64634', '64490', '64491', '20610', '99213'];

/** A claim table of `n` lines; line i has claim number `claimOf(i)` and code CODES[i % 6]. */
function table(n: number, claimOf: (i: number) => string): string {
  const rows = Array.from(
    { length: n },
    (_, i) => `<tr id="r${i}"><td>${claimOf(i)}</td><td>${CODES[i % CODES.length]}</td><td>1</td></tr>`,
  );
  return `<table><thead><tr><th>Claim #</th><th>CPT</th><th>Units</th></tr></thead><tbody id="g">${rows.join('')}</tbody></table>`;
}

function stored(html: string): { doc: Document; store: MatchStore } {
  const doc = page(`<p>Intro 64635 in prose</p>${html}<p>After 64636</p>`);
  const store = new MatchStore();
  const byNode = new Map<Text, PageMatch[]>();
  for (const m of collectCodes(doc.body, doc, { isKnown, keepRow: false })) {
    const list = byNode.get(m.node) ?? [];
    list.push(m);
    byNode.set(m.node, list);
  }
  for (const [node, list] of byNode) store.set(node, list, 'append');
  return { doc, store };
}

const codeOf = (doc: Document, id: string) => doc.getElementById(id)!.children[1].textContent;

describe('claim region', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('a selection over rows 3–5 gives exactly their codes, in document order', () => {
    const { doc, store } = stored(table(40, (i) => String(2026000 + i)));
    const r = doc.createRange();
    r.setStartBefore(doc.getElementById('r3')!);
    r.setEndAfter(doc.getElementById('r5')!);
    expect(matchesInSelection(store, [r]).map((m) => m.code)).toEqual(['r3', 'r4', 'r5'].map((id) => codeOf(doc, id)));
    expect(matchesInSelection(store, [doc.createRange()])).toEqual([]);
  });

  it('a row group gives its codes and none outside it', () => {
    const { doc, store } = stored(table(30, () => '1'));
    const inGroup = matchesInGroupOrdered(store, doc.getElementById('g')!);
    expect(inGroup).toHaveLength(30);
    expect(inGroup.map((m) => m.code)).not.toContain('64635');
    expect(inGroup.map((m) => m.code)).not.toContain('64636');
  });

  it('a group longer than a claim is narrowed to the rows sharing the pointed row claim number', () => {
    // Claims of 3 lines each: rows 0–2 claim A0, 3–5 claim A1, …
    const { doc, store } = stored(table(330, (i) => `A${Math.floor(i / 3)}`));
    const lines = matchesInGroupOrdered(store, doc.getElementById('g')!);
    const pointed = lines[100];
    const claim = claimAround(lines, pointed, 100);
    expect(claim.map((m) => m.node.parentElement!.parentElement!.id)).toEqual(['r99', 'r100', 'r101']);
  });

  it('without a claim-number column, the lines nearest the pointed one', () => {
    const { doc, store } = stored(table(330, () => ''));
    const lines = matchesInGroupOrdered(store, doc.getElementById('g')!);
    const claim = claimAround(lines, lines[200], 100);
    expect(claim).toHaveLength(100);
    expect(claim[0]).toEqual(lines[150]);
    expect(claimAround(lines, lines[2], 100)[0]).toEqual(lines[0]);
    expect(claimAround(lines.slice(0, 50), lines[2], 100)).toHaveLength(50);
  });

  it('claimInGroup: a small group whole (mentions included), a big one read only around the pointed line', () => {
    const small = stored(table(20, () => 'A1'));
    const all = matchesInGroupOrdered(small.store, small.doc.getElementById('g')!);
    expect(claimInGroup(small.store, small.doc.getElementById('g')!, all[5], 50)).toHaveLength(20);
    document.body.innerHTML = '';
    const big = stored(table(330, (i) => `A${Math.floor(i / 3)}`));
    const g = big.doc.getElementById('g')!;
    const lines = matchesInGroupOrdered(big.store, g);
    const claim = claimInGroup(big.store, g, lines[250], 50);
    expect(claim.map((m) => m.node.parentElement!.parentElement!.id)).toEqual(['r249', 'r250', 'r251']);
  });
});

// @vitest-environment happy-dom
/**
 * The text-first walk (lib/detect/text-cursor.ts, used by the page scanner) enters open shadow roots (nested
 * ones too) and cannot enter closed ones; the e2e counterpart is
 * tests/e2e/trust/hostile-structure.test.ts.
 */
import { describe, expect, it } from 'vitest';
import known from '../../../data/known-codes.json';
import { collectCodes } from '../../../lib/detect/collect-dom';
import { fromBase64, makeIsKnown } from '../../../lib/dataset/known-codes';
import { codeRecogniser } from '../../../lib/detect/recognisers';
import { BIG_TREE_TEXTS, TextCursor } from '../../../lib/detect/text-cursor';

const isKnown = makeIsKnown(fromBase64((known as { bitmap: string }).bitmap));
const codes = () => collectCodes(document.body, document, { isKnown }).map((m) => m.code);

describe('the text-first walk and shadow roots', () => {
  it('reads text inside open shadow roots and none from closed ones', () => {
    document.body.innerHTML = '<p id="light">Light 64633</p><x-open></x-open><x-closed></x-closed>';
    const open = document.querySelector('x-open')!.attachShadow({ mode: 'open' });
    const p = document.createElement('p');
    p.textContent = 'Open 64634';
    const nestedHost = document.createElement('x-nested');
    open.append(p, nestedHost);
    const nested = nestedHost.attachShadow({ mode: 'open' });
    const q = document.createElement('p');
    q.textContent = 'Nested J1100';
    nested.append(q);
    const closed = document.querySelector('x-closed')!.attachShadow({ mode: 'closed' });
    const r = document.createElement('p');
    r.textContent = 'Closed 64490';
    closed.append(r);
    expect(codes()).toEqual(['64633', '64634', 'J1100']);
  });

  it('skips an open root whose host is hidden', () => {
    document.body.innerHTML = '<x-open hidden></x-open>';
    const open = document.querySelector('x-open')!.attachShadow({ mode: 'open' });
    const p = document.createElement('p');
    p.textContent = 'Hidden 64634';
    open.append(p);
    expect(codes()).toEqual([]);
  });
});

describe('shadow hosts on big trees', () => {
  it('a tree of more texts than BIG_TREE_TEXTS is not searched for hosts (one query would cost more than the walk)', () => {
    document.body.innerHTML = `<x-open></x-open><ul>${'<li>item</li>'.repeat(BIG_TREE_TEXTS + 10)}</ul>`;
    const open = document.querySelector('x-open')!.attachShadow({ mode: 'open' });
    open.innerHTML = '<p>Open 64634</p>';
    const cursor = new TextCursor(document.body, document, [codeRecogniser(isKnown)]);
    const never = () => false;
    while (cursor.next(never) !== null);
    expect(cursor.stats.unsearched).toBe(1);
    expect(cursor.stats.texts).toBeGreaterThan(BIG_TREE_TEXTS);
    // A small tree is searched: the code in the open root is read.
    document.body.innerHTML = '<x-open></x-open>';
    document.querySelector('x-open')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Open 64634</p>';
    expect(codes()).toEqual(['64634']);
  });
});

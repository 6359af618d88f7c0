// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { type MatchChange, PageScanner } from '../../../lib/page/page-scanner';
import type { SliceHost } from '../../../lib/page/slice-runner';
import { BIG_TREE_TEXTS } from '../../../lib/detect/text-cursor';
import { isKnown, page } from './dom-helpers';
import { settleScanner } from '../../helpers/settle-timers';

const host: SliceHost = { now: () => performance.now(), yieldToPage: () => new Promise((r) => setTimeout(r, 0)) };

/** A scanner whose known-code set the test changes, as an import or a revert does. */
function scanner(doc: Document, changes: MatchChange[]) {
  const controller = new AbortController();
  const hidden = new Set<string>();
  const s = new PageScanner({
    doc,
    win: window,
    isKnown: (code) => !hidden.has(code) && isKnown(code),
    host,
    signal: controller.signal,
    isOwnNode: () => false,
    onChange: (c) => changes.push(c),
  });
  return { s, hidden, stop: () => controller.abort() };
}

const codes = (s: PageScanner) => [...s.store.all()].map((m) => m.code).sort();

describe('PageScanner.recheck: which codes count changed while the page is open', () => {
  let stop: (() => void) | undefined;
  afterEach(() => stop?.());

  it('drops codes that stopped counting and finds codes that now count, where they stand', async () => {
    const doc = page(`
      <table><thead><tr><th>CPT</th><th>Mod</th></tr></thead>
      <tbody><tr><td>64633</td><td>RT</td></tr><tr><td>J1100</td><td></td></tr></tbody></table>
      <p>Procedures 64634 and 99213 were reviewed.</p>`);
    const changes: MatchChange[] = [];
    const t = scanner(doc, changes);
    stop = t.stop;
    t.hidden.add('J1100');
    await t.s.start();
    expect(codes(t.s)).toEqual(['64633', '64634', '99213']);

    // A revert of an import that listed J1100 the other way round; 64634 leaves, 99213 stays in the same text.
    t.hidden.clear();
    t.hidden.add('64633');
    t.hidden.add('64634');
    changes.length = 0;
    await t.s.recheck();
    await settleScanner();
    expect(codes(t.s)).toEqual(['99213', 'J1100']);
    const removed = changes.flatMap((c) => c.removed.map((m) => m.code)).sort();
    const added = changes.flatMap((c) => c.added.map((m) => m.code)).sort();
    expect(removed).toEqual(['64633', '64634']);
    expect(added).toEqual(['J1100']);
  });

  it('changes nothing when the set did not change (no code removed and added again)', async () => {
    const doc = page('<p>64633 with 64634</p>');
    const changes: MatchChange[] = [];
    const t = scanner(doc, changes);
    stop = t.stop;
    await t.s.start();
    changes.length = 0;
    await t.s.recheck();
    expect(codes(t.s)).toEqual(['64633', '64634']);
    expect(changes.flatMap((c) => [...c.added, ...c.removed])).toEqual([]);
  });

  it('in a tree too big to search for shadow hosts, reads the screen’s open shadow roots again too', async () => {
    const doc = page(`<x-host></x-host><ul>${'<li>item</li>'.repeat(BIG_TREE_TEXTS + 10)}</ul>`);
    const host = doc.querySelector('x-host')!;
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>64633</p><p>J1100</p>';
    // No layout in happy-dom: the host is what stands at every point of the screen.
    const elementFromPoint = doc.elementFromPoint;
    doc.elementFromPoint = () => host;
    const changes: MatchChange[] = [];
    const t = scanner(doc, changes);
    stop = () => {
      t.stop();
      doc.elementFromPoint = elementFromPoint;
    };
    t.hidden.add('J1100');
    await t.s.start();
    expect(codes(t.s)).toEqual(['64633']);
    t.hidden.clear();
    await t.s.recheck();
    expect(codes(t.s)).toEqual(['64633', 'J1100']);
  });
});

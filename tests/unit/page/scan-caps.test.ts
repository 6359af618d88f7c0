// @vitest-environment happy-dom
/**
 * Hostile page sizes (docs/performance.md, "Caps"): one text node with 130k codes, headers spanning 1,000
 * columns with huge text, nesting deeper than the JS stack, a page with more codes than the store keeps, and
 * a slice that throws. The scan must finish, keep later codes, and report what it skipped.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { collectCodes } from '../../../lib/detect/collect-dom';
import { MAX_CODES_PER_TEXT, MAX_HEADER_TEXT_CHARS } from '../../../lib/detect/limits';
import { headerTexts, TableContextCache } from '../../../lib/detect/table-context';
import { PageScanner, type MatchChange } from '../../../lib/page/page-scanner';
import { HighlightLayer } from '../../../lib/page/highlight-layer';
import { MatchStore, type PageMatch } from '../../../lib/page/match-store';
import type { SliceHost } from '../../../lib/page/slice-runner';
import { isKnown, page, textNode } from './dom-helpers';

const host: SliceHost = { now: () => performance.now(), yieldToPage: () => new Promise((r) => setTimeout(r, 0)) };

function scanner(doc: Document, opts: { maxMatches?: number; isKnown?: (c: string) => boolean } = {}) {
  const controller = new AbortController();
  const changes: MatchChange[] = [];
  const s = new PageScanner({
    doc,
    win: window,
    isKnown: opts.isKnown ?? isKnown,
    host,
    signal: controller.signal,
    isOwnNode: () => false,
    onChange: (c) => changes.push(c),
    maxMatches: opts.maxMatches,
  });
  return { s, controller, changes };
}

/** Nests `depth` elements of `tag` (built top down while attached, so no engine recursion), returns the innermost. */
function nest(parent: Element, depth: number, tag = 'span'): Element {
  let el = parent;
  for (let i = 0; i < depth; i++) el = el.appendChild(document.createElement(tag));
  return el;
}

/** Takes a deep chain apart from the bottom up (the DOM implementation's own removal recurses). */
function unnest(top: Element): void {
  let el: Element = top;
  while (el.lastElementChild) el = el.lastElementChild;
  while (el !== top) {
    const parent = el.parentElement!;
    el.remove();
    el = parent;
  }
}

describe('scan caps', () => {
  let stop: (() => void) | undefined;
  afterEach(() => stop?.());

  it('one text node with 130,000 codes: the scan finishes, keeps at most the per-node cap, and later codes are found', async () => {
    const doc = page('<div id="huge"></div><table><tr><td>Procedure</td><td id="later">64635</td></tr></table>');
    doc.getElementById('huge')!.textContent = '64633 '.repeat(130_000);
    const { s, controller, changes } = scanner(doc);
    stop = () => controller.abort();
    await s.start();
    expect(s.stats.fullDoneAt).toBeDefined();
    const huge = s.store.get(textNode(doc.getElementById('huge')!, '64633'));
    expect(huge.length).toBe(MAX_CODES_PER_TEXT);
    expect(s.store.get(textNode(doc.getElementById('later')!, '64635')).map((m) => m.code)).toEqual(['64635']);
    expect(s.stats.cappedTexts).toBe(1);
    expect(s.stats.errors).toBe(0);
    // The hand-over carries every stored match without spreading them into an argument list.
    expect(changes.reduce((n, c) => n + c.added.length, 0)).toBe(MAX_CODES_PER_TEXT + 1);
  });

  it('the collector stops at the per-node cap on its own (the CLI path)', () => {
    const doc = page('<p id="p"></p>');
    doc.getElementById('p')!.textContent = '99213 '.repeat(MAX_CODES_PER_TEXT + 50);
    expect(collectCodes(doc.body, doc, { isKnown })).toHaveLength(MAX_CODES_PER_TEXT);
  });

  it('header text per spanned column is bounded (3 rows of colspan=1000 with big text)', () => {
    const big = `Procedure ${'lorem ipsum '.repeat(2_000)}`;
    const doc = page(
      `<table id="t"><thead>${'<tr><th colspan="1000">BIG</th></tr>'.repeat(3)}</thead><tbody><tr><td id="c">64634</td></tr></tbody></table>`,
    );
    for (const th of doc.querySelectorAll('th')) th.textContent = big;
    const texts = headerTexts(doc.getElementById('t')!);
    expect(texts.length).toBe(1000);
    for (const t of texts) expect(t.length).toBeLessThanOrEqual(MAX_HEADER_TEXT_CHARS);
    // The header still speaks for its columns: the text starts with "Procedure".
    expect(new TableContextCache().contextOf(doc.getElementById('c'))!.role).toBe('code');
  });

  it('nesting deeper than the JS stack: the walk and the table context use no recursion', () => {
    const doc = page('<div id="root"></div><p>after 64634</p>');
    nest(doc.getElementById('root')!, 30_000).textContent = 'CPT 64633';
    const grid = doc.body.appendChild(document.createElement('div'));
    grid.setAttribute('role', 'grid');
    const row = nest(grid, 30_000, 'div');
    row.setAttribute('role', 'row');
    row.innerHTML = '<div role="gridcell">99213</div>';
    const codes = collectCodes(doc.body, doc, { isKnown }).map((m) => m.code);
    expect(codes).toEqual(['64633', '64634', '99213']);
    unnest(doc.getElementById('root')!);
    unnest(grid);
  });

  it('more codes than the page cap: the store stops growing and says so', async () => {
    const doc = page(`<ul>${'<li>99213</li>'.repeat(12)}</ul>`);
    const { s, controller } = scanner(doc, { maxMatches: 5 });
    stop = () => controller.abort();
    await s.start();
    expect(s.store.size).toBe(5);
    expect(s.stats.pageCapped).toBe(true);
  });

  it('a unit that throws is reported and skipped; the scan goes on', async () => {
    const doc = page('<p>64633</p><p>64634</p><p>64635</p>');
    const { s, controller } = scanner(doc, {
      isKnown: (c) => {
        if (c === '64634') throw new Error('boom');
        return isKnown(c);
      },
    });
    stop = () => controller.abort();
    await s.start();
    expect([...s.store.all()].map((m) => m.code).sort()).toEqual(['64633', '64635']);
    expect(s.stats.errors).toBe(1);
    expect(s.stats.fullDoneAt).toBeDefined();
  });

  it('the highlight layer takes 150,000 matches at once without spreading them; the store drops a capped node whole', () => {
    const doc = page('<p id="p">64633</p>');
    const node = textNode(doc.getElementById('p')!, '64633');
    const many: PageMatch[] = [];
    for (let i = 0; i < 150_000; i++)
      many.push({
        code: '64633',
        system: 'CPT',
        category: 'I',
        start: 0,
        end: 5,
        modifiers: [],
        units: null,
        addOnMarker: false,
        role: 'billed' as const,
        node,
      });
    const store = new MatchStore();
    const layer = new HighlightLayer(doc, window, null, { source: store });
    expect(() => layer.add(many, true)).not.toThrow();
    layer.destroy();
    store.set(node, many.slice(0, 5_000));
    node.remove();
    expect(store.pruneDisconnected()).toHaveLength(5_000);
  });
});

// @vitest-environment happy-dom
/**
 * The DOM collector: what it reads and skips, table pairing by header, hidden text, incremental scans,
 * and that it never changes the page.
 */
import { describe, expect, it } from 'vitest';
import { fixtureDataset } from '../../helpers/fixture-dataset';
import { TableContextCache } from '../../../lib/detect/table-context';
import {
  collectCodes,
  collectCodesInTextNode,
  computedStyleHidden,
  visibleTextNodes,
  type DomCodeMatch,
} from '../../../lib/detect';

const ds = fixtureDataset();
const isKnown = (c: string) => ds.has(c);

function page(html: string): Document {
  const doc = document.implementation.createHTMLDocument('t');
  doc.body.innerHTML = html; // test fixture setup only; lib/ never writes HTML
  return doc;
}
const show = (ms: DomCodeMatch[]) =>
  ms.map((m) => `${m.code}${m.modifiers.map((x) => `-${x}`).join('')}${m.units === null ? '' : ` x${m.units}`}`);
const scan = (doc: Document, extra: Partial<Parameters<typeof collectCodes>[2]> = {}) =>
  collectCodes(doc.body, doc, { isKnown, ...extra });

describe('what the collector reads', () => {
  it('skips script, style, template, noscript, form controls, contenteditable and hidden text', () => {
    const doc = page(`
      <script>var a = "99213";</script><style>.a{} /* 99214 */</style><template><p>99215</p></template><noscript>99204</noscript>
      <textarea>99205</textarea><input value="99203"><select><option>99202</option></select><button>36415</button>
      <div contenteditable="true">80053 <b>85025</b></div><div contenteditable="">97110</div>
      <p hidden>64633</p><p style="display:none">64634</p><p style="visibility:hidden">64635</p>
      <p>Visible: 99213-25 and <span aria-hidden="true">J1100</span></p>`);
    expect(show(scan(doc))).toEqual(['99213-25', 'J1100']);
  });

  it('reads contenteditable="false" outside any editor, and <pre>/<code>', () => {
    const doc = page(
      '<div contenteditable="false">CPT 20552</div><pre>SV1*HC:64634:59*400*UN*2***1~</pre><code>J3301</code>',
    );
    expect(show(scan(doc))).toEqual(['20552', '64634-59 x2', 'J3301']);
  });

  it('honours stylesheet hiding when given a computed-style check, and not by default', () => {
    const doc = page('<style>.gone{display:none}</style><p class="gone">CPT 99214</p><p>CPT 99213</p>');
    expect(show(scan(doc))).toEqual(['99214', '99213']);
    expect(show(scan(doc, { isHidden: computedStyleHidden(window) }))).toEqual(['99213']);
  });

  it('judges only candidates and the text read around them, each element once', () => {
    const doc = page(
      '<div class="a"><p>CPT 99213 <b>x</b> <i>y</i> <u>z</u></p></div><section><span>no code 12345 here</span></section>',
    );
    const seen: Element[] = [];
    collectCodes(doc.body, doc, {
      isKnown,
      isHidden: (el) => {
        seen.push(el);
        return false;
      },
    });
    // The candidate's ancestors and the inline neighbours its suffix is read from; never the section holding
    // only a look-alike number (text first: a string with no known code touches no element).
    expect(seen.map((e) => e.localName).sort()).toEqual(['b', 'body', 'div', 'html', 'i', 'p', 'u']);
  });

  it('reads open shadow roots', () => {
    const doc = page('<div id="host"></div><p>CPT 99213</p>');
    const root = doc.getElementById('host')!.attachShadow({ mode: 'open' });
    const p = doc.createElement('p');
    p.textContent = 'CPT 64633-RT';
    root.appendChild(p);
    expect(show(scan(doc))).toEqual(['99213', '64633-RT']);
    expect(show(scan(doc, { shadowRoots: false }))).toEqual(['99213']);
  });

  it('accepts a document, an element or a shadow root as the root', () => {
    const doc = page('<p>CPT 99213</p><div id="h" hidden></div><div id="v"></div>');
    const hiddenRoot = doc.getElementById('h')!.attachShadow({ mode: 'open' });
    hiddenRoot.appendChild(doc.createTextNode('CPT 99214'));
    const visibleRoot = doc.getElementById('v')!.attachShadow({ mode: 'open' });
    visibleRoot.appendChild(doc.createTextNode('CPT 99215'));
    expect(show(collectCodes(doc, doc, { isKnown }))).toEqual(['99213', '99215']);
    expect(collectCodes(hiddenRoot, doc, { isKnown })).toEqual([]);
    expect(show(collectCodes(visibleRoot, doc, { isKnown }))).toEqual(['99215']);
  });

  it('lists visible text nodes in document order', () => {
    const doc = page('<p>a<script>b</script><span>c</span></p><p hidden>d</p><p>e</p>');
    expect(visibleTextNodes(doc.body, doc).map((t) => t.data)).toEqual(['a', 'c', 'e']);
  });
});

describe('matches', () => {
  it('point into their own text node with code offsets', () => {
    const doc = page('<p>Billed <b>+64634-RT</b> x2 today</p>');
    const [m] = scan(doc);
    expect(m.node.data).toBe('+64634-RT');
    expect(m.node.data.slice(m.start, m.end)).toBe('64634');
    expect(m).toMatchObject({ code: '64634', system: 'CPT', modifiers: ['RT'], units: 2, addOnMarker: true });
  });

  it('use labels written in preceding inline or block elements', () => {
    const doc = page(
      '<dl><dt>ZIP</dt><dd>99213</dd><dt>Procedure</dt><dd>99214</dd></dl><p>Member ID <b>64633</b> and CPT <b>64634</b></p>',
    );
    expect(show(scan(doc))).toEqual(['99214', '64634']);
  });

  it('carry ranges on both ends', () => {
    const doc = page('<li>CPT® codes <strong>64490–64495</strong></li>');
    expect(scan(doc).map((m) => [m.code, m.range])).toEqual([
      ['64490', { from: '64490', to: '64495' }],
      ['64495', { from: '64490', to: '64495' }],
    ]);
  });
});

describe('tables', () => {
  const grid = `<table><thead><tr><th>Line</th><th>Procedure</th><th>Mod</th><th>Modifier 2</th><th>Units</th><th>Zip</th><th>Claim #</th><th>Charge</th></tr></thead><tbody>
    <tr id="r1"><td>1</td><td>64633</td><td>RT</td><td>59</td><td>1</td><td>99201</td><td>99213</td><td>$99,213.00</td></tr>
    <tr id="r2"><td>2</td><td><a href="#">64634</a></td><td>RT, XS</td><td></td><td>2.00</td><td>99223</td><td>64633</td><td>900.00</td></tr>
    <tr id="r3"><td>3</td><td>99213-25 x1</td><td>59</td><td></td><td>3</td><td>99208</td><td>20552</td><td>150.00</td></tr>
    <tr id="r4"><td>4</td><td>20552 20553</td><td>59</td><td></td><td>3</td><td></td><td></td><td></td></tr>
  </tbody></table>`;

  it('pairs a lone code with the Modifier and Units cells of its row; ZIP and Claim # columns yield nothing', () => {
    const doc = page(grid);
    const ms = scan(doc);
    expect(show(ms)).toEqual(['64633-RT-59 x1', '64634-RT-XS x2', '99213-25 x1', '20552', '20553']);
    expect(ms.map((m) => m.row?.id)).toEqual(['r1', 'r2', 'r3', 'r4', 'r4']);
  });

  it('pairs NOS / Qty / "Days or Units" and MODS headers', () => {
    const doc =
      page(`<table><tr><th>PROC</th><th>MODS</th><th>NOS</th></tr><tr><td>77003</td><td>26</td><td>1</td></tr></table>
      <table><tr><th>CPT/HCPCS</th><th>Modifier</th><th>Qty</th></tr><tr><td>J3301</td><td></td><td>4</td></tr></table>
      <table><thead><tr><th>Code</th><th>Days or Units</th></tr></thead><tr><td>96372</td><td>1</td></tr></table>`);
    expect(show(scan(doc))).toEqual(['77003-26 x1', 'J3301 x4', '96372 x1']);
  });

  it('takes a digit-free first row of <td> cells as the header (bold-cell portals)', () => {
    const doc = page(`<table><tr><td><b>Proc</b></td><td><b>Mod</b></td><td><b>Units</b></td><td><b>ZIP</b></td></tr>
      <tr><td>64634</td><td>59</td><td>2</td><td>99213</td></tr></table>`);
    expect(show(scan(doc))).toEqual(['64634-59 x2']);
  });

  it('uses row headers in key/value tables', () => {
    const doc = page(
      '<table><tr><th>Zip Code</th><td>99204</td></tr><tr><th>Procedure Code</th><td>99214</td></tr><tr><th>ICN</th><td>99291</td></tr></table>',
    );
    expect(show(scan(doc))).toEqual(['99214']);
  });

  it('needs context for a bare number in a neutral column', () => {
    const doc = page(
      '<table><thead><tr><th>Reference</th><th>Notes</th></tr></thead><tr><td>99213</td><td>see CPT 99214</td></tr></table>',
    );
    expect(show(scan(doc))).toEqual(['99214']);
  });

  it('pairs by header in ARIA grids', () => {
    const doc =
      page(`<div role="grid"><div role="row"><div role="columnheader">Procedure</div><div role="columnheader">Modifier</div><div role="columnheader">Units</div><div role="columnheader">Member ID</div></div>
      <div role="row"><div role="gridcell"><span>64635</span></div><div role="gridcell">LT</div><div role="gridcell">1</div><div role="gridcell">99213</div></div></div>`);
    expect(show(scan(doc))).toEqual(['64635-LT x1']);
  });
});

describe('incremental scans', () => {
  it('scans a single text node with the label in the node before it', () => {
    const doc = page('<p>ZIP: <span id="a">99213</span></p><p>CPT: <span id="b">99214</span></p>');
    const a = doc.getElementById('a')!.firstChild as Text;
    const b = doc.getElementById('b')!.firstChild as Text;
    expect(collectCodesInTextNode(a, doc, { isKnown })).toEqual([]);
    expect(show(collectCodesInTextNode(b, doc, { isKnown }))).toEqual(['99214']);
  });

  it('scans a subtree with the same results as the whole-page pass for that subtree', () => {
    const doc = page(`<p>intro</p><table id="t"><thead><tr><th>Procedure</th><th>Mod</th><th>Units</th></tr></thead>
      <tbody id="body"><tr><td>64633</td><td>RT</td><td>1</td></tr><tr><td>64634</td><td>RT</td><td>2</td></tr></tbody></table>`);
    const whole = show(scan(doc));
    const sub = show(collectCodes(doc.getElementById('body')!, doc, { isKnown }));
    const row = show(collectCodes(doc.querySelector('#body tr:last-child')!, doc, { isKnown }));
    expect(whole).toEqual(['64633-RT x1', '64634-RT x2']);
    expect(sub).toEqual(whole);
    expect(row).toEqual(['64634-RT x2']);
  });

  it('row-by-row scans sharing one table cache give the whole-table answer, header included', () => {
    const rows = Array.from(
      { length: 50 },
      (_, i) => `<tr><td>${i % 2 ? '64633' : '64634'}</td><td>RT</td><td>${(i % 3) + 1}</td><td>99213</td></tr>`,
    ).join('');
    const doc = page(
      `<table><thead><tr><th>Procedure</th><th>Mod</th><th>Units</th><th>ZIP</th></tr></thead><tbody>${rows}</tbody></table>`,
    );
    const whole = show(scan(doc));
    const tables = new TableContextCache();
    const byRow = [...doc.querySelectorAll('tbody tr')].flatMap((tr) =>
      show(collectCodes(tr, doc, { isKnown, tables })),
    );
    expect(whole).toHaveLength(50);
    expect(byRow).toEqual(whole);
    expect(whole.some((m) => m.startsWith('99213'))).toBe(false);
  });

  it('reads a suffix written in the following inline element when scanning one text node', () => {
    const doc = page('<p><strong id="c">64490</strong>-<strong>LT</strong> x<em>2</em></p><p>CPT 99213</p>');
    const t = doc.getElementById('c')!.firstChild as Text;
    expect(show(collectCodesInTextNode(t, doc, { isKnown }))).toEqual(['64490-LT x2']);
    expect(show(scan(doc))).toEqual(['64490-LT x2', '99213']);
  });

  it('finds nothing in a text node inside a skipped or hidden ancestor', () => {
    const doc = page('<div hidden><p>CPT <b id="x">99213</b></p></div><textarea id="ta">99214</textarea>');
    expect(collectCodesInTextNode(doc.getElementById('x')!.firstChild as Text, doc, { isKnown })).toEqual([]);
    expect(collectCodes(doc.getElementById('ta')!, doc, { isKnown })).toEqual([]);
  });
});

describe('read-only', () => {
  it('leaves the DOM byte-identical and produces no mutation records', () => {
    const doc =
      page(`<table><thead><tr><th>Procedure</th><th>Mod</th><th>Units</th></tr></thead><tbody><tr><td>64633</td><td>RT</td><td>1</td></tr></tbody></table>
      <p>Billed <b>+64634-RT</b> x2; ZIP 99213; <span hidden>99214</span></p><div contenteditable="true">99215</div><pre>SVC*HC:99213:25*100*80**1~</pre>`);
    const host = doc.createElement('div');
    host.attachShadow({ mode: 'open' }).appendChild(doc.createTextNode('CPT 20552'));
    doc.body.appendChild(host);
    const before = doc.documentElement.outerHTML;
    const observer = new MutationObserver(() => {});
    observer.observe(doc, { subtree: true, childList: true, characterData: true, attributes: true });
    const ms = scan(doc);
    for (const t of visibleTextNodes(doc.body, doc)) collectCodesInTextNode(t, doc, { isKnown });
    expect(observer.takeRecords()).toEqual([]);
    observer.disconnect();
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(show(ms)).toEqual(['64633-RT x1', '64634-RT x2', '99213-25 x1', '20552']);
  });
});

describe('speed (figure printed, not asserted)', () => {
  it('scans a 10,000-text-node claim grid and finds every code', () => {
    const rows: string[] = [];
    const codes = ['64633', '64634', '99213', 'J1100', '20552'];
    for (let i = 0; i < 2000; i++)
      rows.push(
        `<tr><td>${i}</td><td>${codes[i % 5]}</td><td>RT</td><td>${(i % 3) + 1}</td><td>Spokane, WA 992${String(i % 100).padStart(2, '0')}</td></tr>`,
      );
    const doc = page(
      `<table><thead><tr><th>Line</th><th>Procedure</th><th>Mod</th><th>Units</th><th>Address</th></tr></thead><tbody>${rows.join('')}</tbody></table>`,
    );
    const nodes = visibleTextNodes(doc.body, doc).length;
    const times: number[] = [];
    let ms: DomCodeMatch[] = [];
    for (let run = 0; run < 4; run++) {
      const t0 = performance.now();
      ms = scan(doc);
      times.push(performance.now() - t0);
    }
    const per1000 = (t: number) => ((t / nodes) * 1000).toFixed(1);
    const warm = [...times.slice(1)].sort((a, b) => a - b)[1];
    console.log(
      `collector: ${nodes} text nodes, ${per1000(times[0])} ms per 1,000 text nodes cold, ${per1000(warm)} warm (median of 3), happy-dom`,
    );
    expect(nodes).toBe(10_005);
    expect(ms.length).toBe(2000);
    expect(ms[7]).toMatchObject({ code: '99213', modifiers: ['RT'], units: 2 });
  }, 60_000);
});

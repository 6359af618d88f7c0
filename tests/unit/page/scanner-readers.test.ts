// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { PageScanner } from '../../../lib/page/page-scanner';
import type { SliceHost } from '../../../lib/page/slice-runner';
import type { TextReader } from '../../../lib/page/text-readers';
import { isKnown, page } from './dom-helpers';
import { settleScanner } from '../../helpers/settle-timers';

const host: SliceHost = { now: () => performance.now(), yieldToPage: () => new Promise((r) => setTimeout(r, 0)) };
const settle = () => settleScanner();

/** A reader of texts holding "CO-" that records what it is told. */
function recorder() {
  const read: string[] = [];
  const dropped: string[] = [];
  let passes = 0;
  let flushes = 0;
  let prunes = 0;
  const reader: TextReader = {
    recogniser: { name: 'co', mayHold: (d) => d.includes('CO-') },
    pass: () => {
      passes++;
      return (t) => void read.push(t.data);
    },
    flush: () => void flushes++,
    drop: (t) => void dropped.push(t.data),
    prune: () => void prunes++,
  };
  return { reader, read, dropped, counts: () => ({ passes, flushes, prunes }) };
}

describe('PageScanner: other recognisers in the same text walk', () => {
  let stop: (() => void) | undefined;
  afterEach(() => stop?.());

  function start(html: string, own: (n: Node) => boolean = () => false) {
    const doc = page(html);
    const controller = new AbortController();
    stop = () => controller.abort();
    const s = new PageScanner({
      doc,
      win: window,
      isKnown,
      host,
      signal: controller.signal,
      isOwnNode: own,
      onChange: () => {},
    });
    const r = recorder();
    s.addReader(r.reader);
    return { doc, s, ...r };
  }

  it('hands the reader the visible texts its recogniser holds, codes or not, and never hidden text', async () => {
    const { s, read, counts } = start(`
      <table><tbody><tr><td>64634</td><td>CO-97</td></tr><tr><td>99213</td><td>CO-45 and 64633</td></tr></tbody></table>
      <p hidden>CO-16</p><p style="display:none">CO-18</p><p>no codes here</p>`);
    await s.start();
    expect(read).toEqual(['CO-97', 'CO-45 and 64633']);
    // The codes are read as before, one of them in the same text as an adjustment code.
    expect([...s.store.all()].map((m) => m.code).sort()).toEqual(['64633', '64634', '99213']);
    expect(s.stats.units).toBe(3);
    expect(counts().passes).toBe(1);
    expect(counts().flushes).toBeGreaterThan(0);
  });

  it('a failure reading a text’s codes never skips the other readers of that text, nor one reader another’s', async () => {
    const doc = page('<p>64633 CO-97</p><p>CO-45</p><p>64634</p>');
    const controller = new AbortController();
    stop = () => controller.abort();
    // The prefilter asks first (and is told yes); reading 64633 in context then throws.
    let asked = 0;
    const errors: unknown[] = [];
    const s = new PageScanner({
      doc,
      win: window,
      isKnown: (code) => {
        if (code === '64633' && asked++ > 0) throw new TypeError('broken');
        return isKnown(code);
      },
      host,
      signal: controller.signal,
      isOwnNode: () => false,
      onChange: () => {},
      onError: (e) => errors.push(e),
    });
    const failing: TextReader = {
      recogniser: { name: 'co-failing', mayHold: (d) => d.includes('CO-45') },
      pass: () => () => {
        throw new RangeError('reader broke');
      },
      flush: () => {},
      drop: () => {},
      prune: () => {},
    };
    const r = recorder();
    s.addReader(failing);
    s.addReader(r.reader);
    await s.start();
    expect(r.read).toEqual(['64633 CO-97', 'CO-45']);
    expect([...s.store.all()].map((m) => m.code)).toEqual(['64634']);
    expect(errors.map((e) => (e as Error).name).sort()).toEqual(['RangeError', 'TypeError']);
  });

  it('never judges the visibility of a text no reader wants (a cap reached): no element of it is touched', async () => {
    const { doc, s, read, reader } = start('<p id="a">CO-97</p><p id="b">CO-45</p>');
    reader.wants = (t) => t.data === 'CO-97';
    let judged = 0;
    const b = doc.getElementById('b')!;
    const hasAttributes = b.hasAttributes.bind(b);
    b.hasAttributes = () => {
      judged++;
      return hasAttributes();
    };
    await s.start();
    expect(read).toEqual(['CO-97']);
    expect(judged).toBe(0);
  });

  it('skips our own UI', async () => {
    const { s, read } = start('<p>CO-97</p><div id="ui"><p>CO-45</p></div>', (n) => !!n.parentElement?.closest('#ui'));
    await s.start();
    expect(read).toEqual(['CO-97']);
  });

  it('reads what mutations add in their own pass, and tells the reader when a changed text holds nothing', async () => {
    const { doc, s, read, dropped, counts } = start('<p id="p">CO-97</p><div id="more"></div>');
    await s.start();
    const row = doc.createElement('p');
    row.textContent = 'CO-45';
    doc.getElementById('more')!.append(row);
    await settle();
    expect(read).toEqual(['CO-97', 'CO-45']);
    expect(counts().passes).toBe(2);
    (doc.getElementById('p')!.firstChild as Text).data = 'paid';
    await settle();
    expect(dropped).toEqual(['paid']);
    expect(counts().prunes).toBe(0); // nothing removed yet: no pruning cost in these passes
    row.remove(); // a removal without any code in it: the reader still hears of it, once for the batch
    doc.getElementById('p')!.remove();
    await settle();
    expect(counts().prunes).toBe(1);
  });
});

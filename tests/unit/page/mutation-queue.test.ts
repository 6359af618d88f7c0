// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { MutationQueue } from '../../../lib/page/mutation-queue';
import { page } from './dom-helpers';

const record = (r: Partial<MutationRecord>) =>
  ({ addedNodes: [] as unknown as NodeList, removedNodes: [] as unknown as NodeList, ...r }) as MutationRecord;

describe('MutationQueue', () => {
  it('keeps only outermost connected roots and notes removals', () => {
    const doc = page('<div id="host"></div><table><tbody id="tb"></tbody></table>');
    const tb = doc.getElementById('tb')!;
    const row = doc.createElement('tr');
    const cell = doc.createElement('td');
    row.append(cell);
    tb.append(row);
    const gone = doc.createElement('p');
    const queue = new MutationQueue(() => false);
    expect(
      queue.push([
        record({ type: 'childList', target: tb, addedNodes: [row, gone] as unknown as NodeList }),
        record({
          type: 'childList',
          target: row,
          addedNodes: [cell] as unknown as NodeList,
          removedNodes: [gone] as unknown as NodeList,
        }),
      ]),
    ).toBe(true);
    const batch = queue.take();
    expect(batch.roots).toEqual([row]);
    expect(batch.removed).toBe(true);
    expect(batch.records).toBe(2);
    expect(queue.isEmpty()).toBe(true);
  });

  it('queues changed text nodes and ignores our own host', () => {
    const doc = page('<p>64633</p><div id="ours"></div>');
    const text = doc.querySelector('p')!.firstChild!;
    const ours = doc.getElementById('ours')!;
    const queue = new MutationQueue((n) => n === ours);
    queue.push([record({ type: 'characterData', target: text }), record({ type: 'attributes', target: ours })]);
    queue.push([record({ type: 'childList', target: doc.body, addedNodes: [ours] as unknown as NodeList })]);
    expect(queue.take().roots).toEqual([text]);
  });

  it('reports "became non-empty" only once per batch', () => {
    const doc = page('<p>a</p>');
    const queue = new MutationQueue(() => false);
    const t = doc.querySelector('p')!.firstChild!;
    expect(queue.push([record({ type: 'characterData', target: t })])).toBe(true);
    expect(queue.push([record({ type: 'characterData', target: t })])).toBe(false);
  });
});

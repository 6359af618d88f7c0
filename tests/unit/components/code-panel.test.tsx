// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { CodePanel } from '../../../components/CodePanel';

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('CodePanel', () => {
  it('lists codes as options; arrows move the selection, Enter opens it, Escape closes', async () => {
    const opened: string[] = [];
    let closed = 0;
    const root = document.createElement('div');
    document.body.append(root);
    render(
      <CodePanel
        codes={[
          { code: '64633', count: 1, detail: '-RT ×1' },
          { code: '64634', count: 2 },
          { code: 'J1100', count: 1 },
        ]}
        onOpen={(c) => opened.push(c)}
        onClose={() => closed++}
      />,
      root,
    );
    await flush();
    const list = root.querySelector('[role="listbox"]') as HTMLElement;
    expect([...root.querySelectorAll('[role="option"]')].map((o) => o.getAttribute('data-code'))).toEqual([
      '64633',
      '64634',
      'J1100',
    ]);
    const key = async (k: string) => {
      list.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
      await flush();
    };
    await key('ArrowDown');
    await key('ArrowDown');
    await key('ArrowDown'); // stays on the last one
    expect(list.getAttribute('aria-activedescendant')).toBe('claimlens-code-2');
    await key('ArrowUp');
    await key('Enter');
    expect(opened).toEqual(['64634']);
    expect(root.querySelector('[aria-selected="true"]')?.getAttribute('data-code')).toBe('64634');
    await key('Escape');
    expect(closed).toBe(1);
  });

  it('says so when the page has no codes', () => {
    const root = document.createElement('div');
    render(<CodePanel codes={[]} onOpen={() => undefined} onClose={() => undefined} />, root);
    expect(root.textContent).toContain('No codes found on this page.');
  });
});

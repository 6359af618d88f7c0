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

  it('a click opens its row; Home/End jump; C and the button check the claim with the selected code', async () => {
    const opened: string[] = [];
    const checked: (string | undefined)[] = [];
    const root = document.createElement('div');
    document.body.append(root);
    const codes = [
      { code: '64633', count: 1 },
      { code: '64634', count: 3, detail: '-59' },
      { code: '99213', count: 1, mentioned: true },
    ];
    const panel = (list: typeof codes) => (
      <CodePanel
        codes={list}
        onOpen={(c) => opened.push(c)}
        onClose={() => undefined}
        onCheck={(c) => checked.push(c)}
      />
    );
    render(panel(codes), root);
    await flush();
    const list = root.querySelector('[role="listbox"]') as HTMLElement;
    // The list takes focus once mounted (an effect, after paint).
    for (let i = 0; i < 100 && document.activeElement !== list; i++) await new Promise((r) => setTimeout(r, 5));
    expect(document.activeElement).toBe(list);
    const key = async (k: string, init: KeyboardEventInit = {}) => {
      list.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, ...init }));
      await flush();
    };
    const row = root.querySelector('[data-code="64634"]')!;
    expect(row.textContent).toBe('64634 -59 ×3 on page');
    expect(root.querySelector('[data-code="99213"]')?.hasAttribute('data-mentioned')).toBe(true);
    expect(root.querySelector('[data-code="99213"]')?.textContent).toContain('mentioned, not billed');
    row.querySelector('strong')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await flush();
    expect(opened).toEqual(['64634']);
    expect(list.getAttribute('aria-activedescendant')).toBe('claimlens-code-1');
    await key('End');
    await key('c');
    await key('C', { ctrlKey: true });
    await key('Home');
    root.querySelector<HTMLButtonElement>('.cl-check')!.click();
    expect(checked).toEqual(['99213', '64633']);
    expect(root.querySelector('.cl-hint')?.textContent).toContain('C to check the claim');
    await key('End');
    render(panel(codes.slice(0, 2)), root);
    await flush();
    // The list shrank under the selection: the last row stays selected.
    expect(list.getAttribute('aria-activedescendant')).toBe('claimlens-code-1');
    expect(root.querySelector('.cl-brand')?.textContent).toBe('Codes on this page (2)');
    render(null, root);
  });

  it('without a claim check: no button, no C, and the hint does not offer it', async () => {
    const root = document.createElement('div');
    render(
      <CodePanel codes={[{ code: '64633', count: 1 }]} onOpen={() => undefined} onClose={() => undefined} />,
      root,
    );
    expect(root.querySelector('.cl-check')).toBeNull();
    expect(root.querySelector('.cl-hint')?.textContent).toBe('↑/↓ to move, Enter to explain, Escape to close.');
  });
});

/**
 * One code of the keyboard panel: an option of an aria-activedescendant listbox (it never takes focus; the list
 * handles keys and clicks, components/CodePanel.tsx), with its modifiers and units, count and "mentioned" mark.
 */
import type { PanelCode } from '../CodePanel';

export function PanelCodeRow({ code: c, index, active }: { code: PanelCode; index: number; active: boolean }) {
  return (
    // biome-ignore lint/a11y/useFocusableInteractive: options of an aria-activedescendant listbox take no focus
    <div
      id={`claimlens-code-${index}`}
      data-index={index}
      data-code={c.code}
      data-mentioned={c.mentioned ? '' : undefined}
      role="option"
      aria-selected={active}
      class={active ? 'cl-active' : ''}
    >
      <strong>{c.code}</strong>
      {c.detail ? ` ${c.detail}` : ''}
      {c.count > 1 && <span class="cl-muted"> ×{c.count} on page</span>}
      {c.mentioned && <span class="cl-muted cl-mentioned"> · mentioned, not billed</span>}
    </div>
  );
}

/** The popover's content states (components/Popover.tsx renders them through PopoverBody.tsx). */
import type { AdjustmentView } from '../../lib/denials/view';
import type { CodeDetails as Details } from '../../lib/messages';
import type { ModifierView } from '../../lib/modifiers/modifier-on-claim';

/** What the popover shows: details, an adjustment or remark code's explanation, a loading line, or an error. */
export type PopoverContent =
  | { kind: 'loading'; code: string }
  | { kind: 'ready'; details: Details }
  | { kind: 'adjustment'; view: AdjustmentView }
  | { kind: 'modifier'; view: ModifierView }
  | { kind: 'error'; code: string; message: string };

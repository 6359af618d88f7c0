/** The hover delay in milliseconds: only a whole number within SETTINGS_LIMITS is kept (lib/settings/types.ts). */
import { SETTINGS_LIMITS } from '../../lib/settings/types';

const { minHoverDelayMs: MIN, maxHoverDelayMs: MAX } = SETTINGS_LIMITS;

export function HoverDelayInput({ value, onChange }: { value: number; onChange(ms: number): void }) {
  return (
    <label class="cl-row">
      Hover delay (ms)
      <input
        id="hover-delay"
        type="number"
        min={MIN}
        max={MAX}
        step={50}
        value={value}
        onChange={(e) => {
          const v = Number((e.target as HTMLInputElement).value);
          if (Number.isInteger(v) && v >= MIN && v <= MAX) onChange(v);
        }}
      />
    </label>
  );
}

/** Wording helpers for what the demo prints. */

/** "-RT ×2" (the panel's notation) → "mod RT, 2 units". */
export function describeDetail(detail: string): string {
  const mods = [...detail.matchAll(/-(\w{2})/g)].map((m) => m[1]);
  const units = /×(\d+)/.exec(detail)?.[1];
  const parts = [
    mods.length ? `mod ${mods.join(' ')}` : '',
    units ? `${units} unit${units === '1' ? '' : 's'}` : '',
  ].filter(Boolean);
  return parts.join(', ') || '(no modifier or units)';
}

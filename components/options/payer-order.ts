/** Pure edits of the chosen-payer list (choose, un-choose, move up/down). */

/** `selected` with `id` added at the end, or removed when it is there. */
export function togglePayer(selected: readonly string[], id: string): string[] {
  return selected.includes(id) ? selected.filter((p) => p !== id) : [...selected, id];
}

/** `selected` with `id` moved one place (`-1` up, `+1` down); unchanged at either end or when absent. */
export function movePayer(selected: readonly string[], id: string, by: -1 | 1): string[] {
  const i = selected.indexOf(id);
  const j = i + by;
  if (i < 0 || j < 0 || j >= selected.length) return [...selected];
  const out = [...selected];
  [out[i], out[j]] = [out[j], out[i]];
  return out;
}

/**
 * Result labels that begin alike ("Dexamethasone, inhalation solution, compounded product, administered through
 * dme, concentrated form…" for J7637 and "… unit dose form…" for J7638) look the same on a one-line result row.
 * `distinguishingTails` finds, for each label, the words where it parts from the most similar other label, so
 * the row can show them on a second line.
 */

/** Shared beginnings shorter than this fit on the row's first line, so the row already tells the codes apart. */
export const FIRST_LINE_CHARS = 40;

function commonPrefixLength(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/**
 * For each label: null when its first {@link FIRST_LINE_CHARS} characters differ from every other label's, else
 * the label from the start of the word where it departs from the most similar one, led by "…".
 */
export function distinguishingTails(labels: readonly string[]): (string | null)[] {
  return labels.map((label, i) => {
    let shared = 0;
    for (let j = 0; j < labels.length; j++)
      if (j !== i && labels[j] !== label) shared = Math.max(shared, commonPrefixLength(label, labels[j]));
    if (shared < FIRST_LINE_CHARS) return null;
    const wordStart = label.lastIndexOf(' ', shared - 1) + 1;
    return `…${label.slice(wordStart)}`;
  });
}

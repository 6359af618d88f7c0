/**
 * Which cells of a big table body's rows the scanner's readers may find something in, per column, so the walk
 * of such a body (`row-walk.ts`) hands out only those cells' texts and never makes a wrapper for the others'
 * (docs/performance.md, "The walk of big table bodies"). Each reader says what it may find from its own view
 * of the table's header; a column is left out only when every reader says it can find nothing there.
 */

/**
 * What one reader may find in the cells of one column: `true`, something in any text; `false`, nothing in any
 * text; or a test of the cell's whole text (`textContent`, its text nodes joined) that is true whenever the
 * reader could find something in any one of the cell's text nodes. A test must therefore hold for a string
 * whenever it holds for any part of it (no `^`, `$` or word boundaries: a cell of several text nodes joins them).
 */
export type CellWant = boolean | ((cellText: string) => boolean);

/**
 * A reader's wants by column index (colspan-free rows, so the index counts cells); columns past the end are
 * wanted. null: the reader wants every cell.
 */
export type ColumnWants = readonly CellWant[] | null;

/**
 * Combines the readers' wants over the table's `width` columns: a column is skipped (`false`) only when every
 * reader skips it, tested when some reader tests it and none wants it whole. null when no column can be
 * skipped (the body is then walked as any other text, without a plan to apply per row).
 */
export function combineWants(width: number, readers: readonly ColumnWants[]): CellWant[] | null {
  if (width === 0) return null;
  const plan: CellWant[] = [];
  let skippable = false;
  for (let col = 0; col < width; col++) {
    const tests: ((text: string) => boolean)[] = [];
    let all = false;
    for (const wants of readers) {
      const want = wants === null || col >= wants.length ? true : wants[col];
      if (want === true) all = true;
      else if (want !== false) tests.push(want);
    }
    if (all) plan.push(true);
    else {
      skippable = true;
      plan.push(tests.length === 0 ? false : tests.length === 1 ? tests[0] : (text) => tests.some((t) => t(text)));
    }
  }
  return skippable ? plan : null;
}

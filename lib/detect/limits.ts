/**
 * Caps that keep the detector bounded on hostile or enormous input (docs/performance.md, "Caps"). Each is
 * far above what a real portal page holds, so it only ever cuts input that is not a page a biller reads.
 */

/**
 * Most codes read from one text node. A real page puts a claim line per row or per line of a `<pre>`; a
 * Medicare SPR print of a whole day fits in a few thousand. Past the cap the node's remaining codes are
 * not marked (the scanner counts the node as capped), so one 130k-code node cannot hold up the page.
 */
export const MAX_CODES_PER_TEXT = 5_000;

/**
 * Most characters of header text kept per table column (all header rows together). A header names its
 * column in a few words; a `<th colspan=1000>` holding 240 KB once made the scanner copy that text into
 * every spanned column (1.37 GB, one 11.5 s task).
 */
export const MAX_HEADER_TEXT_CHARS = 256;

/** Most characters read from one cell to classify it (header, Mod/Units cell, header-like first row). */
export const MAX_CELL_TEXT_CHARS = 512;

/** Most columns a table's header is read for (a colspan counts each column it spans). */
export const MAX_TABLE_COLUMNS = 1_000;

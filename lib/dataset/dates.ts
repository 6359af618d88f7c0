/**
 * Dates as the dataset compares them: ISO `YYYY-MM-DD` strings (they sort as dates), and calendar quarters.
 */

/** Today's date in UTC as `YYYY-MM-DD`. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

/** Calendar quarters from the quarter of `from` to the quarter of `to` (0 when the same quarter). */
export function quartersBetween(from: string, to: string): number {
  const q = (d: string) => Number(d.slice(0, 4)) * 4 + Math.floor((Number(d.slice(5, 7)) - 1) / 3);
  return q(to) - q(from);
}

/** `YYYYMMDD` → `YYYY-MM-DD`, or null when it is not a date. */
export function compactToIso(text: string): string | null {
  if (!/^\d{8}$/.test(text)) return null;
  const iso = `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`;
  return isIsoDate(iso) ? iso : null;
}

/** Julian `YYYYDDD` (year and day of year, as the AOC file writes dates) → `YYYY-MM-DD`, or null. */
export function julianToIso(text: string): string | null {
  if (!/^\d{7}$/.test(text)) return null;
  const year = Number(text.slice(0, 4));
  const day = Number(text.slice(4));
  const date = new Date(Date.UTC(year, 0, day));
  if (day < 1 || date.getUTCFullYear() !== year) return null;
  return date.toISOString().slice(0, 10);
}

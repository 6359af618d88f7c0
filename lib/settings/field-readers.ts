/**
 * Small defensive readers for untrusted stored values. They never throw, never copy unknown keys
 * and never quote the value they reject (a stored blob could hold anything).
 */

/** Collects problems with a hard cap, so a huge corrupt blob cannot produce a huge error list. */
export class ErrorLog {
  readonly lines: string[] = [];
  private dropped = 0;
  constructor(private readonly max = 50) {}

  /** Records one problem (`path: reason`). */
  add(path: string, reason: string): void {
    if (this.lines.length < this.max) this.lines.push(`${path}: ${reason}`);
    else this.dropped++;
  }

  /** The recorded lines, plus one summary line when some were dropped. */
  finish(): string[] {
    return this.dropped ? [...this.lines, `…and ${this.dropped} more problems`] : [...this.lines];
  }
}

/** True for a non-null, non-array object. */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Reads an own property only (never one inherited through `__proto__`). */
export function own(obj: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(obj, key) ? obj[key] : undefined;
}

/** A short type name for error messages (`array`, `null`, `string`, …). */
export function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

/** Longest array a reader will walk; anything longer is rejected whole (it is corrupt, not settings). */
export const MAX_ARRAY_SCAN = 1000;

/**
 * Reads a list of strings: each element goes through `normalize` (returning `undefined` drops it),
 * duplicates are dropped, and at most `max` are kept. Returns `undefined` when `raw` is not a usable
 * array, after logging why.
 */
export function readStringList(
  raw: unknown,
  path: string,
  log: ErrorLog,
  normalize: (v: unknown) => string | undefined,
  max: number,
  what: string,
): string[] | undefined {
  if (!Array.isArray(raw)) {
    log.add(path, `expected a list, found ${describe(raw)}; using the default`);
    return undefined;
  }
  if (raw.length > MAX_ARRAY_SCAN) {
    log.add(path, `list of ${raw.length} items is far too long; using the default`);
    return undefined;
  }
  const out: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    const v = normalize(raw[i]);
    if (v === undefined) log.add(`${path}[${i}]`, `not a valid ${what}; dropped`);
    else if (out.includes(v)) log.add(`${path}[${i}]`, `duplicate ${what}; dropped`);
    else if (out.length >= max) log.add(`${path}[${i}]`, `more than ${max} items; dropped`);
    else out.push(v);
  }
  return out;
}

/** Reads one of a fixed set of string values, or returns `fallback` after logging. */
export function readEnum<T extends string>(
  raw: unknown,
  allowed: readonly T[],
  path: string,
  log: ErrorLog,
  fallback: T,
): T {
  if (typeof raw === 'string' && (allowed as readonly string[]).includes(raw)) return raw as T;
  log.add(path, `expected one of ${allowed.join(', ')}; using ${fallback}`);
  return fallback;
}

/** Reads a boolean, or returns `fallback` after logging. */
export function readBoolean(raw: unknown, path: string, log: ErrorLog, fallback: boolean): boolean {
  if (typeof raw === 'boolean') return raw;
  log.add(path, `expected true or false; using ${fallback}`);
  return fallback;
}

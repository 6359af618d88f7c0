import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deterministicZip, type ZipEntry } from '../../../scripts/release/zip-writer';

const text = (s: string) => new TextEncoder().encode(s);
const ENTRIES: ZipEntry[] = [
  { path: 'manifest.json', bytes: text('{"name":"ClaimLens"}') },
  { path: 'data/meta.json', bytes: text('{"datasetVersion":"x"}') },
  { path: 'content-scripts/content.js', bytes: text('console.log(1)'.repeat(50)) },
  { path: '10', bytes: text('an integer-like name JS objects would reorder') },
];

/** Local-header fields of every entry: [name, DOS time, DOS date, external attrs come from the central directory]. */
function localHeaders(zip: Uint8Array): { name: string; time: number; date: number }[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const out: { name: string; time: number; date: number }[] = [];
  let at = 0;
  while (view.getUint32(at, true) === 0x04034b50) {
    const nameLength = view.getUint16(at + 26, true);
    const extraLength = view.getUint16(at + 28, true);
    const size = view.getUint32(at + 18, true);
    const name = new TextDecoder().decode(zip.subarray(at + 30, at + 30 + nameLength));
    out.push({ name, time: view.getUint16(at + 10, true), date: view.getUint16(at + 12, true) });
    at += 30 + nameLength + extraLength + size;
  }
  return out;
}

describe('deterministicZip', () => {
  const savedTz = process.env.TZ;
  afterEach(() => {
    // Assigning undefined would store the string "undefined" in the worker other files share.
    if (savedTz === undefined) delete process.env.TZ;
    else process.env.TZ = savedTz;
    vi.useRealTimers();
  });

  it('holds exactly the given files, byte for byte', () => {
    const files = unzipSync(deterministicZip(ENTRIES));
    expect(Object.keys(files).sort()).toEqual(ENTRIES.map((e) => e.path).sort());
    for (const e of ENTRIES) expect(files[e.path]).toEqual(e.bytes);
  });

  it('gives the same bytes whatever order the files come in', () => {
    const a = deterministicZip(ENTRIES);
    const b = deterministicZip([...ENTRIES].reverse());
    expect(Buffer.from(b).equals(Buffer.from(a))).toBe(true);
  });

  it('sorts entries by path and stamps every one 1980-01-01 00:00', () => {
    const headers = localHeaders(deterministicZip(ENTRIES));
    expect(headers.map((h) => h.name)).toEqual(['10', 'content-scripts/content.js', 'data/meta.json', 'manifest.json']);
    // MS-DOS date: (year - 1980) << 9 | month << 5 | day; time 00:00:00 is 0.
    for (const h of headers) expect([h.date, h.time]).toEqual([(0 << 9) | (1 << 5) | 1, 0]);
  });

  it('gives the same bytes in another time zone and at another moment', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-03T09:00:00Z'));
    process.env.TZ = 'UTC';
    const utc = deterministicZip(ENTRIES);
    vi.setSystemTime(new Date('2031-06-30T23:59:58Z'));
    process.env.TZ = 'Pacific/Honolulu';
    const honolulu = deterministicZip(ENTRIES);
    process.env.TZ = 'Asia/Kolkata';
    const kolkata = deterministicZip(ENTRIES);
    expect(Buffer.from(honolulu).equals(Buffer.from(utc))).toBe(true);
    expect(Buffer.from(kolkata).equals(Buffer.from(utc))).toBe(true);
  });

  it('changes when one byte of one file changes', () => {
    const changed = ENTRIES.map((e) =>
      e.path === 'data/meta.json' ? { ...e, bytes: text('{"datasetVersion":"y"}') } : e,
    );
    expect(Buffer.from(deterministicZip(changed)).equals(Buffer.from(deterministicZip(ENTRIES)))).toBe(false);
  });

  it.each(['/etc/passwd', '../outside.js', 'a/../b.js', 'a\\b.js', 'a//b.js', ''])('refuses the path %j', (path) => {
    expect(() => deterministicZip([{ path, bytes: text('x') }])).toThrow(/refusing the entry path/);
  });

  it('refuses two entries with the same path', () => {
    expect(() => deterministicZip([ENTRIES[0], { ...ENTRIES[0] }])).toThrow(/duplicate entry manifest.json/);
  });
});

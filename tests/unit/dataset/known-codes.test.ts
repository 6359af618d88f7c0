import { describe, expect, it } from 'vitest';
import { codeBit, encodeKnownCodes, fromBase64, makeIsKnown, toBase64 } from '../../../lib/dataset/known-codes';
import { loadDataset, DATA_DIR } from '../../../scripts/node/load-dataset';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from '../../helpers/shared-cms';

describe('known-code bitmap', () => {
  it('gives every code shape its own bit and rejects other shapes', () => {
    const bits = ['00100', '99999', '0001F', '9999F', '0213T', '0001U', '0002M', 'A0021', 'V5362', 'Z9999'].map(
      codeBit,
    );
    expect(new Set(bits).size).toBe(bits.length);
    expect(bits.every((b) => b >= 0)).toBe(true);
    for (const bad of ['6463', '646345', '0213X', 'AA123', 'a0021', '', '12 45']) expect(codeBit(bad)).toBe(-1);
  });

  it('base64 round-trips arbitrary bytes', () => {
    const rnd = seededRandom(9);
    for (const len of [0, 1, 2, 3, 4, 5, 100, 1001]) {
      const bytes = Uint8Array.from({ length: len }, () => Math.floor(rnd() * 256));
      expect(fromBase64(toBase64(bytes))).toEqual(bytes);
    }
    expect(() => fromBase64('ab$d')).toThrow();
  });

  it('the committed bitmap contains exactly the dataset codes', () => {
    const ds = loadDataset();
    const file = JSON.parse(readFileSync(join(DATA_DIR, 'known-codes.json'), 'utf8'));
    const isKnown = makeIsKnown(fromBase64(file.bitmap));
    expect(file.count).toBe(ds.allCodes().length);
    for (const code of ds.allCodes()) expect(isKnown(code)).toBe(true);
    // Every 5-digit number that the dataset lacks must be absent from the bitmap too.
    let absent = 0;
    for (let n = 0; n < 100000; n++) {
      const code = String(n).padStart(5, '0');
      if (!ds.has(code)) {
        expect(isKnown(code)).toBe(false);
        absent++;
      }
    }
    expect(absent).toBeGreaterThan(80000);
    const { rejected } = encodeKnownCodes(['64634', 'bogus']);
    expect(rejected).toEqual(['bogus']);
  });
});

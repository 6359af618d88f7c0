/**
 * The import text guard refuses invisible characters that can disguise imported notes and descriptors: zero
 * width spaces and joiners (a "646\u200b34" no search or licensing check recognises), direction marks, line and
 * paragraph separators, word joiners and a byte-order mark inside the text.
 */
import { describe, expect, it } from 'vitest';
import { unsafeTextReason } from '../../../lib/imports';

describe('unsafeTextReason', () => {
  it.each([
    ['zero width space', 'Contract 646\u200b34'],
    ['zero width non-joiner', 'a\u200cb'],
    ['zero width joiner', 'a\u200db'],
    ['left-to-right mark', 'rate\u200e 120'],
    ['right-to-left mark', 'rate\u200f 120'],
    ['line separator', 'one\u2028two'],
    ['paragraph separator', 'one\u2029two'],
    ['word joiner', 'a\u2060b'],
    ['invisible separator', 'a\u2063b'],
    ['byte-order mark inside the text', 'a\ufeffb'],
    ['bidi override (already refused)', 'a\u202eb'],
  ])('refuses a %s', (_name, text) => {
    expect(unsafeTextReason(text, 'note')).toMatch(/control or invisible/);
  });

  it('keeps ordinary text, accents, symbols and tabs', () => {
    for (const text of ['Prior auth required; ≤ 4 units', 'Café — résumé «ok»', 'tab\tseparated', '¼ dose ± 5%'])
      expect(unsafeTextReason(text, 'note')).toBeUndefined();
  });
});

/** Result rows whose labels begin alike get the words that tell them apart (the popup's second line). */
import { describe, expect, it } from 'vitest';
import hcpcs from '../../../data/hcpcs.json';
import { distinguishingTails } from '../../../lib/search/label-tail';

describe('distinguishingTails', () => {
  it('J7637 / J7638: the second line starts where the HCPCS descriptors part', () => {
    const rows = hcpcs.rows as unknown as Record<string, [string]>;
    const [a, b] = distinguishingTails([rows.J7637[0], rows.J7638[0]]);
    expect(a).toBe('…concentrated form, per milligram');
    expect(b).toBe('…unit dose form, per milligram');
  });

  it('labels that differ early, or are identical, need no second line', () => {
    expect(distinguishingTails(['Facet joint injection', 'Radiofrequency ablation', 'Facet joint injection'])).toEqual([
      null,
      null,
      null,
    ]);
    expect(distinguishingTails(['only one'])).toEqual([null]);
  });
});

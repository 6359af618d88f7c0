/** A minimal fake Dataset for search tests: only the methods the document builder calls. */
import type { Dataset, HcpcsText } from '../../../lib/dataset/types';

export function fakeDataset(codes: Record<string, { long?: string; short?: string; terminated?: boolean }>): Dataset {
  const sorted = Object.keys(codes).sort();
  const src = { table: 'hcpcs' as const, title: 'HCPCS', asOf: '2024-07-01' };
  return {
    allCodes: () => sorted,
    hcpcsText: (c: string): HcpcsText | undefined => {
      const e = codes[c];
      return e?.long || e?.short ? { long: e.long ?? '', short: e.short ?? '', reworded: [], source: src } : undefined;
    },
    info: (c: string) =>
      codes[c]
        ? {
            code: c,
            system: /^[A-Z]/.test(c) ? 'HCPCS' : 'CPT',
            status: codes[c].terminated ? 'terminated' : 'active',
            tables: [],
          }
        : undefined,
  } as unknown as Dataset;
}

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR, loadDataset } from '../../../scripts/node/load-dataset';
import { parseDescriptorCsv } from '../../../lib/imports/descriptor-csv';

const ds = loadDataset();
const read = (name: string) => readFileSync(join(DATA_DIR, 'samples', name), 'utf8');

describe('sample licensed-text import files', () => {
  for (const [name, layout] of [
    ['hcpcs-level2-descriptors.csv', 'plain'],
    ['hcpcs-level2-rvu-layout.csv', 'cms-rvu'],
  ] as const) {
    it(`${name} imports as ${layout} and holds only HCPCS Level II text equal to the CMS file`, () => {
      const res = parseDescriptorCsv(read(name));
      expect(res.ok).toBe(true);
      if (!res.ok) return;
      expect(res.value.layout).toBe(layout);
      expect(res.value.entries.length).toBe(9);
      for (const e of res.value.entries) {
        expect(e.code).toMatch(/^[A-V]\d{4}$/);
        expect(e.text).toBe(ds.hcpcsText(e.code)?.long);
      }
    });
  }
});

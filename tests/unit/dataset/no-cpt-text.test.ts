/**
 * Licensing guard: CPT descriptor text (AMA) must never ship.
 * 1. No data artifact keyed by CPT codes has a descriptor-like field (only data/content/, the project's own
 *    plain-language writing, may describe CPT codes).
 * 2. No string anywhere in the repository equals a CPT short descriptor (compared by hash; the hash list
 *    identifies the text without containing it).
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { DATA_DIR } from '../../../scripts/node/load-dataset';
import { descriptorHash } from '../../../scripts/build-data/cpt-lookalikes';

const ROOT = resolve(DATA_DIR, '..');
const DESCRIPTOR_FIELD = /desc|descriptor|description|long|short|consumer|clinician|narrative|label/i;
const OWN_CONTENT = ['content', 'payer-notes', 'samples'];
const CPT_CODE = /^\d{4}[0-9FTUM]$/;

function walk(dir: string, skip: Set<string>, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (skip.has(name)) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, skip, out);
    else out.push(p);
  }
  return out;
}

describe('no CPT descriptor text is bundled', () => {
  it('no generated artifact gives CPT codes a descriptor-like field', () => {
    const files = walk(DATA_DIR, new Set(OWN_CONTENT)).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const json = JSON.parse(readFileSync(file, 'utf8'));
      if (!json.rows || !json.columns) continue;
      const cptRows = Object.keys(json.rows).filter((k) => CPT_CODE.test(k));
      const descriptorColumns = (json.columns as string[]).filter((c) => DESCRIPTOR_FIELD.test(c));
      if (descriptorColumns.length) {
        expect(cptRows, `${relative(ROOT, file)} has descriptor columns ${descriptorColumns} for CPT codes`).toEqual(
          [],
        );
      }
    }
  });

  it('the HCPCS descriptor artifact holds only Level II codes', () => {
    const hcpcs = JSON.parse(readFileSync(join(DATA_DIR, 'hcpcs.json'), 'utf8'));
    const keys = Object.keys(hcpcs.rows);
    expect(keys.length).toBeGreaterThan(8000);
    expect(keys.filter((k) => !/^[A-V]\d{4}$/.test(k))).toEqual([]);
  });

  it('no string in the repository equals a CPT short descriptor', () => {
    const hashes = new Set(
      readFileSync(join(ROOT, 'tests/fixtures/licensing/cpt-short-descriptor-hashes.txt'), 'utf8')
        .split(/\s+/)
        .filter(Boolean),
    );
    expect(hashes.size).toBeGreaterThan(10000);
    const skip = new Set(['node_modules', '.git', '.output', '.wxt', 'demo-output', 'coverage', 'licensing']);
    // data/hcpcs.json included: the few Level II descriptors that equal a CPT one ship in the project's own words
    // (scripts/build-data/cpt-lookalikes.ts).
    const files = walk(ROOT, skip).filter(
      (f) => /\.(json|ts|tsx|js|mjs|csv|md|html)$/.test(f) && statSync(f).size < 60_000_000,
    );
    const literal = /"((?:[^"\\\n]|\\.){10,200})"|'((?:[^'\\\n]|\\.){10,200})'|`([^`\n]{10,200})`/g;
    const hits: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const candidates = [...text.matchAll(literal)].map((m) => m[1] ?? m[2] ?? m[3]);
      if (/\.(csv|md)$/.test(file)) candidates.push(...text.split(/[,|\t\n]/));
      for (const c of candidates) {
        const t = c.trim().toLowerCase().replace(/\s+/g, ' ');
        if (t.length >= 10 && hashes.has(descriptorHash(t)))
          hits.push(`${relative(ROOT, file)}: "${c.trim().slice(0, 40)}…"`);
      }
    }
    expect(hits).toEqual([]);
  }, 60_000);
});

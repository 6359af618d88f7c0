import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli';

const rowsFor = (out: string, label: RegExp) => out.split('\n').filter((l) => label.test(l));

describe('claimlens lookup text output: payer notes with their labels and sources', () => {
  it('MAC notes are labelled with their jurisdictions and each note has a Source line with dates', async () => {
    const { code, out } = await runCli('lookup', '64634', '--payer', 'medicare');
    expect(code).toBe(0);
    expect(rowsFor(out, /^Medicare JF\s+\[frequency\]/)).toHaveLength(1);
    expect(rowsFor(out, /^Medicare J6\s+\[policy-index\] NGS \(J6\): facet joint LCD L35936/)).toHaveLength(1);
    const notes = out.split('\n').filter((l) => /^Medicare/.test(l)).length;
    const sources = out.split('\n').filter((l) => /^\s+Source: .+ <https:\/\/.+>/.test(l)).length;
    expect(notes).toBeGreaterThan(10);
    expect(sources).toBe(notes);
    expect(out).toMatch(/Source: Noridian JF Part B: .+, date not stated; checked 2026-12-03 \(content review\)/);
  });

  it('BCBS plan notes are labelled with the plan; the http-only notice shows its address', async () => {
    const { out } = await runCli('lookup', '64633', '--payer', 'bcbs', '--bcbs-plan', 'bcbs-nc');
    expect(out).toMatch(/^Blue Cross Blue Shield · Blue Cross NC\s+\[prior-authorization\]/m);
    expect(out).toMatch(/<http:\/\/www\.bcbsnc\.com\/[^>]+> \(http only; no https copy found\)/);
    expect(out).not.toMatch(/Anthem/);
  });

  it('fact-sheet notes say no dated reading is recorded; secondary notes say verify', async () => {
    const { out } = await runCli('lookup', '64633', '--payer', 'cigna');
    expect(out).toMatch(/\[prior-authorization, secondary source — verify\] No published rule found/);
    expect(out).toMatch(/no dated reading recorded \(project fact sheet; re-check it\)/);
  });

  it('64636 --mac J15 prints the CGS instruction and, under it, the conflict with the CMS add-on edits', async () => {
    const { out } = await runCli('lookup', '64636', '--payer', 'medicare', '--mac', 'J15');
    const lines = out.split('\n');
    const at = lines.findIndex((l) => /^Medicare J15\s+\[add-on-rules\].*64633 and 64636/.test(l));
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toMatch(
      /CONFLICT with a CMS table: .*only 64635 as the primary for 64636.*claim check follows/,
    );
    expect(lines[at + 2]).toMatch(/Source: CGS Medicare news, 2025-01-29/);
  });

  it('--json carries the same conflict with the AOC table and its as-of date', async () => {
    const r = JSON.parse((await runCli('lookup', '64636', '--payer', 'medicare', '--mac', 'J15', '--json')).out);
    const cgs = r.payerNotes.find((n: { id: string }) => n.id === 'medicare-j15-t12-l1');
    expect(cgs.conflicts[0]).toMatchObject({ addOn: '64636', primaries: ['64635'], table: { table: 'aoc' } });
  });
});

describe('claimlens lookup: typical site of service', () => {
  it('text output names the settings and the tables; --json carries the derivation', async () => {
    const { out } = await runCli('lookup', '33533', '--payer', 'medicare');
    expect(out).toMatch(
      /^Typical site of service\s+inpatient \(from .+ as of \d{4}-\d{2}-\d{2}; OPPS Addendum B, as of/m,
    );
    expect(out).toMatch(/^\s+ASC: not determined — ASC payment follows the ASC covered procedures list/m);
    const r = JSON.parse((await runCli('lookup', '64633', '--json')).out);
    expect(r.siteOfService.typical).toEqual(['office', 'hospital-outpatient']);
    const unknown = JSON.parse((await runCli('lookup', '12345', '--json')).out);
    expect(unknown.siteOfService).toBeNull();
  });
});

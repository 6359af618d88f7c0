import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { runCli } from '../../helpers/cli';

describe('claimlens lookup', () => {
  it('64634 --json: known CPT add-on of 64633, MUE 4 MAI 3, ZZZ, bilateral 1, OPPS N', async () => {
    const { code, out } = await runCli('lookup', '64634', '--json');
    expect(code).toBe(0);
    const r = JSON.parse(out);
    expect(r).toMatchObject({ code: '64634', known: true, system: 'CPT', addOn: { isAddOn: true, editType: 1 } });
    expect(r.addOn.primaries).toContain('64633');
    expect(r.mue.practitioner).toMatchObject({ units: 4, mai: 3 });
    expect(r.mue.practitioner.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(r.pfs).toMatchObject({ globalDays: 'ZZZ', bilateral: '1' });
    expect(r.opps.statusIndicator).toBe('N');
    expect(Array.isArray(r.payerNotes)).toBe(true);
  });

  it('64634 --json carries the plain-language summary, category and notes of all five payers, each sourced', async () => {
    const r = JSON.parse((await runCli('lookup', '64634', '--json')).out);
    expect(r.descriptor).toMatchObject({ kind: 'plain-language-summary' });
    expect(r.descriptor.source).toMatch(/plain-language summary/);
    expect(r.category).toMatch(/Nervous system/);
    expect(new Set(r.payerNotes.map((n: { payer: string }) => n.payer))).toEqual(
      new Set(['medicare', 'aetna', 'bcbs', 'cigna', 'uhc']),
    );
    for (const n of r.payerNotes) {
      expect(n.source.title).toBeTruthy();
      // A check date only where a review read the source; every source is dated or says it is not.
      if (n.source.dateChecked !== undefined) expect(n.source.dateChecked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(n.source.effectiveDate ?? n.source.revisionDate).toMatch(/^\d{4}-\d{2}-\d{2}$|^not (stated|recorded)$/);
      expect(['P', 'S']).toContain(n.evidence);
    }
    const onlyAetna = JSON.parse((await runCli('lookup', '64634', '--payer', 'aetna', '--json')).out);
    expect(new Set(onlyAetna.payerNotes.map((n: { payer: string }) => n.payer))).toEqual(new Set(['aetna']));
    expect((await runCli('lookup', '64634', '--payer', 'acme')).code).toBe(2);
  });

  it('99213 has a summary and category; a CPT code without a summary still gets its category', async () => {
    const r = JSON.parse((await runCli('lookup', '99213', '--json')).out);
    expect(r.known).toBe(true);
    expect(r.descriptor.kind).toBe('plain-language-summary');
    const bare = JSON.parse((await runCli('lookup', '33533', '--json')).out);
    expect(bare.known).toBe(true);
    expect(bare.descriptor).toBeNull();
    expect(bare.category).toMatch(/^Surgery — heart and blood vessels/);
  });

  it('64633: global 010 and several hundred column-1 PTP edits', async () => {
    const r = JSON.parse((await runCli('lookup', '64633', '--json')).out);
    expect(r.pfs.globalDays).toBe('010');
    expect(r.ptp.column1Count).toBeGreaterThan(200);
    expect(r.addOns).toContain('64634');
  });

  it('J1100: HCPCS descriptor with its source, MUE 120', async () => {
    const r = JSON.parse((await runCli('lookup', 'j1100', '--json')).out);
    expect(r.system).toBe('HCPCS');
    expect(r.descriptor.text).toMatch(/dexamethasone/i);
    expect(r.descriptor.source).toMatch(/HCPCS Level II.*2026-01-01/);
    expect(r.mue.practitioner.units).toBe(120);
  });

  it('G2012 --json: terminated 2024-12-31 (HCPCS January 2026 file)', async () => {
    const r = JSON.parse((await runCli('lookup', 'G2012', '--json')).out);
    expect(r).toMatchObject({ known: true, system: 'HCPCS', status: 'terminated', terminatedOn: '2024-12-31' });
  });

  it('A2027 --json: added since July 2024, known with its HCPCS 2026 descriptor', async () => {
    const r = JSON.parse((await runCli('lookup', 'A2027', '--json')).out);
    expect(r).toMatchObject({ known: true, status: 'active' });
    expect(r.descriptor).toMatchObject({ kind: 'hcpcs-level-ii', text: expect.stringMatching(/matriderm/i) });
    expect(r.descriptor.source).toMatch(/2026-01-01/);
  });

  it('XS --json: the Level II modifier text from the HCPCS file, and that it may bypass a PTP edit', async () => {
    const r = JSON.parse((await runCli('lookup', 'xs', '--json')).out);
    expect(r).toMatchObject({ modifier: 'XS', known: true, kind: 'hcpcs-level-ii', ncciPtpAssociated: true });
    expect(r.text).toMatch(/separate organ\/structure/i);
    expect(r.source).toMatchObject({ table: 'hcpcsModifiers', asOf: '2026-01-01' });
  });

  it.each([
    ['22', false],
    ['25', true],
    ['59', true],
    ['76', false],
    ['91', true],
  ])('CPT modifier %s: described in ClaimLens words, labelled, with a policy-manual section', async (mod, bypass) => {
    const r = JSON.parse((await runCli('lookup', mod as string, '--json')).out);
    expect(r).toMatchObject({ known: true, kind: 'cpt', ncciPtpAssociated: bypass, source: null });
    expect(r.label).toMatch(/ClaimLens's own description/);
    expect(r.documents[0]).toMatchObject({ document: expect.stringMatching(/NCCI Policy Manual/) });
  });

  it('an unknown modifier is known:false, not an error', async () => {
    const { code, out } = await runCli('lookup', 'Z9', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ known: false, text: null });
  });

  it('a well-formed but unknown code is known:false with nulls, not defaults', async () => {
    const { code, out } = await runCli('lookup', '12345', '--json');
    expect(code).toBe(0);
    const r = JSON.parse(out);
    expect(r).toMatchObject({
      known: false,
      system: null,
      descriptor: null,
      pfs: null,
      opps: null,
      mue: { practitioner: null, outpatientHospital: null },
    });
  });

  it.each([['6463'], ['ABCDE'], [''], ['64634x'], ['X']])(
    'malformed input %j: one-line error, exit 2, no stack',
    async (input) => {
      const { code, out, err } = await runCli('lookup', input);
      expect(code).toBe(2);
      expect(out).toBe('');
      expect(err.trim().split('\n')).toHaveLength(1);
      expect(err).not.toMatch(/at .*\.ts/);
    },
  );

  it('unknown options and commands are errors', async () => {
    expect((await runCli('lookup', '64634', '--bogus')).code).toBe(2);
    expect((await runCli('frobnicate')).code).toBe(2);
  });

  it('readable table output names sources and dates', async () => {
    const { out } = await runCli('lookup', '64634');
    expect(out).toMatch(/Add-on\s+yes, edit type 1; primaries: 64633 \(as of 2026-04-01\)/);
    expect(out).toMatch(/MUE practitioner\s+4 units, MAI 3/);
  });

  it('works as a real process through npm run', () => {
    const out = execFileSync('npm', ['run', '--silent', 'claimlens', '--', 'lookup', '64634', '--json'], {
      encoding: 'utf8',
    });
    expect(JSON.parse(out).addOn.primaries).toEqual(['64633']);
    const bad = spawnSync('npm', ['run', '--silent', 'claimlens', '--', 'lookup', 'ABCDE'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/Not a CPT or HCPCS code/);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  }, 30_000);
});

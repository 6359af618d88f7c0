import { describe, expect, it } from 'vitest';
import { parseDescriptorCsv } from '../../../lib/imports';

// Descriptor wording in these fixtures is our own placeholder text, never AMA CPT text.
const RVU_FILE = [
  '2025 National Physician Fee Schedule Relative Value File (test copy)',
  '"Preamble line, with a comma"',
  '',
  'HCPCS,MOD,DESCRIPTION,STATUS CODE,WORK RVU',
  '64633,,"Test text: nerve RF, neck facet",A,3.84',
  '64633,26,Test text: modifier row,A,3.84',
  '64634,,Test text: each added neck level,A,1.32',
  'J1100,,"Injection, dexamethasone sodium phosphate, 1 mg",E,0',
  ',,,,',
].join('\r\n');

describe('parseDescriptorCsv', () => {
  it('reads the CMS RVU layout after preamble lines, taking only rows without a modifier', () => {
    const r = parseDescriptorCsv(new TextEncoder().encode(RVU_FILE));
    expect(r).toEqual({
      ok: true,
      value: {
        layout: 'cms-rvu',
        entries: [
          { code: '64633', text: 'Test text: nerve RF, neck facet' },
          { code: '64634', text: 'Test text: each added neck level' },
          { code: 'J1100', text: 'Injection, dexamethasone sodium phosphate, 1 mg' },
        ],
      },
      summary: 'Added 3 descriptors (1 modifier rows skipped)',
    });
  });

  it('reads a plain code,descriptor CSV with a header and a BOM', () => {
    const r = parseDescriptorCsv('\ufeffcode,descriptor\n64634,Our wording one\n0213t,"Our wording, two"\n');
    expect(r).toMatchObject({ ok: true, summary: 'Added 2 descriptors' });
    if (r.ok)
      expect(r.value.entries).toEqual([
        { code: '0213T', text: 'Our wording, two' },
        { code: '64634', text: 'Our wording one' },
      ]);
  });

  it('reads a plain CSV without a header and ignores exact repeats', () => {
    const r = parseDescriptorCsv('64634,Our wording\n64634,Our wording\nA0021,Ambulance thing,\n');
    expect(r).toMatchObject({ ok: true, summary: 'Added 2 descriptors', value: { layout: 'plain' } });
  });

  it('rejects a code repeated with different text, naming both lines', () => {
    const r = parseDescriptorCsv('code,descriptor\n64634,First wording\n64633,Other\n64634,Second wording\n');
    expect(r).toEqual({
      ok: false,
      errors: [{ line: 4, reason: 'Code 64634 appears again with different text (first on line 2, again on line 4)' }],
    });
  });

  it.each([
    ['<script>alert(1)</script>', /HTML markup/],
    ['Looks fine <img src=x onerror=alert(1)>', /HTML markup/],
    ['click javascript:alert(1)', /script URL/],
    ['hidden \u202e reversed', /control or invisible/],
  ])('rejects markup or hostile text %j and names the line', (text, reason) => {
    const r = parseDescriptorCsv(`code,descriptor\n64634,Fine text\n64633,"${text}"\n`);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toEqual([{ line: 3, reason: expect.stringMatching(reason) }]);
  });

  it('keeps harmless angle brackets such as "< 5 units"', () => {
    expect(parseDescriptorCsv('64634,Less than < 5 units\n').ok).toBe(true);
  });

  it('rejects bad codes, wrong column counts and empty text, listing every line', () => {
    const r = parseDescriptorCsv('code,descriptor\n6463,short code\n64634,a,b\n64633,\nW1234,bad letter\n');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.map((e) => e.line)).toEqual([2, 3, 4, 5]);
      expect(r.errors[0].reason).toMatch(/"6463" is not a CPT or HCPCS code/);
      expect(r.errors[1].reason).toMatch(/Expected 2 columns/);
      expect(r.errors[2].reason).toMatch(/Expected 2 columns/);
    }
  });

  it('rejects a file whose layout is neither (wrong columns)', () => {
    const r = parseDescriptorCsv('name,age\nalice,4\n');
    expect(r).toEqual({ ok: false, errors: [{ line: 1, reason: expect.stringMatching(/Unrecognised layout/) }] });
  });

  it('rejects an RVU row too short to hold the description', () => {
    const r = parseDescriptorCsv('HCPCS,MOD,DESCRIPTION\n64634\n');
    expect(r).toMatchObject({ ok: false, errors: [{ line: 2, reason: expect.stringMatching(/columns/) }] });
  });

  it('rejects invalid UTF-8, NUL bytes and replacement characters', () => {
    const latin1 = new Uint8Array([0x36, 0x34, 0x36, 0x33, 0x34, 0x2c, 0x63, 0x61, 0x66, 0xe9, 0x0a]);
    expect(parseDescriptorCsv(latin1)).toEqual({
      ok: false,
      errors: [{ line: 0, reason: expect.stringMatching(/not valid UTF-8/) }],
    });
    expect(parseDescriptorCsv('64634,ok\n64633,bin\u0000ary\n')).toEqual({
      ok: false,
      errors: [{ line: 2, reason: expect.stringMatching(/NUL/) }],
    });
    expect(parseDescriptorCsv('64634,caf\ufffd\n')).toMatchObject({ ok: false, errors: [{ line: 1 }] });
  });

  it('rejects 50 MB of junk by its size, without decoding it', () => {
    const junk = new Uint8Array(50 * 1024 * 1024).fill(0x41);
    const r = parseDescriptorCsv(junk);
    expect(r).toEqual({ ok: false, errors: [{ line: 0, reason: 'File is 50.0 MB; the limit is 5.0 MB' }] });
    expect(parseDescriptorCsv('x'.repeat(11 * 1024 * 1024)).ok).toBe(false);
  });

  it.each([[''], ['\ufeff'], ['\n\n  \n'], [new Uint8Array(0)]])('rejects an empty file %#', (input) => {
    expect(parseDescriptorCsv(input)).toEqual({ ok: false, errors: [{ line: 0, reason: 'File is empty' }] });
  });

  it('rejects a header-only file', () => {
    expect(parseDescriptorCsv('HCPCS,MOD,DESCRIPTION\n')).toEqual({
      ok: false,
      errors: [{ line: 0, reason: 'File has no descriptor rows' }],
    });
  });

  it('caps the error list for a file full of bad rows', () => {
    const r = parseDescriptorCsv(`code,descriptor\n${'bad,row\n'.repeat(500)}`);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors).toHaveLength(21);
      expect(r.errors[20]).toEqual({ line: 0, reason: '…and 480 more problems' });
    }
  });
});

describe('parseDescriptorCsv on real CMS layouts', () => {
  it('explains that the bundled RVU copy has no DESCRIPTION column', async () => {
    const { readFileSync } = await import('node:fs');
    const bytes = readFileSync('/work/shared/data/cms/pfs_rvu25d_2025oct_indicators.csv');
    expect(parseDescriptorCsv(new Uint8Array(bytes))).toEqual({
      ok: false,
      errors: [{ line: 1, reason: expect.stringMatching(/HCPCS column but no DESCRIPTION/) }],
    });
  });

  it('reads HCPCS Level II text re-shaped as a plain two-column file (public-domain text)', async () => {
    const { readFileSync } = await import('node:fs');
    const rows = readFileSync('/work/shared/data/cms/hcpcs_level2_2024jul_descriptions.csv', 'utf8')
      .split('\n')
      .slice(1)
      .filter((l) => l.includes(',Long,'))
      .map((l) => l.replace(',Long,', ','));
    const r = parseDescriptorCsv(`code,descriptor\n${rows.join('\n')}`);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.entries.length).toBeGreaterThan(7000);
      expect(r.value.entries.find((e) => e.code === 'J1100')?.text).toBe(
        'Injection, dexamethasone sodium phosphate, 1 mg',
      );
    }
  });
});

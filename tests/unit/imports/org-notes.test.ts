import { describe, expect, it } from 'vitest';
import { parseOrgNotes } from '../../../lib/imports';

describe('parseOrgNotes', () => {
  it('reads a JSON array with codes, ranges and optional sources', () => {
    const json = JSON.stringify(
      [
        {
          payer: 'aetna',
          code: '64490-64495',
          text: 'Our team sends the pain diary with every request.',
          source: 'Intake SOP 2025-03',
        },
        { payer: 'Medicare', code: '64634', text: 'Check the primary is on the same claim.' },
        { payer: 'cigna', range: '0213T – 0218T', text: 'Ask for the prior-auth number first.' },
      ],
      null,
      2,
    );
    const r = parseOrgNotes(json);
    expect(r).toEqual({
      ok: true,
      summary: 'Added 3 organisation notes',
      value: {
        notes: [
          {
            payer: 'aetna',
            from: '64490',
            to: '64495',
            text: 'Our team sends the pain diary with every request.',
            source: 'Intake SOP 2025-03',
          },
          { payer: 'medicare', from: '64634', to: '64634', text: 'Check the primary is on the same claim.' },
          { payer: 'cigna', from: '0213T', to: '0218T', text: 'Ask for the prior-auth number first.' },
        ],
      },
    });
  });

  it('reads a CSV with a header in any column order', () => {
    const r = parseOrgNotes(
      'text,payer,code,source\n"Needs KX on diagnostic lines, per our billing lead",medicare,64490,\n',
    );
    expect(r).toMatchObject({ ok: true, summary: 'Added 1 organisation note' });
    if (r.ok)
      expect(r.value.notes[0]).toEqual({
        payer: 'medicare',
        from: '64490',
        to: '64490',
        text: 'Needs KX on diagnostic lines, per our billing lead',
      });
  });

  it('names the JSON line of each bad note', () => {
    const json =
      '[\n  {"payer": "aetna", "code": "64634", "text": "ok"},\n  {"payer": "aetna", "code": "64495-64490", "text": "x"},\n  {"payer": "United Health", "code": "64634", "text": "x"},\n  {"payer": "aetna", "code": "64634", "text": "<b>bold</b>"},\n  42\n]';
    const r = parseOrgNotes(json);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors).toEqual([
        { line: 3, reason: 'Range 64490-64495 runs backwards'.replace('64490-64495', '64495-64490') },
        { line: 4, reason: expect.stringMatching(/not a payer id/) },
        { line: 5, reason: expect.stringMatching(/HTML markup/) },
        { line: 6, reason: 'Payer is missing' },
      ]);
    }
  });

  it.each([
    ['64490-J1100', /mixes different kinds/],
    ['J1100-K1100', /mixes different kinds/],
    ['64490-64491-64492', /not a code or a range/],
    ['6449', /not a CPT or HCPCS code/],
  ])('rejects the range %s', (codes, reason) => {
    const r = parseOrgNotes(`payer,code,text\naetna,${codes},note\n`);
    expect(r).toMatchObject({ ok: false, errors: [{ line: 2, reason: expect.stringMatching(reason) }] });
  });

  it('rejects a CSV without the required columns', () => {
    expect(parseOrgNotes('payer,codes\naetna,64634\n')).toEqual({
      ok: false,
      errors: [{ line: 1, reason: expect.stringMatching(/payer, code \(or range\) and text/) }],
    });
  });

  it('rejects malformed JSON with its line, and non-array JSON', () => {
    const r = parseOrgNotes('[\n {"payer": "aetna",\n  "code": 64634 oops}\n]');
    expect(r).toMatchObject({ ok: false, errors: [{ line: 3, reason: 'File is not valid JSON' }] });
    expect(parseOrgNotes('{"payer":"aetna"}')).toMatchObject({
      ok: false,
      errors: [{ reason: 'Expected a JSON array of notes' }],
    });
  });

  it('rejects a script URL in the source and an empty list', () => {
    const r = parseOrgNotes(
      JSON.stringify([{ payer: 'aetna', code: '64634', text: 'x', source: 'javascript:alert(1)' }]),
    );
    expect(r).toMatchObject({
      ok: false,
      errors: [{ line: 1, reason: expect.stringMatching(/Source contains a script URL/) }],
    });
    expect(parseOrgNotes('[]')).toEqual({ ok: false, errors: [{ line: 0, reason: 'File has no notes' }] });
  });

  it('does not let __proto__ keys through', () => {
    const r = parseOrgNotes('[{"__proto__": {"payer": "aetna", "code": "64634", "text": "x"}}]');
    expect(r).toMatchObject({ ok: false, errors: [{ line: 1, reason: 'Payer is missing' }] });
    expect(({} as Record<string, unknown>).payer).toBeUndefined();
  });
});

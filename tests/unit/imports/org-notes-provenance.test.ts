import { describe, expect, it } from 'vitest';
import { parseOrgNotes } from '../../../lib/imports';
import { checkOrgNote } from '../../../lib/imports/org-note-entry';
import { exportSettings, importSettings } from '../../../lib/imports/settings-transfer';
import { defaultSettings } from '../../../lib/settings';

const today = '2026-12-03';
const csv = (text: string, source = '') => `payer,code,text,source\naetna,64634,"${text}","${source}"\n`;

describe('organisation notes: provenance rules at import', () => {
  it('accepts real past dates and https links to published sites', () => {
    const r = parseOrgNotes(
      csv('Checked 2026-06-14 with the rep.', 'https://www.aetna.com/cpb/x.html'),
      undefined,
      today,
    );
    expect(r.ok).toBe(true);
  });

  it('rejects an impossible date, a future date, an http link and a staging host, naming the line', () => {
    const cases: [string, string, RegExp][] = [
      ['Effective 2026-02-30.', '', /Note text: 2026-02-30 is not a real date/],
      ['Policy effective 01/15/2027.', '', /Note text: 01\/15\/2027 is later than today \(2026-12-03\)/],
      ['See the policy.', 'http://www.bcbsnc.com/p.htm', /Source: .*uses http/],
      [
        'See the policy.',
        'https://stage.uhcprovider.com/p.html',
        /Source: stage\.uhcprovider\.com is a staging or test host/,
      ],
    ];
    for (const [text, source, reason] of cases) {
      const r = parseOrgNotes(csv(text, source), undefined, today);
      expect(r.ok, text + source).toBe(false);
      if (!r.ok) expect(r.errors).toEqual([{ line: 2, reason: expect.stringMatching(reason) }]);
    }
  });

  it('a rejected file changes nothing: the good rows are not kept either', () => {
    const two = 'payer,code,text\naetna,64634,fine\ncigna,64633,"due 2099-01-01"\n';
    const r = parseOrgNotes(two, undefined, today);
    expect(r).toMatchObject({ ok: false, errors: [{ line: 3 }] });
  });

  it('notes already stored are re-read without the import-time rules (nothing kept is silently dropped)', () => {
    const raw = { payer: 'aetna', codes: '64634', text: 'see http://old.example.org/x', source: undefined };
    expect('reason' in checkOrgNote(raw)).toBe(false);
    expect(checkOrgNote(raw, { today })).toMatchObject({ reason: expect.stringMatching(/uses http/) });
  });

  it('a settings file carrying organisation notes passes the same rules', () => {
    const file = exportSettings(defaultSettings(), {
      orgNotes: [{ payer: 'aetna', from: '64634', to: '64634', text: 'x', source: 'https://qa.aetna.com/p' }],
    });
    const r = importSettings(file);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.reason).join()).toMatch(/qa\.aetna\.com is a staging or test host/);
  });
});

import { describe, expect, it } from 'vitest';
import type { PayerNote, PayerNotesFile } from '../../../lib/editorial/payer-note-types';
import { validateNotesFile } from '../../../lib/editorial/validate-notes';

const today = '2026-12-03';

const file = (payer: string, notes: PayerNote[], extra: Partial<PayerNotesFile> = {}): PayerNotesFile => ({
  schemaVersion: 1,
  payer,
  name: payer,
  ownHosts: ['uhcprovider.com', 'cigna.com', 'bcbsnc.com'],
  reviewedOn: ['2026-11-27'],
  notes,
  ...extra,
});

const note = (over: Partial<PayerNote> & { source: PayerNote['source'] }): PayerNote => ({
  id: 'n',
  codes: ['64633'],
  topic: 'modifiers',
  text: 'A note.',
  evidence: 'P',
  ...over,
});

const problems = (n: PayerNote, extra: Partial<PayerNotesFile> = {}) =>
  validateNotesFile(file('uhc', [n], extra), { today });

describe('payer note validator: the notes this review corrected fail as they were', () => {
  it('a staging host (uhc-cci-indicator-0 as shipped)', () => {
    const p = problems(
      note({
        appliesTo: 'all-codes',
        codes: [],
        source: {
          title: 'UnitedHealthcare Commercial: Outpatient Hospital CCI Editing Policy, Facility',
          url: 'https://stage.uhcprovider.com/en/policies-protocols/commercial-policies/commercial-reimbursement-policies/COMM-Outpatient-Hospital-CCI-Editing-Policy-Facility.html',
          dateChecked: '2026-11-27',
          checkedBy: 'content-review',
          effectiveDate: 'not stated',
        },
      }),
    );
    expect(p.join('\n')).toMatch(/stage\.uhcprovider\.com is a staging or test host/);
  });

  it('a third-party copy graded P (cigna-code-editing as shipped)', () => {
    const copy = note({
      source: {
        title: 'Cigna Code Editing Policy and Guidelines for Providers, November 2020 (copy)',
        url: 'https://www.readkong.com/page/code-editing-policy-and-guidelines-for-providers-november-2507159',
        revisionDate: '2020-09-29',
        dateChecked: '2026-11-27',
        checkedBy: 'content-review',
      },
    });
    expect(problems(copy).join('\n')).toMatch(/readkong\.com hosts third-party copies; a copy cannot be graded P/);
    expect(problems({ ...copy, evidence: 'S' })).toEqual([]);
  });

  it('an invented check date on a fact-sheet note (cigna-cmm203-si as shipped)', () => {
    const p = problems(
      note({
        evidence: 'S',
        source: {
          title: 'Verity summary of eviCore/Cigna CMM-203',
          url: 'https://verity.backworkai.com/policy/EVICORE-CIGNA-CMM-203',
          dateChecked: '2026-06-14',
          checkedBy: 'payer-facts-sheet',
          effectiveDate: 'not stated',
        },
      }),
    );
    expect(p.join('\n')).toMatch(/only a content review records a dateChecked/);
    expect(p.join('\n')).toMatch(/2026-06-14 is not a recorded review date/);
  });

  it('a portal root as the source (mp141-* as shipped)', () => {
    const p = problems(
      note({
        source: {
          title: 'Medical policy MP-141 (plan portal)',
          url: 'https://policies.credenceblue.com',
          revisionDate: '2024-11-01',
          checkedBy: 'payer-facts-sheet',
        },
      }),
    );
    expect(p.join('\n')).toMatch(/home page, not a document/);
  });

  it('an http link, unless marked httpOnly (bcbs-nc-prior-review)', () => {
    const src = {
      title: 'BCBSNC news',
      url: 'http://www.bcbsnc.com/content/providers/news-and-information/news/Facet%20Joint%20Denervation%20Prior%20Review.htm',
      effectiveDate: '2012-04-01',
      dateChecked: '2026-11-27',
      checkedBy: 'content-review' as const,
    };
    expect(problems(note({ source: src })).join('\n')).toMatch(/uses http; links must be https/);
    expect(problems(note({ source: { ...src, httpOnly: true } }))).toEqual([]);
    expect(problems(note({ source: { ...src, url: 'https://www.bcbsnc.com/x', httpOnly: true } })).join('\n')).toMatch(
      /httpOnly set on a non-http address/,
    );
  });

  it('a source with no date at all (the 28 undated notes)', () => {
    const p = problems(
      note({
        source: { title: 'UHC page', url: 'https://www.uhcprovider.com/a.html', checkedBy: 'payer-facts-sheet' },
      }),
    );
    expect(p.join('\n')).toMatch(/no effective or revision date; write "not stated"/);
  });
});

describe('payer note validator: dates and hosts', () => {
  const ok = { title: 'Doc', url: 'https://www.uhcprovider.com/doc.html', checkedBy: 'payer-facts-sheet' as const };

  it('accepts "not stated" / "not recorded" and real past dates', () => {
    expect(problems(note({ source: { ...ok, effectiveDate: 'not stated' } }))).toEqual([]);
    expect(problems(note({ source: { ...ok, effectiveDate: 'not recorded' } }))).toEqual([]);
    expect(problems(note({ source: { ...ok, effectiveDate: '2024-02-29' } }))).toEqual([]);
  });

  it('refuses impossible and future dates, and "not stated" beside a revision date', () => {
    expect(problems(note({ source: { ...ok, effectiveDate: '2025-02-29' } })).join()).toMatch(/not a real/);
    expect(problems(note({ source: { ...ok, revisionDate: '2026-12-04' } })).join()).toMatch(/later than today/);
    expect(
      problems(note({ source: { ...ok, effectiveDate: 'not stated', revisionDate: '2020-01-01' } })).join(),
    ).toMatch(/beside a revision date/);
    expect(problems(note({ source: { ...ok, effectiveDate: 'soon' } })).join()).toMatch(/not a real/);
  });

  it('a content review must record its date, and only a recorded review date', () => {
    expect(
      problems(note({ source: { ...ok, effectiveDate: 'not stated', checkedBy: 'content-review' } })).join(),
    ).toMatch(/must record when it read/);
    const read = {
      ...ok,
      effectiveDate: 'not stated',
      checkedBy: 'content-review' as const,
      dateChecked: '2026-11-27',
    };
    expect(problems(note({ source: read }))).toEqual([]);
    expect(problems(note({ source: read }), { reviewedOn: ['2026-12-24'] }).join()).toMatch(/later than today/);
  });

  it("P only from the payer's own hosts; S may cite anyone (but never staging)", () => {
    const elsewhere = { ...ok, url: 'https://verity.backworkai.com/policy/X', effectiveDate: 'not stated' };
    expect(problems(note({ source: elsewhere })).join()).toMatch(/not one of uhc's own hosts/);
    expect(problems(note({ evidence: 'S', source: elsewhere }))).toEqual([]);
    expect(problems(note({ evidence: 'S', source: { ...elsewhere, url: 'https://qa.example.org/x' } })).join()).toMatch(
      /reserved or local/,
    );
    expect(
      problems(note({ source: { ...ok, effectiveDate: 'not stated', url: 'https://provider.uhcprovider.com/x' } })),
    ).toEqual([]);
  });

  it('a P note cannot rest on an S document; seeAlso entries follow the same link rules', () => {
    const base = { ...ok, effectiveDate: 'not stated' };
    const s = { title: 'Society table', url: 'https://www.asra.com/x', evidence: 'S' as const };
    expect(problems(note({ source: base, seeAlso: [s] })).join()).toMatch(/cannot rest on an S document/);
    expect(problems(note({ evidence: 'S', source: base, seeAlso: [s] }))).toEqual([]);
    expect(
      problems(note({ evidence: 'S', source: base, seeAlso: [{ ...s, url: 'http://www.asra.com/x' }] })).join(),
    ).toMatch(/uses http/);
  });

  it('billedTogether lists single codes, two or more at a time', () => {
    const base = { ...ok, effectiveDate: 'not stated' };
    expect(problems(note({ source: base, billedTogether: [['64633', '64636']] }))).toEqual([]);
    expect(problems(note({ source: base, billedTogether: [['64633']] })).join()).toMatch(/billedTogether/);
    expect(problems(note({ source: base, billedTogether: [['64633-64636', '64490']] })).join()).toMatch(
      /billedTogether/,
    );
  });

  it('a file must name its own hosts', () => {
    expect(validateNotesFile(file('uhc', [], { ownHosts: [] }), { today }).join()).toMatch(/ownHosts/);
  });
});

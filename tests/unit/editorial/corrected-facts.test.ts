/**
 * Pins the facts the content review corrected (docs/content.md, "Corrections and their sources"), each
 * with the CMS table or document that supports it, so a regression fails here by name.
 */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../scripts/node/load-dataset';
import { categoryOf } from '../../../lib/editorial/categories';
import { createContentProvider } from '../../../lib/editorial/content-provider';
import { PAYER_NOTE_FILES } from '../../../lib/editorial/payer-notes';
import type { ResolvedPayerNote } from '../../../lib/editorial/payer-note-types';
import { synonymsFor } from '../../../lib/editorial/synonyms';
import { checkClaim } from '../../../lib/claim/check-claim';
import { parseClaimLines } from '../../../lib/claim/parse-line';

const ds = loadDataset();
const allNotes = PAYER_NOTE_FILES.flatMap((f) => f.notes.map((n) => ({ payer: f.payer, ...n })));
const noteById = (id: string) => allNotes.find((n) => n.id === id);

describe('synonyms: caudal', () => {
  it('"caudal" finds the lumbar/sacral interlaminar codes 62322–62323 only', () => {
    const caudal = synonymsFor('caudal').flatMap((s) => s.codes);
    expect(caudal).toEqual(['62322-62323']);
    expect(synonymsFor('caudal epidural').flatMap((s) => s.codes)).toEqual(['62322-62323']);
  });
  it('"interlaminar" still finds every interlaminar code, 62320–62323', () => {
    expect(synonymsFor('interlaminar').flatMap((s) => s.codes)).toEqual(['62320-62323']);
  });
});

describe('categories', () => {
  it('62328 and 62329 are image-guided spinal punctures, not catheters or pumps', () => {
    for (const c of ['62328', '62329']) expect(categoryOf(c), c).toMatch(/spinal punctures/);
    expect(categoryOf('62350')).toMatch(/catheters, pumps/);
    // CMS tables that support it: each is the "more extensive procedure" over the unguided puncture,
    // includes fluoroscopic/CT guidance, and has the same OPPS status and payment rate as the unguided puncture.
    expect(ds.ptpPair('62328', '62270')).toMatchObject({ column1: '62328', rationale: 'More extensive procedure' });
    expect(ds.ptpPair('62329', '62272')).toMatchObject({ column1: '62329', rationale: 'More extensive procedure' });
    expect(ds.ptpPair('62328', '77003')?.column1).toBe('62328');
    expect(ds.opps('62328')?.paymentRate).toBe(ds.opps('62270')?.paymentRate);
    expect(ds.opps('62328')?.statusIndicator).toBe(ds.opps('62270')?.statusIndicator);
  });

  it('96202 and 96203 are caregiver behavior management training, not drug injections', () => {
    for (const c of ['96202', '96203']) expect(categoryOf(c), c).toMatch(/caregiver behavior management training/);
    for (const c of ['96360', '96372', '96413', '96549']) expect(categoryOf(c), c).toMatch(/drug injections/);
    // CMS tables: 96203 is the timed add-on of 96202 (AOC), and both are payable PFS services (status A).
    expect(ds.addOn('96203')?.primaries).toEqual(['96202']);
    expect(ds.pfs('96202')?.status).toBe('A');
  });
});

describe('payer notes corrected in this review', () => {
  it('no staging host, no portal root, no invented fact-sheet date', () => {
    const urls = allNotes.flatMap((n) => [n.source.url, ...(n.seeAlso ?? []).map((d) => d.url)]);
    expect(urls.filter((u) => /\/\/stage\./.test(u))).toEqual([]);
    expect(urls.filter((u) => new URL(u).pathname === '/')).toEqual([]);
    expect(allNotes.filter((n) => n.source.checkedBy === 'payer-facts-sheet' && n.source.dateChecked)).toEqual([]);
    expect(noteById('uhc-cci-indicator-0')).toBeUndefined();
    expect(allNotes.filter((n) => n.id.startsWith('mp141-'))).toEqual([]);
  });

  it('third-party copies are graded S', () => {
    for (const id of ['cigna-code-editing', 'uhc-ablative-current', 'uhc-prior-auth'])
      expect(noteById(id)?.evidence, id).toBe('S');
    const copies = allNotes.filter((n) => /readkong|studylib|fdocuments/.test(n.source.url));
    expect(copies.length).toBe(3);
    expect(copies.every((n) => n.evidence === 'S')).toBe(true);
  });

  it('BCBS ND keeps the effective and revised dates its policy page shows (2018-07-01, 2018-05-14)', () => {
    expect(noteById('bcbs-nd-rf-criteria')?.source).toMatchObject({
      effectiveDate: '2018-07-01',
      revisionDate: '2018-05-14',
      dateChecked: '2026-12-03',
    });
    expect(noteById('bcbs-nd-rf-repeat')?.seeAlso?.[0]).toMatchObject({ effectiveDate: '2018-07-01' });
  });

  it('the BCBSNC notice, found only at an http address, keeps its address (shown as text)', () => {
    expect(noteById('bcbs-nc-prior-review')?.source).toMatchObject({ httpOnly: true });
    expect(noteById('bcbs-nc-prior-review')?.source.url).toMatch(/^http:\/\/www\.bcbsnc\.com\//);
  });

  it('each MAC facet note cites an LCD or article number and a MAC or CMS page, not only a society table', () => {
    const macNotes = allNotes.filter((n) => /^medicare-j\w+-facet-lcd$/.test(n.id));
    expect(macNotes.map((n) => n.macJurisdictions?.[0]).sort()).toEqual(
      ['J15', 'J6', 'JE', 'JF', 'JH', 'JJ', 'JK', 'JL', 'JM', 'JN'].sort(),
    );
    for (const n of macNotes) {
      expect(n.source.documentId, n.id).toMatch(/^[LA]\d{5}$/);
      expect(new URL(n.source.url).hostname, n.id).toMatch(
        /cms\.gov|cgsmedicare|noridianmedicare|ngsmedicare|palmettogba/,
      );
      expect(n.text, n.id).toMatch(/L\d{5}/);
    }
    expect(noteById('medicare-j15-facet-lcd')?.text).toMatch(/L38773.*A58364/);
    expect(noteById('medicare-j6-facet-lcd')?.text).toMatch(/L35936.*A57826/);
  });

  it('the Noridian JF frequency note says what the Q&A says (no "per spinal region")', () => {
    expect(noteById('medicare-jf-frequency')?.text).not.toMatch(/per spinal region/i);
    expect(noteById('medicare-jf-frequency')?.text).toMatch(/four diagnostic and four therapeutic/);
  });
});

describe('64636: the CGS T12–L1 note against the CMS add-on edits', () => {
  const content = createContentProvider({ dataset: ds, macJurisdiction: 'J15' });
  const notes = content.payerNotesOf!('64636', ['medicare']) as ResolvedPayerNote[];
  const cgs = notes.find((n) => n.id === 'medicare-j15-t12-l1')!;

  it('the CMS table lists only 64635 as the primary of 64636, so the claim check errors on 64633 + 64636', () => {
    expect(ds.addOn('64636')).toMatchObject({ editType: 1, primaries: ['64635'] });
    const result = checkClaim(parseClaimLines(['64633', '64636']), ds);
    expect(result.findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ rule: 'addon-without-primary', severity: 'error', addOn: '64636' }),
      ]),
    );
  });

  it('the note shows both facts with their sources and says the claim check follows the CMS table, and why', () => {
    expect(cgs.text).toMatch(/64633 and 64636/);
    expect(cgs.source.url).toMatch(/^https:\/\/cgsmedicare\.com\//);
    expect(cgs.conflicts).toHaveLength(1);
    const [c] = cgs.conflicts!;
    expect(c).toMatchObject({ addOn: '64636', primaries: ['64635'], billedWith: ['64633'] });
    expect(c.table).toMatchObject({ table: 'aoc', asOf: ds.source('aoc').asOf });
    expect(c.text).toMatch(/claim check follows the CMS table/);
    expect(c.text).toMatch(/NCCI Policy Manual.*ch\. I §W/);
  });

  it('the injection pair 64490 + 64494 in the same note agrees with the table (64490 is a listed primary)', () => {
    expect(ds.addOn('64494')?.primaries).toContain('64490');
    expect(cgs.conflicts!.map((c) => c.addOn)).not.toContain('64494');
  });
});

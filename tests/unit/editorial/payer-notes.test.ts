import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../scripts/node/load-dataset';
import { parseCodeSpec } from '../../../lib/editorial/code-ranges';
import { PAYER_NOTE_FILES, payerNotesFor, payersFromNotes } from '../../../lib/editorial/payer-notes';
import { validateNotesFile } from '../../../lib/editorial/validate-notes';
import { isoToday } from '../../../lib/editorial/provenance';

const ds = loadDataset();
const today = isoToday();
const notes = PAYER_NOTE_FILES.flatMap((f) => f.notes.map((n) => ({ f, n })));

describe('payer notes', () => {
  it('every file and note passes the schema and the review rules (source, dates, hosts, evidence P or S)', () => {
    expect(notes.length).toBeGreaterThan(40);
    expect(PAYER_NOTE_FILES.flatMap((f) => validateNotesFile(f, { today }))).toEqual([]);
    expect(new Set(notes.map(({ n }) => n.evidence))).toEqual(new Set(['P', 'S']));
  });

  it('the validator catches a note with evidence I or an impossible checked date', () => {
    const f = PAYER_NOTE_FILES[0];
    const n = f.notes[0];
    const broken = {
      ...f,
      notes: [{ ...n, evidence: 'I' as never, source: { ...n.source, dateChecked: '2026-02-30' } }],
    };
    const problems = validateNotesFile(broken, { today });
    expect(problems.some((p) => /evidence must be P or S/.test(p))).toBe(true);
    expect(problems.some((p) => /2026-02-30.*not a real/.test(p))).toBe(true);
  });

  it('every code or range end a note names exists in the dataset', () => {
    const missing = notes
      .flatMap(({ n }) =>
        n.codes.flatMap((c) => {
          const r = parseCodeSpec(c)!;
          return [r.from, r.to];
        }),
      )
      .filter((c) => !ds.has(c));
    expect(missing).toEqual([]);
  });

  it('the payer list is derived from the data', () => {
    expect(payersFromNotes().map((p) => p.id)).toEqual(PAYER_NOTE_FILES.map((f) => f.payer));
    expect(
      payersFromNotes()
        .find((p) => p.id === 'bcbs')
        ?.plans.map((p) => p.id),
    ).toContain('anthem');
  });

  it('64634 has notes from all five payers, each with source, date and evidence', () => {
    const payers = payersFromNotes().map((p) => p.id);
    const got = payerNotesFor('64634', { payers, isAddOn: !!ds.addOn('64634') });
    expect(new Set(got.map((n) => n.payer))).toEqual(new Set(payers));
    for (const n of got) expect(n.verify).toBe(n.evidence === 'S');
  });

  it('filters by MAC jurisdiction and BCBS plan', () => {
    const jf = payerNotesFor('64634', { payers: ['medicare'], macJurisdiction: 'JF' }).map((n) => n.id);
    expect(jf).toContain('medicare-jf-frequency');
    expect(jf).not.toContain('medicare-j15-facet-lcd');
    const nc = payerNotesFor('64634', { payers: ['bcbs'], bcbsPlan: 'bcbs-nc' });
    expect(nc.map((n) => n.id)).toContain('bcbs-nc-prior-review');
    expect(nc.filter((n) => n.bcbsPlan && n.bcbsPlan !== 'bcbs-nc')).toEqual([]);
  });

  it('add-on notes apply only to add-on codes', () => {
    const ids = (code: string) => payerNotesFor(code, { payers: ['uhc'], isAddOn: !!ds.addOn(code) }).map((n) => n.id);
    expect(ids('64634')).toContain('uhc-addon');
    expect(ids('64633')).not.toContain('uhc-addon');
  });
});

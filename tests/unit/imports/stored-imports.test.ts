import { describe, expect, it } from 'vitest';
import {
  parseDescriptorCsv,
  parseOrgNotes,
  readStoredDescriptors,
  readStoredOrgNotes,
  toStoredDescriptors,
  toStoredOrgNotes,
} from '../../../lib/imports';

describe('stored imports', () => {
  it('round-trips what a successful import stores', () => {
    const d = parseDescriptorCsv('64634,Our wording\nJ1100,"Injection, dexamethasone sodium phosphate, 1 mg"\n');
    const n = parseOrgNotes('payer,code,text\naetna,64490-64495,Attach the diary\n');
    if (!d.ok || !n.ok) throw new Error('fixture import failed');
    const storedD = JSON.parse(JSON.stringify(toStoredDescriptors(d.value.entries)));
    const storedN = JSON.parse(JSON.stringify(toStoredOrgNotes(n.value.notes)));
    expect(readStoredDescriptors(storedD)).toEqual({ value: d.value.entries, errors: [] });
    expect(readStoredOrgNotes(storedN)).toEqual({ value: n.value.notes, errors: [] });
  });

  it('returns nothing, silently, when nothing is stored', () => {
    expect(readStoredDescriptors(undefined)).toEqual({ value: [], errors: [] });
    expect(readStoredOrgNotes(undefined)).toEqual({ value: [], errors: [] });
  });

  it.each([
    null,
    'garbage',
    [],
    { version: 2, entries: [] },
    { version: 1, entries: 'x' },
    JSON.parse('{"__proto__":{"entries":[]}}'),
  ])('ignores a corrupt or unknown blob %#', (raw) => {
    const r = readStoredDescriptors(raw);
    expect(r.value).toEqual([]);
    expect(r.errors).toHaveLength(1);
  });

  it('drops invalid entries one by one and keeps the rest', () => {
    const r = readStoredDescriptors({
      version: 1,
      entries: [
        { code: '64634', text: 'ok' },
        { code: 'nope', text: 'x' },
        { code: '64633', text: '<script>x</script>' },
        7,
        { code: '64634', text: 'other' },
      ],
    });
    expect(r.value).toEqual([{ code: '64634', text: 'ok' }]);
    expect(r.errors).toEqual([
      'entries[1]: invalid or conflicting; dropped',
      'entries[2]: invalid or conflicting; dropped',
      'entries[3]: invalid or conflicting; dropped',
      'entries[4]: invalid or conflicting; dropped',
    ]);
    const n = readStoredOrgNotes({
      version: 1,
      notes: [
        { payer: 'aetna', from: '64490', to: '64495', text: 'ok' },
        { payer: 'aetna', from: '64495', to: '64490', text: 'x' },
      ],
    });
    expect(n.value).toHaveLength(1);
    expect(n.errors).toEqual(['notes[1]: invalid; dropped']);
  });
});

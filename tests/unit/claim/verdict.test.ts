import { describe, expect, it } from 'vitest';
import type { ClaimLine } from '../../../lib/claim/types';
import { codeVerdict, MAX_PTP_CHIPS, type VerdictChip } from '../../../lib/claim/verdict';
import { fixtureDataset } from '../../helpers/fixture-dataset';

const ds = fixtureDataset();
const line = (code: string, modifiers: string[] = [], units = 1): ClaimLine => ({ code, modifiers, units });
/** The demo portal's claim (scripts/demo/portal.html), as the content script reads it. */
const DEMO: ClaimLine[] = [
  line('64633', ['RT']),
  line('64634', ['RT'], 2),
  line('64490', ['59']),
  line('77003'),
  line('J1100', [], 10),
  line('99213', ['25']),
];
const DOS = '2026-03-31';
const chips = (code: string, lines = DEMO, index?: number) =>
  codeVerdict(ds, code, { lines, dateOfService: DOS, ...(index !== undefined ? { index } : {}) }).chips;
const of = (c: VerdictChip[], kind: VerdictChip['kind']) => c.filter((x) => x.kind === kind);

describe('codeVerdict', () => {
  it('64634: its primary 64633 billed on line 1, 2 units against the MUE, sources on every chip', () => {
    const c = chips('64634', DEMO, 1);
    expect(of(c, 'addOn')).toMatchObject([{ tone: 'ok', text: 'Add-on of 64633 · billed on line 1 ✓' }]);
    const mue = ds.mue('64634', 'practitioner')!;
    expect(of(c, 'mue')).toMatchObject([
      { tone: 'ok', text: `MUE ${mue.units}/${mue.mai === 1 ? 'line' : 'day'} (MAI ${mue.mai}) · billed 2 ✓` },
    ]);
    for (const chip of c.filter((x) => x.kind !== 'ptp' || !x.text.startsWith('+'))) {
      expect(chip.sources.length, chip.text).toBeGreaterThan(0);
      for (const s of chip.sources) expect(s.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('64634 without 64633 on the claim: no primary billed, in red with a cross', () => {
    const c = chips('64634', [line('64634', ['RT'], 2), line('99213')], 0);
    expect(of(c, 'addOn')).toMatchObject([{ tone: 'bad' }]);
    expect(of(c, 'addOn')[0].text).toMatch(/^✖ Add-on of 64633 · no primary billed$/);
  });

  it('units over the MUE say how many were billed, with a cross', () => {
    const mue = ds.mue('64634', 'practitioner')!;
    const c = chips('64634', [line('64633'), line('64634', [], mue.units + 2)], 1);
    expect(of(c, 'mue')[0]).toMatchObject({ tone: 'bad' });
    expect(of(c, 'mue')[0].text).toContain(`✖ billed ${mue.units + 2}`);
  });

  it('77003: no billed primary, and the PTP edits with 64633 and 64634 (lines 1 and 2) ask for a distinct-site modifier', () => {
    const c = chips('77003', DEMO, 3);
    expect(of(c, 'addOn')).toMatchObject([{ tone: 'bad' }]);
    expect(of(c, 'addOn')[0].text).toMatch(/no primary billed/);
    const ptp = of(c, 'ptp').map((x) => x.text);
    expect(ptp).toContain('⚠ Bundles with 64633 (line 1): modifier allowed — XS/XU if distinct');
    expect(ptp).toContain('⚠ Bundles with 64634 (line 2): modifier allowed — XS/XU if distinct');
    // Problems come first.
    expect(of(c, 'ptp')[0].tone).not.toBe('ok');
  });

  it('99213: its E&M pairs are answered with modifier 25, never 59 or X{EPSU}', () => {
    const c = chips('99213', DEMO, 5);
    const ptp = of(c, 'ptp');
    expect(ptp.length).toBeGreaterThan(0);
    for (const chip of c) expect(chip.text).not.toMatch(/\b59\b|\bX[EPSU]\b/);
    expect(ptp.some((x) => x.text.includes('bypassed by 25 ✓'))).toBe(true);
    const bare = codeVerdict(ds, '99213', { lines: [line('64490'), line('99213')], dateOfService: DOS, index: 1 });
    const advice = of(bare.chips, 'ptp').map((x) => x.text);
    expect(advice).toEqual(['⚠ Bundles with 64490 (line 1): modifier 25 on 99213 if separately identifiable']);
  });

  it('an indicator 0 edit (64633 with 0213T) says never payable together, in red', () => {
    const c = chips('0213T', [line('64633'), line('0213T')], 1);
    expect(of(c, 'ptp')).toMatchObject([
      { tone: 'bad', text: '✖ Bundles with 64633 (line 1): never payable together' },
    ]);
  });

  it(`shows at most ${MAX_PTP_CHIPS} PTP chips and counts the rest`, () => {
    const c = chips('64490', DEMO, 2);
    expect(of(c, 'ptp').length).toBeLessThanOrEqual(MAX_PTP_CHIPS + 1);
  });

  it('without a claim: what the tables say, no "billed" and no PTP chip', () => {
    const v = codeVerdict(ds, '64634');
    expect(v.claim).toBeNull();
    expect(of(v.chips, 'addOn')).toMatchObject([{ tone: 'info', text: 'Add-on of 64633' }]);
    expect(v.chips.map((x) => x.text).join(' ')).not.toContain('billed');
    expect(of(v.chips, 'ptp')).toEqual([]);
  });

  it('a non-add-on code gets no add-on chip; an unknown code gets no chip', () => {
    expect(of(chips('99213', DEMO, 5), 'addOn')).toEqual([]);
    expect(codeVerdict(ds, '0000F').chips).toEqual([]);
  });

  it('every red, amber or green chip carries an icon in its text (never colour alone)', () => {
    for (const code of ['64633', '64634', '64490', '77003', 'J1100', '99213'])
      for (const chip of chips(
        code,
        DEMO,
        DEMO.findIndex((l) => l.code === code),
      ))
        if (chip.tone !== 'info') expect(chip.text, chip.text).toMatch(/[✓✖⚠]/);
  });
});

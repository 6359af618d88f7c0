import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../../lib/policy/parse-policy';

const TODAY = '2026-12-03';
const NOTE = {
  payer: 'aetna',
  code: '64634',
  text: 'Prior authorisation through our UM desk.',
  source: 'Internal memo 2026-11',
};

describe('parsePolicy', () => {
  it('no policy (empty, missing or not an object) is not managed and sets nothing', () => {
    for (const raw of [{}, undefined, null, 'x', []]) {
      const parsed = parsePolicy(raw, TODAY);
      expect(parsed.managed).toBe(false);
      expect(parsed.policy).toEqual({ locked: [], disabledImports: [] });
    }
  });

  it('reads every supported value: sites from origins and curated portal ids, payers, MAC, plan, sections, locks, imports', () => {
    const parsed = parsePolicy(
      {
        enabledSites: ['https://Portal.Example.com/', 'http://127.0.0.1:8080'],
        curatedPortals: ['availity', 'noridian'],
        payers: ['medicare', 'aetna'],
        macJurisdiction: 'jf',
        pfsLocality: '01112-26',
        bcbsPlan: 'anthem',
        popoverSections: { pfs: 'shown', orgNotes: 'hidden' },
        lockedSettings: ['enabledSites', 'payers'],
        disabledImports: ['descriptors', 'cmsData'],
      },
      TODAY,
    );
    expect(parsed.notes).toEqual([]);
    expect(parsed.policy).toEqual({
      sites: [
        'http://127.0.0.1:8080',
        'https://apps.availity.com',
        'https://med.noridianmedicare.com',
        'https://portal.example.com',
      ],
      payers: ['medicare', 'aetna'],
      macJurisdiction: 'JF',
      pfsLocality: '01112-26',
      bcbsPlan: 'anthem',
      popoverSections: { pfs: 'shown', orgNotes: 'hidden' },
      locked: ['enabledSites', 'payers'],
      disabledImports: ['descriptors', 'cmsData'],
    });
  });

  it('ignores each invalid value on its own, with a note naming the key and never the value', () => {
    const parsed = parsePolicy(
      {
        enabledSites: ['https://ok.example.com', 'javascript:alert(1)', 'https://*.com'],
        payers: 'medicare',
        macJurisdiction: 'J99',
        bcbsPlan: 'Anthem Blue!',
        popoverSections: { ptp: 'sometimes', __proto__: 'hidden' },
        lockedSettings: ['payers', 'everything'],
        disabledImports: ['notes-typo'],
        curatedPortals: ['no-such-portal'],
        extraKey: true,
      },
      TODAY,
    );
    expect(parsed.managed).toBe(true);
    expect(parsed.policy.sites).toEqual(['https://ok.example.com']);
    expect(parsed.policy.payers).toBeUndefined();
    expect(parsed.policy.macJurisdiction).toBeUndefined();
    expect(parsed.policy.bcbsPlan).toBeUndefined();
    expect(parsed.policy.popoverSections).toBeUndefined();
    expect(parsed.policy.locked).toEqual(['payers']);
    expect(parsed.policy.disabledImports).toEqual([]);
    const text = parsed.notes.join('\n');
    for (const key of [
      'enabledSites[1]',
      'enabledSites[2]',
      'payers',
      'macJurisdiction',
      'bcbsPlan',
      'popoverSections.ptp',
      'lockedSettings[1]',
      'disabledImports[0]',
      'curatedPortals[0]',
      '(policy)',
    ])
      expect(text).toContain(key);
    expect(text).not.toMatch(/javascript|alert|J99|Anthem Blue|everything|notes-typo/);
  });

  it('an empty MAC or plan means "none" (null), which is a value the policy can lock', () => {
    const { policy } = parsePolicy({ macJurisdiction: '', bcbsPlan: null, lockedSettings: ['macJurisdiction'] }, TODAY);
    expect(policy.macJurisdiction).toBeNull();
    expect(policy.bcbsPlan).toBeNull();
  });

  it('organisation notes in the policy go through the notes import validator and turn the notes import off', () => {
    const ok = parsePolicy({ orgNotes: [NOTE] }, TODAY);
    expect(ok.notes).toEqual([]);
    expect(ok.policy.orgNotes).toHaveLength(1);
    expect(ok.policy.orgNotes?.[0]).toMatchObject({ payer: 'aetna', from: '64634' });
    expect(ok.policy.disabledImports).toEqual(['orgNotes']);

    const bad = parsePolicy({ orgNotes: [{ payer: 'aetna', text: 'no code' }], payers: ['cigna'] }, TODAY);
    expect(bad.policy.orgNotes).toBeUndefined();
    expect(bad.policy.payers).toEqual(['cigna']);
    expect(bad.notes).toEqual([
      expect.stringMatching(/^orgNotes: not a valid organisation notes list \(.+\); ignored$/),
    ]);
  });

  it('a huge or hostile policy gives a bounded list of notes and never throws', () => {
    const parsed = parsePolicy({ enabledSites: Array.from({ length: 900 }, (_, i) => `bad ${i}`) }, TODAY);
    expect(parsed.notes.length).toBeLessThanOrEqual(31);
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('boom');
        },
      },
    );
    expect(() => parsePolicy(hostile, TODAY)).not.toThrow();
  });
});

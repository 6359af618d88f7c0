/** The user's PFS locality: read from settings, preset or locked by policy, and used by the background's details. */
import { describe, expect, it } from 'vitest';
import { codeDetails } from '../../../lib/background/answer';
import { applyPolicy } from '../../../lib/policy/apply-policy';
import { parsePolicy } from '../../../lib/policy/parse-policy';
import { defaultSettings } from '../../../lib/settings/defaults';
import { parseSettings } from '../../../lib/settings/parse-settings';
import { fixtureDataset } from '../../helpers/fixture-dataset';

describe('pfsLocality setting', () => {
  it('is read as MAC:LOCALITY (canonical), null, or refused with a note', () => {
    const ok = parseSettings({ version: 1, payers: { selected: [], pfsLocality: '02102-1' } });
    expect(ok.value.payers.pfsLocality).toBe('02102:01');
    expect(ok.errors).toEqual([]);
    const bad = parseSettings({ version: 1, payers: { selected: [], pfsLocality: 'ALASKA' } });
    expect(bad.value.payers.pfsLocality).toBeNull();
    expect(bad.errors.join(' ')).toMatch(/payers\.pfsLocality/);
    expect(bad.errors.join(' ')).not.toMatch(/ALASKA/);
    expect(parseSettings({ version: 1, payers: { selected: [] } }).value.payers.pfsLocality).toBeUndefined();
  });

  it('a managed policy presets it, or locks it', () => {
    const { policy } = parsePolicy({ pfsLocality: '01112:05', lockedSettings: ['pfsLocality'] });
    expect(policy.pfsLocality).toBe('01112:05');
    const user = { ...defaultSettings(), payers: { ...defaultSettings().payers, pfsLocality: '02102:01' } };
    expect(applyPolicy(user, policy, {}).settings.payers.pfsLocality).toBe('01112:05');
    expect(parsePolicy({ pfsLocality: 'SF' }).notes.join(' ')).toMatch(/pfsLocality/);
  });

  it("the background's details carry the payment benchmark for the user's locality", () => {
    const ds = fixtureDataset();
    const s = { ...defaultSettings(), payers: { ...defaultSettings().payers, pfsLocality: '02102:01' } };
    const d = codeDetails(ds, s, undefined, { code: '64634', pageCodes: [] });
    expect(d.report.payment?.pfs?.locality).toMatchObject({ mac: '02102', locality: '01', name: 'ALASKA*' });
    const national = codeDetails(ds, defaultSettings(), undefined, { code: '64634', pageCodes: [] });
    expect(national.report.payment?.pfs?.locality).toBeNull();
    expect(national.report.payment?.pfs?.national.facility).toBe(d.report.payment?.pfs?.national.facility);
  });
});

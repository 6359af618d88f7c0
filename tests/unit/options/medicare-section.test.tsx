// @vitest-environment happy-dom
/** The options page's Medicare section over a fake port: MAC names spelled out, localities grouped, policy lock. */
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { MedicareSection } from '../../../components/options/MedicareSection';
import type { UiPort } from '../../../components/extension/ui-port';
import { parsePolicy } from '../../../lib/policy/parse-policy';
import { defaultSettings } from '../../../lib/settings/defaults';
import type { Settings } from '../../../lib/settings/types';
import { readFixtureJson } from '../../helpers/fixture-dataset';

const port = {
  readJson: readFixtureJson,
} as unknown as UiPort;

async function show(settings: Settings, policy = parsePolicy({}).policy, onChange = (_: Settings) => undefined) {
  const root = document.createElement('div');
  render(<MedicareSection port={port} settings={settings} onChange={onChange} policy={policy} />, root);
  for (let i = 0; i < 100 && !root.querySelector('#pfs-locality optgroup'); i++)
    await new Promise((r) => setTimeout(r, 10));
  return root;
}

describe('MedicareSection', () => {
  it('spells out every MAC and groups the GPCI localities under their jurisdiction', async () => {
    const root = await show(defaultSettings());
    const macs = [...root.querySelectorAll('#mac option')].map((o) => o.textContent);
    expect(macs).toContain('JF — Noridian: AK, AZ, ID, MT, ND, OR, SD, UT, WA, WY');
    expect(macs).toContain('JN — First Coast: FL, PR, VI');
    const jf = root.querySelector('#pfs-locality optgroup[label="JF — Noridian"]')!;
    expect(jf.querySelector('option[value="02102:01"]')?.textContent).toBe('AK — ALASKA* (02102:01)');
    expect(root.querySelectorAll('#pfs-locality option[value]:not([value=""])').length).toBe(109);
  });

  it('choosing a locality writes it; a locked policy locality disables the control and says so', async () => {
    let written: Settings | undefined;
    const root = await show(defaultSettings(), undefined, (s) => {
      written = s;
    });
    const select = root.querySelector<HTMLSelectElement>('#pfs-locality')!;
    select.value = '01112:05';
    select.dispatchEvent(new Event('change'));
    expect(written?.payers.pfsLocality).toBe('01112:05');
    const { policy } = parsePolicy({ pfsLocality: '01112:05', lockedSettings: ['pfsLocality'] });
    const locked = await show(
      { ...defaultSettings(), payers: { ...defaultSettings().payers, pfsLocality: '01112:05' } },
      policy,
    );
    expect(locked.querySelector<HTMLSelectElement>('#pfs-locality')?.disabled).toBe(true);
    expect(locked.textContent).toContain('set by your organisation');
  });
});

// @vitest-environment happy-dom
/**
 * The options page under an organisation policy, over a fake port: locked controls disabled and marked, ignored
 * values listed, policy sites without access offered in one click, imports turned off (and refused if called
 * anyway), and a policy change re-rendering the page without a reload.
 */
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { runImport } from '../../../components/options/import-actions';
import { OptionsApp } from '../../../components/options/OptionsApp';
import type { UiPort } from '../../../components/extension/ui-port';
import { defaultSettings } from '../../../lib/settings/defaults';
import { fixtureDataset, readFixtureJson } from '../../helpers/fixture-dataset';

const until = async <T,>(fn: () => T | null | undefined): Promise<T> => {
  for (let i = 0; i < 200; i++) {
    const v = fn();
    if (v) return v;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('timed out');
};

function fakePort(policy: Record<string, unknown>) {
  let current = policy;
  const listeners: (() => void)[] = [];
  const requested: string[][] = [];
  const settings = defaultSettings();
  settings.payers.selected = ['medicare'];
  settings.enabledSites = ['https://apps.availity.com'];
  const port: UiPort = {
    readSettings: async () => settings,
    writeLocalSettings: async () => undefined,
    writeSyncSettings: async () => undefined,
    onSettingsChanged: () => () => undefined,
    ask: async () => ({ ok: false, error: 'not used' }),
    activeTab: async () => undefined,
    hasOrigins: async () => false,
    requestOrigins: async (patterns) => {
      requested.push(patterns);
      return false;
    },
    readJson: readFixtureJson,
    getLocal: async () => ({}),
    setLocal: async () => undefined,
    removeLocal: async () => undefined,
    openOptions: () => undefined,
    readPolicy: async () => current,
    onPolicyChanged: (fn) => {
      listeners.push(fn);
      return () => undefined;
    },
  };
  const change = (next: Record<string, unknown>) => {
    current = next;
    for (const fn of listeners) fn();
  };
  return { port, change, requested };
}

const POLICY = {
  curatedPortals: ['availity', 'noridian'],
  payers: ['medicare'],
  popoverSections: { orgNotes: 'hidden' },
  lockedSettings: ['payers', 'enabledSites', 'popoverSections'],
  disabledImports: ['descriptors'],
  macJurisdiction: 'J99',
};

describe('OptionsApp under a managed policy', () => {
  it('disables and marks what the organisation locks, lists ignored values, offers the missing site access', async () => {
    const root = document.createElement('div');
    const { port, change, requested } = fakePort(POLICY);
    render(<OptionsApp port={port} meta={fixtureDataset().meta} today={new Date(Date.UTC(2026, 11, 3))} />, root);
    await until(() => root.querySelector('#policy'));
    const box = (id: string) => root.querySelector<HTMLInputElement>(`#payers input[data-payer="${id}"]`)!;
    expect([box('medicare').disabled, box('medicare').checked, box('aetna').disabled]).toEqual([true, true, true]);
    expect(root.querySelector('#payers legend')?.textContent).toContain('set by your organisation');
    expect(root.querySelector<HTMLSelectElement>('#mac')?.disabled).toBe(false);
    expect(root.querySelector<HTMLSelectElement>('select[data-section="orgNotes"]')?.disabled).toBe(true);
    expect(root.querySelector<HTMLSelectElement>('select[data-section="ptp"]')?.disabled).toBe(false);
    expect([...root.querySelectorAll('#policy .cl-policy-notes li')].map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^macJurisdiction: expected one of J5.*; ignored$/),
    ]);
    // Availity is enabled and locked (no Remove); Noridian still needs this browser's permission.
    const availity = root.querySelector('#sites li[data-origin="https://apps.availity.com"]')!;
    expect(availity.querySelector('button')).toBeNull();
    expect(availity.textContent).toContain('set by your organisation');
    expect(root.querySelector('#policy .cl-policy-sites')?.textContent).toContain('https://med.noridianmedicare.com');
    root.querySelector<HTMLButtonElement>('#policy .cl-policy-sites button')!.click();
    await until(() => requested.length > 0);
    expect(requested).toEqual([['https://med.noridianmedicare.com/*']]);
    expect(root.querySelector('#imports [data-import="descriptors"]')?.getAttribute('data-off')).toBe('policy');
    expect(root.querySelector('#imports [data-import="descriptors"] input')).toBeNull();

    change({ payers: ['medicare'] });
    await until(() => !root.querySelector('#policy .cl-policy-notes') && !box('aetna').disabled);
    expect(root.querySelector('#payers legend')?.textContent).not.toContain('set by your organisation');
    expect(root.querySelector('#imports [data-import="descriptors"] input')).not.toBeNull();
    change({});
    await until(() => !root.querySelector('#policy'));
    render(null, root);
  });

  it('an import the policy turns off is refused and stores nothing, even if called directly', async () => {
    const stored: unknown[] = [];
    const { port } = fakePort({});
    port.setLocal = async (items) => void stored.push(items);
    const out = await runImport(
      port,
      'descriptors',
      new TextEncoder().encode('code,descriptor\n64633,x\n'),
      defaultSettings(),
      ['descriptors'],
    );
    expect(out).toEqual({ ok: false, errors: [{ line: 0, reason: 'This import is turned off by your organisation' }] });
    expect(stored).toEqual([]);
  });
});

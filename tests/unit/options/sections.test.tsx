// @vitest-environment happy-dom
/**
 * The options page's sections one by one, over a fake port and a spy for `onChange`: what each control writes
 * into the settings, what it refuses, and what it asks of the port (site permissions, imports, counts).
 * The policy cases (locked controls) are in policy-options.test.tsx; the real browser in tests/e2e/options.test.ts.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { UiPort } from '../../../components/extension/ui-port';
import { ImportsSection } from '../../../components/options/ImportsSection';
import { PayersSection } from '../../../components/options/PayersSection';
import { PreferencesSection } from '../../../components/options/PreferencesSection';
import { SitesSection } from '../../../components/options/SitesSection';
import { defaultSettings } from '../../../lib/settings/defaults';
import type { Settings } from '../../../lib/settings/types';

const until = async <T,>(fn: () => T | null | undefined): Promise<T> => {
  for (let i = 0; i < 200; i++) {
    const v = fn();
    if (v) return v;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error('timed out');
};

let root: HTMLElement;
afterEach(() => render(null, root));

function mount(node: preact.ComponentChild): HTMLElement {
  root = document.createElement('div');
  document.body.append(root);
  // act() runs the first render's effects now (SitesSection copies its `sites` prop in one), as a browser would
  // before the first click.
  act(() => render(node, root));
  return root;
}

function fakePort(overrides: Partial<UiPort> = {}) {
  const asked: unknown[] = [];
  const local: Record<string, unknown> = {};
  const port: UiPort = {
    readSettings: async () => defaultSettings(),
    writeLocalSettings: async () => undefined,
    writeSyncSettings: async () => undefined,
    onSettingsChanged: () => () => undefined,
    ask: (async (req: { type: string; origins?: string[]; origin?: string }) => {
      asked.push(req);
      if (req.type === 'uiToBg:enableSites') return { ok: true, sites: ['https://a.example.com', ...req.origins!] };
      if (req.type === 'uiToBg:removeSite') return { ok: true, sites: [] };
      return { ok: false, error: 'not used' };
    }) as UiPort['ask'],
    activeTab: async () => undefined,
    hasOrigins: async () => false,
    requestOrigins: async () => true,
    readJson: async () => ({}),
    getLocal: async (keys) => Object.fromEntries(keys.map((k) => [k, local[k]])),
    setLocal: async (items) => void Object.assign(local, items),
    removeLocal: async (keys) => {
      for (const k of keys) delete local[k];
    },
    openOptions: () => undefined,
    ...overrides,
  };
  return { port, asked, local };
}

/** Renders a settings section and records every settings object it hands to onChange. */
function settingsSection(Section: typeof PayersSection, settings = defaultSettings()) {
  const changes: Settings[] = [];
  const el = mount(<Section settings={settings} onChange={(s) => changes.push(s)} />);
  return { el, changes };
}

const change = (el: HTMLInputElement | HTMLSelectElement, value?: string) => {
  if (value !== undefined) el.value = value;
  el.dispatchEvent(new Event('change', { bubbles: true }));
};

describe('PayersSection', () => {
  it('a checkbox adds a payer; the order list moves it; the BCBS plan is chosen or cleared', () => {
    const s = defaultSettings();
    s.payers.selected = ['medicare', 'aetna'];
    const { el, changes } = settingsSection(PayersSection, s);
    el.querySelector<HTMLInputElement>('input[data-payer="cigna"]')!.click();
    expect(changes.at(-1)?.payers.selected).toEqual(['medicare', 'aetna', 'cigna']);
    el.querySelector<HTMLInputElement>('input[data-payer="medicare"]')!.click();
    expect(changes.at(-1)?.payers.selected).toEqual(['aetna']);
    const order = [...el.querySelectorAll('.cl-payer-order li')].map((li) => li.getAttribute('data-payer'));
    expect(order).toEqual(['medicare', 'aetna']);
    const [up, down] = el.querySelectorAll<HTMLButtonElement>('.cl-payer-order li[data-payer="medicare"] button');
    expect([up.disabled, down.disabled, up.getAttribute('aria-label')]).toEqual([
      true,
      false,
      'Move Medicare (traditional, Part A/B) up',
    ]);
    down.click();
    expect(changes.at(-1)?.payers.selected).toEqual(['aetna', 'medicare']);
    const plan = el.querySelector<HTMLSelectElement>('#bcbs-plan')!;
    const first = plan.querySelectorAll('option')[1].value;
    change(plan, first);
    expect(changes.at(-1)?.payers.bcbsPlan).toBe(first);
    change(plan, '');
    expect(changes.at(-1)?.payers.bcbsPlan).toBeNull();
  });

  it('no order list while no payer is chosen', () => {
    const { el } = settingsSection(PayersSection);
    expect(el.querySelector('.cl-payer-order')).toBeNull();
  });
});

describe('PreferencesSection', () => {
  it('keeps a hover delay only when it is a whole number within the limits', () => {
    const { el, changes } = settingsSection(PreferencesSection);
    const delay = el.querySelector<HTMLInputElement>('#hover-delay')!;
    change(delay, '450');
    expect(changes.map((c) => c.preferences.hoverDelayMs)).toEqual([450]);
    for (const bad of ['-50', '3050', '12.5']) change(delay, bad);
    expect(changes).toHaveLength(1);
  });

  it('writes the highlight style, code systems, a popover section state and the theme', () => {
    const { el, changes } = settingsSection(PreferencesSection);
    el.querySelector<HTMLInputElement>('input[name="highlight"][value="tint"]')!.click();
    expect(changes.at(-1)?.preferences.highlightStyle).toBe('tint');
    const hcpcs = el.querySelector<HTMLInputElement>('input[data-system="hcpcs"]')!;
    const was = hcpcs.checked;
    hcpcs.click();
    expect(changes.at(-1)?.preferences.codeSystems.hcpcs).toBe(!was);
    const ptp = el.querySelector<HTMLSelectElement>('select[data-section="ptp"]')!;
    expect(ptp.closest('label')?.textContent).toContain('Modifier 59 / PTP edits');
    change(ptp, 'collapsed');
    expect(changes.at(-1)?.preferences.popoverSections.ptp).toBe('collapsed');
    el.querySelector<HTMLInputElement>('input[name="theme"][value="light"]')!.click();
    expect(changes.at(-1)?.preferences.theme).toBe('light');
  });
});

describe('SitesSection', () => {
  it('enables a typed origin after the permission prompt and shows the new list', async () => {
    const requested: string[][] = [];
    const { port, asked } = fakePort({
      requestOrigins: async (p) => {
        requested.push(p);
        return true;
      },
    });
    const el = mount(<SitesSection port={port} sites={['https://a.example.com']} />);
    const input = el.querySelector<HTMLInputElement>('#custom-origin')!;
    input.value = 'https://portal.example.org';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await until(() => !el.querySelector<HTMLButtonElement>('#custom-origin + button')?.disabled);
    el.querySelector<HTMLButtonElement>('#custom-origin + button')!.click();
    await until(() => el.querySelector('[role=status]'));
    expect(requested).toEqual([['https://portal.example.org/*']]);
    expect(asked).toEqual([{ type: 'uiToBg:enableSites', origins: ['https://portal.example.org'] }]);
    expect(el.querySelector('[role=status]')?.textContent).toBe('Enabled https://portal.example.org');
    expect([...el.querySelectorAll('.cl-enabled-sites li')].map((li) => li.getAttribute('data-origin'))).toEqual([
      'https://a.example.com',
      'https://portal.example.org',
    ]);
  });

  it('a refused permission changes nothing and says so; a public suffix is refused before asking', async () => {
    const { port, asked } = fakePort({ requestOrigins: async () => false });
    const el = mount(<SitesSection port={port} sites={[]} />);
    expect(el.querySelector('.cl-muted')?.textContent).toBe('No sites enabled.');
    el.querySelector<HTMLInputElement>('input[data-portal]')!.click();
    await until(() => !el.querySelector<HTMLButtonElement>('fieldset button')?.disabled);
    el.querySelector<HTMLButtonElement>('fieldset button')!.click();
    await until(() => el.querySelector('[role=alert]'));
    expect(el.querySelector('[role=alert]')?.textContent).toBe('Permission not granted; nothing changed.');
    expect(asked).toEqual([]);
    const input = el.querySelector<HTMLInputElement>('#custom-origin')!;
    input.value = 'https://*.co.uk';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await until(() => el.querySelector('[data-refused="public-suffix"]'));
    expect(el.querySelector<HTMLButtonElement>('#custom-origin + button')?.disabled).toBe(true);
  });

  it('Remove asks the background and shows what is left', async () => {
    const { port, asked } = fakePort();
    const el = mount(<SitesSection port={port} sites={['https://a.example.com']} />);
    el.querySelector<HTMLButtonElement>('li[data-origin="https://a.example.com"] button')!.click();
    await until(() => el.querySelector('[role=status]'));
    expect(asked).toEqual([{ type: 'uiToBg:removeSite', origin: 'https://a.example.com' }]);
    expect(el.querySelector('[role=status]')?.textContent).toBe('Removed https://a.example.com');
    expect(el.querySelector('.cl-enabled-sites')).toBeNull();
    expect(el.textContent).toContain('No sites enabled.');
  });
});

describe('ImportsSection', () => {
  const pick = (el: HTMLElement, kind: string, text: string) => {
    const input = el.querySelector<HTMLInputElement>(`[data-import="${kind}"] input[type=file]`)!;
    Object.defineProperty(input, 'files', { value: [new File([text], 'x.csv')], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
  };

  it('imports a descriptor file, counts it, and Remove clears it', async () => {
    const { port, local } = fakePort();
    const el = mount(<ImportsSection port={port} settings={defaultSettings()} />);
    await until(() => el.querySelector('[data-count="descriptors"]'));
    expect(el.querySelector('[data-count="descriptors"]')?.textContent).toBe('0 descriptors imported ');
    pick(el, 'descriptors', 'code,descriptor\n64633,Test text one\n64634,Test text two\n');
    await until(() => el.querySelector('[data-import="descriptors"] [role=status]'));
    expect(el.querySelector('[data-import="descriptors"] [role=status]')?.textContent).toContain('Added 2 descriptors');
    await until(() => el.querySelector('[data-count="descriptors"] button'));
    expect(el.querySelector('[data-count="descriptors"]')?.textContent).toContain('2 descriptors imported');
    el.querySelector<HTMLButtonElement>('[data-count="descriptors"] button')!.click();
    await until(() => !el.querySelector('[data-count="descriptors"] button'));
    expect(local.importedDescriptors).toBeUndefined();
  });

  it('a bad file shows line-numbered errors and stores nothing', async () => {
    const { port, local } = fakePort();
    const el = mount(<ImportsSection port={port} settings={defaultSettings()} />);
    pick(el, 'descriptors', 'code,descriptor\n64633,ok\nnot-a-code,x\n');
    await until(() => el.querySelector('[data-import="descriptors"] [role=alert]'));
    const alert = el.querySelector('[data-import="descriptors"] [role=alert]')!;
    expect(alert.querySelector('p')?.textContent).toBe('Nothing was imported; your existing data is unchanged.');
    expect(alert.querySelector('li[data-line="3"]')?.textContent).toMatch(/^Line 3: /);
    expect(local).toEqual({});
  });
});

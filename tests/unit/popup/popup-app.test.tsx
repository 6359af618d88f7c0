// @vitest-environment happy-dom
/**
 * The popup and options page rendered over a fake extension port: focus on open, combobox/listbox roles and
 * aria-activedescendant, details through the shared CodeDetails (the background's answer), hostile imported
 * text rendered as text, recent lookups written as codes only; options sections and every data table.
 */
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { OptionsApp } from '../../../components/options/OptionsApp';
import { PopupApp } from '../../../components/popup/PopupApp';
import type { UiPort } from '../../../components/extension/ui-port';
import { answer } from '../../../lib/background/answer';
import type { AnswerRequest, AnswerTo, BackgroundRequest } from '../../../lib/messages';
import { userImportsFrom } from '../../../lib/background/imported-content';
import { createContentProvider } from '../../../lib/editorial/content-provider';
import { defaultSettings } from '../../../lib/settings/defaults';
import type { Settings } from '../../../lib/settings/types';
import { flush, until } from '../../helpers/until';
import { fixtureDataset, readFixtureJson } from '../../helpers/fixture-dataset';

const HOSTILE = '<img src=x onerror="window.__pwned=1"> Test descriptor (not real CPT text)';

function fakePort(settings: Settings = defaultSettings()) {
  const ds = fixtureDataset();
  const writes: unknown[] = [];
  let current = settings;
  const port: UiPort = {
    readSettings: async () => current,
    writeLocalSettings: async (s) => {
      current = s;
      writes.push(s.recentLookups);
    },
    writeSyncSettings: async (s) => {
      current = s;
    },
    onSettingsChanged: () => () => undefined,
    // Popup requests answered in-process by the background's own handler.
    ask: <R extends BackgroundRequest>(req: R) =>
      answer(req as AnswerRequest, {
        dataset: async () => ds,
        settings: async () => current,
        content: () => createContentProvider({ dataset: ds }),
        imports: async () =>
          userImportsFrom(
            { version: 1, entries: [{ code: '64633', text: HOSTILE.replace(/<[^>]*>/, '&lt;img&gt;') }] },
            undefined,
          ),
      }) as Promise<AnswerTo<R>>,
    activeTab: async () => ({ id: 1, url: 'chrome://newtab' }),
    hasOrigins: async () => false,
    requestOrigins: async () => false,
    readJson: readFixtureJson,
    getLocal: async () => ({}),
    setLocal: async () => undefined,
    removeLocal: async () => undefined,
    openOptions: () => undefined,
  };
  return { port, writes };
}

describe('PopupApp', () => {
  it('searches, navigates by keyboard and opens the shared details view', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    const { port, writes } = fakePort();
    render(
      <PopupApp
        port={port}
        meta={fixtureDataset().meta}
        now={() => performance.now()}
        idle={(fn) => fn()}
        close={() => undefined}
      />,
      root,
    );
    const input = root.querySelector<HTMLInputElement>('#cl-search')!;
    await until(() => document.activeElement === input);
    expect(input.getAttribute('role')).toBe('combobox');
    expect(root.querySelector('label[for="cl-search"]')).not.toBeNull();
    await until(() => root.querySelector('.cl-popup[data-ready-ms]'));
    input.value = 'facet';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await until(() => root.querySelector('[role=option]'));
    const codes = [...root.querySelectorAll('[role=option]')].map((o) => o.getAttribute('data-code'));
    expect(codes.length).toBeGreaterThanOrEqual(10);
    expect(codes.slice(0, 10)).toEqual(expect.arrayContaining(['64633', '64634']));
    expect(root.querySelector('[role=listbox]')?.id).toBe(input.getAttribute('aria-controls'));
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    await flush();
    const active = input.getAttribute('aria-activedescendant')!;
    expect(root.querySelector(`#${active}`)?.getAttribute('data-code')).toBe(codes[1]);
    input.value = '64633';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await until(() => root.querySelector('[role=option]')?.getAttribute('data-code') === '64633');
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    const details = await until(() => root.querySelector('.cl-details[data-code="64633"]'));
    const imported = details.querySelector('[data-kind="imported"]')!;
    expect(imported.textContent).toBe(HOSTILE.replace(/<[^>]*>/, '&lt;img&gt;'));
    expect(details.querySelector('img')).toBeNull();
    expect(writes.at(-1)).toEqual(['64633']);
    render(null, root);
  });
});

describe('PopupApp denial codes', () => {
  it('finds CO-97 and N362 and opens their explanation with sources, without writing them as recent lookups', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    const { port, writes } = fakePort();
    render(
      <PopupApp
        port={port}
        meta={fixtureDataset().meta}
        now={() => performance.now()}
        idle={(fn) => fn()}
        close={() => undefined}
      />,
      root,
    );
    const input = await until(() => root.querySelector<HTMLInputElement>('#cl-search'));
    await until(() => root.querySelector('.cl-popup[data-ready-ms]'));
    input.value = 'CO-97';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const option = await until(() => root.querySelector('[role=option][data-kind="carc"]'));
    expect(option.textContent).toContain('CO-97');
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    const card = await until(() => root.querySelector('.cl-adjustment[data-adjustment="CO-97"]'));
    expect(card.querySelector('[data-group="CO"]')?.textContent).toMatch(/Contractual obligation/);
    expect(card.textContent).toMatch(/ClaimLens wording, not the official X12 text/);
    expect(card.textContent).toMatch(/Appeal: sometimes appealable/);
    const links = [...card.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toContain('https://x12.org/codes/claim-adjustment-reason-codes');
    expect(writes).toEqual([]);
    root.querySelector<HTMLButtonElement>('.cl-back')!.click();
    const again = await until(() => root.querySelector<HTMLInputElement>('#cl-search'));
    again.value = 'units exceed';
    again.dispatchEvent(new Event('input', { bubbles: true }));
    await until(() => root.querySelector('[role=option][data-code="N362"]'));
    render(null, root);
  });
});

describe('OptionsApp', () => {
  it('renders every section, the payers from the data and every table', async () => {
    const root = document.createElement('div');
    const { port } = fakePort();
    const meta = fixtureDataset().meta;
    render(<OptionsApp port={port} meta={meta} today={new Date(Date.UTC(2026, 10, 27))} />, root);
    await until(() => root.querySelector('.cl-options[data-loaded="true"]'));
    for (const id of ['payers', 'sites', 'preferences', 'imports', 'about'])
      expect(root.querySelector(`section#${id}`)).not.toBeNull();
    expect([...root.querySelectorAll('input[data-payer]')].map((e) => e.getAttribute('data-payer'))).toEqual([
      'medicare',
      'aetna',
      'cigna',
      'uhc',
      'bcbs',
    ]);
    expect(root.querySelectorAll('.cl-tables tbody tr').length).toBe(Object.keys(meta.tables).length);
    expect(root.querySelector('#sites')?.textContent).toContain('never stores, logs or sends page text');
    render(null, root);
  });
});

describe('PopupApp lifecycle', () => {
  it('opens ?code= at once, asks again when the payers change, goes back on Escape, clears recent lookups', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    const { port, writes } = fakePort();
    const asked: string[] = [];
    const changed: (() => void)[] = [];
    const ask = port.ask;
    port.ask = ((req) => {
      asked.push(req.type);
      return ask(req);
    }) as UiPort['ask'];
    port.onSettingsChanged = (fn) => {
      changed.push(fn);
      return () => undefined;
    };
    let closed = 0;
    render(
      <PopupApp
        port={port}
        meta={fixtureDataset().meta}
        initialCode="64634"
        now={() => performance.now()}
        idle={(fn) => fn()}
        close={() => closed++}
      />,
      root,
    );
    await until(() => root.querySelector('.cl-details[data-code="64634"]'));
    await until(() => document.activeElement === root.querySelector('.cl-back'));
    expect(asked).toEqual(['popupToBg:codeDetails']);
    // Payers changed in the options page: the open details are asked for again.
    const next = defaultSettings();
    next.payers.selected = ['aetna'];
    await port.writeSyncSettings(next);
    for (const fn of changed) fn();
    await until(() => asked.length === 2);
    expect(asked).toEqual(['popupToBg:codeDetails', 'popupToBg:codeDetails']);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    const input = await until(() => root.querySelector<HTMLInputElement>('#cl-search'));
    await until(() => document.activeElement === input);
    expect(writes.at(-1)).toEqual(['64634']);
    root.querySelector<HTMLButtonElement>('.cl-recent .cl-link')!.click();
    await until(() => !root.querySelector('.cl-recent'));
    expect(writes.at(-1)).toEqual([]);
    await until(() => root.querySelector('.cl-popup[data-ready-ms]'));
    input.value = 'zzqx';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    expect((await until(() => root.querySelector('[role=status]'))).textContent).toBe('No codes match “zzqx”.');
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await until(() => input.value === '');
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(closed).toBe(1);
    render(null, root);
  });
});

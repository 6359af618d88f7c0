// @vitest-environment happy-dom
/**
 * The popup searches the tables the background answers from: after the user imported a HCPCS release
 * (tests/fixtures/cms-release/hcpcs: J0999 is a synthetic code only that file lists), J0999 is found by code
 * and by its words, and the footer names the imported release with its import date; with the bundled data
 * J0999 is not found and no import is named.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import type { UiPort } from '../../../components/extension/ui-port';
import { PopupApp } from '../../../components/popup/PopupApp';
import { answer } from '../../../lib/background/answer';
import { infoOf } from '../../../lib/data-update/imported-table';
import { mergeImported } from '../../../lib/data-update/merge';
import { prepareUpdate } from '../../../lib/data-update/prepare';
import { createDataset } from '../../../lib/dataset/dataset';
import { createContentProvider } from '../../../lib/editorial/content-provider';
import type { AnswerRequest, AnswerTo, BackgroundRequest } from '../../../lib/messages';
import { defaultSettings } from '../../../lib/settings/defaults';
import { flush, until } from '../../helpers/until';
import { fixtureArtifacts, readFixtureJson } from '../../helpers/fixture-dataset';

const HCPCS = 'HCPC2026_JUL_ANWEB_07012026.txt';

/** A port whose background answers from the fixture dataset, with the HCPCS fixture imported or not. */
function port(withImport: boolean): UiPort {
  const bundled = fixtureArtifacts();
  const bytes = new Uint8Array(readFileSync(join(__dirname, '../../fixtures/cms-release/hcpcs', HCPCS)));
  const tables = withImport ? prepareUpdate([{ name: HCPCS, bytes }], bundled.meta, '2026-12-03').tables : [];
  const merged = mergeImported(bundled, tables);
  const ds = createDataset(merged.artifacts);
  const settings = defaultSettings();
  return {
    readSettings: async () => settings,
    writeLocalSettings: async () => undefined,
    writeSyncSettings: async () => undefined,
    onSettingsChanged: () => () => undefined,
    ask: <R extends BackgroundRequest>(req: R) =>
      answer(req as AnswerRequest, {
        dataset: async () => ds,
        merged: async () => merged,
        settings: async () => settings,
        content: () => createContentProvider({ dataset: ds }),
      }) as Promise<AnswerTo<R>>,
    activeTab: async () => ({ id: 1, url: 'chrome://newtab' }),
    hasOrigins: async () => false,
    requestOrigins: async () => false,
    readJson: readFixtureJson,
    getLocal: async () => ({}),
    setLocal: async () => undefined,
    removeLocal: async () => undefined,
    openOptions: () => undefined,
    importedTables: async () => tables.map(infoOf),
  };
}

async function openPopup(p: UiPort) {
  const root = document.createElement('div');
  document.body.append(root);
  render(
    <PopupApp
      port={p}
      meta={fixtureArtifacts().meta}
      now={() => performance.now()}
      idle={(fn) => fn()}
      close={() => undefined}
    />,
    root,
  );
  await until(() => root.querySelector('.cl-popup[data-ready-ms]'), 300);
  const search = async (q: string) => {
    const input = root.querySelector<HTMLInputElement>('#cl-search')!;
    input.value = q;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await flush(50);
    return [...root.querySelectorAll('[role=option]')].map((o) => o.getAttribute('data-code'));
  };
  return { root, search, close: () => render(null, root) };
}

describe('the popup after a HCPCS import', () => {
  it('finds the imported code by code and words, and names the imported release and import date', async () => {
    const popup = await openPopup(port(true));
    let codes: (string | null)[] = [];
    for (let i = 0; i < 40 && codes[0] !== 'J0999'; i++) codes = await popup.search('J0999');
    expect(codes[0]).toBe('J0999');
    expect(await popup.search('synthetic test code')).toContain('J0999');
    expect(popup.root.querySelector('.cl-popup-imported')?.textContent).toContain(
      'HCPCS Level II quarterly file, CMS release HCPCS 2026 July, as of 2026-07-01, imported by you on 2026-12-03',
    );
    expect(popup.root.querySelector('.cl-popup-foot')?.textContent).toMatch(/to 2026-07-01/);
    popup.close();
  });

  it('imports in use but the background cannot hand them over: bundled tables searched, and the footer says so', async () => {
    const failing = port(true);
    const ask = failing.ask;
    failing.ask = ((req: BackgroundRequest) =>
      req.type === 'popupToBg:searchTables'
        ? Promise.resolve({ ok: false, error: 'dataset not loaded' })
        : ask(req)) as UiPort['ask'];
    const popup = await openPopup(failing);
    expect(await popup.search('J0999')).not.toContain('J0999');
    expect(popup.root.querySelector('.cl-popup-imported-unavailable')?.textContent).toMatch(
      /imported CMS tables could not be read/,
    );
    expect(popup.root.querySelector('.cl-popup-foot')?.textContent).not.toMatch(/2026-07-01/);
    popup.close();
  });

  it('with the bundled data: J0999 is not found and no import is named', async () => {
    const popup = await openPopup(port(false));
    expect(await popup.search('J0999')).not.toContain('J0999');
    expect(popup.root.querySelector('.cl-popup-imported')).toBeNull();
    expect(popup.root.querySelector('.cl-popup-imported-unavailable')).toBeNull();
    expect(popup.root.querySelector('.cl-popup-foot')?.textContent).not.toMatch(/2026-07-01/);
    popup.close();
  });
});

// @vitest-environment happy-dom
/**
 * Options → Update data from CMS files over a fake port: the outcome of an update (what answers now, or the
 * refusal naming the file), the imported tables with what is in use, revert, and the policy switches.
 */
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import type { DataUpdatePort } from '../../../components/options/data-update-port';
import { DataUpdateSection } from '../../../components/options/DataUpdateSection';
import type { ImportedInfo } from '../../../lib/data-update/imported-table';
import type { UpdateOutcome } from '../../../lib/data-update/run-update';
import type { DatasetMeta } from '../../../lib/dataset/types';
import { emptyPolicy } from '../../../lib/policy/types';
import { fixtureArtifacts } from '../../helpers/fixture-dataset';

const bundled = fixtureArtifacts().meta;
const until = async <T,>(fn: () => T | null | undefined): Promise<T> => {
  for (let i = 0; i < 200; i++) {
    const v = fn();
    if (v) return v;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('timed out');
};
const ptp: ImportedInfo = {
  kind: 'ptp',
  release: 'v322r0',
  asOf: '2026-07-01',
  files: ['ccipra-v322r0-f1.txt'],
  rows: 24,
  importedOn: '2026-12-03',
};
const oldAoc: ImportedInfo = { ...ptp, kind: 'aoc', release: 'AOC_V2025Q1', asOf: '2025-01-01' };

function fakePort(outcome: UpdateOutcome) {
  let stored: ImportedInfo[] = [oldAoc];
  const calls: { keep: boolean; files: number }[] = [];
  const port: DataUpdatePort = {
    imported: async () => stored,
    async update(files, keep, onProgress) {
      calls.push({ keep, files: files.length });
      onProgress({ file: 'ccipra-v322r0-f1.txt', done: 1, total: 4 });
      if (outcome.ok) stored = [...stored, ptp];
      return outcome;
    },
    async revert() {
      stored = [];
    },
  };
  return { port, calls };
}

function mount(port: DataUpdatePort, disabled: ('cmsData' | 'descriptors')[] = []) {
  const root = document.createElement('div');
  document.body.append(root);
  const metas: DatasetMeta[] = [];
  const policy = { ...emptyPolicy(), disabledImports: disabled };
  render(<DataUpdateSection port={port} bundled={bundled} policy={policy} onMeta={(m) => metas.push(m)} />, root);
  return { root, metas };
}

function pick(root: HTMLElement, names: string[]) {
  const input = root.querySelector('#cms-files') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: names.map((n) => new File(['x'], n)), configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('Update data from CMS files', () => {
  it('an update lists what answers now; the imported PTP table is in use, an older AOC import is not', async () => {
    const { port, calls } = fakePort({
      ok: true,
      summary: ['NCCI PTP edits, practitioner: CMS release v322r0, as of 2026-07-01, 24 rows'],
      notes: [],
      descriptors: [],
    });
    const { root, metas } = mount(port);
    await until(() => root.querySelector('#data-update[data-loaded="true"]'));
    expect(root.querySelector('tr[data-kind="aoc"]')?.textContent).toMatch(
      /No: the bundled table \(as of 2026-04-01\)/,
    );
    pick(root, ['a.txt', 'b.txt']);
    (await until(() => root.querySelector<HTMLButtonElement>('#cms-update:not([disabled])'))).click();
    const done = await until(() => root.querySelector('.cl-data-update-done'));
    expect(done.textContent).toContain('CMS release v322r0, as of 2026-07-01');
    expect(calls).toEqual([{ keep: false, files: 2 }]);
    await until(() => root.querySelector('tr[data-kind="ptp"][data-used="true"]'));
    expect(metas.at(-1)?.tables.ptp).toMatchObject({ release: 'v322r0', importedOn: '2026-12-03' });
    (root.querySelector('#cms-revert') as HTMLButtonElement).click();
    await until(() => !root.querySelector('tr[data-kind="ptp"]') && root.textContent?.includes('No imported tables'));
    expect(metas.at(-1)).toBe(bundled);
  });

  it('a refused set shows the file and the problem as an alert', async () => {
    const error =
      'ccipra-v321r0-f1.txt, ccipra-v322r0-f2.txt: mixed releases in one PTP set (f1 is v321r0, f2 is v322r0)';
    const { root } = mount(fakePort({ ok: false, error }).port);
    await until(() => root.querySelector('#data-update[data-loaded="true"]'));
    pick(root, ['ccipra-v321r0-f1.txt']);
    (await until(() => root.querySelector<HTMLButtonElement>('#cms-update:not([disabled])'))).click();
    const alert = await until(() => root.querySelector('[role="alert"]'));
    expect(alert.textContent).toBe(`Nothing was changed. ${error}`);
  });

  it('the organisation can turn the update, or keeping CPT descriptors, off', async () => {
    const off = mount(fakePort({ ok: true, summary: [], notes: [], descriptors: [] }).port, ['cmsData']);
    await until(() => off.root.querySelector('#data-update[data-loaded="true"]'));
    expect(off.root.querySelector('#cms-files')).toBeNull();
    expect(off.root.querySelector('[data-off="policy"]')?.textContent).toMatch(/Turned off by your organisation/);
    const noCpt = mount(fakePort({ ok: true, summary: [], notes: [], descriptors: [] }).port, ['descriptors']);
    await until(() => noCpt.root.querySelector('#data-update[data-loaded="true"]'));
    expect(noCpt.root.querySelector('#cms-files')).not.toBeNull();
    expect(noCpt.root.querySelector('#cms-keep-cpt')).toBeNull();
  });
});

/**
 * The import store (lib/data-update/store.ts) over fake-indexeddb, and the bad inputs of an update
 * (lib/data-update/prepare.ts): each refused with a message naming the file, and nothing stored.
 */
import 'fake-indexeddb/auto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { CmsFileError } from '../../../lib/cms/release-file';
import type { CmsInputFile } from '../../../lib/cms/release-set';
import { prepareUpdate } from '../../../lib/data-update/prepare';
import { type DataStore, openDataStore } from '../../../lib/data-update/store';
import { fixtureArtifacts } from '../../helpers/fixture-dataset';

const FIXTURES = resolve(__dirname, '../../fixtures/cms-release');
const file = (dir: string, name: string) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) });
const ptpSet = () =>
  readdirSync(join(FIXTURES, 'ptp-v322r0'))
    .sort()
    .map((n) => file(join(FIXTURES, 'ptp-v322r0'), n));
const mueFile = () => file(join(FIXTURES, 'mue'), 'MCR_MUE_PractitionerServices_Eff_07-01-2026.csv');
const text = (s: string) => new TextEncoder().encode(s);
const meta = fixtureArtifacts().meta;

let open: DataStore[] = [];
const store = async () => {
  const s = await openDataStore(indexedDB);
  open.push(s);
  return s;
};
afterEach(async () => {
  for (const s of open) s.close();
  open = [];
  await new Promise((resolve) => {
    const del = indexedDB.deleteDatabase('claimlens-data');
    del.onsuccess = del.onerror = del.onblocked = resolve;
  });
});

describe('imported tables in IndexedDB', () => {
  it('survive a restart (a new connection), replace their kind on a new import, and revert to nothing', async () => {
    const first = prepareUpdate([...ptpSet(), mueFile()], meta, '2026-12-01').tables;
    await (await store()).put(first);
    const again = await store();
    const stored = await again.all();
    expect(stored.map((t) => [t.kind, t.release, t.importedOn]).sort()).toEqual([
      ['muePractitioner', 'MUE practitioner effective 2026-07-01', '2026-12-01'],
      ['ptp', 'v322r0', '2026-12-01'],
    ]);
    const ptp = stored.find((t) => t.kind === 'ptp');
    expect(ptp?.data).toEqual(first.find((t) => t.kind === 'ptp')?.data);
    await again.put(prepareUpdate(ptpSet(), meta, '2026-12-03').tables);
    expect((await again.all()).map((t) => `${t.kind}:${t.importedOn}`).sort()).toEqual([
      'muePractitioner:2026-12-01',
      'ptp:2026-12-03',
    ]);
    await again.clear();
    expect(await (await store()).all()).toEqual([]);
  });

  it('lists the tables without their rows (the options page never loads the edits)', async () => {
    const s = await store();
    await s.put(prepareUpdate([...ptpSet(), mueFile()], meta, '2026-12-01').tables);
    const list = await s.list();
    expect(list.map((t) => t.kind).sort()).toEqual(['muePractitioner', 'ptp']);
    expect(list.every((t) => !('data' in t))).toBe(true);
    expect(list.find((t) => t.kind === 'ptp')).toEqual({
      kind: 'ptp',
      release: 'v322r0',
      asOf: '2026-07-01',
      files: ['ccipra-v322r0-f1.txt', 'ccipra-v322r0-f2.txt', 'ccipra-v322r0-f3.txt', 'ccipra-v322r0-f4.txt'],
      rows: 24,
      importedOn: '2026-12-01',
    });
  });

  it('a database of the first layout (rows only) is listed after the upgrade', async () => {
    const [ptp] = prepareUpdate(ptpSet(), meta, '2026-12-01').tables;
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('claimlens-data', 1);
      open.onupgradeneeded = () => open.result.createObjectStore('tables', { keyPath: 'kind' });
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const tx = open.result.transaction('tables', 'readwrite');
        tx.objectStore('tables').put(ptp);
        tx.oncomplete = () => {
          open.result.close();
          resolve();
        };
      };
    });
    const s = await store();
    expect((await s.list()).map((t) => [t.kind, t.release])).toEqual([['ptp', 'v322r0']]);
    expect((await s.all())[0].data).toEqual(ptp.data);
  });

  it('a set is stored whole or not at all', async () => {
    const s = await store();
    const [ptp] = prepareUpdate(ptpSet(), meta, '2026-12-01').tables;
    // A record IndexedDB cannot store (a function inside) aborts the transaction: the valid one is not kept.
    const broken = { ...ptp, kind: 'aoc', data: { f: () => 1 } } as never;
    await expect(s.put([ptp, broken])).rejects.toThrow();
    expect(await s.all()).toEqual([]);
  });

  it('a damaged record is skipped when read', async () => {
    const s = await store();
    const [ptp] = prepareUpdate(ptpSet(), meta, '2026-12-01').tables;
    await s.put([ptp, { ...ptp, kind: 'aoc', asOf: 'soon' } as never]);
    expect((await s.all()).map((t) => t.kind)).toEqual(['ptp']);
  });
});

describe('bad input: a clear message naming the file, and nothing stored', () => {
  const spoilt: [string, () => CmsInputFile[], RegExp][] = [
    [
      'a zip that is not a CMS file',
      () => [{ name: 'claims-export.zip', bytes: zipSync({ 'claims.csv': text('a,b\n1,2\n') }) }],
      /^claims-export\.zip: holds no CMS release file/,
    ],
    ['a file that is not a CMS file', () => [{ name: 'photo.png', bytes: text('PNG') }], /^photo\.png: not a CMS/],
    [
      'a truncated file',
      () => ptpSet().map((f, i) => (i === 3 ? { ...f, bytes: f.bytes.subarray(0, f.bytes.length - 30) } : f)),
      /^ccipra-v322r0-f4\.txt: truncated/,
    ],
    [
      'a truncated zip',
      () => [{ name: 'ccipra-v322r0-f1.zip', bytes: zipSync({ 'x.txt': text('x'.repeat(500)) }).subarray(0, 40) }],
      /^ccipra-v322r0-f1\.zip: not a readable zip/,
    ],
    [
      'a file of another layout',
      () => [{ ...mueFile(), bytes: text('HCPCS,MOD,STATUS\n64633,,A\n') }],
      /^MCR_MUE_PractitionerServices_Eff_07-01-2026\.csv: /,
    ],
    [
      'an older release than the bundled one',
      () => ptpSet().map((f) => ({ ...f, name: f.name.replace('v322r0', 'v301r0') })),
      /^ccipra-v301r0-f1\.txt: PTP v301r0 as of 2024-04-01 is older than the one in use \(as of 2024-07-01\)/,
    ],
    [
      'mixed PTP releases (f1 of v321, f2 of v322)',
      () => ptpSet().map((f, i) => (i === 0 ? { ...f, name: 'ccipra-v321r0-f1.txt' } : f)),
      /ccipra-v321r0-f1\.txt.*mixed releases in one PTP set \(f1 is v321r0, f2 is v322r0/,
    ],
    [
      'CPT descriptors where none are expected (a PTP file with a descriptor column)',
      () =>
        ptpSet().map((f, i) =>
          i === 1
            ? {
                ...f,
                bytes: text(
                  new TextDecoder().decode(f.bytes).replace('\tStandards', '\tStandards\tSome descriptor text'),
                ),
              }
            : f,
        ),
      /^ccipra-v322r0-f2\.txt: line 7 has extra columns \(descriptor text\?\)/,
    ],
  ];

  it.each(spoilt)('%s', async (_, files, message) => {
    const s = await store();
    await s.put(prepareUpdate(ptpSet(), meta, '2026-12-01').tables);
    const before = await s.all();
    let error: unknown;
    try {
      await s.put(prepareUpdate(files(), meta, '2026-12-03').tables);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CmsFileError);
    expect((error as Error).message).toMatch(message);
    expect(await s.all()).toEqual(before);
  });
});

/**
 * The background keeps `local:pageCodeDelta` equal to how the loaded dataset's codes differ from the bundled
 * bitmap: after an imported HCPCS release it lists the release's new code (J0999 in the fixture), after a
 * revert it is removed, and an unchanged difference is not written again (each write wakes every content script).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { type BackgroundApi, installBackground } from '../../../lib/background/install';
import type { ImportedTable } from '../../../lib/data-update/imported-table';
import { prepareUpdate } from '../../../lib/data-update/prepare';
import { type CodeDelta, isCodeDelta, MAX_DELTA_CODES } from '../../../lib/dataset/known-codes';
import { pageCodesWriter } from '../../../lib/background/page-codes';
import { codeReport } from '../../../lib/lookup/code-report';
import { DATA_DIR } from '../../../scripts/node/load-dataset';
import { FIXTURE_DATASET_DIR } from '../../helpers/fixture-dataset';

const HCPCS = 'HCPC2026_JUL_ANWEB_07012026.txt';
const hcpcsImport = (): ImportedTable[] => {
  const bytes = new Uint8Array(readFileSync(join(__dirname, '../../fixtures/cms-release/hcpcs', HCPCS)));
  const meta = JSON.parse(readFileSync(join(DATA_DIR, 'meta.json'), 'utf8'));
  return prepareUpdate([{ name: HCPCS, bytes }], meta, '2026-12-03').tables;
};

const api = {
  runtime: { id: 'claimlens-test', getURL: (p: string) => p, onMessage: { addListener: () => {} } },
  tabs: { query: async () => [], sendMessage: async () => undefined },
} satisfies BackgroundApi;

const fetchFromDisk = async (url: string) => {
  const b = readFileSync(join(DATA_DIR, url.replace(/^\/data\//, '')));
  return { ok: true, status: 200, arrayBuffer: async () => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) };
};

describe('the pages’ code set follows the dataset in use', () => {
  it('writes the imported release’s new codes at once after an import, removes them after a revert', async () => {
    let stored: ImportedTable[] = [];
    let dataUpdated = () => {};
    let value = null as CodeDelta | null;
    const writes: (CodeDelta | null)[] = [];
    const { dataset } = installBackground(api, {
      settings: async () => {
        throw new Error('not asked');
      },
      imports: { read: async () => ({}), watch: () => {} },
      fetch: fetchFromDisk,
      importedTables: async () => stored,
      watchDataUpdate: (fn) => {
        dataUpdated = fn;
      },
      pageCodes: {
        read: async () => value,
        write: async (d) => {
          value = d;
          writes.push(d);
        },
      },
    });
    const settled = async (n: number) => {
      for (let i = 0; i < 600 && writes.length < n; i++) await new Promise((r) => setTimeout(r, 50));
    };

    await dataset();
    expect(writes).toEqual([]); // bundled data: nothing stored, nothing written

    stored = hcpcsImport();
    dataUpdated(); // the options page stamped local:dataUpdate: no question needed to reload
    await settled(1);
    expect(writes).toHaveLength(1);
    expect(value?.added).toContain('J0999');
    expect(value?.added).not.toContain('J1100');
    expect((await dataset()).has('J0999')).toBe(true);
    expect(codeReport(await dataset(), 'J0999').descriptor?.source).toMatch(
      /^HCPCS Level II quarterly file, CMS release HCPCS 2026 July, as of 2026-07-01, imported by you on 2026-12-03$/,
    );

    dataUpdated(); // the same tables again: the same difference is not written again
    await dataset();
    await new Promise((r) => setTimeout(r, 50));
    expect(writes).toHaveLength(1);

    stored = [];
    dataUpdated(); // Revert to bundled data
    await settled(2);
    expect(writes).toEqual([expect.objectContaining({ added: expect.arrayContaining(['J0999']) }), null]);
  }, 120_000);

  it('after an extension update, a stale difference is rewritten at once; with none stored nothing is loaded', async () => {
    for (const before of [{ added: ['J0999'], removed: [] }, null]) {
      let installed = () => {};
      let fetched = 0;
      let value: CodeDelta | null = before;
      const writes: (CodeDelta | null)[] = [];
      installBackground(
        {
          ...api,
          runtime: {
            ...api.runtime,
            onInstalled: {
              addListener: (fn) => {
                installed = () => fn({});
              },
            },
          },
        },
        {
          settings: async () => {
            throw new Error('not asked');
          },
          imports: { read: async () => ({}), watch: () => {} },
          fetch: (url) => {
            fetched++;
            return fetchFromDisk(url);
          },
          // The import a newer bundled release superseded is no longer in use: the bundled codes are.
          importedTables: async () => [],
          pageCodes: {
            read: async () => value,
            write: async (d) => {
              value = d;
              writes.push(d);
            },
          },
        },
      );
      installed();
      for (let i = 0; i < 600 && (before ? writes.length < 1 : i < 4); i++) await new Promise((r) => setTimeout(r, 50));
      expect(writes).toEqual(before ? [null] : []);
      if (!before) expect(fetched).toBe(0);
    }
  }, 120_000);

  it('writes the differences in the order the loads finished: a slow write of an import’s cannot land after the revert’s', async () => {
    const fixtureMeta = JSON.parse(readFileSync(join(FIXTURE_DATASET_DIR, 'meta.json'), 'utf8'));
    const bytes = new Uint8Array(readFileSync(join(__dirname, '../../fixtures/cms-release/hcpcs', HCPCS)));
    let stored = prepareUpdate([{ name: HCPCS, bytes }], fixtureMeta, '2026-12-03').tables;
    let dataUpdated = () => {};
    let value = null as CodeDelta | null;
    let releaseFirstRead = () => {};
    const firstRead = new Promise<void>((r) => {
      releaseFirstRead = r;
    });
    let reads = 0;
    const writes: (CodeDelta | null)[] = [];
    const { dataset } = installBackground(api, {
      settings: async () => {
        throw new Error('not asked');
      },
      imports: { read: async () => ({}), watch: () => {} },
      fetch: async (url) => {
        const b = readFileSync(join(FIXTURE_DATASET_DIR, url.replace(/^\/data\//, '')));
        return {
          ok: true,
          status: 200,
          arrayBuffer: async () => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength),
        };
      },
      importedTables: async () => stored,
      watchDataUpdate: (fn) => {
        dataUpdated = fn;
      },
      pageCodes: {
        // The import's difference meets a slow storage read; the revert's does not.
        read: async () => {
          if (reads++ === 0) await firstRead;
          return value;
        },
        write: async (d) => {
          value = d;
          writes.push(d);
        },
      },
    });
    dataUpdated(); // imported
    expect((await dataset()).has('J0999')).toBe(true);
    stored = [];
    dataUpdated(); // reverted at once
    expect((await dataset()).has('J0999')).toBe(false);
    releaseFirstRead();
    await vi.waitFor(() => expect(writes).toHaveLength(2));
    expect(writes).toEqual([expect.objectContaining({ added: expect.arrayContaining(['J0999']) }), null]);
    expect(value).toBeNull();
  });

  it('a difference longer than the pages accept is not written: the stored one is cleared and the error named', async () => {
    // Distinct codes of the bitmap's shape: A0000…A9999, B0000…
    const codes = (n: number) =>
      Array.from(
        { length: n },
        (_, i) => String.fromCharCode(65 + Math.floor(i / 10_000)) + String(i % 10_000).padStart(4, '0'),
      );
    let value: unknown = { added: ['J0999'], removed: [] };
    const writes: unknown[] = [];
    const errors: string[] = [];
    const write = pageCodesWriter(
      {
        read: async () => value,
        write: async (d) => {
          value = d;
          writes.push(d);
        },
      },
      (message) => errors.push(message),
    );
    const tooMany = { added: codes(MAX_DELTA_CODES + 1), removed: [] };
    expect(isCodeDelta(tooMany)).toBe(false); // what the content script would drop without a word
    await write(tooMany);
    expect(writes).toEqual([null]);
    expect(errors).toEqual([
      'ClaimLens: the imported CMS tables add 50,001 codes to the bundled set, more than pages can take (50,000); pages recognise the bundled codes, the hover cards answer from the imported tables.',
    ]);
    const atTheBound = { added: codes(MAX_DELTA_CODES), removed: [] };
    expect(isCodeDelta(atTheBound)).toBe(true);
    await write(atTheBound);
    expect(writes).toEqual([null, atTheBound]);
    expect(errors).toHaveLength(1);
  });
});

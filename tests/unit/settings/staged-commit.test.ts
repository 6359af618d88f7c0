import { describe, expect, it } from 'vitest';
import { type CommitPart, commitAll } from '../../../lib/settings/staged-commit';

/** A storage area holding one value, whose reads, writes and restores can be made to fail. */
function area(label: string, initial: string, fail: { write?: boolean; restore?: boolean; snapshot?: boolean } = {}) {
  const state = { value: initial };
  let writes = 0;
  const part: CommitPart = {
    label,
    snapshot: async () => {
      if (fail.snapshot) throw new Error('read failed');
      return state.value;
    },
    write: async () => {
      writes++;
      if (fail.write) {
        state.value = `${label}: half written`;
        throw new Error('QUOTA_BYTES quota exceeded');
      }
      state.value = `${label}: new`;
    },
    restore: async (before) => {
      // The first restore is the rollback; a failing area refuses it.
      if (fail.restore) throw new Error('restore failed');
      state.value = before as string;
    },
  };
  return { part, state, writes: () => writes };
}

describe('commitAll', () => {
  it('writes every part when all succeed', async () => {
    const a = area('sync', 'old');
    const b = area('local', 'old');
    expect(await commitAll([a.part, b.part])).toEqual({ ok: true });
    expect([a.state.value, b.state.value]).toEqual(['sync: new', 'local: new']);
  });

  it('a later part failing puts back the earlier ones and the half-written one: nothing changed', async () => {
    const a = area('sync', 'old A');
    const b = area('local', 'old B', { write: true });
    expect(await commitAll([a.part, b.part])).toEqual({
      ok: false,
      reason: 'saving local failed (QUOTA_BYTES quota exceeded)',
      notRestored: [],
    });
    expect([a.state.value, b.state.value]).toEqual(['old A', 'old B']);
  });

  it('the first part failing writes nothing else', async () => {
    const a = area('sync', 'old A', { write: true });
    const b = area('local', 'old B');
    const r = await commitAll([a.part, b.part]);
    expect(r).toMatchObject({ ok: false, notRestored: [] });
    expect(b.writes()).toBe(0);
    expect(a.state.value).toBe('old A');
  });

  it('a part that cannot be put back is named, never reported as unchanged', async () => {
    const a = area('your synced settings', 'old A', { restore: true });
    const b = area('local', 'old B', { write: true });
    expect(await commitAll([a.part, b.part])).toMatchObject({ ok: false, notRestored: ['your synced settings'] });
    expect(b.state.value).toBe('old B');
  });

  it('a snapshot that cannot be read stops before any write', async () => {
    const a = area('sync', 'old A');
    const b = area('local', 'old B', { snapshot: true });
    expect(await commitAll([a.part, b.part])).toMatchObject({ ok: false, notRestored: [] });
    expect(a.writes() + b.writes()).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { main } from '../../../scripts/claimlens';

async function run(...args: string[]) {
  let out = '';
  let err = '';
  const code = await main(['search', ...args], {
    out: (s) => {
      out += `${s}\n`;
    },
    err: (s) => {
      err += `${s}\n`;
    },
  });
  return { code, out, err };
}

// The first call loads the dataset and builds the index; allow for a busy machine.
describe('claimlens search', { timeout: 60_000 }, () => {
  it('prints { results: [{ code, label }] } with --json, ranked by the shared engine', async () => {
    const r = await run('64634', '--json');
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const parsed = JSON.parse(r.out);
    expect(Object.keys(parsed)).toEqual(['results']);
    expect(parsed.results[0].code).toBe('64634');
    for (const x of parsed.results) expect(Object.keys(x).sort()).toEqual(['code', 'label']);
  });

  it('lists word matches as a readable table', async () => {
    const r = await run('facet');
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n');
    expect(lines.length).toBe(20);
    expect(lines.slice(0, 10).map((l) => l.split(/\s+/)[0])).toEqual(expect.arrayContaining(['64633', '64634']));
  });

  it('honours --limit and says when nothing matches', async () => {
    expect(
      JSON.parse((await run('J11', '--json', '--limit', '2')).out).results.map((x: { code: string }) => x.code),
    ).toEqual(['J1100', 'J1105']);
    expect((await run('zzqqxxvv')).out.trim()).toBe('No codes match "zzqqxxvv".');
    expect(JSON.parse((await run('zzqqxxvv', '--json')).out)).toEqual({ results: [] });
  });

  it.each([
    [[''], /the query is empty/],
    [['   '], /the query is empty/],
    [['x'.repeat(101)], /limit is 100/],
    [[], /search needs <query>/],
    [['a', 'b'], /search takes one <query>; unexpected "b"/],
    [['facet', '--limit', '0'], /--limit must be/],
    [['facet', '--bogus'], /unknown option "--bogus" for search/],
  ])('rejects %j with one line on stderr and exit 2', async (args, message) => {
    const r = await run(...args);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(message);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });
});

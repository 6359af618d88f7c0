/**
 * `claimlens scan <file.html> [--json]`: output shape, offsets into the visible text, and one-line errors.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runCli } from '../../helpers/cli';
import { scanHtml } from '../../../scripts/cli/scan';
import { CORPUS_DIR } from './corpus-score';

const dir = mkdtempSync(join(tmpdir(), 'claimlens-scan-'));
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
const PAGE = `<!doctype html><html><head><title>99213</title><style>.x{display:none}</style><script>var z = "99214";</script></head>
<body><p>Billed 64633-RT and +64634-RT x2; office at Spokane, WA 99213.</p><p class="x">CPT 99215</p>
<table><thead><tr><th>Procedure</th><th>Mod</th><th>Units</th></tr></thead><tbody><tr><td>J3301</td><td></td><td>4</td></tr></tbody></table></body></html>`;

describe('claimlens scan', () => {
  it('--json prints { matches: [{ code, start, end, modifiers, units }] } with offsets into the visible text', async () => {
    const { code, out, err } = await runCli('scan', file('page.html', PAGE), '--json');
    expect(err).toBe('');
    expect(code).toBe(0);
    const { matches } = JSON.parse(out);
    expect(
      matches.map((m: { code: string; modifiers: string[]; units: number | null }) => [m.code, m.modifiers, m.units]),
    ).toEqual([
      ['64633', ['RT'], null],
      ['64634', ['RT'], 2],
      ['J3301', [], 4],
    ]);
    for (const m of matches)
      expect(Object.keys(m)).toEqual(expect.arrayContaining(['code', 'start', 'end', 'modifiers', 'units']));
    expect(matches[1].addOnMarker).toBe(true);
    const { text } = scanHtml(PAGE, () => true);
    for (const m of matches) expect(text.slice(m.start, m.end)).toBe(m.code);
    expect(text).not.toContain('99214');
    expect(text).not.toContain('99215');
  });

  it('prints a readable table without --json', async () => {
    const { code, out } = await runCli('scan', file('page2.html', PAGE));
    expect(code).toBe(0);
    expect(out).toMatch(/^CODE\s+SYSTEM\s+MODIFIERS\s+UNITS/);
    expect(out).toMatch(/\+64634\s+CPT\s+RT\s+2/);
    expect(out).toMatch(/3 codes/);
  });

  it('runs through the npm script as a separate process', () => {
    const r = spawnSync('npx', ['tsx', 'scripts/claimlens.ts', 'scan', resolve(CORPUS_DIR, 'x12-835.html'), '--json'], {
      cwd: resolve(CORPUS_DIR, '../../..'),
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    const { matches } = JSON.parse(r.stdout);
    expect(matches[0]).toMatchObject({ code: '64633', modifiers: ['RT'], units: 1 });
  }, 60_000);

  it.each([
    ['a missing file', () => join(dir, 'nope.html'), /no such file/],
    ['a directory', () => dir, /not a file/],
    [
      'a file that is not HTML',
      () => file('bin.html', 'just words 99213, no markup at all'),
      /does not look like HTML/,
    ],
    ['binary content', () => file('nul.html', '<p>\u0000\u0001</p>'), /does not look like HTML/],
    [
      'a file over 20 MB',
      () => {
        const p = file('big.html', '<p>x</p>');
        truncateSync(p, 20 * 1024 * 1024 + 1);
        return p;
      },
      /larger than 20 MB/,
    ],
  ])('rejects %s with one line on stderr and exit 2', async (_what, path, message) => {
    const { code, out, err } = await runCli('scan', path());
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toMatch(message);
    expect(err).not.toMatch(/\n\s+at /);
  });

  it('rejects a file that exists but cannot be read', async () => {
    // /proc/self/mem stats as a regular file but every read fails (EIO), even for root.
    const { code, err } = await runCli('scan', '/proc/self/mem');
    expect(code).toBe(2);
    expect(err.trim()).toBe('claimlens scan: cannot read "/proc/self/mem": not readable');
  });

  it('rejects missing or extra arguments and unknown flags', async () => {
    expect((await runCli('scan')).code).toBe(2);
    expect((await runCli('scan', 'a.html', 'b.html')).err).toMatch(/scan takes one <file.html>; unexpected "b.html"/);
    expect((await runCli('scan', 'a.html', '--csv')).err).toMatch(/unknown option "--csv" for scan/);
  });
});

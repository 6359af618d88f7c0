/**
 * `claimlens scan` on pages built to break it: each ends with a result or one clear line (exit 2), never
 * a stack trace or a heap crash. Run as real processes; the limits are the hang guard, not a timing check
 * (the time figures are in `npm run bench:cli`).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlShape } from '../../../scripts/cli/html-shape';
import { claimlens } from '../../helpers/cli';

const dir = mkdtempSync(join(tmpdir(), 'claimlens-scan-limits-'));
const page = (name: string, body: string) => {
  const p = join(dir, name);
  writeFileSync(p, `<!doctype html><html><body>${body}</body></html>`);
  return p;
};
const nested = (n: number) => `${'<div>'.repeat(n)}64633-RT${'</div>'.repeat(n)}`;
const rows = (n: number) =>
  `<table><tr><th>CPT</th><th>Mod</th><th>Units</th></tr>${'<tr><td>64633</td><td>RT</td><td>1</td></tr>'.repeat(n)}</table>`;

function oneLineError(r: ReturnType<typeof claimlens>, message: RegExp) {
  expect(r.code).toBe(2);
  expect(r.out).toBe('');
  const lines = r.err.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(message);
  expect(r.err).not.toMatch(/\n\s+at |RangeError|FATAL/);
}

describe('htmlShape', () => {
  it('counts elements and nesting; void, implied-end and raw-text elements do not nest', () => {
    expect(htmlShape(nested(300))).toEqual({ depth: 300, elements: 300 });
    expect(htmlShape('<ul><li>a<li>b<li><p>c<p>d<br><img src="x>y"></ul>')).toEqual({ depth: 1, elements: 8 });
    expect(htmlShape('<script>if (a<b) "<div><div>"</script><style>/*<div>*/</style><div></div>')).toEqual({
      depth: 1,
      elements: 3,
    });
    expect(htmlShape('<!-- <div><div> --><div><svg/></div></div></div>')).toEqual({ depth: 1, elements: 2 });
  });

  it('reads unclosed comments, tags and quotes in one pass (no quadratic rescans)', () => {
    expect(htmlShape('<!--'.repeat(500_000))).toEqual({ depth: 0, elements: 0 });
    expect(htmlShape('<a'.repeat(1_000_000))).toEqual({ depth: 0, elements: 0 });
    expect(htmlShape('<a "'.repeat(500_000))).toEqual({ depth: 0, elements: 0 });
  });
});

describe('claimlens scan on huge or hostile HTML', { timeout: 180_000 }, () => {
  it('nesting 5,000 deep: one line, exit 2 (was a RangeError stack from happy-dom)', () => {
    oneLineError(claimlens('scan', page('deep5k.html', nested(5_000))), /nests elements about 5,000 deep; scan reads/);
  });

  it('nesting 1,000,000 deep: one line, exit 2', () => {
    oneLineError(claimlens('scan', page('deep1m.html', nested(1_000_000))), /about 1,000,000 deep/);
  });

  it('a 200,000-row table (8.8 MB): one line, exit 2 (was a heap crash after minutes)', () => {
    oneLineError(
      claimlens('scan', page('rows200k.html', rows(200_000))),
      /has about 800,00\d elements; scan reads at most 100,000/,
    );
  });

  it('nesting 900 deep is still scanned', () => {
    const r = claimlens('scan', page('deep900.html', nested(900)), '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).matches.map((m: { code: string }) => m.code)).toEqual(['64633']);
  });

  it('one 18.9 MB text: a result, and it says the codes past the per-node cap were not read', () => {
    const text = '64633 99213 J1100 lorem ipsum '.repeat(630_000);
    const r = claimlens('scan', page('text19m.html', `<p>${text}</p>`));
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toMatch(
      /\n5000 codes\n1 text node held more than 5,000 codes; the codes after that in it were not read/,
    );
  });
});

/**
 * `npm run demo` end to end: runs the demo headless against the
 * e2e build (`--no-build`: the test run builds first) and checks what it prints and the screenshots it saves.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './harness';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runDemo(out: string): Promise<Run> {
  // No display: the demo must choose headless by itself, as on a CI machine.
  const env = { ...process.env };
  delete env.DISPLAY;
  delete env.WAYLAND_DISPLAY;
  return new Promise((done, fail) => {
    const child = spawn(resolve(REPO_ROOT, 'node_modules/.bin/tsx'), ['scripts/demo.ts', '--no-build', '--out', out], {
      cwd: REPO_ROOT,
      env,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

/** Width and height of a PNG, after checking its signature, IHDR chunk and IEND trailer. */
function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  expect(
    b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
    `${file}: PNG signature`,
  ).toBe(true);
  expect(b.toString('latin1', 12, 16), `${file}: IHDR first`).toBe('IHDR');
  expect(b.toString('latin1', b.length - 8, b.length - 4), `${file}: IEND last`).toBe('IEND');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** The printed popover text: the lines after the "64634 popover says" heading, up to the blank line. */
function popoverSection(stdout: string): string {
  const lines = stdout.split('\n');
  const start = lines.findIndex((l) => l.startsWith('The 64634 popover says'));
  expect(start, 'the demo prints the 64634 popover').toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((l, i) => i > start && l.trim() === '');
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}

describe('npm run demo (headless)', () => {
  const out = mkdtempSync(join(tmpdir(), 'claimlens-demo-'));
  let run: Run;

  beforeAll(async () => {
    run = await runDemo(out);
  }, 110_000);

  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('exits 0 and prints nothing on stderr', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it('saves valid PNG screenshots of the page, the panel, each popover and the ZIP hover', () => {
    const files = readdirSync(out)
      .filter((f) => f.endsWith('.png'))
      .sort();
    expect(files).toEqual([
      'claim-check-dark.png',
      'claim-check-light.png',
      'hover-zip-99204.png',
      'options-dark.png',
      'options-light.png',
      'page.png',
      'panel.png',
      'popover-64490.png',
      'popover-64634-dark.png',
      'popover-64634-light.png',
      'popover-64634-payer-notes.png',
      'popover-64634.png',
      'popover-J1100.png',
      'remittance-co97.png',
      'remittance.png',
    ]);
    for (const f of files) {
      const { width, height } = pngSize(join(out, f));
      expect(width, f).toBeGreaterThanOrEqual(1280);
      expect(height, f).toBeGreaterThanOrEqual(1000);
    }
    for (const f of files) expect(run.stdout).toContain(f);
  });

  it('hovers CO-97 on the remittance page and prints the PTP edit behind it', () => {
    expect(run.stdout).toMatch(
      /^ {2}Likely cause: 64633 \(line 1\) and 64634 \(line 2\) bundle 77003 — NCCI PTP edit/m,
    );
  });

  it('lists the detected codes with their modifiers and units', () => {
    expect(run.stdout).toMatch(/^ {2}64634 +mod RT, 2 units/m);
    expect(run.stdout).toMatch(/^ {2}64490 +mod 59, 1 unit/m);
    expect(run.stdout).toMatch(/^ {2}J1100 +10 units/m);
    expect(run.stdout).toMatch(/^ {2}99213 +mod 25, 1 unit/m);
  });

  it('marks no ZIP code, amount or ID, and a ZIP opens nothing', () => {
    const zips = /^ZIPs on the page: (\d+), marked: (\d+)/m.exec(run.stdout);
    expect(zips, 'ZIP line printed').not.toBeNull();
    expect(Number(zips![1])).toBeGreaterThanOrEqual(4);
    expect(Number(zips![2])).toBe(0);
    expect(run.stdout).toMatch(/^Marks on anything but a whole code .*: 0$/m);
    expect(run.stdout).toMatch(/^Hover ZIP 99204 .*: nothing opens$/m);
    const left = Number(/^Look-alikes left unmarked: (\d+)/m.exec(run.stdout)?.[1]);
    expect(left).toBeGreaterThan(0);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as {
      zips: { text: string; marked: boolean }[];
    };
    expect(summary.zips.map((z) => z.text).sort()).toEqual(['99204', '99207', '99212', '99220', '99223']);
    expect(summary.zips.filter((z) => z.marked)).toEqual([]);
  });

  it("prints the 64634 popover: primary 64633, MUE 4, the plain-language summary and the chosen payers' notes with sources", () => {
    const text = popoverSection(run.stdout);
    expect(text).toMatch(/primaries: 64633\b/);
    expect(text).toContain('MUE 4');
    expect(text).toMatch(/^ +Add-on for each additional .+ billed with 64633\.$/m);
    expect(text).toContain('ClaimLens plain-language summary (not the official descriptor)');
    expect(text).toMatch(/MUE, practitioner services.*, as of \d{4}-\d{2}-\d{2}/);
    for (const payer of ['Medicare', 'Aetna', 'UnitedHealthcare'])
      expect(text).toMatch(new RegExp(`▸ ${payer}\\b.*\\(([1-9]\\d*)\\)`));
    // At least one note, with its source and the date it was checked.
    expect(text).toMatch(/• .+\n +Source: .+checked \d{4}-\d{2}-\d{2}/);
    expect(readFileSync(join(out, 'popover-64634.txt'), 'utf8').trim()).toBe(
      text
        .split('\n')
        .map((l) => l.slice(2))
        .join('\n')
        .trim(),
    );
  });

  it('sends nothing beyond 127.0.0.1 and the extension, with no page or extension errors', () => {
    expect(run.stdout).toMatch(
      /^Requests to anything but 127\.0\.0\.1 and the extension: 0\. Page and extension errors: 0\.$/m,
    );
  });
});

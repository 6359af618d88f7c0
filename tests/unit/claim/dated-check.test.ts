/**
 * Date of service in the claim check and staleness notices in `check --json` / `lookup --json`.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli';
import { main } from '../../../scripts/claimlens';
import { quartersBetween } from '../../../lib/dataset/dates';
import { dataset } from './helpers';

/** Runs the CLI with "today" fixed, so notices that depend on today are stable. */
async function cliOn(today: string, ...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, {
    out: (s) => {
      out += `${s}\n`;
    },
    err: (s) => {
      err += `${s}\n`;
    },
    today: () => today,
  });
  return { code, out, err };
}

describe('check --dos', () => {
  it('reports the date applied and a terminated-code error for a code ended before it', async () => {
    const r = JSON.parse((await runCli('check', '--json', '--dos', '2025-03-01', 'G2012', '99213')).out);
    expect(r.dateOfService).toBe('2025-03-01');
    expect(r.findings.find((f: { rule: string }) => f.rule === 'terminated-code')).toMatchObject({
      codes: ['G2012'],
      terminatedOn: '2024-12-31',
    });
    const before = JSON.parse((await runCli('check', '--json', '--dos', '2024-06-03', 'G2012')).out);
    expect(before.findings.filter((f: { rule: string }) => f.rule === 'terminated-code')).toEqual([]);
  });

  it('stale tables become notices with quarters behind the date of service', async () => {
    const r = JSON.parse((await runCli('check', '--json', '--dos', '2026-11-02', '64633', '64634')).out);
    const ptp = r.notices.find((n: { table: string; kind: string }) => n.table === 'ptp' && n.kind === 'stale-table');
    expect(ptp).toEqual({
      kind: 'stale-table',
      table: 'ptp',
      asOf: dataset.source('ptp').asOf,
      dateOfService: '2026-11-02',
      quartersBehind: quartersBetween(dataset.source('ptp').asOf, '2026-11-02'),
      message: expect.stringMatching(
        /^NCCI PTP edits are from \d{4}-\d{2}-\d{2}, \d+ quarters before this date of service/,
      ),
    });
    // The bundled 2024 PTP table has no effective dates: said once, in words.
    if (!dataset.ptpDatesKnown)
      expect(r.notices).toContainEqual(expect.objectContaining({ kind: 'dates-unknown', table: 'ptp' }));
  });

  it('no notice for a table within one quarter of the date of service', async () => {
    const aocAsOf = dataset.source('aoc').asOf;
    const r = JSON.parse((await runCli('check', '--json', '--dos', aocAsOf, '64633')).out);
    expect(r.notices.map((n: { table: string }) => n.table)).not.toContain('aoc');
  });

  it('rejects a malformed --dos, and --dos with --csv', async () => {
    const bad = await runCli('check', '--dos', '2026-02-30', '64633');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--dos must be a date/);
    expect((await runCli('check', '--dos', '2026-01-02', '--csv', 'x.csv')).code).toBe(2);
  });

  it('without --dos the check uses today, and the text report warns before the findings', async () => {
    const r = await cliOn('2026-12-03', 'check', '64633', '64634');
    expect(r.out).toMatch(/date of service 2026-12-03/);
    expect(r.out).toMatch(/WARNING \(data\): NCCI PTP edits are from .* quarters before today/);
  });
});

describe('lookup notices', () => {
  it('lookup --json carries the same notices for today', async () => {
    const r = JSON.parse((await cliOn('2026-12-03', 'lookup', '64634', '--json')).out);
    expect(r.dateOfService).toBe('2026-12-03');
    expect(r.notices).toContainEqual(
      expect.objectContaining({ kind: 'stale-table', table: 'ptp', dateOfService: '2026-12-03' }),
    );
    const text = (await cliOn('2026-12-03', 'lookup', '64634')).out;
    expect(text.split('\n')[0]).toMatch(/^WARNING \(data\): /);
  });

  it('a lookup dated within a quarter of every table has no stale notice', async () => {
    const r = JSON.parse((await cliOn('2024-07-15', 'lookup', '64634', '--json')).out);
    expect(
      r.notices
        .filter((n: { table: string }) => n.table === 'ptp' || n.table === 'mueOutpatientHospital')
        .filter((n: { kind: string }) => n.kind === 'stale-table'),
    ).toEqual([]);
  });
});

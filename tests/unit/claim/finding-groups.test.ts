/** The claim check's findings arranged for reading (lib/claim/finding-groups.ts), over the real tables. */
import { describe, expect, it } from 'vitest';
import { affectedLine, firstSentence, groupFindings } from '../../../lib/claim/finding-groups';
import { parseClaimLines } from '../../../lib/claim';
import type { Finding } from '../../../lib/claim/types';
import { check } from './helpers';

describe('groupFindings', () => {
  it('a PTP edit belongs to its column 2 line, whatever the order of the lines', () => {
    for (const order of [
      ['64633', '77003'],
      ['77003', '64633'],
    ]) {
      const r = check(order);
      const ptp = r.findings.find((f) => f.rule === 'ptp-pair')!;
      expect(r.lines[affectedLine(ptp, r.lines)].code).toBe('77003');
    }
  });

  it('merges the PTP edits of one line that read alike, and keeps apart those that differ', () => {
    const r = check(['64633', '64634', '64490-59', '77003']);
    const g = groupFindings(r.lines, r.findings);
    const line4 = g.groups.find((x) => x.code === '77003')!;
    const ptp = line4.items.filter((i) => i.rule === 'ptp-pair');
    // With 64633 and 64634 (not bypassed): one item; with 64490-59 (bypassed by 59): another.
    expect(ptp.map((i) => `${i.severity} ${i.merged} ${i.codes.join(' ')}`)).toEqual([
      'warning 2 64633 64634 77003',
      'info 1 64490 77003',
    ]);
    expect(ptp[0].lines).toEqual([0, 1, 3]);
    // Sources merged without repeats: the PTP table once.
    expect(ptp[0].source.filter((s) => 'table' in s && s.table === 'ptp')).toHaveLength(1);
    expect(g.groups.reduce((n, x) => n + x.items.reduce((m, i) => m + i.merged, 0), 0)).toBe(r.findings.length);
  });

  it('identical findings become one; items are ordered error, warning, info within a line', () => {
    const lines = parseClaimLines(['64634']);
    const f = check(['64634']).findings[0];
    const g = groupFindings(lines, [f, { ...f }] as Finding[]);
    expect(g.groups).toHaveLength(1);
    expect(g.groups[0].items.map((i) => i.merged)).toEqual([1 + 1]);
    const mixed = groupFindings(lines, [
      { ...f, severity: 'info', message: 'b.' },
      { ...f, severity: 'error', message: 'a.' },
    ] as Finding[]);
    expect(mixed.groups[0].items.map((i) => i.severity)).toEqual(['error', 'info']);
    expect(mixed.groups[0].worst).toBe('error');
  });

  it('the summary counts findings, names the lines needing attention, and lists the clean lines', () => {
    const r = check(['64633', '64634x2', 'J1100x10']);
    const g = groupFindings(r.lines, r.findings);
    expect(g.clean).toEqual([0, 1, 2].filter((i) => !g.groups.some((x) => x.line === i)));
    const info = check(['64633', '64490-59']);
    expect(groupFindings(info.lines, info.findings).summary).toBe(
      '0 errors, 0 warnings and 1 info note on 1 of 2 lines. Nothing to fix; the notes say why.',
    );
  });

  it('firstSentence keeps the first sentence and caps it at 160 characters', () => {
    expect(firstSentence('One thing. Two things.')).toBe('One thing.');
    expect(firstSentence('x'.repeat(200))).toHaveLength(158);
  });
});

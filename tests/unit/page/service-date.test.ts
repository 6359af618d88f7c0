// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { parseBackgroundRequest } from '../../../lib/messages';
import { serviceDateOf } from '../../../lib/page/service-date';

function table(head: string[], rows: string[][]): HTMLTableRowElement[] {
  document.body.innerHTML = `<table><thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
  return [...document.querySelectorAll('tbody tr')] as HTMLTableRowElement[];
}

describe('the rows’ date of service', () => {
  it('reads the cell under a "DOS" / "Date of Service" header as an ISO date', () => {
    expect(
      serviceDateOf(
        table(
          ['Line', 'DOS', 'CPT'],
          [
            ['1', '03/14/2025', '64633'],
            ['2', '03/14/2025', '64634'],
          ],
        ),
      ),
    ).toBe('2025-03-14');
    expect(serviceDateOf(table(['Date of Service', 'Procedure'], [['2026-11-02', '64633']]))).toBe('2026-11-02');
  });

  it('no date column, an unreadable date or rows of different dates: none (the check then uses today)', () => {
    expect(serviceDateOf(table(['Line', 'CPT'], [['1', '64633']]))).toBeNull();
    expect(serviceDateOf(table(['DOS', 'CPT'], [['soon', '64633']]))).toBeNull();
    expect(
      serviceDateOf(
        table(
          ['DOS', 'CPT'],
          [
            ['03/14/2025', '64633'],
            ['03/15/2025', '64634'],
          ],
        ),
      ),
    ).toBeNull();
    expect(serviceDateOf([null])).toBeNull();
  });

  it('the message carries a valid ISO date only', () => {
    const lines = [{ code: '64633', modifiers: [], units: 1 }];
    expect(parseBackgroundRequest({ type: 'csToBg:checkClaim', lines, dateOfService: '2025-03-14' })).toMatchObject({
      dateOfService: '2025-03-14',
    });
    expect(parseBackgroundRequest({ type: 'csToBg:checkClaim', lines, dateOfService: '03/14/2025' })).toBeUndefined();
    expect(parseBackgroundRequest({ type: 'csToBg:checkClaim', lines })).not.toHaveProperty('dateOfService');
  });
});

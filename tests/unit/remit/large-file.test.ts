import { describe, expect, it } from 'vitest';
import { RemitReader } from '../../../lib/remit';
import { generateRemit835 } from '../../../scripts/bench/gen-remit-835';

describe('a 50 MB 835', () => {
  it('is read in chunks with a bad segment in the middle reported by number and every other claim kept', () => {
    const full = generateRemit835(1000);
    const lines = full.split('\n');
    const head = `${lines.slice(0, 7).join('\n')}\n`;
    const block = `${lines.slice(7, -4).join('\n')}\n`;
    const blockSegments = lines.slice(7, -4).length;
    let claims = 0;
    let maxLines = 0;
    const reader = new RemitReader((c) => {
      claims++;
      maxLines = Math.max(maxLines, c.lines.length);
    });
    reader.push(head);
    let bytes = head.length;
    let pushes = 0;
    while (bytes < 50 * 1024 * 1024) {
      const chunk = pushes === 30 ? block.replace('CAS*CO*97*310.00~', 'CAS*CO*97*3l0.00~') : block;
      reader.push(chunk);
      bytes += chunk.length;
      pushes++;
    }
    reader.push('SE*1*0001~\nGE*1*900~\nIEA*1*000000900~\n');
    reader.finish();
    expect(claims).toBe(pushes * 1000);
    expect(maxLines).toBe(3);
    expect(reader.problems).toHaveLength(1);
    const at = reader.problems[0];
    expect(at.message).toBe('amount for reason 97 (CAS03) "3l0.00" is not an amount');
    // The bad CAS is the 13th segment of the 31st block (7 header segments before the blocks).
    expect(at.segment).toBe(7 + 30 * blockSegments + 13);
  });
});

// @vitest-environment happy-dom
/**
 * The claim check's computed-style re-read (lib/page/line-recheck.ts over lib/detect/seen.ts): text a stylesheet
 * hides never becomes a line, and a hidden modifier never reaches one.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { collectCodes } from '../../../lib/detect/collect-dom';
import { isTransparent, seenCheck } from '../../../lib/detect/seen';
import { claimLinesFrom } from '../../../lib/page/claim-lines';
import { seenRecheck } from '../../../lib/page/line-recheck';
import { isKnown } from './dom-helpers';

const TABLE = (rows: string) => `
  <style>.tiny{font-size:0}.gone{display:none}.ghost{color:transparent}.faded{opacity:0}.veiled{visibility:hidden}
    .sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}</style>
  <table><thead><tr><th>Procedure</th><th>Mod</th><th>Units</th></tr></thead><tbody>${rows}</tbody></table>`;

function lines(html: string) {
  document.head.innerHTML = '';
  document.body.innerHTML = html;
  const found = collectCodes(document.body, document, { isKnown, keepRow: false });
  const plain = claimLinesFrom(found).lines.map(
    (l) => `${l.line.code}${l.line.modifiers.map((m) => `-${m}`).join('')}`,
  );
  const read = claimLinesFrom(found, undefined, seenRecheck(document, window, isKnown));
  return {
    plain,
    seen: read.lines.map((l) => `${l.line.code}${l.line.modifiers.map((m) => `-${m}`).join('')}`),
    skipped: read.skipped.map((s) => `${s.code}: ${s.reason}`),
  };
}

describe('claim lines read as the user sees them', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('a zero-font-size code is detected by the scan but never becomes a line', () => {
    const r = lines(
      TABLE(
        '<tr><td><span class="tiny">64633</span></td><td></td><td>1</td></tr><tr><td>64634</td><td></td><td>1</td></tr>',
      ),
    );
    expect(r.plain).toEqual(['64633', '64634']);
    expect(r.seen).toEqual(['64634']);
    expect(r.skipped).toEqual(['64633: hidden on the page, so not counted as a line']);
  });

  it('a class-hidden "-59" after the code and a class-hidden 59 in the Mod cell never reach the line', () => {
    const r = lines(
      TABLE(
        '<tr><td>64490<span class="gone">-59</span></td><td></td><td>1</td></tr>' +
          '<tr><td>64491</td><td><span class="gone">59</span></td><td>1</td></tr>' +
          '<tr><td>64492</td><td>59</td><td>1</td></tr>',
      ),
    );
    expect(r.plain).toEqual(['64490-59', '64491-59', '64492-59']);
    expect(r.seen).toEqual(['64490', '64491', '64492-59']);
  });

  // Clipping (`clip`, `clip-path`, a 1px overflow box) needs a layout engine: tests/e2e/trust/hostile-hidden.test.ts.
  it('transparent, zero-opacity and visibility:hidden text are hidden; plain text is seen', () => {
    const r = lines(
      TABLE(
        ['ghost', 'faded', 'veiled']
          .map((c) => `<tr><td><span class="${c}">64633</span></td><td></td><td>1</td></tr>`)
          .join('')
          .concat('<tr><td><span>64634</span></td><td></td><td>1</td></tr>'),
      ),
    );
    expect(r.plain).toHaveLength(4);
    expect(r.seen).toEqual(['64634']);
  });

  it('reads transparent colours', () => {
    expect(isTransparent('transparent')).toBe(true);
    expect(isTransparent('rgba(0, 0, 0, 0)')).toBe(true);
    expect(isTransparent('rgb(0 0 0 / 0)')).toBe(true);
    expect(isTransparent('rgba(0, 0, 0, 0.5)')).toBe(false);
    expect(isTransparent('rgb(0, 0, 0)')).toBe(false);
  });

  it('an element whose text is visible is never hidden by the check', () => {
    document.body.innerHTML = '<p id="p">64634</p>';
    const seen = seenCheck(window);
    const p = document.getElementById('p')!;
    expect(seen.isHidden(p)).toBe(false);
    expect(seen.isTextHidden(p)).toBe(false);
  });
});

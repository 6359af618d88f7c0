// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { codeDetails } from '../../../lib/background/answer';
import { createContentProvider } from '../../../lib/editorial/content-provider';
import type { CodeDetails as Details } from '../../../lib/messages';
import { defaultSettings } from '../../../lib/settings/defaults';
import { fixtureDataset } from '../../helpers/fixture-dataset';
import { CodeDetails } from '../../../components/CodeDetails';

const ds = fixtureDataset();
function show(code: string, payers: string[], opts: { mac?: string; plan?: string } = {}): HTMLElement {
  const s = defaultSettings();
  s.payers.selected = payers;
  const content = createContentProvider({ dataset: ds, macJurisdiction: opts.mac, bcbsPlan: opts.plan });
  const d: Details = codeDetails(ds, s, content, { code, pageCodes: [] });
  const root = document.createElement('div');
  document.body.append(root);
  render(<CodeDetails details={d} />, root);
  return root;
}
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ');
const note = (root: Element, id: string) => root.querySelector(`[data-note="${id}"]`);

afterEach(() => {
  document.body.innerHTML = '';
});

describe('payer note sources in the details view', () => {
  it('64636 with MAC J15: the CGS note and its conflict with the CMS add-on edits are shown together', () => {
    const root = show('64636', ['medicare'], { mac: 'J15' });
    const cgs = note(root, 'medicare-j15-t12-l1');
    expect(text(cgs)).toMatch(/64633 and 64636/);
    const conflict = cgs?.querySelector('.cl-conflict');
    expect(text(conflict)).toMatch(/Conflict with a CMS table: The CMS add-on code edits \(as of \d{4}-\d{2}-\d{2}\)/);
    expect(text(conflict)).toMatch(/only 64635 as the primary for 64636/);
    expect(text(conflict)).toMatch(/claim check follows the CMS table/);
    expect(cgs?.querySelector('.cl-source a')?.getAttribute('href')).toMatch(/^https:\/\/cgsmedicare\.com\//);
  });

  it('a note without conflict shows none', () => {
    const root = show('64634', ['medicare'], { mac: 'JF' });
    expect(root.querySelectorAll('.cl-conflict').length).toBe(0);
  });

  it('the http-only BCBSNC notice keeps its address as text, not as a link', () => {
    const root = show('64633', ['bcbs'], { plan: 'bcbs-nc' });
    const nc = note(root, 'bcbs-nc-prior-review');
    expect(nc?.querySelector('a')).toBeNull();
    expect(text(nc)).toMatch(/address, not linked: http:\/\/www\.bcbsnc\.com\//);
  });

  it('dates as the source states them; a fact-sheet note says no dated reading is recorded', () => {
    const root = show('64633', ['cigna', 'bcbs'], { plan: 'bcbs-nd' });
    expect(text(note(root, 'bcbs-nd-rf-criteria'))).toMatch(
      /effective 2018-07-01, revised 2018-05-14; checked 2026-12-03 \(content review\)/,
    );
    expect(text(note(root, 'cigna-prior-auth'))).toMatch(/date not stated; no dated reading recorded/);
    expect(text(note(root, 'bcbs-nd-rf-repeat'))).toMatch(/Also: BCBSND Medical Policy/);
  });
});

// @vitest-environment happy-dom
/** The panel's claim-check section and the panel's "Check this claim" button and C key, over real CMS data. */
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { ClaimCheck, scopeSentence, type ClaimCheckState } from '../../../components/ClaimCheck';
import { CodePanel } from '../../../components/CodePanel';
import { FindingsSection } from '../../../components/FindingsSection';
import { checkClaim } from '../../../lib/claim/check-claim';
import type { ClaimLine } from '../../../lib/claim/types';
import { checkedTables } from '../../../lib/background/answer';
import { fixtureDataset } from '../../helpers/fixture-dataset';

const flush = () => new Promise((r) => setTimeout(r, 0));
const line = (code: string, units = 1, modifiers: string[] = []): ClaimLine => ({ code, modifiers, units });

function ready(lines: ClaimLine[], scope: ClaimCheckState['scope'] = { kind: 'selection' }): ClaimCheckState {
  const ds = fixtureDataset();
  const result = checkClaim(lines, ds);
  return { scope, lines, skipped: [], answer: { kind: 'ready', result, tables: checkedTables(ds, result.setting) } };
}

function show(state: ClaimCheckState): HTMLElement {
  const root = document.createElement('div');
  render(<ClaimCheck state={state} onClose={() => undefined} />, root);
  return root;
}

describe('ClaimCheck', () => {
  it('an outpatient hospital check without outpatient PTP edits never says "no PTP problems"', () => {
    const ds = fixtureDataset();
    const result = checkClaim([line('64633')], ds, { setting: 'outpatientHospital' });
    const state: ClaimCheckState = {
      scope: { kind: 'selection' },
      lines: result.lines,
      skipped: [],
      answer: { kind: 'ready', result, tables: checkedTables(ds, result.setting) },
    };
    const root = show(state);
    expect(root.querySelector('.cl-claim-setting')?.getAttribute('data-setting')).toBe('outpatientHospital');
    const clean = root.querySelector('.cl-claim-clean')!.textContent ?? '';
    expect(clean).toMatch(/^No NCCI add-on or MUE problems found among these 1 line/);
    expect(clean).not.toContain('PTP');
    expect(root.querySelector('.cl-claim-notchecked li[data-rule="ptp-pair"]')?.textContent).toContain(
      'Update data from CMS files',
    );
    expect(show(ready([line('64633')])).querySelector('.cl-claim-clean')!.textContent).toMatch(
      /^No NCCI add-on, PTP, MUE or bilateral problems found/,
    );
  });

  it('shows each finding with a severity word, its codes and lines, the message and dated sources', () => {
    const root = show(ready([line('64634'), line('0213T')]));
    const items = [...root.querySelectorAll('.cl-claim-finding')];
    expect(items.map((e) => `${e.getAttribute('data-severity')} ${e.getAttribute('data-rule')}`)).toEqual([
      'error addon-without-primary',
      'error ptp-pair',
    ]);
    const ptp = items[1];
    expect(ptp.querySelector('.cl-sev')!.textContent).toContain('Error');
    expect(ptp.querySelector('.cl-claim-codes')!.textContent).toBe('64634 + 0213T');
    expect(ptp.textContent).toContain('lines 1, 2');
    expect(ptp.querySelector('.cl-claim-message')!.textContent).toContain('modifier indicator 0');
    expect(ptp.querySelector('.cl-source')!.textContent).toMatch(/NCCI PTP edits.*as of \d{4}-\d{2}-\d{2}/);
    // The long explanation is there, but collapsed behind a one-line headline.
    expect(ptp.querySelector('details.cl-claim-more')!.hasAttribute('open')).toBe(false);
    expect(ptp.querySelector('.cl-claim-headline')!.textContent).toBe(
      'Never paid with 64634 (line 1): NCCI PTP edit with modifier indicator 0.',
    );
    // Summary first: before the scope sentence and every finding.
    const summary = root.querySelector('.cl-claim-summary')!;
    expect(summary.textContent).toBe(
      '2 errors, 0 warnings and 0 info notes on 2 of 2 lines. Needs attention: line 1 (64634), line 2 (0213T). Payer-specific rules are not checked.',
    );
    expect(summary.compareDocumentPosition(root.querySelector('.cl-claim-scope')!) & 4).toBeTruthy();
    expect(root.querySelector('.cl-claim-clean')).toBeNull();
  });

  it('groups findings under the line they affect and merges the PTP edits that read alike (demo claim)', () => {
    const demo = [
      line('64633', 1, ['RT']),
      line('64634', 2, ['RT']),
      line('64490', 1, ['59']),
      line('77003'),
      line('J1100', 10),
      line('99213', 1, ['25']),
    ];
    const root = show(ready(demo, { kind: 'rowGroup', code: '64634' }));
    const groups = [...root.querySelectorAll('.cl-claim-group')];
    expect(groups.map((g) => `${g.getAttribute('data-line')} ${g.getAttribute('data-worst')}`)).toEqual([
      '3 info',
      '4 error',
      '6 info',
    ]);
    const line4 = groups[1];
    expect(line4.querySelector('.cl-claim-group-head')!.textContent).toContain('Line 4 · 77003 ×1');
    // 77003's two PTP warnings (with 64633 and 64634) are one entry naming both partners.
    const ptp = line4.querySelector('.cl-claim-finding[data-severity="warning"]')!;
    expect(ptp.getAttribute('data-merged')).toBe('2');
    expect(ptp.querySelector('.cl-claim-headline')!.textContent).toBe(
      'Denied as billed with 64633 (line 1), 64634 (line 2): NCCI PTP edit; a modifier is allowed only for distinct services.',
    );
    expect(root.querySelector('.cl-claim-clean-lines')!.textContent).toBe(
      'No finding on lines 1 (64633), 2 (64634), 5 (J1100).',
    );
    expect(root.querySelector('.cl-claim-summary')!.textContent).toContain('Needs attention: line 4 (77003).');
  });

  it('a clean claim is said in full with the tables and their dates, never a bare OK', () => {
    const root = show(ready([line('64633', 1, ['RT']), line('64634', 2)]));
    const ds = fixtureDataset();
    const clean = root.querySelector('.cl-claim-clean')!.textContent!;
    expect(clean).toContain('No NCCI add-on, PTP, MUE or bilateral problems found among these 2 lines');
    expect(clean).toContain(`${ds.source('ptp').title} as of ${ds.source('ptp').asOf}`);
    expect(clean).toContain(`${ds.source('aoc').title} as of ${ds.source('aoc').asOf}`);
    expect(clean).toMatch(/Payer-specific rules are not checked\.$/);
    expect(root.textContent).not.toMatch(/\bOK\b/);
  });

  it('lists what could not be checked: unknown codes and rules without data', () => {
    // 99999 is in no CMS table; J3490 (unclassified drug) has no practitioner MUE, so its units go unchecked.
    const root = show(ready([line('64633'), line('99999'), line('J3490')]));
    expect(root.querySelector('[data-rule="unknown-code"]')!.textContent).toContain('99999');
    const notChecked = [...root.querySelectorAll('.cl-claim-notchecked li')];
    expect(notChecked.map((li) => li.getAttribute('data-rule'))).toEqual(['mue-exceeded']);
    expect(notChecked[0].textContent).toMatch(
      /^J3490: no practitioner MUE in .* \(as of \d{4}-\d{2}-\d{2}\); units were not checked$/,
    );
    expect(root.querySelector('.cl-claim-notchecked')!.textContent).toContain(
      'no finding here does not mean no problem',
    );
  });

  it('lists page codes that were not sent, and says where the lines came from', () => {
    const state: ClaimCheckState = {
      scope: { kind: 'rowGroup', code: '64490' },
      lines: [],
      answer: { kind: 'error', message: 'No claim lines to check here.' },
      skipped: [{ code: '64495', reason: 'part of the written range 64490–64495, not a billed line' }],
    };
    const root = show(state);
    expect(root.querySelector('.cl-claim-skipped li')!.textContent).toBe(
      '64495: part of the written range 64490–64495, not a billed line',
    );
    expect(root.querySelector('[role="alert"]')!.textContent).toBe('No claim lines to check here.');
    expect(scopeSentence(state)).toBe('Checked 0 lines from the table section around 64490 (no codes were selected).');
    expect(
      scopeSentence({ ...state, scope: { kind: 'page' }, lines: [line('64633')], answer: { kind: 'loading' } }),
    ).toBe('Checking 1 line: every code on this page (no codes were selected and no code was pointed at).');
  });
});

describe('CodePanel claim check', () => {
  it('the button and the C key pass the selected code; the result renders above the list', async () => {
    const checks: (string | undefined)[] = [];
    const root = document.createElement('div');
    document.body.append(root);
    render(
      <CodePanel
        codes={[
          { code: '64633', count: 1 },
          { code: '64634', count: 1 },
        ]}
        onOpen={() => undefined}
        onClose={() => undefined}
        onCheck={(c) => checks.push(c)}
        claim={<p class="probe">result</p>}
      />,
      root,
    );
    await flush();
    const list = root.querySelector('[role="listbox"]') as HTMLElement;
    list.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    await flush();
    list.dispatchEvent(new KeyboardEvent('keydown', { key: 'c', bubbles: true }));
    list.dispatchEvent(new KeyboardEvent('keydown', { key: 'c', ctrlKey: true, bubbles: true })); // Ctrl+C copies; no check
    (root.querySelector('.cl-check') as HTMLButtonElement).click();
    expect(checks).toEqual(['64634', '64634']);
    expect(root.querySelector('.probe')!.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(root.querySelector('.cl-hint')!.textContent).toContain('C to check the claim');
  });
});

describe('FindingsSection (the popover)', () => {
  it('shows each finding’s first sentence; the rest and its dated sources are collapsed behind More', () => {
    const result = checkClaim([line('64633'), line('64490', 1, ['59'])], fixtureDataset());
    const root = document.createElement('div');
    render(<FindingsSection findings={result.findings} state={undefined} />, root);
    const item = root.querySelector('.cl-finding[data-rule="ptp-pair"]')!;
    const details = item.querySelector('details.cl-claim-more')!;
    expect(details.hasAttribute('open')).toBe(false);
    const visible = item.textContent!.slice(0, item.textContent!.indexOf(details.textContent!));
    expect(visible).toMatch(/^info: 64633 and 64490 form an NCCI PTP edit .*64490 is column 2\.$/);
    expect(details.querySelector('.cl-claim-message')!.textContent).toMatch(/^Bypassed by 59/);
    expect(details.querySelector('.cl-source')!.textContent).toMatch(/NCCI PTP edits.*as of \d{4}-\d{2}-\d{2}/);
  });
});

// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { codeDetails } from '../../../lib/background/answer';
import { codeReport } from '../../../lib/lookup/code-report';
import { createContentProvider } from '../../../lib/editorial/content-provider';
import { summaryOf } from '../../../lib/editorial/summaries';
import type { CodeDetails as Details } from '../../../lib/messages';
import { defaultSettings } from '../../../lib/settings/defaults';
import { fixtureDataset } from '../../helpers/fixture-dataset';
import { CodeDetails } from '../../../components/CodeDetails';

const ds = fixtureDataset();
function details(code: string, payers: string[] = ['medicare', 'aetna'], pageCodes: string[] = []): Details {
  const s = defaultSettings();
  s.payers.selected = payers;
  return codeDetails(ds, s, createContentProvider({ dataset: ds }), { code, pageCodes });
}
function show(d: Details, sections: Record<string, 'shown' | 'collapsed' | 'hidden'> = {}): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(<CodeDetails details={d} sections={sections} />, root);
  return root;
}
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ');

afterEach(() => {
  document.body.innerHTML = '';
});

describe('CodeDetails', () => {
  it('shows each stale table as a warning in words at the top, and nothing when the data is current', () => {
    const d = details('64634');
    d.report = codeReport(ds, '64634', { dateOfService: '2026-12-03' });
    const root = show(d);
    // At the top: right under the heading and its verdict strip.
    const top = [...(root.firstElementChild?.children ?? [])].slice(0, 3).map((e) => e.className);
    expect(top).toEqual(['cl-head', 'cl-verdict', 'cl-data-notices']);
    const box = root.querySelector('.cl-data-notices');
    expect(box?.getAttribute('role')).toBe('note');
    expect(text(box?.querySelector('[data-table="ptp"][data-kind="stale-table"]') ?? null)).toMatch(
      /NCCI PTP edits are from \d{4}-\d{2}-\d{2}, \d+ quarters before this date of service/,
    );
    document.body.innerHTML = '';
    const fresh = details('64634');
    fresh.report = { ...fresh.report, notices: [] };
    expect(show(fresh).querySelector('.cl-data-notices')).toBeNull();
  });

  it('64634: add-on with primary 64633, MUE 4 with MAI 3 in words, payer sections, each fact with source and as-of date', () => {
    const root = show(details('64634', ['medicare', 'aetna'], ['64633']));
    expect(text(root.querySelector('.cl-code'))).toBe('64634');
    expect(text(root.querySelector('.cl-primaries'))).toBe('64633');
    const mue = root.querySelector('[data-mue="Practitioner"]');
    expect(text(mue)).toContain('MUE 4');
    expect(text(mue)).toContain('appeal with documentation');
    for (const section of ['addOn', 'ptp', 'mue', 'pfs', 'opps']) {
      const src = root.querySelector(`[data-section="${section}"] .cl-source`);
      expect(text(src), section).toMatch(/, as of \d{4}-\d{2}-\d{2}/);
    }
    expect([...root.querySelectorAll('[data-payer]')].map((e) => e.getAttribute('data-payer'))).toEqual([
      'medicare',
      'aetna',
    ]);
    expect((root.querySelector('[data-payer="medicare"]') as HTMLDetailsElement).open).toBe(true);
    expect((root.querySelector('[data-payer="aetna"]') as HTMLDetailsElement).open).toBe(false);
    expect(root.querySelectorAll('[data-payer="medicare"] .cl-payer-note').length).toBeGreaterThan(0);
    expect(text(root.querySelector('[data-payer="medicare"] .cl-source'))).toMatch(/checked \d{4}-\d{2}-\d{2}/);
  });

  it('a CPT code with no bundled descriptor says so plainly and shows its category', () => {
    const code = ds
      .allCodes()
      .find((c) => /^\d{5}$/.test(c) && !summaryOf(c) && c >= '20000' && ds.info(c)?.status === 'active')!;
    const root = show(details(code));
    const p = text(root.querySelector('.cl-no-descriptor'));
    expect(p).toContain('No descriptor bundled for this CPT code');
    expect(p).toMatch(/Category: .+/);
  });

  it('missing data reads as "no data", never as fine', () => {
    const d = details('64634');
    d.report.mue.outpatientHospital = null;
    d.report.pfs = null;
    d.report.opps = null;
    const root = show(d);
    expect(text(root.querySelector('[data-section="mue"]'))).toContain(
      'no MUE in the table (no data; this does not mean units are unlimited)',
    );
    expect(text(root.querySelector('[data-section="pfs"]'))).toContain('no data');
    expect(text(root.querySelector('[data-section="opps"]'))).toContain('no data');
  });

  it('with no payers chosen, points to options; a chosen payer without notes says no data', () => {
    expect(text(show(details('64634', [])).querySelector('[data-section="payerNotes"]'))).toContain('No payers chosen');
    const d = details('J1100', ['cigna']);
    d.report.payerNotes = [];
    const cigna = show(d).querySelector('[data-payer="cigna"]');
    expect(cigna?.querySelectorAll('.cl-payer-note').length).toBe(0);
    expect(text(cigna)).toContain('no data; not a statement that the payer has no rule');
  });

  it('shows PTP pairs found on the page as a bundling table, the meaning explained once behind "?"', () => {
    const root = show(details('64633', [], ['64490', '0213T']));
    expect(text(root.querySelector('[data-section="ptp"] summary'))).toBe('Bundling (NCCI PTP)');
    const row = (p: string) => [...root.querySelectorAll(`[data-partner="${p}"] td`)].map((td) => text(td));
    expect(row('64490')).toEqual(['64490', '1', 'yes, if distinct', '—', '—']);
    expect(row('0213T')).toEqual(['0213T', '1', '✖ no', '—', '—']);
    expect(root.querySelectorAll('[data-section="ptp"] .cl-why')).toHaveLength(1);
    expect(text(root.querySelector('[data-section="ptp"] .cl-why'))).toMatch(/64490: [a-z]/);
  });

  it('an E&M code is told modifier 25 and never 59, and is not called "not an add-on" over a list', () => {
    const root = show(details('99213', [], ['64490', '64633']));
    const all = text(root);
    expect(all).not.toMatch(/\b59\b/);
    expect(all).not.toContain('Not an add-on code');
    expect(text(root.querySelector('[data-partner="64490"]'))).toContain('25 on the E&M');
    expect((root.querySelector('[data-section="addOn"] .cl-why') as HTMLDetailsElement).open).toBe(false);
  });

  it("merges identical MUE rows and lists each section's sources once in its footer", () => {
    const root = show(details('64634'));
    const rows = root.querySelectorAll('[data-section="mue"] li');
    const d = details('64634').report.mue;
    const same =
      d.practitioner?.units === d.outpatientHospital?.units && d.practitioner?.mai === d.outpatientHospital?.mai;
    expect(rows).toHaveLength(same && d.practitioner?.rationale === d.outpatientHospital?.rationale ? 1 : 2);
    expect(text(root.querySelector('[data-section="mue"]'))).not.toContain('Rationale:');
    const footer = text(root.querySelector('[data-section="mue"] .cl-section-sources'));
    expect(footer).toMatch(/^Sources?: .*as of \d{4}-\d{2}-\d{2}/);
  });

  it("keeps the summary's what-is-done, documentation and note collapsed by default", () => {
    const root = show(details('64634'));
    const more = root.querySelector('.cl-summary-more') as HTMLDetailsElement;
    expect(more.open).toBe(false);
    expect(more.querySelector('.cl-what')).not.toBeNull();
    expect(more.querySelector('.cl-documentation')).not.toBeNull();
  });

  it('honours section preferences: collapsed sections are closed, hidden ones absent', () => {
    const root = show(details('64634'), { pfs: 'collapsed', opps: 'hidden' });
    expect((root.querySelector('[data-section="pfs"]') as HTMLDetailsElement).open).toBe(false);
    expect((root.querySelector('[data-section="mue"]') as HTMLDetailsElement).open).toBe(true);
    expect(root.querySelector('[data-section="opps"]')).toBeNull();
  });

  it('renders hostile text from data as text, never as markup', () => {
    const d = details('64634');
    d.report.payerNotes = [
      {
        id: 'x',
        payer: 'medicare',
        payerName: 'Medicare',
        text: '<img src=x onerror=alert(1)>',
        verify: false,
        source: { title: '<b>t</b>', dateChecked: '2026-01-01', url: 'javascript:alert(1)' },
      },
    ];
    const root = show(d);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.cl-payer-note a')).toBeNull();
    expect(text(root.querySelector('.cl-payer-note'))).toContain('<img src=x onerror=alert(1)>');
  });

  it('the copy button copies the code', async () => {
    const copied: string[] = [];
    const root = document.createElement('div');
    document.body.append(root);
    render(
      <CodeDetails
        details={details('J1100')}
        copy={async (t) => {
          copied.push(t);
        }}
      />,
      root,
    );
    (root.querySelector('.cl-copy') as HTMLButtonElement).click();
    await new Promise((r) => setTimeout(r, 0));
    expect(copied).toEqual(['J1100']);
    expect(text(root.querySelector('.cl-copy'))).toBe('Copied');
  });

  it('shows imported organisation notes as text, labelled as imported', () => {
    const d = details('64634');
    d.report.orgNotes = [
      { payer: 'aetna', from: '64633', to: '64636', text: 'Pre-cert <b>required</b>', label: 'Your organisation' },
    ];
    const note = show(d).querySelector('[data-section="orgNotes"] .cl-org-note');
    expect(text(note)).toContain('aetna, 64633–64636: Pre-cert <b>required</b>');
    expect(text(note)).toContain('Source: not given (imported by you)');
    expect(note?.querySelector('b')).toBeNull();
    expect(show(details('64634')).querySelector('[data-section="orgNotes"]')).toBeNull();
  });
});

describe('CodeDetails: the ClaimLens summary section', () => {
  it('64634 shows what is done, unit, setting, documentation, the pulsed-RF note and dated sources', () => {
    const section = show(details('64634')).querySelector('[data-section="summary"]');
    const t = text(section);
    expect(t).toContain(summaryOf('64634')!.whatIsDone);
    expect(t).toContain('per facet joint, each additional');
    expect(t).toContain('ambulatory surgery center');
    expect(section?.querySelectorAll('.cl-documentation li').length).toBe(summaryOf('64634')!.documentation!.length);
    expect(t).toMatch(/pulsed radiofrequency/i);
    const sources = [...(section?.querySelectorAll('.cl-summary-sources li') ?? [])].map(text);
    expect(sources.length).toBeGreaterThan(0);
    for (const s of sources) expect(s).toMatch(/dated \d{4}-\d{2}/);
    // The summary line is the descriptor for a CPT code, so it is not repeated in the section.
    expect(section?.querySelector('.cl-summary-line')).toBeNull();
  });

  it('a HCPCS drug keeps CMS text as descriptor and shows the summary line in the section', () => {
    const root = show(details('J1100'));
    expect(root.querySelector('.cl-descriptor [data-kind="hcpcs-level-ii"]')).not.toBeNull();
    expect(text(root.querySelector('[data-section="summary"] .cl-summary-line'))).toBe(summaryOf('J1100')!.summary);
  });

  it('is absent for a code without a summary, and hidden when the user hides it', () => {
    const code = ds
      .allCodes()
      .find((c) => /^\d{5}$/.test(c) && !summaryOf(c) && c >= '20000' && ds.info(c)?.status === 'active')!;
    expect(show(details(code)).querySelector('[data-section="summary"]')).toBeNull();
    expect(show(details('64634'), { summary: 'hidden' }).querySelector('[data-section="summary"]')).toBeNull();
  });

  it('links only https sources and renders source text as text', () => {
    const d = details('64634');
    const s = d.report.summary as { sources: { title: string; url: string; date: string }[] };
    d.report.summary = {
      ...s,
      sources: [
        { title: '<b>x</b>', url: 'javascript:alert(1)', date: '2026-01-01' },
        { title: 'Plain http page', url: 'http://example.org/a', date: '2017-11' },
      ],
    };
    const section = show(d).querySelector('[data-section="summary"]');
    expect(section?.querySelector('a')).toBeNull();
    expect(section?.querySelector('b')).toBeNull();
    expect(text(section)).toContain('<b>x</b>');
  });
});

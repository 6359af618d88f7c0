// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { codeDetails } from '../../../lib/background/answer';
import { createContentProvider } from '../../../lib/editorial/content-provider';
import { defaultPopoverSections, defaultSettings } from '../../../lib/settings/defaults';
import { fixtureDataset } from '../../helpers/fixture-dataset';
import { CodeDetails } from '../../../components/CodeDetails';

const ds = fixtureDataset();
function show(code: string, sections: Record<string, 'shown' | 'collapsed' | 'hidden'> = {}): HTMLElement {
  const d = codeDetails(ds, defaultSettings(), createContentProvider({ dataset: ds }), { code, pageCodes: [] });
  const root = document.createElement('div');
  document.body.append(root);
  render(<CodeDetails details={d} sections={sections} />, root);
  return root;
}
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ');

afterEach(() => {
  document.body.innerHTML = '';
});

describe('typical site of service in the details view', () => {
  it('64634: the heading names the settings; each setting has its reason; the tables are named with dates', () => {
    const root = show('64634', defaultPopoverSections() as Record<string, 'shown' | 'collapsed' | 'hidden'>);
    const sec = root.querySelector('[data-section="siteOfService"]') as HTMLDetailsElement;
    expect(text(sec.querySelector('summary'))).toBe('Typical site of service: office, hospital outpatient (packaged)');
    expect(sec.open).toBe(false); // collapsed by default, like the other fee-schedule sections
    expect(text(sec.querySelector('[data-setting="asc"]'))).toMatch(/ASC: not determined — .*not bundled/);
    expect(text(sec.querySelector('[data-setting="hospital-outpatient"]'))).toMatch(/packaged — OPPS status N/);
    expect([...sec.querySelectorAll('.cl-source')].map(text).join(' ')).toMatch(
      /Physician Fee Schedule.*as of \d{4}-\d{2}-\d{2}.*OPPS Addendum B, as of \d{4}-\d{2}-\d{2}/,
    );
  });

  it('follows the section preference, and is absent for an unknown code', () => {
    expect(show('64634', { siteOfService: 'hidden' }).querySelector('[data-section="siteOfService"]')).toBeNull();
    expect(
      (show('33533', { siteOfService: 'shown' }).querySelector('[data-section="siteOfService"]') as HTMLDetailsElement)
        .open,
    ).toBe(true);
    expect(show('12345').querySelector('[data-section="siteOfService"]')).toBeNull();
  });
});

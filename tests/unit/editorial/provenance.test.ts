import { describe, expect, it } from 'vitest';
import {
  copyHostOf,
  datesInText,
  freeTextProblems,
  isoDateProblem,
  isRealIsoDate,
  linkProblems,
  nonProductionHostProblem,
} from '../../../lib/editorial/provenance';

describe('provenance rules', () => {
  it('real calendar dates only', () => {
    expect(isRealIsoDate('2024-02-29')).toBe(true);
    expect(isRealIsoDate('2026-02-29')).toBe(false);
    expect(isRealIsoDate('2026-13-01')).toBe(false);
    expect(isRealIsoDate('2026-6-14')).toBe(false);
    expect(isoDateProblem('2026-12-04', '2026-12-03')).toMatch(/later than today/);
    expect(isoDateProblem('2026-12-03', '2026-12-03')).toBeUndefined();
  });

  it('staging, test, reserved and IP hosts are not published sources; production hosts are', () => {
    for (const h of [
      'stage.uhcprovider.com',
      'staging.cms.gov',
      'uat.aetna.com',
      'dev2.cigna.com',
      'localhost',
      '10.0.0.1',
    ])
      expect(nonProductionHostProblem(h), h).toBeDefined();
    for (const h of [
      'www.uhcprovider.com',
      'med.noridianmedicare.com',
      'cms.gov',
      'providernews.anthem.com',
      'stage.com',
    ])
      expect(nonProductionHostProblem(h), h).toBeUndefined();
  });

  it('recognises document-copy sites, including subdomains', () => {
    expect(copyHostOf('www.readkong.com')).toBe('readkong.com');
    expect(copyHostOf('info.5y1.org')).toBe('5y1.org');
    expect(copyHostOf('www.cigna.com')).toBeUndefined();
  });

  it('links: https, no credentials, a document rather than a home page', () => {
    expect(linkProblems('https://www.cms.gov/x')).toEqual([]);
    expect(linkProblems('http://www.cms.gov/x')[0]).toMatch(/uses http/);
    expect(linkProblems('http://www.cms.gov/x', { allowHttp: true })).toEqual([]);
    expect(linkProblems('ftp://x.org/a')[0]).toMatch(/not an http/);
    expect(linkProblems('https://u:p@www.cms.gov/x')[0]).toMatch(/credentials/);
    expect(linkProblems('https://policies.example-plan.com', { requireDocumentPath: true })[0]).toMatch(/home page/);
    expect(linkProblems('not a url')[0]).toMatch(/not a web address/);
  });

  it('finds dates and links in free text and judges them', () => {
    expect(datesInText('eff 7/1/2023 and 2024-08-11')).toEqual([
      { written: '2024-08-11', iso: '2024-08-11' },
      { written: '7/1/2023', iso: '2023-07-01' },
    ]);
    const today = '2026-12-03';
    expect(freeTextProblems('Checked 2026-06-14 at https://www.aetna.com/cpb.html.', today)).toEqual([]);
    expect(freeTextProblems('checked 2027-01-05', today)[0]).toMatch(/later than today/);
    expect(freeTextProblems('effective 02/30/2024', today)[0]).toMatch(/not a real date/);
    expect(freeTextProblems('see https://stage.uhcprovider.com/p.html', today)[0]).toMatch(/staging or test host/);
    expect(freeTextProblems('see http://www.bcbsnc.com/p.htm', today)[0]).toMatch(/uses http/);
  });
});

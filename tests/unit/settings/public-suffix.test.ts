import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../../lib/policy/parse-policy';
import { normalizeOrigin } from '../../../lib/settings/origins';
import { publicSuffixWildcard } from '../../../lib/settings/public-suffix';

describe('publicSuffixWildcard', () => {
  it.each([
    'https://*.co.uk',
    'https://*.github.io',
    'https://*.com.au',
    'http://*.blogspot.com',
    'https://*.s3.amazonaws.com',
  ])('refuses %s, naming the suffix', (origin) => {
    expect(normalizeOrigin(origin)).toBe(origin);
    expect(publicSuffixWildcard(origin)).toMatch(/would match every site under the public suffix/);
  });

  it.each([
    'https://*.example.co.uk',
    'https://*.availity.com',
    'https://*.myorg.github.io',
    'https://www.availity.com',
    'https://co.uk',
    'http://127.0.0.1:8080',
    'http://localhost',
  ])('accepts %s', (origin) => {
    expect(publicSuffixWildcard(origin)).toBeUndefined();
  });
});

describe('where sites come in', () => {
  it('a managed policy drops a public-suffix wildcard and keeps the rest', () => {
    const r = parsePolicy({ enabledSites: ['https://*.co.uk', 'https://*.payer.co.uk'] });
    expect(r.policy.sites).toEqual(['https://*.payer.co.uk']);
    expect(r.notes.join(' ')).toMatch(/enabledSites/);
  });
});
